/**
 * Data of the interactive calendar on /kalendarz/: every meeting of every event this build may
 * show (recurring events expanded), coloured by forum, plus the legend. Made at build time from
 * the same entries as the feeds; the page's script only filters it.
 */
import { t } from '../../i18n/pl.ts';
import { FORUM_SLUGS } from '../../schema/collections.ts';
import { forumStyle } from '../forums/identity.ts';

const FORUM_COUNT = FORUM_SLUGS.length;
import type { CalendarItem } from './client/filter.ts';
import { isoDateTime } from '../../core/dates.ts';
import { icsSummary, typeSlug, type IcsEvent } from './ics.ts';
import { occurrences } from '../../core/recurrence.ts';
import { entryUrl } from '../content/urls.ts';
import { Temporal } from 'temporal-polyfill';

export { FORUM_COLORS, forumStyle } from '../forums/identity.ts';

const nextDay = (day: string) => Temporal.PlainDate.from(day.slice(0, 10)).add({ days: 1 }).toString();

/** Every meeting of the given events, as FullCalendar items. */
export const calendarItems = (events: readonly IcsEvent[]): CalendarItem[] =>
  events.flatMap((e) => {
    const d = e.data;
    const { color } = forumStyle(d.forums[0] ?? '');
    // Three or more forums would bury the title behind their codes: "Wszystkie fora" or "MOB +2".
    const codes =
      d.forums.length >= FORUM_COUNT
        ? t('calendar.allForumsShort')
        : d.forums.length > 2
          ? `${forumStyle(d.forums[0] ?? '').code} +${d.forums.length - 1}`
          : d.forums.map((f) => forumStyle(f).code).join('/');
    const allDay = d.allDay || d.start.length === 10;
    const cancelled = d.status === 'odwołane';
    const list = occurrences(d);
    return list.map((o): CalendarItem => ({
      id: list.length > 1 ? `${e.id}/${o.start}` : e.id,
      title: `${codes} · ${icsSummary(d)}`,
      start: allDay ? o.start.slice(0, 10) : isoDateTime(o.start),
      ...(allDay
        ? { end: nextDay(o.end ?? o.start) }
        : o.end && o.end.length > 10
          ? { end: isoDateTime(o.end) }
          : {}),
      allDay,
      url: e.url ?? entryUrl('events', e.id),
      color,
      contrastColor: '#ffffff',
      className: cancelled ? 'wydarzenie-odwolane' : '',
      extendedProps: { forums: [...d.forums], type: typeSlug(d.type), cancelled },
    }));
  });

/** Legend entries: every forum with its colour, code and name. */
export const calendarLegend = (forums: readonly { slug: string; title: string }[]) =>
  forums.map((f) => ({ ...f, ...forumStyle(f.slug) }));
