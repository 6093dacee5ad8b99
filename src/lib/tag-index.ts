/** Every visible entry that carries tags, once per build, for the tag pages. */
import { COLLECTION_NAMES } from '../schema/collections.ts';
import { entries, type Entry } from './entries.ts';
import { summariseTags, tagSlug } from './tags.ts';

type Tagged = Entry<(typeof COLLECTION_NAMES)[number]>;

let index: Promise<{ tagged: Tagged[]; tags: ReturnType<typeof summariseTags> }> | undefined;

export const tagIndex = () =>
  (index ??= (async () => {
    const tagged = (await Promise.all(COLLECTION_NAMES.map((n) => entries(n)))).flat() as Tagged[];
    return { tagged, tags: summariseTags(tagged.map((e) => e.data.tags)) };
  })());

export const entriesWithTag = async (slug: string): Promise<Tagged[]> =>
  (await tagIndex()).tagged.filter((e) => e.data.tags.some((tag) => tagSlug(tag) === slug));
