/**
 * Funding calls (nabory): status derived from the dates at build time, the list order, and the
 * closing days as calendar deadlines — so a deadline is never typed twice (once as a call, once
 * as an event).
 */
import { entryUrl } from '../content/urls.ts';
import type { CALL_STATUSES, EntryData } from '../../schema/collections.ts';
import type { IcsEvent } from '../calendar/ics.ts';

export type CallStatus = (typeof CALL_STATUSES)[number];
type CallDates = Pick<EntryData<'calls'>, 'opens' | 'closes'>;

/**
 * Where a call stands on `today` (a Warsaw day, `YYYY-MM-DD`): announced before its first day,
 * open from the first to the last day inclusive, closed after it.
 */
export const callStatus = (d: CallDates, today: string): CallStatus =>
  today < d.opens ? 'zapowiedziany' : today <= d.closes ? 'otwarty' : 'zamknięty';

const RANK: Record<CallStatus, number> = { otwarty: 0, zapowiedziany: 1, zamknięty: 2 };

/**
 * List order: open calls first, the soonest deadline on top; then announced ones by opening day;
 * then closed ones, the most recently closed first.
 */
export const sortCalls = <T extends { id: string; data: CallDates }>(list: readonly T[], today: string): T[] =>
  [...list].sort((a, b) => {
    const sa = callStatus(a.data, today);
    const sb = callStatus(b.data, today);
    if (sa !== sb) return RANK[sa] - RANK[sb];
    if (sa === 'otwarty') return a.data.closes.localeCompare(b.data.closes) || a.id.localeCompare(b.id);
    if (sa === 'zapowiedziany') return a.data.opens.localeCompare(b.data.opens) || a.id.localeCompare(b.id);
    return b.data.closes.localeCompare(a.data.closes) || a.id.localeCompare(b.id);
  });

/** Days left until a call closes (0 on its last day). */
export const daysLeft = (d: CallDates, today: string): number =>
  Math.round((Date.parse(`${d.closes}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);

/** UID prefix of call deadlines in calendars: `nabor-<slug>@…` never clashes with an event file. */
export const CALL_UID_PREFIX = 'nabor-';

/** Site path of a call's page. */
export const callPath = (slug: string): string => entryUrl('calls', slug);

/**
 * A call's closing day as an all-day calendar item of type "termin", for the feeds and the
 * interactive calendar. Its id gives the stable UID `nabor-<slug>@…`; its page is the call's.
 */
export const callDeadline = (call: { id: string; data: EntryData<'calls'> }, label: (title: string) => string): IcsEvent => ({
  id: `${CALL_UID_PREFIX}${call.id}`,
  url: callPath(call.id),
  data: {
    title: label(call.data.title),
    summary: `${call.data.programme} — ${call.data.funder}. ${call.data.amount}.`,
    type: 'termin',
    start: call.data.closes,
    allDay: true,
    status: 'planowane',
    revision: 0,
    forums: call.data.forums,
    registration: call.data.link,
  },
});
