/**
 * Tags: editors write them in Polish ("wymiana pieców"); URLs use ASCII slugs
 * (/tagi/wymiana-piecow/). Spellings that give the same slug are one tag.
 */
import slugify from '@sindresorhus/slugify';

/** ASCII slug of a tag: "Wymiana pieców" → "wymiana-piecow", "P&R" → "p-and-r". */
export const tagSlug = (tag: string): string =>
  slugify(tag, { customReplacements: [['&', ' and ']] }) || 'tag';

export interface TagSummary {
  slug: string;
  /** The most common spelling among entries. */
  label: string;
  count: number;
}

/** All tags of the given entries, with counts, alphabetically in Polish order. */
export const summariseTags = (tagLists: readonly (readonly string[])[]): TagSummary[] => {
  const bySlug = new Map<string, Map<string, number>>();
  for (const tags of tagLists) {
    for (const slug of new Set(tags.map(tagSlug))) bySlug.set(slug, bySlug.get(slug) ?? new Map());
    for (const tag of new Set(tags)) {
      const spellings = bySlug.get(tagSlug(tag))!;
      spellings.set(tag, (spellings.get(tag) ?? 0) + 1);
    }
  }
  const collator = new Intl.Collator('pl');
  return [...bySlug].map(([slug, spellings]) => {
    const sorted = [...spellings].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
    const count = tagLists.filter((tags) => tags.some((t) => tagSlug(t) === slug)).length;
    return { slug, label: sorted[0]![0], count };
  }).sort((a, b) => collator.compare(a.label, b.label));
};
