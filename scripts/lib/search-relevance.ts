// Runs the relevance test set (tests/search/queries.yaml) against a served public build in
// Chromium, the way a person searches: /szukaj/?q=… and the links in [data-search-results].
// Shared by tests/e2e/search-relevance.test.ts and scripts/search-quality.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Browser, Page } from 'playwright-core';

export interface RelevanceQuery {
  q: string;
  kind: string;
  expect?: string[];
  /** For typo queries: the most results allowed. */
  max?: number;
  /** What the query exercises (a stem alternation, new sample content…). */
  note?: string;
  /** `members`: an expected entry is for members only; the query runs on the members build. */
  audience?: 'members';
}

/** The tags of a query's `kind` ("inflected no-diacritics multi-word" → three tags). */
export const kindsOf = (q: RelevanceQuery): string[] => q.kind.split(/\s+/).filter(Boolean);

export const QUERIES = load(readFileSync(join(import.meta.dirname, '../../tests/search/queries.yaml'), 'utf8')) as RelevanceQuery[];

export interface QueryOutcome {
  query: RelevanceQuery;
  top: string[];
  total: number;
  /** Expected URLs found in the top 5. */
  found: number;
  ok: boolean;
}

/** Result URLs in rank order and the total count, as /szukaj/ renders them. */
export const searchPage = async (page: Page, base: string, q: string): Promise<{ urls: string[]; similar: string[][]; total: number }> => {
  await page.goto(`${base}/szukaj/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction((query) => document.body.dataset['searchDone'] === query, q);
  const urls = await page.locator('[data-search-results] > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  // A series of events shown as one result ("i N podobnych") holds its other events at that rank.
  const similar = await page.locator('[data-search-results] > li').evaluateAll((lis) =>
    lis.map((li) => [...li.querySelectorAll('.result-similar a')].map((a) => a.getAttribute('href') ?? '')),
  );
  const total = Number((await page.locator('[data-search-status]').textContent())?.match(/\d+/)?.[0] ?? 0);
  return { urls, similar, total: urls.length ? total : 0 };
};

/** Runs the set; queries for member-only entries on `membersBase` (the members build). */
export const runQueries = async (browser: Browser, base: string, membersBase: string): Promise<QueryOutcome[]> => {
  // Two tabs take turns from one queue: each query is a page load that mostly waits on
  // Pagefind's fetches, so two overlap well on two cores. Outcomes keep the set's order.
  const out: QueryOutcome[] = new Array(QUERIES.length);
  let next = 0;
  const tab = async () => {
    const page = await browser.newPage();
    for (let i = next++; i < QUERIES.length; i = next++) {
      const query = QUERIES[i]!;
      const { urls, similar, total } = await searchPage(page, query.audience === 'members' ? membersBase : base, query.q);
      const top = urls.slice(0, 5);
      const shown = new Set([...top, ...similar.slice(0, 5).flat()]);
      const found = (query.expect ?? []).filter((u) => shown.has(u)).length;
      const ok = query.max !== undefined ? total <= query.max : found === (query.expect ?? []).length;
      out[i] = { query, top, total, found, ok };
    }
    await page.close();
  };
  await Promise.all([tab(), tab()]);
  return out;
};

/** recall@1: the share of queries (with expected entries) whose first result is one of them. */
export const recallAt1 = (outcomes: QueryOutcome[]): number => {
  const judged = outcomes.filter((o) => o.query.expect?.length);
  return judged.length ? judged.filter((o) => o.query.expect?.includes(o.top[0] ?? '')).length / judged.length : 1;
};

/** recall@5: the share of expected URLs that appear in their query's top 5. */
export const recallAt5 = (outcomes: QueryOutcome[]): number => {
  const expected = outcomes.reduce((n, o) => n + (o.query.expect?.length ?? 0), 0);
  return expected ? outcomes.reduce((n, o) => n + o.found, 0) / expected : 1;
};

/**
 * Median time from the last keystroke in the quick search to its results on screen, in ms
 * (first query excluded from the median: it also loads Pagefind; reported separately).
 */
export const quickSearchTimings = async (browser: Browser, base: string, queries: string[]): Promise<{ first: number; median: number; firstQueryBytes: number }> => {
  const page = await browser.newPage();
  let bytes = 0;
  page.on('response', async (r) => {
    // the Pagefind bundle and the lemma shards (/pagefind-pl/)
    if (r.url().includes('/pagefind')) bytes += Number((await r.headerValue('content-length')) ?? (await r.body().catch(() => Buffer.alloc(0))).length);
  });
  await page.goto(`${base}/`);
  const times: number[] = [];
  let firstQueryBytes = 0;
  for (const [i, q] of queries.entries()) {
    const input = page.locator('[data-quick-search] input');
    await input.fill(q.slice(0, -1));
    await page.waitForTimeout(150); // let the results of the filled text settle first
    const before = await page.evaluate(() => document.body.dataset['quickSearchDone'] ?? '');
    const started = Date.now();
    await page.keyboard.type(q.at(-1) ?? ' ');
    await page.waitForFunction((b) => (document.body.dataset['quickSearchDone'] ?? '') !== b && !document.querySelector('[role="listbox"]')?.hasAttribute('hidden'), before);
    // wait for any later keystroke run (the fill above) to settle on the final query
    await page.waitForTimeout(0);
    times.push(Date.now() - started);
    if (i === 0) {
      await page.waitForTimeout(300);
      firstQueryBytes = bytes;
    }
  }
  await page.close();
  const rest = times.slice(1).sort((a, b) => a - b);
  return { first: times[0] ?? 0, median: rest[Math.floor(rest.length / 2)] ?? 0, firstQueryBytes };
};
