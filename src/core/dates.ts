/**
 * Dates and times. Content stores Europe/Warsaw wall-clock strings ("2026-12-08T10:00") and
 * days ("2026-12-08"); formatting never depends on the build machine's TZ: a wall-clock value
 * is formatted as if it were UTC (its digits are what the editor wrote), and only comparisons
 * with "now" convert it to an instant in Europe/Warsaw, with Temporal.
 */
import { Temporal } from 'temporal-polyfill';

export const TIME_ZONE = 'Europe/Warsaw';

/** The moment the build treats as "now"; SITE_NOW pins it in tests. */
export const buildNow = (env: Record<string, string | undefined> = process.env): Temporal.Instant =>
  env['SITE_NOW'] ? Temporal.Instant.from(env['SITE_NOW']) : Temporal.Now.instant();

/** Today's date in Warsaw, `YYYY-MM-DD`. */
export const warsawDay = (at: Temporal.Instant): string =>
  at.toZonedDateTimeISO(TIME_ZONE).toPlainDate().toString();

const plainDateTime = (wall: string) =>
  Temporal.PlainDateTime.from(wall.length === 10 ? `${wall}T00:00` : wall);

/** The instant of a Warsaw wall-clock value (DST-aware; a day means its midnight). */
export const wallClockInstant = (wall: string): Temporal.Instant =>
  plainDateTime(wall).toZonedDateTime(TIME_ZONE).toInstant();

const asUtc = (wall: string) => new Date(plainDateTime(wall).toZonedDateTime('UTC').epochMilliseconds);
const fmt = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('pl-PL', { ...o, timeZone: 'UTC' });
const dayLong = fmt({ day: 'numeric', month: 'long', year: 'numeric' });
const weekdayDayLong = fmt({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const dayMonth = fmt({ day: 'numeric', month: 'long' });
const time = fmt({ hour: '2-digit', minute: '2-digit' });

/** "26 listopada 2026" */
export const formatDay = (day: string): string => dayLong.format(asUtc(day.slice(0, 10)));

/** "14:30" */
export const formatTime = (wall: string): string => time.format(asUtc(wall));

const sameDay = (a: string, b: string) => a.slice(0, 10) === b.slice(0, 10);

/**
 * When an event happens, in words: "wtorek, 8 grudnia 2026, 10:00–12:30",
 * "8–10 grudnia 2026", "wtorek, 15 grudnia 2026 (cały dzień)".
 */
export const formatWhen = (start: string, end: string | undefined, allDay: boolean): string => {
  const timed = !allDay && start.length > 10;
  if (!end || sameDay(start, end)) {
    const d = weekdayDayLong.format(asUtc(start.slice(0, 10)));
    if (!timed) return `${d} (cały dzień)`;
    return end && end.length > 10 ? `${d}, ${formatTime(start)}–${formatTime(end)}` : `${d}, ${formatTime(start)}`;
  }
  if (timed) return `${formatDay(start)}, ${formatTime(start)} – ${formatDay(end)}, ${formatTime(end)}`;
  if (start.slice(0, 7) === end.slice(0, 7)) return `${Number(start.slice(8, 10))}–${formatDay(end)}`;
  const from = start.slice(0, 4) === end.slice(0, 4) ? dayMonth.format(asUtc(start.slice(0, 10))) : formatDay(start);
  return `${from} – ${formatDay(end)}`;
};

/** Machine-readable value for <time datetime>: a day, or a wall-clock with Warsaw's offset. */
export const isoDateTime = (wall: string): string =>
  wall.length === 10 ? wall : plainDateTime(wall).toZonedDateTime(TIME_ZONE).toString({ timeZoneName: 'never', smallestUnit: 'minute' });

/** Has an event (or a deadline) not finished yet at `now`? A day-only end lasts to its end. */
export const notFinished = (start: string, end: string | undefined, now: Temporal.Instant): boolean => {
  const last = end ?? start;
  const until = last.length === 10
    ? Temporal.PlainDate.from(last).add({ days: 1 }).toZonedDateTime(TIME_ZONE).toInstant()
    : wallClockInstant(last);
  return Temporal.Instant.compare(until, now) > 0;
};
