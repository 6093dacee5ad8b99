// Calendar feed of one forum room: /pokoje/<forum>/kalendarz.ics (behind the room's sign-in) and,
// with ROOM_FEED_SECRET set, the same feed at /pokoje/<forum>/subskrypcja/<token>/kalendarz.ics,
// which hosts serve without login for calendar programs (the token is the room's own).
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildNow } from '../../../core/dates.ts';
import { t } from '../../../i18n/pl.ts';
import { icsCalendar } from '../../../lib/calendar/ics.ts';
import { currentAudience } from '../../../lib/content/access.ts';
import { roomEntries, roomForums } from '../../../lib/rooms/entries.ts';
import { roomFeedToken } from '../../../lib/rooms/node/feed-token.ts';
import { roomEntryUrl, roomIcsPath, roomTokenIcsPath, roomUrl } from '../../../lib/rooms/rooms.ts';

export const getStaticPaths = (async () => {
  const audience = currentAudience();
  const now = buildNow();
  const paths = await Promise.all(
    (await roomForums()).map(async (forum) => {
      const events = (await roomEntries(forum.slug)).flatMap((e) =>
        e.collection === 'events' ? [{ id: e.id, data: e.data, url: roomEntryUrl(forum.slug, 'events', e.id) }] : [],
      );
      const name = t('ics.name.members', { name: t('ics.name', { label: t('room.feedName', { forum: forum.title }) }) });
      const body = icsCalendar(events, { name, siteUrl: import.meta.env.SITE, now, subscription: true });
      const token = roomFeedToken(audience, forum.slug);
      const files = [roomIcsPath(forum.slug), ...(token ? [roomTokenIcsPath(forum.slug, token)] : [])];
      return files.map((path) => ({
        params: { forum: forum.slug, ics: path.slice(roomUrl(forum.slug).length).replace(/\.ics$/, '') },
        props: { body },
      }));
    }),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
