import { describe, expect, it } from 'vitest';
import { listPages } from '../../src/lib/site/paginate.ts';

const items = Array.from({ length: 45 }, (_, i) => ({ n: i, forums: i % 3 === 0 ? ['mobilnosc'] : ['edukacja'] }));

describe('list pages', () => {
  const pages = listPages(items, ['mobilnosc', 'edukacja', 'gospodarka'], (i) => i.forums, 20);

  it('splits the whole list into pages with /strona/N/ paths', () => {
    const all = pages.filter((p) => !p.forum);
    expect(all.map((p) => p.list)).toEqual([undefined, 'strona/2', 'strona/3']);
    expect(all.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(all[2]).toMatchObject({ page: 3, pages: 3, total: 45 });
  });

  it('makes a filtered list per forum that has entries, and none for an empty forum', () => {
    expect(pages.filter((p) => p.forum === 'mobilnosc').map((p) => p.list)).toEqual(['forum/mobilnosc']);
    expect(pages.filter((p) => p.forum === 'edukacja').map((p) => p.list)).toEqual(['forum/edukacja', 'forum/edukacja/strona/2']);
    expect(pages.some((p) => p.forum === 'gospodarka')).toBe(false);
    expect(pages.find((p) => p.forum === 'mobilnosc')!.items.every((i) => i.forums.includes('mobilnosc'))).toBe(true);
  });

  it('still makes one (empty) page for an empty list', () => {
    expect(listPages([], [], () => [])).toEqual([{ list: undefined, forum: undefined, page: 1, pages: 1, total: 0, items: [] }]);
  });
});
