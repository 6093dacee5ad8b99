// `node scripts/search-scale.ts [--entries 1000] [--seed 1]`: search figures on generated content
// (scripts/gen-content): builds the public site once, then reports the wall time of the build,
// the time of the lemma work alone (dictionary, keys, shards — run again on the built pages, as
// the build runs it), the size of the form tables, the bytes the first quick-search query
// downloads (Pagefind and lemma shards) and the median keystroke-to-results time in Chromium.
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './gen-content/generate.ts';
import { measureSearch } from './bench/search.ts';
import { ROOT, TMP, buildSite } from './lib/build-site.ts';
import { LEMMA_DIR } from '../src/lib/search/lemma.ts';
import { polishLexicon } from '../src/lib/search/node/hunspell.ts';
import { buildLemmaIndex } from '../src/lib/search/node/lemma-index.ts';
import { loadSynonyms } from '../src/lib/search/node/synonyms.ts';

const { values } = parseArgs({ options: { entries: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } } });
const entries = Number(values.entries);
const work = join(TMP, `search-scale-${entries}`);
rmSync(work, { recursive: true, force: true });
const content = join(work, 'content');
generateContent({ entries, out: content, seed: Number(values.seed) });

const outDir = join(work, 'public');
const started = performance.now();
const build = buildSite({ content, audience: 'public', outDir });
const buildMs = performance.now() - started;
if (build.status !== 0) throw new Error(build.output);

const lemmaStarted = performance.now();
const cpuStarted = process.cpuUsage();
const pages = readdirSync(outDir, { recursive: true, withFileTypes: true })
  .filter((f) => f.isFile() && f.name.endsWith('.html'))
  .map((f) => relative(outDir, join(f.parentPath, f.name)).split(sep).join('/'))
  .map((path) => ({ path, html: readFileSync(join(outDir, path), 'utf8') }));
const lemmas = buildLemmaIndex(pages, polishLexicon(), loadSynonyms(content));
const lemmaMs = performance.now() - lemmaStarted;
const cpu = process.cpuUsage(cpuStarted);
const lemmaCpuMs = (cpu.user + cpu.system) / 1000;

const bytes = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((n, f) => n + (statSync(join(dir, f)).isFile() ? statSync(join(dir, f)).size : 0), 0);
const search = await measureSearch(outDir);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(`Wpisów: ${entries}, stron w indeksie: ${lemmas.stats.pages}`);
console.log(`Obciążenie maszyny (load 1 min): ${loadavg()[0]?.toFixed(1)}`);
console.log(`Budowanie (public, wall): ${(buildMs / 1000).toFixed(1)} s; formy wyrazów: ${(lemmaMs / 1000).toFixed(2)} s wall (${((100 * lemmaMs) / buildMs).toFixed(1)} %), ${(lemmaCpuMs / 1000).toFixed(2)} s CPU`);
console.log(`Słów: ${lemmas.stats.words}, lematów: ${lemmas.stats.lemmas}, form: ${lemmas.stats.forms}, plików form: ${lemmas.shards.size}`);
console.log(`Folder ${LEMMA_DIR}: ${kb(bytes(join(outDir, LEMMA_DIR)))}, pagefind: ${kb(bytes(join(outDir, 'pagefind')))}`);
console.log(`Pierwsze zapytanie: ${kb(search.firstQueryBytes)} (${search.firstQueryMs} ms), mediana kolejnych: ${search.medianMs} ms`);
console.log(`(folder roboczy: ${relative(ROOT, work)})`);
