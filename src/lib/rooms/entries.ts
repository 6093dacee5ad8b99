/**
 * The rooms' own door to content: entries with `access: forum`, which `entries()` never returns.
 * Only the members build has rooms; the public build gets nothing from here, whatever the pages ask.
 */
import type { CollectionEntry } from 'astro:content';
import { currentAudience } from '../content/access.ts';
import { entries, forumRoomEntries } from '../content/entries.ts';
import { ROOM_COLLECTIONS, type RoomCollection } from './rooms.ts';
import { forumIdentity, type ForumIdentity } from '../forums/identity.ts';

export type RoomEntry = { [N in RoomCollection]: CollectionEntry<N> }[RoomCollection];

/** A room entry's day, for ordering and lists: its date, or the start of an event. */
export const roomEntryDay = (e: RoomEntry): string => (e.collection === 'events' ? e.data.start : e.data.date);

let all: Promise<RoomEntry[]> | undefined;

/** Every room entry of the content folder, newest first (empty outside the members build). */
export const allRoomEntries = (): Promise<RoomEntry[]> =>
  (all ??= (async () => {
    if (currentAudience() !== 'members') return [];
    const lists = await Promise.all(ROOM_COLLECTIONS.map((name) => forumRoomEntries(name)));
    return (lists.flat() as RoomEntry[]).sort((a, b) => roomEntryDay(b).localeCompare(roomEntryDay(a)) || a.id.localeCompare(b.id));
  })());

/** The entries of one forum's room. */
export const roomEntries = async (forum: string): Promise<RoomEntry[]> =>
  (await allRoomEntries()).filter((e) => e.data.forums.includes(forum));

/** The forums that have a room: every forum of the members build (a room may be empty). */
export const roomForums = async (): Promise<ForumIdentity[]> =>
  // The forum's one identity: rooms are titled "Mobilność — Forum Zrównoważonego Transportu" like every other page.
  currentAudience() === 'members' ? (await entries('forums')).map((f) => forumIdentity(f.id, f.data)) : [];
