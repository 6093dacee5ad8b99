/**
 * The one door from pages to content: every page reads entries through `entries()`, which
 * keeps only what the current build's audience may see and sorts each collection the way its
 * lists show it. Results are memoised: a build reads each collection once.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { FORUM_SLUGS, type CollectionName, type EntryAccess } from '../../schema/collections.ts';
import { currentAudience, visibleTo } from './access.ts';
import { surnameFirst } from '../contacts/rules.ts';
import { forumIdentity, type ForumIdentity } from '../forums/identity.ts';

export type Entry<N extends CollectionName> = CollectionEntry<N>;

const collator = new Intl.Collator('pl');
const byDateDesc = (a: { data: { date: string } }, b: { data: { date: string } }) =>
  b.data.date.localeCompare(a.data.date);

/** The 8 forums in their fixed order; any other forum (a working group) after them. */
const forumOrder = (slug: string) => {
  const i = FORUM_SLUGS.indexOf(slug as (typeof FORUM_SLUGS)[number]);
  return i < 0 ? FORUM_SLUGS.length : i;
};

const sorters: { [N in CollectionName]: (a: Entry<N>, b: Entry<N>) => number } = {
  forums: (a, b) => forumOrder(a.id) - forumOrder(b.id) || collator.compare(a.data.title, b.data.title),
  municipalities: (a, b) => collator.compare(a.data.title, b.data.title),
  contacts: (a, b) => collator.compare(surnameFirst(a.data.name), surnameFirst(b.data.name)),
  practices: byDateDesc,
  documents: byDateDesc,
  faq: byDateDesc,
  events: (a, b) => a.data.start.localeCompare(b.data.start),
  news: byDateDesc,
  // Calls: by closing day here; lists re-order them by status at build time (src/lib/calls/status.ts).
  calls: (a, b) => a.data.closes.localeCompare(b.data.closes),
  projects: (a, b) => b.data.start.localeCompare(a.data.start) || collator.compare(a.data.title, b.data.title),
  data: (a, b) => collator.compare(a.data.title, b.data.title),
};

const cache = new Map<CollectionName, Promise<unknown[]>>();

/** Entries of a collection that this build may show, in the collection's list order. */
export const entries = <N extends CollectionName>(name: N): Promise<Entry<N>[]> => {
  if (!cache.has(name)) {
    const audience = currentAudience();
    cache.set(
      name,
      getCollection(name, (e) => visibleTo(audience, (e.data as { access: EntryAccess }).access)).then(
        (list) => list.sort(sorters[name] as (a: unknown, b: unknown) => number),
      ),
    );
  }
  return cache.get(name) as Promise<Entry<N>[]>;
};

const maps = new Map<CollectionName, Promise<Map<string, unknown>>>();

/** Visible entries of a collection by id, for resolving references (a hidden one resolves to nothing). */
export const entryMap = <N extends CollectionName>(name: N): Promise<Map<string, Entry<N>>> => {
  if (!maps.has(name)) maps.set(name, entries(name).then((list) => new Map(list.map((e) => [e.id, e]))));
  return maps.get(name) as Promise<Map<string, Entry<N>>>;
};

/** Forum slugs → links with the forums' names. */
export const forumLinks = async (slugs: readonly string[]): Promise<ForumIdentity[]> => {
  const forums = await entryMap('forums');
  return slugs.flatMap((slug) => {
    const f = forums.get(slug);
    return f ? [forumIdentity(slug, f.data)] : [];
  });
};

/**
 * Forum-room entries (`access: forum`) of a collection: the rooms' own door (src/lib/rooms/),
 * the only one that returns them, and only in the members build.
 */
export const forumRoomEntries = <N extends CollectionName>(name: N): Promise<Entry<N>[]> =>
  currentAudience() === 'members'
    ? getCollection(name, (e) => (e.data as { access: EntryAccess }).access === 'forum')
    : Promise.resolve([]);
