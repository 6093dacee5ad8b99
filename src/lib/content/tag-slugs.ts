/**
 * Tags: editors write them in Polish ("wymiana pieców"); URLs use ASCII slugs
 * (/tagi/wymiana-piecow/). Spellings that give the same slug are one tag.
 */
import slugify from '@sindresorhus/slugify';

// A site has a few hundred distinct tags but asks for their slugs hundreds of thousands of times
// (every card, tag page and index); slugify was a fifth of a 10,000-entry build (bench/results.md).
const slugs = new Map<string, string>();

/** ASCII slug of a tag: "Wymiana pieców" → "wymiana-piecow", "P&R" → "p-and-r". */
export const tagSlug = (tag: string): string => {
  let slug = slugs.get(tag);
  if (slug === undefined) {
    slug = slugify(tag, { customReplacements: [['&', ' and ']] }) || 'tag';
    slugs.set(tag, slug);
  }
  return slug;
};

export interface TagSummary {
  slug: string;
  /** The most common spelling among entries. */
  label: string;
  count: number;
}

/** All tags of the given entries, with counts, alphabetically in Polish order. */
export const summariseTags = (tagLists: readonly (readonly string[])[]): TagSummary[] => {
  const bySlug = new Map<string, Map<string, number>>();
  // Entries per slug, counted in the same pass (an entry with „ZIT” and „zit” counts once).
  const counts = new Map<string, number>();
  for (const tags of tagLists) {
    for (const slug of new Set(tags.map(tagSlug))) {
      bySlug.set(slug, bySlug.get(slug) ?? new Map());
      counts.set(slug, (counts.get(slug) ?? 0) + 1);
    }
    for (const tag of new Set(tags)) {
      const spellings = bySlug.get(tagSlug(tag))!;
      spellings.set(tag, (spellings.get(tag) ?? 0) + 1);
    }
  }
  const collator = new Intl.Collator('pl');
  return [...bySlug].map(([slug, spellings]) => {
    const sorted = [...spellings].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
    return { slug, label: sorted[0]![0], count: counts.get(slug) ?? 0 };
  }).sort((a, b) => collator.compare(a.label, b.label));
};
