/**
 * Cards of room entries: the site's usual cards (src/lib/site/cards.ts), pointing into the room
 * instead of the entry's section.
 */
import { toCards, type AnyEntry, type Card } from '../site/cards.ts';
import type { RoomEntry } from './entries.ts';
import { roomEntryUrl } from './rooms.ts';

export const roomCards = async (forum: string, list: readonly RoomEntry[]): Promise<Card[]> => {
  const cards = await toCards(list as readonly AnyEntry[]);
  return cards.map((c, i) => {
    const e = list[i] as RoomEntry;
    return { ...c, url: roomEntryUrl(forum, e.collection, e.id) };
  });
};
