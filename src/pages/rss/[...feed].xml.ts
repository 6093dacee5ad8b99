// RSS 2.0 feeds of the news (src/lib/news/feeds.ts): /rss/aktualnosci.xml, /rss/tablica.xml,
// /rss/forum/<forum>.xml and /rss/tag/<tag>.xml, each with what this build may show.
import { getRssString } from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../i18n/pl.ts';
import { currentAudience } from '../../lib/content/access.ts';
import { entries } from '../../lib/content/entries.ts';
import { feedItems, feedTitle, newsFeeds } from '../../lib/news/feeds.ts';

export const getStaticPaths = (async () => {
  const audience = currentAudience();
  const news = await entries('news');
  const forums = (await entries('forums')).map((f) => ({ slug: f.id, title: f.data.title }));
  return Promise.all(
    newsFeeds(forums, news).map(async (f) => ({
      params: { feed: f.path.replace(/^\/rss\//, '').replace(/\.xml$/, '') },
      props: {
        body: await getRssString({
          title: feedTitle(f.label, audience),
          description: t('feed.description', { label: f.label }),
          site: import.meta.env.SITE,
          items: feedItems(news.filter(f.keep), import.meta.env.SITE),
          customData: '<language>pl</language>',
          trailingSlash: true,
        }),
      },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
