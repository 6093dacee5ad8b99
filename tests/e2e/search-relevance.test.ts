// The relevance test set (tests/search/queries.yaml) against the real index of the sample site,
// queries for member-only entries on the members build: recall@5 ≥ 0.95 with the misses listed,
// and typos return (almost) nothing.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { QUERIES, kindsOf, recallAt1, recallAt5, runQueries, type QueryOutcome } from '../../scripts/lib/search-relevance.ts';

const base = inject('baseUrl');
let browser: Browser;
let outcomes: QueryOutcome[];
beforeAll(async () => {
  browser = await launch();
  outcomes = await runQueries(browser, base, inject('membersUrl'));
}, 600_000);
afterAll(() => browser?.close());

describe('search relevance on the sample content', () => {
  it('has at least 150 queries: 60 in another grammatical form, 40 without diacritics, acronyms, multi-word, typos', () => {
    const count = (kind: string) => QUERIES.filter((q) => kindsOf(q).includes(kind)).length;
    expect(QUERIES.length).toBeGreaterThanOrEqual(150);
    expect(count('inflected')).toBeGreaterThanOrEqual(60);
    expect(count('no-diacritics')).toBeGreaterThanOrEqual(40);
    for (const kind of ['acronym', 'multi-word', 'typo']) expect(count(kind), kind).toBeGreaterThan(0);
  });

  it('finds the expected entries in the top 5 for at least 95 % of them (misses listed)', () => {
    const missed = outcomes.filter((o) => !o.ok && o.query.max === undefined).map((o) => `${o.query.q} → ${o.top.join(', ') || '(nic)'}`);
    const recall = recallAt5(outcomes);
    console.log(`recall@1 ${recallAt1(outcomes).toFixed(3)}, recall@5 ${recall.toFixed(3)}; chybione:\n  ${missed.join('\n  ')}`);
    expect(recall, missed.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('does not flood the results when a word has a typo', () => {
    const flooded = outcomes.filter((o) => o.query.max !== undefined && !o.ok).map((o) => `${o.query.q}: ${o.total}`);
    expect(flooded).toEqual([]);
  });
});
