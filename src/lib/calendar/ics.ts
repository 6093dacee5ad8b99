/**
 * iCalendar feeds (.ics) made with ical-generator from the events collection: one feed of all
 * events, one per forum and one per event type (what staff subscribe to in Outlook), and one
 * file per event ("Dodaj do kalendarza").
 *
 * Times are written as Europe/Warsaw wall-clock with `TZID=Europe/Warsaw` and a VTIMEZONE from
 * @touch4it/ical-timezones (Outlook-compatible rules). Values are Temporal plain date-times, so
 * the output never depends on the build machine's `TZ` (ical-generator would render JS Dates in
 * the machine's zone).
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, {
  ICalAlarm,
  ICalAlarmType,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
  foldLines,
  formatDate,
  type ICalEvent,
} from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { t } from '../../i18n/pl.ts';
import { EVENT_TYPES, type EntryData } from '../../schema/collections.ts';
import { TIME_ZONE, formatWhen } from '../../core/dates.ts';
import { describeRecurrence, rruleValue, skippedStarts } from '../../core/recurrence.ts';
import { tagSlug } from '../content/tag-slugs.ts';
import { entryUrl } from '../content/urls.ts';
import { MEMBER_FEED_PREFIX, type Audience } from '../content/access.ts';


/** Fixed domain of event UIDs: a UID must never change, whatever the site's address. */
export const UID_DOMAIN = 'metropoliakrakowska.pl';

/** How often subscribed calendars should fetch a feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const REFRESH_SECONDS = 6 * 60 * 60;

/** How long before an event the reminder fires: a day, as staff asked. */
export const REMINDER_SECONDS = 24 * 60 * 60;

export type IcsEventData = Pick<
  EntryData<'events'>,
  | 'title'
  | 'summary'
  | 'type'
  | 'start'
  | 'end'
  | 'allDay'
  | 'location'
  | 'online'
  | 'registration'
  | 'status'
  | 'movedFrom'
  | 'revision'
  | 'recurrence'
  | 'forums'
>;

/** An event as pages have it: the file slug (`id`) and its data. */
export interface IcsEvent {
  id: string;
  data: IcsEventData;
  /** Page of an item that is not an event file (a funding call's deadline); default: the event page. */
  url?: string;
}

/** The UID of an event, from its file name: stays the same when the event moves. */
export const eventUid = (slug: string): string => `${slug}@${UID_DOMAIN}`;

/**
 * SEQUENCE: the editor's `revision`, plus one once the event is moved or cancelled, so a
 * status change alone is enough for calendars to replace their copy.
 */
export const eventSequence = (d: Pick<IcsEventData, 'revision' | 'status'>): number =>
  d.revision + (d.status === 'planowane' ? 0 : 1);

const isAllDay = (d: Pick<IcsEventData, 'allDay' | 'start'>) => d.allDay || d.start.length === 10;
const plainDate = (wall: string) => Temporal.PlainDate.from(wall.slice(0, 10));
const plainDateTime = (wall: string) => Temporal.PlainDateTime.from(wall);

const cancelledTitle = (title: string) => `${t('event.cancelled').toUpperCase()}: ${title}`;

/** The event's title as calendars show it: cancelled ones say so first. */
export const icsSummary = (d: Pick<IcsEventData, 'title' | 'status'>): string =>
  d.status === 'odwołane' ? cancelledTitle(d.title) : d.title;

const description = (d: IcsEventData, pageUrl: string): string =>
  [
    d.summary,
    d.recurrence && t('ics.recurrenceLine', { rule: describeRecurrence(d) ?? '' }),
    d.movedFrom && t('ics.movedLine', { when: formatWhen(d.movedFrom, undefined, d.allDay) }),
    d.online && t('ics.onlineLine', { url: d.online }),
    d.registration && t('ics.registrationLine', { url: d.registration }),
    t('ics.pageLine', { url: pageUrl }),
  ]
    .filter(Boolean)
    .join('\n');

