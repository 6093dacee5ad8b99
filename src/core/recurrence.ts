/**
 * Recurring events ("dyżur ekodoradców co miesiąc, w drugi wtorek"). Editors describe a series
 * with a few plain fields (`recurrence` in the events schema); this module turns them into an
 * RFC 5545 rule and expands it into occurrences with rrule-temporal, in Europe/Warsaw wall-clock
 * time, so a 10:00 meeting stays at 10:00 on both sides of a DST change.
 *
 * The weekday comes from the event's `start`; a monthly series also takes its week of the month
 * from `start` unless `week` says it (e.g. "ostatni" for the last Thursday).
 */
import { RRuleTemporal } from 'rrule-temporal';
import { Temporal } from 'temporal-polyfill';
import { t } from '../i18n/pl.ts';
import { TIME_ZONE, formatDay, notFinished } from './dates.ts';

/** ISO weekdays 1 (Monday) … 7 (Sunday) as string keys, so the string table stays typed. */
const WEEKDAY_KEYS = ['weekday.1', 'weekday.2', 'weekday.3', 'weekday.4', 'weekday.5', 'weekday.6', 'weekday.7'] as const;

export const RECURRENCE_FREQUENCIES = ['co tydzień', 'co miesiąc'] as const;
export const RECURRENCE_WEEKS = ['pierwszy', 'drugi', 'trzeci', 'czwarty', 'ostatni'] as const;
export type RecurrenceWeek = (typeof RECURRENCE_WEEKS)[number];

export interface Recurrence {
  frequency: (typeof RECURRENCE_FREQUENCIES)[number];
  /** Every n weeks / months (1 = every). */
  interval: number;
  /** Monthly only: which weekday of the month; by default the one `start` falls on. */
  week?: RecurrenceWeek | undefined;
  /** Last day of the series, inclusive. */
  until: string;
  /** Days on which the series skips its meeting. */
  except: string[];
}

/** The timing fields of an event. */
export interface Timing {
  start: string;
  end?: string | undefined;
  allDay: boolean;
  recurrence?: Recurrence | undefined;
}

/** One meeting of an event: Warsaw wall-clock strings, like `start`/`end` in content. */
export interface Occurrence {
  start: string;
  end?: string | undefined;
}

/** iCalendar weekday codes by Temporal's dayOfWeek (1 = Monday). */
const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const ORDINAL: Record<RecurrenceWeek, number> = { pierwszy: 1, drugi: 2, trzeci: 3, czwarty: 4, ostatni: -1 };

const startDate = (start: string) => Temporal.PlainDate.from(start.slice(0, 10));
const wall = (p: Temporal.PlainDateTime) => p.toString({ smallestUnit: 'minute' });

/** Which weekday of its month a day is: 1–4, or -1 for the last one (a 5th is always the last). */
const weekOfMonth = (day: Temporal.PlainDate, week: RecurrenceWeek | undefined): number =>
  week ? ORDINAL[week] : day.day > 28 ? -1 : Math.ceil(day.day / 7);

const fitsWeek = (day: Temporal.PlainDate, ordinal: number): boolean =>
  ordinal === -1 ? day.day + 7 > day.daysInMonth : Math.ceil(day.day / 7) === ordinal;

type Recurring = Timing & { recurrence: Recurrence };

const rule = ({ start, recurrence: r }: Recurring): RRuleTemporal => {
  const dtstart = Temporal.PlainDateTime.from(start).toZonedDateTime(TIME_ZONE);
  const code = WEEKDAY_CODES[dtstart.dayOfWeek - 1]!;
  return new RRuleTemporal({
    freq: r.frequency === 'co tydzień' ? 'WEEKLY' : 'MONTHLY',
    interval: r.interval,
    byDay: [r.frequency === 'co miesiąc' ? `${weekOfMonth(startDate(start), r.week)}${code}` : code],
    dtstart,
    // The whole `until` day counts; rrule-temporal writes UNTIL in UTC, as RFC 5545 requires
    // when DTSTART has a TZID.
    until: Temporal.PlainDate.from(r.until).add({ days: 1 }).toZonedDateTime(TIME_ZONE).subtract({ seconds: 1 }),
    tzid: TIME_ZONE,
    temporal: Temporal,
  });
};

/** The RRULE value of a recurring event ("FREQ=MONTHLY;UNTIL=20270630T215959Z;BYDAY=2TU"). */
export const rruleValue = (e: Timing): string | undefined => {
  if (!e.recurrence) return undefined;
  const line = rule(e as Recurring).toString().split('\n').find((l) => l.startsWith('RRULE:'));
  return line?.slice('RRULE:'.length);
};

/** Wall-clock starts of the skipped meetings (for EXDATE, which must match DTSTART's time). */
export const skippedStarts = (e: Timing): string[] =>
  e.recurrence ? e.recurrence.except.map((day) => `${day}${e.start.slice(10)}`) : [];

