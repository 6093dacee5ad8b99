import { describe, expect, it } from 'vitest';
import { summariseTags, tagSlug } from '../../src/lib/content/tag-slugs.ts';

describe('tags', () => {
  it('gives ASCII slugs for Polish tags, including ł', () => {
    expect(tagSlug('wymiana pieców')).toBe('wymiana-piecow');
    expect(tagSlug('Łączność i żółć')).toBe('lacznosc-i-zolc');
    expect(tagSlug('P&R')).toBe('p-and-r');
    expect(tagSlug('PZP')).toBe('pzp');
  });

  it('merges spellings that share a slug, counts entries once, sorts in Polish order', () => {
    const tags = summariseTags([['ZIT', 'Ścieżki'], ['zit'], ['ZIT', 'ZIT'], ['Sołectwa']]);
    expect(tags).toEqual([
      { slug: 'solectwa', label: 'Sołectwa', count: 1 },
      { slug: 'sciezki', label: 'Ścieżki', count: 1 },
      { slug: 'zit', label: 'ZIT', count: 3 },
    ]);
  });
});
