/**
 * E-mail reminders (Outlook fires no alarms from subscribed calendars): run on day D, they
 * remind of every meeting of D+1 (one-off events and the occurrences of series) and of the
 * consultation and filing deadlines that fall on D+3. One e-mail per forum and audience:
 * public addresses get public events only, members addresses get everything; `wszystkie`
 * gets the items of all forums. Each e-mail carries an .ics of its events.
 */
import { Temporal } from 'temporal-polyfill';
import { t } from '../../i18n/pl.ts';
import type { EntryData } from '../../schema/collections.ts';
import { visibleTo, type Audience } from '../content/access.ts';
import { formatDay, formatWhen } from '../../core/dates.ts';
import { icsCalendar } from '../calendar/ics.ts';
import { occurrences, type Occurrence } from '../../core/recurrence.ts';
import { entryUrl } from '../content/urls.ts';
import { mailboxes, type MailLists } from './node/lists.ts';
import type { OutgoingMail } from './outgoing.ts';
import { renderMail, type MailItem } from './render.ts';
import { capitalise } from '../../i18n/text.ts';

export interface EventEntry {
  id: string;
  data: EntryData<'events'>;
}

/** Deadlines are announced this many days ahead; meetings one day ahead. */
export const DEADLINE_DAYS_AHEAD = 3;
/** Event types whose last day is a deadline. */
const DEADLINE_TYPES: readonly string[] = ['konsultacje', 'termin'];

export interface DueItem {
  event: EventEntry;
  /** The meeting concerned (for a series: the one on that day). */
  occurrence: Occurrence;
  /** `jutro`: happens tomorrow; `termin`: its deadline is in DEADLINE_DAYS_AHEAD days. */
  reason: 'jutro' | 'termin';
}

const addDays = (day: string, n: number) => Temporal.PlainDate.from(day).add({ days: n }).toString();

/** What to remind of when the command runs on `today` (YYYY-MM-DD), in time order. */
export const dueItems = (events: readonly EventEntry[], today: string): DueItem[] => {
  const tomorrow = addDays(today, 1);
  const deadline = addDays(today, DEADLINE_DAYS_AHEAD);
  const due: DueItem[] = [];
  for (const event of events) {
    const all = occurrences(event.data);
    const meeting = all.find((o) => o.start.slice(0, 10) === tomorrow);
    if (meeting) {
      due.push({ event, occurrence: meeting, reason: 'jutro' });
      continue;
    }
    if (DEADLINE_TYPES.includes(event.data.type)) {
      const ending = all.find((o) => (o.end ?? o.start).slice(0, 10) === deadline);
      if (ending) due.push({ event, occurrence: ending, reason: 'termin' });
    }
  }
  return due.sort((a, b) => a.reason.localeCompare(b.reason) || a.occurrence.start.localeCompare(b.occurrence.start));
};

const itemOf = (d: DueItem, siteUrl: string): MailItem => {
  const e = d.event.data;
  const when = formatWhen(d.occurrence.start, d.occurrence.end, e.allDay);
  const where = e.location ?? (e.online ? t('ics.online') : undefined);
  return {
    title: e.title,
    url: new URL(entryUrl('events', d.event.id), siteUrl).href,
    meta: [capitalise(e.type), d.reason === 'termin' ? t('mail.reminder.until', { day: formatDay(d.occurrence.end ?? d.occurrence.start) }) : when, where]
      .filter(Boolean)
      .join(' · '),
    ...(e.summary ? { summary: e.summary } : {}),
    ...(e.status === 'odwołane' ? { flag: t('event.cancelled') } : e.status === 'przeniesione' ? { flag: t('event.moved') } : {}),
  };
};

export interface ReminderOptions {
  /** The day the command runs for (YYYY-MM-DD): it reminds of D+1 and deadlines on D+3. */
  today: string;
  forums: readonly { id: string; data: { title: string } }[];
  /** All events, both audiences: each e-mail keeps what its addresses may see. */
  events: readonly EventEntry[];
  lists: MailLists;
  /** The site each audience's links point to. */
  siteUrl: (audience: Audience) => string;
  /** DTSTAMP of the attached calendars. */
  now: Temporal.Instant;
}

/** Every reminder e-mail of a day: per forum (and `wszystkie`) and audience, only non-empty ones. */
export const reminderMails = (o: ReminderOptions): OutgoingMail[] => {
  const tomorrow = addDays(o.today, 1);
  return mailboxes(o.lists, o.forums, t('mail.allForums')).flatMap(({ channel, audience, to }): OutgoingMail[] => {
    const events = o.events.filter(
      (e) => visibleTo(audience, e.data.access) && (channel.slug === undefined || e.data.forums.includes(channel.slug)),
    );
    const due = dueItems(events, o.today);
    if (due.length === 0) return [];
    const siteUrl = o.siteUrl(audience);
    const meetings = due.filter((d) => d.reason === 'jutro');
    const deadlines = due.filter((d) => d.reason === 'termin');
    const subject = meetings.length
      ? t('mail.reminder.subject', { forum: channel.title, day: formatDay(tomorrow) })
      : t('mail.reminder.subjectDeadline', { forum: channel.title, day: formatDay(addDays(o.today, DEADLINE_DAYS_AHEAD)) });
    const body = renderMail({
      title: t('mail.reminder.title', { forum: channel.title }),
      preheader: due.map((d) => d.event.data.title).join(' · '),
      intro: t('mail.reminder.intro'),
      sections: [
        { heading: t('mail.reminder.tomorrow', { day: formatDay(tomorrow) }), items: meetings.map((d) => itemOf(d, siteUrl)) },
        { heading: t('mail.reminder.deadlines', { days: DEADLINE_DAYS_AHEAD }), items: deadlines.map((d) => itemOf(d, siteUrl)) },
      ],
      footer: [t('mail.reminder.attachment'), t('mail.footer.why', { forum: channel.title }), t('mail.footer.site', { url: siteUrl })],
    });
    // A series goes out as it is on the site ("Dodaj do kalendarza"): the same UID and rule as
    // the subscribed feed, so importing it never duplicates or splits the series.
    const ics = icsCalendar(
      due.map((d) => d.event),
      { name: t('mail.reminder.icsName', { forum: channel.title }), siteUrl, now: o.now, subscription: false },
    );
    return [
      {
        key: `przypomnienie-${o.today}-${channel.slug ?? 'wszystkie'}-${audience}`,
        to,
        subject,
        ...body,
        attachments: [{ filename: `przypomnienie-${tomorrow}.ics`, content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
      },
    ];
  });
};
