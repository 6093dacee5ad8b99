/**
 * The forum rooms the admin offers for attachments: every forum of the build, in the forums'
 * order, named as everywhere else on the site ("Mobilność — Forum Zrównoważonego Transportu").
 * Read at build time from content through src/lib/forums/, so a new forum gets its room folder
 * with the next build, without touching the code.
 */
import { forumIdentities } from '../lib/forums/load.ts';
import type { RoomForum } from './decap-fields.ts';

export const cmsRooms = async (): Promise<RoomForum[]> => (await forumIdentities()).map((f) => ({ slug: f.slug, title: f.title }));
