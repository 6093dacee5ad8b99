/**
 * Search figures of a built site in Chromium, the way scripts/search-quality.ts measures them:
 * the quick search on the home page, keystroke to rendered results. The first query also loads
 * Pagefind; its downloads (every /pagefind/ response) are the "first query" bytes, and the median
 * is taken over the 20 queries after it.
 */
import type { AddressInfo } from 'node:net';
import { launch } from '../lib/browser.ts';
import { quickSearchTimings } from '../lib/search-relevance.ts';
import { serveDir } from '../static-server.ts';

/** 1 warm-up query (loads the index) + 20 measured ones, words editors and staff search for. */
export const BENCH_QUERIES = [
  'zamówienia', 'wymiana pieców', 'PZP', 'seniorzy', 'transport publiczny', 'edukacja włączająca', 'plan ogólny',
  'waloryzacja', 'budżet obywatelski', 'tereny inwestycyjne', 'rowery', 'przedszkola', 'odpady', 'szkolenie',
  'konsultacje', 'dowóz uczniów', 'biblioteki', 'orzecznictwo', 'mieszkania wspomagane', 'fundusze europejskie', 'Skawina',
];

export interface SearchFigures {
  firstQueryBytes: number;
  firstQueryMs: number;
  medianMs: number;
}

export const measureSearch = async (outDir: string): Promise<SearchFigures> => {
  const server = await serveDir(outDir, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launch();
  try {
    const t = await quickSearchTimings(browser, base, BENCH_QUERIES);
    return { firstQueryBytes: t.firstQueryBytes, firstQueryMs: t.first, medianMs: t.median };
  } finally {
    await browser.close();
    server.close();
  }
};
