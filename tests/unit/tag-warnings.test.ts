import { describe, expect, it } from 'vitest';
import { nearDuplicateTags, tagKey } from '../../src/lib/content/node/tag-warnings.ts';

describe('near-duplicate tags (issue 15)', () => {
  const uses = (tags: string[]) => new Map(tags.map((t, i) => [t, [`news/x${i}`]]));

  it('finds singular/plural, word order, case and Polish letters, and acronyms with their expansion', () => {
    const groups = nearDuplicateTags(
      uses(['dowóz uczniów', 'dowozy uczniów', 'wspólne zamówienia', 'zamówienia wspólne', 'P&R', 'Parkuj i Jedź', 'PZP', 'rowery']),
      [{ acronym: 'P&R', expansions: ['Parkuj i Jedź', 'Park and Ride'] }],
    ).map((g) => g.tags);
    expect(groups).toEqual([
      ['dowozy uczniów', 'dowóz uczniów'],
      ['wspólne zamówienia', 'zamówienia wspólne'],
      ['P&R', 'Parkuj i Jedź'],
    ]);
  });

  it('leaves different topics apart', () => {
    expect(tagKey('szkolenia')).not.toBe(tagKey('szkoły'));
    expect(nearDuplicateTags(uses(['wymiana pieców', 'wymiana dachów', 'SUMP', 'PZP']))).toEqual([]);
  });
});
