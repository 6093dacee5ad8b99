/**
 * Where attachments live, part of the schema registry (re-exported by collections.ts) but free
 * of zod, so browser code (the admin's attachment widget) reads the same prefixes as the build.
 */

/** Public attachments reach both builds, member ones only the members build. */
export const UPLOAD_PREFIX = { public: '/uploads/', members: '/uploads-members/' } as const;
/**
 * Room attachments (issue 17): `content/uploads-rooms/<forum>/x.pdf` is served only inside its
 * room, at `/pokoje/<forum>/pliki/x.pdf`, and may be linked only by that room's entries.
 */
export const ROOM_UPLOADS_FOLDER = 'uploads-rooms';
export const roomFilePrefix = (forum: string): string => `/pokoje/${forum}/pliki/`;
export const ROOM_FILE = /^\/pokoje\/([a-z0-9-]+)\/pliki\//;
