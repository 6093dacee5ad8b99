/**
 * Astro integration: after every build (npm run build, a test's `astro build`), Pagefind indexes
 * that build's own output folder and writes `<out>/pagefind/`. Each audience is built into its
 * own folder, so the public index is made only from public pages and never holds member text.
 * Only `<main data-pagefind-body>` is indexed (src/layouts/Base.astro).
 *
 * Before indexing, every page gets its hidden block of Polish search keys (lemmas) and the
 * form→key shards and suggestion vocabulary are written to `<out>/pagefind-pl/`
 * (src/lib/search/node/lemma-index.ts). The keys go to Pagefind only, not into the HTML files.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentDir } from '../lib/content/node/content-dir.ts';
import { LEMMA_DIR, MANIFEST_FILE, toShardFile, vocabularyFile, type LemmaManifest } from '../lib/search/lemma.ts';
import { polishLexicon } from '../lib/search/node/hunspell.ts';
import { buildLemmaIndex, type HtmlPage } from '../lib/search/node/lemma-index.ts';
import { loadSynonyms } from '../lib/search/node/synonyms.ts';

const htmlFiles = (dir: string): HtmlPage[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.html'))
    .map((f) => relative(dir, join(f.parentPath, f.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('pagefind/') && !path.startsWith(`${LEMMA_DIR}/`))
    .map((path) => ({ path, html: readFileSync(join(dir, path), 'utf8') }));

export interface IndexReport {
  pages: number;
  /** Milliseconds spent on the lemma work (dictionary, keys, shards), apart from Pagefind. */
  lemmaMs: number;
  words: number;
  forms: number;
  shards: number;
}

/** Indexes the HTML under `dir` and writes the index to `dir/pagefind/` and `dir/pagefind-pl/`. */
export const indexSite = async (dir: string, synonymsDir = contentDir()): Promise<IndexReport> => {
  const started = performance.now();
  const lemmas = buildLemmaIndex(htmlFiles(dir), polishLexicon(), loadSynonyms(synonymsDir));
  const out = join(dir, LEMMA_DIR);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [name, shard] of lemmas.shards) writeFileSync(join(out, `formy-${name}.json`), JSON.stringify(toShardFile(shard)));
  for (const [length, words] of lemmas.vocabulary) writeFileSync(join(out, vocabularyFile(length)), JSON.stringify(words));
  const manifest: LemmaManifest = { formy: [...lemmas.shards.keys()].sort(), podzielone: [...lemmas.split].sort(), slowa: [...lemmas.vocabulary.keys()].sort((a, b) => a - b) };
  writeFileSync(join(out, MANIFEST_FILE), JSON.stringify(manifest));
  const lemmaMs = Math.round(performance.now() - started);

  // Every page says lang="pl"; forcing it keeps one index (and Polish stemming) even if a page
  // ever forgot its lang attribute.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'pl' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const page of lemmas.pages) {
    const added = await index.addHTMLFile({ sourcePath: page.path, content: page.html });
    if (added.errors.length) throw new Error(`Pagefind (${page.path}): ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: lemmas.stats.pages, lemmaMs, words: lemmas.stats.words, forms: lemmas.stats.forms, shards: lemmas.shards.size };
};

export const searchIndexIntegration = (): AstroIntegration => ({
  name: 'smk-search-index',
  hooks: {
    // A wrong synonym list stops the build before any page is made, with file and field named.
    'astro:config:setup': () => {
      loadSynonyms(contentDir());
    },
    'astro:build:done': async ({ dir, logger }) => {
      const started = Date.now();
      const r = await indexSite(fileURLToPath(dir));
      logger.info(`Pagefind: ${r.pages} stron w indeksie (${Date.now() - started} ms)`);
      logger.info(`Formy wyrazów do wyszukiwania: ${r.lemmaMs} ms (${r.words} słów, ${r.forms} form, ${r.shards} plików)`);
    },
  },
});
