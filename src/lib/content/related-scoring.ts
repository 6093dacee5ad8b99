/**
 * Related entries: for every entry, the few others that share its tags and forums. The whole
 * index is computed once per build from plain descriptions of the entries (pure, unit-tested);
 * src/lib/content/related-index.ts feeds it the visible entries and memoises it.
 */

export interface RelatedItem {
  /** Unique key, `collection/id`. */
  key: string;
  forums: readonly string[];
  tags: readonly string[];
  /** ISO day for tie-breaks (newer first); '' when the entry has no date. */
  day: string;
}

/** How many related entries a page shows. */
export const RELATED_LIMIT = 5;

const norm = (tag: string) => tag.toLocaleLowerCase('pl');

/**
 * key → keys of related entries: a shared tag weighs 2, a shared forum 1; entries sharing
 * nothing are never related; ties go to the newer entry, then the key.
 */
export const relatedIndex = (items: readonly RelatedItem[], limit = RELATED_LIMIT): Map<string, string[]> => {
  const byTag = new Map<string, number[]>();
  const byForum = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const tag of new Set(item.tags.map(norm))) byTag.set(tag, [...(byTag.get(tag) ?? []), i]);
    for (const forum of new Set(item.forums)) byForum.set(forum, [...(byForum.get(forum) ?? []), i]);
  });
  const out = new Map<string, string[]>();
  items.forEach((item, i) => {
    const score = new Map<number, number>();
    const add = (j: number, w: number) => j !== i && score.set(j, (score.get(j) ?? 0) + w);
    for (const tag of new Set(item.tags.map(norm))) for (const j of byTag.get(tag) ?? []) add(j, 2);
    for (const forum of new Set(item.forums)) for (const j of byForum.get(forum) ?? []) add(j, 1);
    const ranked = [...score]
      .sort(([a, sa], [b, sb]) => sb - sa || items[b]!.day.localeCompare(items[a]!.day) || items[a]!.key.localeCompare(items[b]!.key))
      .slice(0, limit)
      .map(([j]) => items[j]!.key);
    out.set(item.key, ranked);
  });
  return out;
};
