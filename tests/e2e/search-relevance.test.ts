// The relevance test set (tests/search/queries.yaml) against the real public index of the
// sample site: every query finds its expected entries in the top 5; typos return (almost) nothing.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { QUERIES, recallAt5, runQueries, type QueryOutcome } from '../../scripts/lib/search-relevance.ts';

const base = inject('baseUrl');
let browser: Browser;
let outcomes: QueryOutcome[];
beforeAll(async () => {
  browser = await launch();
  outcomes = await runQueries(browser, base);
}, 180_000);
afterAll(() => browser?.close());

describe('search relevance on the sample content', () => {
  it('has at least 40 queries of every kind', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    for (const kind of ['inflected', 'no-diacritics', 'acronym', 'multi-word', 'typo']) {
      expect(QUERIES.some((q) => q.kind === kind), kind).toBe(true);
    }
  });

  it('finds the expected entries of every query in the top 5 (recall@5 = 1)', () => {
    const failed = outcomes.filter((o) => !o.ok && o.query.max === undefined).map((o) => `${o.query.q} → ${o.top.join(', ') || '(nic)'}`);
    expect(failed).toEqual([]);
    expect(recallAt5(outcomes)).toBe(1);
  });

  it('does not flood the results when a word has a typo', () => {
    const flooded = outcomes.filter((o) => o.query.max !== undefined && !o.ok).map((o) => `${o.query.q}: ${o.total}`);
    expect(flooded).toEqual([]);
  });
});
