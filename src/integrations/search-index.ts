/**
 * Astro integration: after every build (npm run build, a test's `astro build`), Pagefind indexes
 * that build's own output folder and writes `<out>/pagefind/`. Each audience is built into its
 * own folder, so the public index is made only from public pages and never holds member text.
 * Only `<main data-pagefind-body>` is indexed (src/layouts/Base.astro).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentDir } from '../lib/content/node/content-dir.ts';
import { loadSynonyms } from '../lib/search/node/synonyms.ts';

/** Indexes the HTML under `dir` and writes the index to `dir/pagefind/`; returns the page count. */
export const indexSite = async (dir: string): Promise<number> => {
  // Every page says lang="pl"; forcing it keeps one index (and Polish stemming) even if a page
  // ever forgot its lang attribute.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'pl' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
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
      const pages = await indexSite(fileURLToPath(dir));
      logger.info(`Pagefind: ${pages} stron w indeksie (${Date.now() - started} ms)`);
    },
  },
});
