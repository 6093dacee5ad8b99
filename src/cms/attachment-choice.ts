/**
 * What the attachment widget decides, as pure functions (unit-tested; the widget in
 * attachment-widget.ts only renders them): where a file lives, judged by its path exactly as
 * the build judges it (the prefixes of src/schema/collections.ts); which folders an entry may
 * use, given its access and forums; and what the build would reject, so the editor is told
 * in the form, before saving, rather than by a failed build.
 */
import { ROOM_FILE, UPLOAD_PREFIX } from '../schema/uploads.ts';

/** Who can download a file: everyone, members, or the members of one forum (its room). */
export type FileChoice = { kind: 'public' } | { kind: 'members' } | { kind: 'room'; forum: string };

/** The entry fields that decide which files it may link (Decap's draft or the frontmatter). */
export interface EntryScope {
  access: string | undefined;
  forums: readonly string[];
}

/** The folder of an attached file, by its path (undefined while nothing is attached). */
export const choiceOfPath = (path: unknown): FileChoice | undefined => {
  if (typeof path !== 'string' || path === '') return undefined;
  const forum = ROOM_FILE.exec(path)?.[1];
  if (forum !== undefined) return { kind: 'room', forum };
  return path.startsWith(UPLOAD_PREFIX.members) ? { kind: 'members' } : { kind: 'public' };
};

/** One string per choice, for radio values and comparisons: `public`, `members`, `room:<forum>`. */
export const choiceKey = (c: FileChoice): string => (c.kind === 'room' ? `room:${c.forum}` : c.kind);

export const choiceOfKey = (key: string): FileChoice =>
  key.startsWith('room:') ? { kind: 'room', forum: key.slice('room:'.length) } : key === 'members' ? { kind: 'members' } : { kind: 'public' };

/** The rooms an entry's files may go to: its forums, when it is kept in rooms (access `forum`). */
export const roomsOf = (entry: EntryScope): string[] => (entry.access === 'forum' ? [...new Set(entry.forums)] : []);

/**
 * Where a new attachment goes unless the editor says otherwise: the entry's own audience, so a
 * room's draft is never uploaded to the public folder by default. A room entry of one forum:
 * that room; of several forums: the member folder (a room file would open in one room only).
 */
export const defaultChoice = (entry: EntryScope): FileChoice => {
  const rooms = roomsOf(entry);
  if (rooms.length === 1) return { kind: 'room', forum: rooms[0]! };
  return entry.access === 'members' || entry.access === 'forum' ? { kind: 'members' } : { kind: 'public' };
};

/**
 * Why the build would reject this file in this entry (the rules `noMemberFilesInPublic` and
 * `roomFilesInRoom` of src/schema/collections.ts), or undefined when it accepts it.
 */
export type AttachmentProblem =
  | { kind: 'membersInPublic' }
  | { kind: 'roomNotForum'; forum: string }
  | { kind: 'roomForumMissing'; forum: string };

export const attachmentProblem = (file: FileChoice | undefined, entry: EntryScope): AttachmentProblem | undefined => {
  if (file?.kind === 'members' && entry.access === 'public') return { kind: 'membersInPublic' };
  if (file?.kind !== 'room') return undefined;
  if (entry.access !== 'forum') return { kind: 'roomNotForum', forum: file.forum };
  if (!entry.forums.includes(file.forum)) return { kind: 'roomForumMissing', forum: file.forum };
  return undefined;
};

/**
 * A valid choice that may still surprise: a room file in an entry kept in several rooms opens
 * only for the members of its own forum. Returns the forums whose members would not open it.
 */
export const roomFileMissesForums = (file: FileChoice | undefined, entry: EntryScope): string[] =>
  file?.kind === 'room' && entry.access === 'forum' && entry.forums.includes(file.forum)
    ? roomsOf(entry).filter((f) => f !== file.forum)
    : [];

/**
 * The entry's scope from Decap's draft data (an Immutable Map in the admin, plain in tests).
 * An entry saved without `access` has the collection's default, as the build reads it.
 */
export const entryScope = (
  data: { get?: (k: string) => unknown } | Record<string, unknown> | undefined,
  defaultAccess?: string,
): EntryScope => {
  const read = (k: string): unknown =>
    data === undefined ? undefined : typeof data.get === 'function' ? (data.get as (k: string) => unknown)(k) : (data as Record<string, unknown>)[k];
  const plain = (v: unknown): unknown => (v && typeof v === 'object' && 'toJS' in v && typeof v.toJS === 'function' ? v.toJS() : v);
  const access = read('access');
  const forums = plain(read('forums'));
  return {
    access: typeof access === 'string' && access !== '' ? access : defaultAccess,
    forums: Array.isArray(forums) ? forums.filter((f): f is string => typeof f === 'string') : typeof forums === 'string' && forums ? [forums] : [],
  };
};