/**
 * RRULE and EXDATE lines. The EXDATE carries the same TZID and time as DTSTART (what Outlook
 * needs to match a skipped meeting); ical-generator formats its values.
 */
const repeating = (d: IcsEventData): string | null => {
  const rule = rruleValue(d);
  if (!rule) return null;
  const skipped = skippedStarts(d).map((wall) => formatDate(TIME_ZONE, plainDateTime(wall), false, true));
  return [`RRULE:${rule}`, ...(skipped.length ? [`EXDATE;TZID=${TIME_ZONE}:${skipped.join(',')}`] : [])].join('\n');
};

const addEvent = (cal: ReturnType<typeof ical>, e: IcsEvent, o: CalendarOptions): ICalEvent => {
  const d = e.data;
  const allDay = isAllDay(d);
  const cancelled = d.status === 'odwołane';
  const pageUrl = new URL(e.url ?? entryUrl('events', e.id), o.siteUrl).href;
  const start = allDay ? plainDate(d.start) : plainDateTime(d.start);
  // All-day: DTEND is the day after the last day (the content's end day is inclusive).
  const end = allDay
    ? plainDate(d.end ?? d.start).add({ days: 1 })
    : d.end && d.end.length > 10
      ? plainDateTime(d.end)
      : null;
  return cal.createEvent({
    id: eventUid(e.id),
    sequence: eventSequence(d),
    stamp: o.now,
    start,
    end,
    allDay,
    timezone: allDay ? null : TIME_ZONE,
    summary: icsSummary(d),
    description: description(d, pageUrl),
    location: d.location ?? (d.online ? t('ics.online') : null),
    url: pageUrl,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    // Deadlines and multi-day consultations should not block the working day in Outlook.
    transparency: allDay || cancelled ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    categories: [{ name: d.type }],
    repeating: repeating(d),
  });
};

/**
 * The reminder a day before, written after all the event's other properties. ical-generator
 * would put VALARM in the middle (before STATUS, URL and X- properties); the issue asks for
 * it last because some importers stop reading an event's properties at its first
 * sub-component. A cancelled event gets no reminder: nobody should be called to it.
 */
const reminder = (ev: ICalEvent, cancelled: boolean): string =>
  cancelled
    ? ''
    : foldLines(
        new ICalAlarm(
          { type: ICalAlarmType.display, triggerBefore: REMINDER_SECONDS, description: t('ics.reminder', { title: ev.summary() }) },
          ev,
        ).toString(),
      ).replace(/(\r\n)?$/, '\r\n');

export interface CalendarOptions {
  /** X-WR-CALNAME: the name Outlook shows for a subscribed calendar. */
  name: string;
  /** Absolute site address, for the events' URL. */
  siteUrl: string;
  /** DTSTAMP: when the feed was made (the build's "now"). */
  now: Temporal.Instant;
  /** Subscription feeds ask to be fetched again every REFRESH_SECONDS. */
  subscription: boolean;
}

/** One iCalendar file with the given events. */
export const icsCalendar = (events: readonly IcsEvent[], o: CalendarOptions): string => {
  const cal = ical({
    prodId: { company: 'Stowarzyszenie Metropolia Krakowska', product: 'Kalendarz', language: 'PL' },
    method: ICalCalendarMethod.PUBLISH,
    name: o.name,
    description: t('ics.description'),
    // No calendar-wide zone name: with one, ical-generator writes DTSTAMP in local time,
    // which RFC 5545 forbids. Events carry TZID; the generator adds the VTIMEZONE they use.
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: o.subscription ? REFRESH_SECONDS : null,
    x: [['X-WR-TIMEZONE', TIME_ZONE]],
  });
  const reminders = events.map((e) => reminder(addEvent(cal, e, o), e.data.status === 'odwołane'));
  let i = 0;
  return `${cal.toString().replace(/END:VEVENT\r\n/g, (end) => `${reminders[i++] ?? ''}${end}`)}\r\n`;
};

