// /rss/zmiany-prawa.xml — legal changes, newest published first, each saying when it enters into
// force. Only what this build may show (member-only items stay in the members' feed).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../../i18n/pl.ts';
import { currentAudience } from '../../lib/content/access.ts';
import { formatDay } from '../../core/dates.ts';
import { entries } from '../../lib/content/entries.ts';
import { feedItems, feedTitle } from '../../lib/news/feeds.ts';
import { isLegalChange } from '../../lib/follow/legal.ts';
import { entryUrl } from '../../lib/content/urls.ts';

export const GET: APIRoute = async (context) => {
  const site = String(context.site ?? context.url.origin);
  const legal = (await entries('news')).filter(isLegalChange);
  // Each item's description starts with its entry-into-force day, so readers see it in the list.
  const byLink = new Map(legal.map((n) => [new URL(entryUrl('news', n.id), site).href, n.data.effective]));
  const items = feedItems(legal, site).map((item) => {
    const day = item.link ? byLink.get(item.link) : undefined;
    const when = day ? `${t('legal.effective')}: ${formatDay(day)}` : t('legal.noDate');
    return { ...item, description: `${when}. ${item.description ?? ''}` };
  });
  return rss({
    title: feedTitle(t('legal.title'), currentAudience()),
    description: t('legal.intro'),
    site,
    trailingSlash: true,
    customData: '<language>pl</language>',
    items,
  });
};
