/** The forums of this build as identities (see ./identity.ts). */
import { entries } from '../content/entries.ts';
import { forumIdentity, type ForumIdentity } from './identity.ts';

/** Every forum this build shows, in the forums' order. */
export const forumIdentities = async (): Promise<ForumIdentity[]> =>
  (await entries('forums')).map((f) => forumIdentity(f.id, f.data));

/** Slug → identity. */
export const forumIdentityMap = async (): Promise<Map<string, ForumIdentity>> =>
  new Map((await forumIdentities()).map((f) => [f.slug, f]));

/** Forum slugs → identities (unknown slugs dropped). */
export const forumsOf = async (slugs: readonly string[]): Promise<ForumIdentity[]> => {
  const map = await forumIdentityMap();
  return slugs.flatMap((s) => map.get(s) ?? []);
};
