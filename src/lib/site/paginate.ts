/**
 * Static list pages: every list has an unfiltered version and one per forum, each split into
 * pages. This builds the route parameters for a `[...list].astro` page in one place, so all
 * lists paginate and filter alike.
 */
export const PAGE_SIZE = 20;

export interface ListPage<T> {
  /** The rest parameter: undefined, "strona/2", "forum/mobilnosc", "forum/mobilnosc/strona/2". */
  list: string | undefined;
  forum: string | undefined;
  page: number;
  pages: number;
  total: number;
  items: T[];
}

/** Splits items into pages of `size` (at least one page, even when empty). */
export const chunk = <T>(items: readonly T[], size = PAGE_SIZE): T[][] => {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
};

/**
 * All list pages for `items` (already sorted): the whole list, then one list per forum in
 * `forums` that has items.
 */
export const listPages = <T>(
  items: readonly T[],
  forums: readonly string[],
  forumsOf: (item: T) => readonly string[],
  size = PAGE_SIZE,
): ListPage<T>[] => {
  const groups: [string | undefined, readonly T[]][] = [
    [undefined, items],
    ...forums.map((f): [string, T[]] => [f, items.filter((i) => forumsOf(i).includes(f))]),
  ];
  return groups.flatMap(([forum, group]) => {
    if (forum && group.length === 0) return [];
    const pages = chunk(group, size);
    return pages.map((pageItems, i) => {
      const parts = [forum ? `forum/${forum}` : '', i > 0 ? `strona/${i + 1}` : ''].filter(Boolean);
      return {
        list: parts.length ? parts.join('/') : undefined,
        forum,
        page: i + 1,
        pages: pages.length,
        total: group.length,
        items: pageItems,
      };
    });
  });
};
