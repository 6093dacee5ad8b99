// `npm run bench:search`: builds the public sample site (with its Pagefind index), serves it,
// and in Chromium prints recall@5 of the relevance test set (tests/search/queries.yaml), the
// median time from a keystroke in the quick search to rendered results, and the bytes the first
// query downloads.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { tc } from '../src/i18n/pl.ts';
import { launch } from './lib/browser.ts';
import { ROOT, TMP, buildSite } from './lib/build-site.ts';
import { QUERIES, quickSearchTimings, recallAt1, recallAt5, runQueries } from './lib/search-relevance.ts';
import { serveDir } from './static-server.ts';

// Both audiences: queries whose expected entry is for members only run on the members build.
// SEARCH_BENCH_REUSE=1 serves the folders of the previous run without building again.
const serve = async (audience: 'public' | 'members') => {
  const outDir = join(TMP, 'bench-search', audience);
  if (!process.env['SEARCH_BENCH_REUSE']) {
    const build = buildSite({ content: join(ROOT, 'content'), audience, outDir });
    if (build.status !== 0) throw new Error(build.output);
  }
  const server = await serveDir(outDir, 0);
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
};
const pub = await serve('public');
const members = await serve('members');
const server = { close: () => [pub.server, members.server].forEach((s) => s.close()) };
const base = pub.base;
const browser = await launch();
try {
  const outcomes = await runQueries(browser, base, members.base);
  for (const o of outcomes) {
    const mark = o.ok ? '✔' : '✘';
    console.log(`${mark} [${o.query.kind}] ${o.query.q} — ${tc('count.results', o.total)}${o.ok ? '' : `; top 5: ${o.top.join(', ')}`}`);
  }
  const timings = await quickSearchTimings(browser, base, ['zamówienia', 'PZP', 'zrodla finansowania', 'lacznosc', 'wymiana piecow', 'P&R', 'klauzula', 'seniorzy', 'ZIT', 'deszczówka', 'mobilność']);
  console.log(`\nZapytań: ${QUERIES.length}, zgodnych: ${outcomes.filter((o) => o.ok).length}`);
  console.log(`recall@1: ${(recallAt1(outcomes) * 100).toFixed(1)} %`);
  console.log(`recall@5: ${(recallAt5(outcomes) * 100).toFixed(1)} %`);
  const misses = outcomes.filter((o) => !o.ok);
  console.log(`Chybione (${misses.length}):`);
  for (const o of misses) console.log(`  ✘ ${o.query.q} — oczekiwane: ${(o.query.expect ?? [`najwyżej ${tc('count.results', o.query.max ?? 0)}`]).join(', ')}`);
  console.log(`Szybkie wyszukiwanie — pierwsze zapytanie (z ładowaniem Pagefind): ${timings.first} ms, mediana kolejnych: ${timings.median} ms`);
  console.log(`Pierwsze zapytanie pobiera: ${(timings.firstQueryBytes / 1024).toFixed(0)} KB (skompresowane pliki Pagefind i form wyrazów)`);
} finally {
  await browser.close();
  server.close();
}
