/** Contacts directory rules. */
import { Temporal } from 'temporal-polyfill';

/** Months after which a contact's data must be confirmed again (staff rotate). */
export const STALE_AFTER_MONTHS = 6;

/** Was the contact last verified more than 6 months before `today` (both `YYYY-MM-DD`)? */
export const isStale = (verified: string, today: string): boolean =>
  Temporal.PlainDate.compare(
    Temporal.PlainDate.from(verified).add({ months: STALE_AFTER_MONTHS }),
    Temporal.PlainDate.from(today),
  ) < 0;
