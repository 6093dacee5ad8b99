/**
 * "Dodaj do kalendarza" links of an event page: Outlook on the web (Microsoft 365 compose
 * deeplink) and Google Calendar (TEMPLATE link). They carry one meeting, so recurring and
 * cancelled events get only the .ics file (src/lib/calendar/ics.ts).
 */
import { Temporal } from 'temporal-polyfill';
import { TIME_ZONE } from '../../core/dates.ts';
import { icsSummary, type IcsEventData } from './ics.ts';

type LinkEvent = Pick<IcsEventData, 'title' | 'summary' | 'start' | 'end' | 'allDay' | 'location' | 'online' | 'status' | 'recurrence'>;

const isAllDay = (d: LinkEvent) => d.allDay || d.start.length === 10;
const day = (wall: string) => Temporal.PlainDate.from(wall.slice(0, 10));
/** Timed events without an end are shown as an hour long, which both services need. */
const timedEnd = (d: LinkEvent) =>
  d.end && d.end.length > 10 ? Temporal.PlainDateTime.from(d.end) : Temporal.PlainDateTime.from(d.start).add({ hours: 1 });

const details = (d: LinkEvent, pageUrl: string) => [d.summary, d.online, pageUrl].filter(Boolean).join('\n\n');

/** Can the event be offered as a single meeting to Outlook and Google? */
export const offersWebLinks = (d: LinkEvent): boolean => !d.recurrence && d.status !== 'odwołane';

/** Outlook on the web: a new event form filled in (times with Warsaw's offset). */
export const outlookLink = (d: LinkEvent, pageUrl: string): string => {
  const allDay = isAllDay(d);
  const zoned = (p: Temporal.PlainDateTime) =>
    p.toZonedDateTime(TIME_ZONE).toString({ timeZoneName: 'never', smallestUnit: 'second' });
  const url = new URL('https://outlook.office.com/calendar/deeplink/compose');
  url.search = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: icsSummary(d),
    startdt: allDay ? day(d.start).toString() : zoned(Temporal.PlainDateTime.from(d.start)),
    enddt: allDay ? day(d.end ?? d.start).add({ days: 1 }).toString() : zoned(timedEnd(d)),
    allday: String(allDay),
    body: details(d, pageUrl),
    ...(d.location ? { location: d.location } : {}),
  }).toString();
  return url.href;
};

/** Google Calendar: a new event form; wall-clock times with `ctz`, all-day end exclusive. */
export const googleLink = (d: LinkEvent, pageUrl: string): string => {
  const compact = (s: string) => s.replace(/[-:]/g, '');
  const dates = isAllDay(d)
    ? `${compact(day(d.start).toString())}/${compact(day(d.end ?? d.start).add({ days: 1 }).toString())}`
    : `${compact(Temporal.PlainDateTime.from(d.start).toString({ smallestUnit: 'second' }))}/${compact(timedEnd(d).toString({ smallestUnit: 'second' }))}`;
  const url = new URL('https://calendar.google.com/calendar/render');
  url.search = new URLSearchParams({
    action: 'TEMPLATE',
    text: icsSummary(d),
    dates,
    ctz: TIME_ZONE,
    details: details(d, pageUrl),
    ...(d.location ? { location: d.location } : {}),
  }).toString();
  return url.href;
};
