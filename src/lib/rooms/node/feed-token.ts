/**
 * Secret tokens of the rooms' calendar feeds. One setting, ROOM_FEED_SECRET, gives every room
 * its own token (HMAC-SHA256 of the forum slug): the address of one room's feed says nothing
 * about another's. A new secret changes every room's address (the way to cut access).
 */
import { createHmac } from 'node:crypto';
import type { Audience } from '../../content/access.ts';

const SECRET = /^[A-Za-z0-9_-]{20,}$/;

/** The room's token, or nothing outside the members build or without ROOM_FEED_SECRET. */
export const roomFeedToken = (
  audience: Audience,
  forum: string,
  env: Record<string, string | undefined> = process.env,
): string | undefined => {
  const secret = env['ROOM_FEED_SECRET']?.trim();
  if (audience !== 'members' || !secret) return undefined;
  if (!SECRET.test(secret)) {
    throw new Error(
      'ROOM_FEED_SECRET musi mieć co najmniej 20 znaków: litery, cyfry, „-” lub „_” (np. wynik polecenia: openssl rand -hex 24)',
    );
  }
  return createHmac('sha256', secret).update(`pokoj:${forum}`).digest('base64url').slice(0, 32);
};
