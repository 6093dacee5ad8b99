// /rss/nabory.xml — new funding calls, newest added first (@astrojs/rss writes the XML).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../../i18n/pl.ts';
import { callStatus } from '../../lib/calls/status.ts';
import { callsToday } from '../../lib/calls/visible.ts';
import { formatDay } from '../../core/dates.ts';
import { entries } from '../../lib/content/entries.ts';
import { entryUrl } from '../../lib/content/urls.ts';

export const GET: APIRoute = async (context) => {
  const today = callsToday();
  const calls = [...(await entries('calls'))].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  return rss({
    title: t('call.rssTitle'),
    description: t('call.rssDescription'),
    site: context.site ?? context.url.origin,
    customData: '<language>pl</language>',
    items: calls.map((c) => ({
      title: c.data.title,
      link: entryUrl('calls', c.id),
      pubDate: new Date(`${c.data.date}T12:00:00Z`),
      description: `${t(`call.status.${callStatus(c.data, today)}`)} · ${t('call.closes')}: ${formatDay(c.data.closes)} · ${c.data.amount}. ${c.data.summary}`,
      categories: c.data.tags,
    })),
  });
};
