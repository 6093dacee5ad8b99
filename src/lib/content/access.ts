/**
 * Who a build is for. The site is built once per audience (SITE_AUDIENCE=public | members);
 * every page reads entries through `visibleTo`, so member-only content cannot reach the
 * public build by a forgotten filter.
 */
import type { EntryAccess } from '../../schema/collections.ts';

export type Audience = 'public' | 'members';
export const AUDIENCES: readonly Audience[] = ['public', 'members'];

/** The audience of the current build, from SITE_AUDIENCE (default: public). */
export const currentAudience = (env: Record<string, string | undefined> = process.env): Audience => {
  const value = env['SITE_AUDIENCE'] ?? 'public';
  if (value !== 'public' && value !== 'members') {
    throw new Error(`SITE_AUDIENCE musi mieć wartość public albo members, a ma „${value}”`);
  }
  return value;
};

/**
 * May an entry with this `access` appear in a build for `audience`? Forum-room entries
 * (`forum`) never do: they are built only inside their rooms (src/lib/rooms/), which read them
 * through their own door, so no members-wide list, tag page, feed or index can pick them up.
 */
export const visibleTo = (audience: Audience, access: EntryAccess): boolean =>
  access !== 'forum' && (audience === 'members' || access === 'public');

/**
 * Where each site lives: PUBLIC_URL and MEMBERS_URL at build time; locally the preview ports
 * of `npm start` (4321 public, 4322 members).
 */
export const siteUrl = (audience: Audience, env: Record<string, string | undefined> = process.env): string =>
  (audience === 'public' ? env['PUBLIC_URL'] ?? 'http://localhost:4321' : env['MEMBERS_URL'] ?? 'http://localhost:4322').replace(/\/$/, '');

/**
 * Member calendar feeds under this prefix carry a secret token in their path and are the only
 * members' URLs a host serves without login: calendar apps (Outlook on the web) cannot sign in.
 */
export const MEMBER_FEED_PREFIX = '/kalendarz/subskrypcja/';