/** Every meeting of an event, skipped days left out; a one-off event has one. */
export const occurrences = (e: Timing): Occurrence[] => {
  if (!e.recurrence) return [{ start: e.start, end: e.end }];
  const first = Temporal.PlainDateTime.from(e.start);
  const length = e.end && e.end.length > 10 ? first.until(Temporal.PlainDateTime.from(e.end)) : undefined;
  const skipped = new Set(e.recurrence.except);
  return rule(e as Recurring)
    .all()
    .map((z) => Temporal.PlainDateTime.from(z.toPlainDateTime().toString()))
    .filter((p) => !skipped.has(p.toPlainDate().toString()))
    .map((p) => ({ start: wall(p), end: length ? wall(p.add(length)) : undefined }));
};

/** The next meeting that has not finished at `now`, if any. */
export const nextOccurrence = (e: Timing, now: Temporal.Instant): Occurrence | undefined =>
  occurrences(e).find((o) => notFinished(o.start, o.end, now));

/** The meeting a list shows: the next one, or the last one when all are over. */
export const shownOccurrence = (e: Timing, now: Temporal.Instant): Occurrence =>
  nextOccurrence(e, now) ?? occurrences(e).at(-1) ?? { start: e.start, end: e.end };

/** Is any meeting of the event still to come (or going on) at `now`? */
export const isUpcoming = (e: Timing, now: Temporal.Instant): boolean => nextOccurrence(e, now) !== undefined;

const weekdayName = (day: Temporal.PlainDate) => t(WEEKDAY_KEYS[day.dayOfWeek - 1]!);
/** Środa, sobota and niedziela are feminine: "ostatnia środa", "ostatni wtorek". */
const feminine = (day: Temporal.PlainDate) => [3, 6, 7].includes(day.dayOfWeek);
const plural = new Intl.PluralRules('pl');

/** The series in words: "co miesiąc: 2. wtorek miesiąca, do 30 czerwca 2027". */
export const describeRecurrence = (e: Timing): string | undefined => {
  const r = e.recurrence;
  if (!r) return undefined;
  const day = startDate(e.start);
  const weekday = weekdayName(day);
  const unit = r.frequency === 'co tydzień' ? 'weeks' : 'months';
  const every =
    r.interval === 1
      ? t(`recurrence.every.${unit}`)
      : t(`recurrence.everyN.${unit}.${plural.select(r.interval) === 'few' ? 'few' : 'many'}`, { n: r.interval });
  const ordinal = weekOfMonth(day, r.week);
  const when =
    r.frequency === 'co tydzień'
      ? weekday
      : ordinal === -1
        ? t(feminine(day) ? 'recurrence.lastF' : 'recurrence.lastM', { weekday })
        : t('recurrence.nth', { n: ordinal, weekday });
  return t('recurrence.summary', { every, when, until: formatDay(r.until) });
};

/**
 * An editorial problem of a recurring event, for the content check: the field and a Polish
 * message, or undefined when the series is well formed.
 */
export const recurrenceProblem = (e: Timing): { path: string; message: string } | undefined => {
  const r = e.recurrence;
  if (!r) return undefined;
  if (e.allDay || e.start.length === 10) {
    return { path: 'recurrence', message: 'wydarzenie cykliczne musi mieć godzinę rozpoczęcia (start: RRRR-MM-DDTGG:MM)' };
  }
  if (e.end && e.end.slice(0, 10) !== e.start.slice(0, 10)) {
    return { path: 'end', message: 'wydarzenie cykliczne musi kończyć się tego samego dnia, w którym się zaczyna' };
  }
  if (r.until < e.start.slice(0, 10)) {
    return { path: 'recurrence.until', message: `powtarzanie kończy się (${r.until}) przed początkiem (${e.start.slice(0, 10)})` };
  }
  const day = startDate(e.start);
  if (r.week && r.frequency !== 'co miesiąc') {
    return { path: 'recurrence.week', message: 'tydzień miesiąca podaje się tylko przy powtarzaniu „co miesiąc”' };
  }
  if (r.week && !fitsWeek(day, ORDINAL[r.week])) {
    return {
      path: 'recurrence.week',
      message: `początek (${day}, ${weekdayName(day)}) nie wypada w „${r.week}” ${weekdayName(day)} miesiąca — ustaw początek na pierwsze spotkanie cyklu`,
    };
  }
  const days = new Set(occurrences({ ...e, recurrence: { ...r, except: [] } }).map((o) => o.start.slice(0, 10)));
  const stray = r.except.find((d) => !days.has(d));
  if (stray) return { path: 'recurrence.except', message: `dzień ${stray} nie jest terminem tego cyklu` };
  return undefined;
};
