// Every .ics file of the calendar (src/lib/calendar/ics.ts): /kalendarz/wszystkie.ics, /kalendarz/<forum>.ics,
// /kalendarz/typ/<type>.ics, /kalendarz/<event>/wydarzenie.ics and, in the members build with
// CALENDAR_FEED_TOKEN set, the same feeds under /kalendarz/subskrypcja/<token>/.
import type { APIRoute, GetStaticPaths } from 'astro';
import { currentAudience } from '../../lib/content/access.ts';
import { buildNow } from '../../core/dates.ts';
import { entries } from '../../lib/content/entries.ts';
import { calendarFiles, feedToken } from '../../lib/calendar/ics.ts';
import { callDeadlines } from '../../lib/calls/visible.ts';
import { legalDeadlines } from '../../lib/follow/visible.ts';
import { tagCalendarFiles } from '../../lib/follow/tag-feeds.ts';
import { tagIndex } from '../../lib/content/tag-index.ts';

export const getStaticPaths = (async () => {
  const audience = currentAudience();
  const forums = (await entries('forums')).map((f) => ({ slug: f.id, title: f.data.title }));
  const files = calendarFiles(await entries('events'), forums, {
    audience,
    siteUrl: import.meta.env.SITE,
    now: buildNow(),
    token: feedToken(audience),
  }, [...(await callDeadlines()), ...(await legalDeadlines())]);
  const tags = await tagIndex();
  files.push(...tagCalendarFiles(tags.tags, tags.bySlug, { audience, siteUrl: import.meta.env.SITE, now: buildNow(), token: feedToken(audience) }));
  return files.map((f) => ({
    params: { feed: f.path.replace(/^\/kalendarz\//, '').replace(/\.ics$/, '') },
    props: { body: f.body },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