/** ASCII slug of an event type: "posiedzenie forum" → "posiedzenie-forum". */
export const typeSlug = (type: string): string => tagSlug(type);

/** A subscribable feed: its file under /kalendarz/ and which events it holds. */
export interface Feed {
  /** `wszystkie.ics`, `<forum>.ics` or `typ/<type>.ics`. */
  file: string;
  /** Its name in words (X-WR-CALNAME without the site's name). */
  label: string;
  keep: (e: IcsEvent) => boolean;
  kind: 'all' | 'forum' | 'type';
}

/** Every subscribable feed: all events, one per forum, one per event type. */
export const subscriptionFeeds = (forums: readonly { slug: string; title: string }[]): Feed[] => [
  { file: 'wszystkie.ics', label: t('ics.label.all'), keep: () => true, kind: 'all' },
  ...forums.map<Feed>((f) => ({
    file: `${f.slug}.ics`,
    label: f.title,
    keep: (e) => e.data.forums.includes(f.slug),
    kind: 'forum',
  })),
  ...EVENT_TYPES.map<Feed>((type) => ({
    file: `typ/${typeSlug(type)}.ics`,
    label: t(`eventTypes.${type}` as const),
    keep: (e) => e.data.type === type,
    kind: 'type',
  })),
];

/** Address of a feed: `/kalendarz/<file>`, or under the secret prefix when a token is given. */
export const feedPath = (file: string, token?: string): string =>
  token ? `${MEMBER_FEED_PREFIX}${token}/${file}` : `/kalendarz/${file}`;

/** Address of an event's own .ics file, next to its page. */
export const eventIcsPath = (slug: string): string => `/kalendarz/${slug}/wydarzenie.ics`;

const TOKEN = /^[A-Za-z0-9_-]{20,}$/;

/**
 * The secret token of member feeds: only in the members build and only when
 * CALENDAR_FEED_TOKEN is set; a weak or odd token stops the build.
 */
export const feedToken = (audience: Audience, env: Record<string, string | undefined> = process.env): string | undefined => {
  const token = env['CALENDAR_FEED_TOKEN']?.trim();
  if (audience !== 'members' || !token) return undefined;
  if (!TOKEN.test(token)) {
    throw new Error(
      'CALENDAR_FEED_TOKEN musi mieć co najmniej 20 znaków: litery, cyfry, „-” lub „_” (np. wynik polecenia: openssl rand -hex 24)',
    );
  }
  return token;
};

export interface CalendarFile {
  /** Site path, e.g. `/kalendarz/wszystkie.ics`. */
  path: string;
  body: string;
}

/**
 * Every .ics file of a build: the subscription feeds (also under the secret token path when
 * there is one) and one file per event. Only events this build may show are passed in.
 * `deadlines` (funding calls' closing days) join the feeds but get no file of their own.
 */
export const calendarFiles = (
  events: readonly IcsEvent[],
  forums: readonly { slug: string; title: string }[],
  o: { audience: Audience; siteUrl: string; now: Temporal.Instant; token?: string | undefined },
  deadlines: readonly IcsEvent[] = [],
): CalendarFile[] => {
  const named = (label: string) => {
    const name = t('ics.name', { label });
    return o.audience === 'members' ? t('ics.name.members', { name }) : name;
  };
  const feeds = subscriptionFeeds(forums).map((f) => ({
    file: f.file,
    body: icsCalendar([...events, ...deadlines].filter(f.keep), { name: named(f.label), siteUrl: o.siteUrl, now: o.now, subscription: true }),
  }));
  return [
    ...feeds.map((f) => ({ path: feedPath(f.file), body: f.body })),
    ...(o.token ? feeds.map((f) => ({ path: feedPath(f.file, o.token), body: f.body })) : []),
    ...events.map((e) => ({
      path: eventIcsPath(e.id),
      body: icsCalendar([e], { name: icsSummary(e.data), siteUrl: o.siteUrl, now: o.now, subscription: false }),
    })),
  ];
};
