/** Small checks of the mail commands' arguments and schedule. */
import { Temporal } from 'temporal-polyfill';
import { TIME_ZONE } from '../../core/dates.ts';

/** Is this a real `YYYY-MM-DD` day? */
export const isDay = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  try {
    Temporal.PlainDate.from(s, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
};

/**
 * The hour in Warsaw at `now`. The scheduled workflow runs at 05:00 and 06:00 UTC; exactly one
 * of them is 07:xx in Warsaw (summer: 05 UTC, winter: 06 UTC), and only that one sends.
 */
export const warsawHour = (now: Temporal.Instant): number => now.toZonedDateTimeISO(TIME_ZONE).hour;
