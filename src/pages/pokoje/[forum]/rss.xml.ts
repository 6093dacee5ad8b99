// RSS of one forum room: every entry of the room (news, documents, events…), newest first.
// Members build only; behind the room's sign-in like the rest of the room.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../i18n/pl.ts';
import { roomEntries, roomEntryDay, roomForums } from '../../../lib/rooms/entries.ts';
import { roomEntryUrl } from '../../../lib/rooms/rooms.ts';

export const getStaticPaths = (async () =>
  (await roomForums()).map((forum) => ({ params: { forum: forum.slug }, props: { forum } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const { forum } = context.props as { forum: { slug: string; title: string } };
  const list = await roomEntries(forum.slug);
  const name = t('room.feedName', { forum: forum.title });
  return rss({
    title: t('feed.title.members', { name: t('feed.title', { label: name }) }),
    description: t('room.lead', { forum: forum.title }),
    site: context.site ?? context.url.origin,
    customData: '<language>pl</language>',
    items: list.map((e) => ({
      title: e.data.title,
      link: roomEntryUrl(forum.slug, e.collection, e.id),
      pubDate: new Date(`${roomEntryDay(e).slice(0, 10)}T12:00:00Z`),
      description: 'summary' in e.data && e.data.summary ? e.data.summary : t(`kind.${e.collection}`),
      categories: e.data.tags,
    })),
  });
};
