/**
 * Forum rooms (issue 17): entries with `access: forum` live only under `/pokoje/<forum>/` of the
 * members build — their list, entry pages, search bundle, RSS, calendar feeds and files — and
 * the hosts give each room to the members of its forum only (role `forum-<slug>`).
 * Paths here are shared by the pages, the build integration and the host configs.
 */
import { collections, type CollectionName } from '../../schema/collections.ts';

export const ROOM_PREFIX = '/pokoje/';

/** Collections whose entries may be kept in a room (their access field offers `forum`). */
export const ROOM_COLLECTIONS = ['news', 'events', 'documents', 'practices', 'faq'] as const satisfies readonly CollectionName[];
export type RoomCollection = (typeof ROOM_COLLECTIONS)[number];

export const roomUrl = (forum: string): string => `${ROOM_PREFIX}${forum}/`;
export const roomEntryUrl = (forum: string, collection: CollectionName, slug: string): string =>
  `${roomUrl(forum)}${collections[collection].route}/${slug}/`;
export const roomSearchUrl = (forum: string): string => `${roomUrl(forum)}szukaj/`;
export const roomRssPath = (forum: string): string => `${roomUrl(forum)}rss.xml`;
export const roomIcsPath = (forum: string): string => `${roomUrl(forum)}kalendarz.ics`;
/** The room's own Pagefind bundle, written after the build (src/lib/rooms/node/room-index.ts). */
export const roomBundle = (forum: string): string => `${roomUrl(forum)}pagefind/`;

/**
 * Calendar programs cannot sign in: a room's feed is also written under this segment with the
 * room's secret token, and hosts let exactly `/pokoje/<forum>/subskrypcja/` through without login.
 */
export const ROOM_FEED_SEGMENT = 'subskrypcja/';
export const roomFeedPrefix = (forum: string): string => `${roomUrl(forum)}${ROOM_FEED_SEGMENT}`;
export const roomTokenIcsPath = (forum: string, token: string): string => `${roomFeedPrefix(forum)}${token}/kalendarz.ics`;

/**
 * Room pages mark their indexed part with this attribute instead of `data-pagefind-body`, so the
 * members-wide index leaves them out; each room's bundle renames it while indexing.
 */
export const ROOM_BODY_ATTRIBUTE = 'data-room-body';

/** The forum a site path belongs to, when it is inside a room. */
export const roomOfPath = (path: string): string | undefined => /^\/pokoje\/([^/]+)\//.exec(path)?.[1];
