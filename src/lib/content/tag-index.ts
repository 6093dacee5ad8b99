/** Every visible entry that carries tags, once per build, for the tag pages. */
import { COLLECTION_NAMES } from '../../schema/collections.ts';
import { entries, type Entry } from './entries.ts';
import { summariseTags, tagSlug } from './tag-slugs.ts';

type Tagged = Entry<(typeof COLLECTION_NAMES)[number]>;

let index: Promise<{ tagged: Tagged[]; tags: ReturnType<typeof summariseTags>; bySlug: Map<string, Tagged[]> }> | undefined;

/** The tags with counts and, per tag slug, its entries (in collection order), built once. */
export const tagIndex = () =>
  (index ??= (async () => {
    const tagged = (await Promise.all(COLLECTION_NAMES.map((n) => entries(n)))).flat() as Tagged[];
    // One pass instead of a filter over every entry on every tag page (quadratic at 10,000 entries).
    const bySlug = new Map<string, Tagged[]>();
    for (const e of tagged) {
      for (const slug of new Set(e.data.tags.map(tagSlug))) {
        const list = bySlug.get(slug);
        if (list) list.push(e);
        else bySlug.set(slug, [e]);
      }
    }
    return { tagged, tags: summariseTags(tagged.map((e) => e.data.tags)), bySlug };
  })());

/** The visible entries carrying a tag, by the tag's slug. */
export const entriesWithTag = async (slug: string): Promise<Tagged[]> => (await tagIndex()).bySlug.get(slug) ?? [];
