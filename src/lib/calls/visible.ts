/** What the funding-call pages, the calendar and the RSS feed share: visible calls, ordered, and their deadlines. */
import { t } from '../../i18n/pl.ts';
import { callDeadline, sortCalls } from './status.ts';
import { buildNow, warsawDay } from '../../core/dates.ts';
import { entries } from '../content/entries.ts';
import type { IcsEvent } from '../calendar/ics.ts';

/** The build's "today" in Warsaw: call statuses are derived against it. */
export const callsToday = (): string => warsawDay(buildNow());

/** Visible calls in list order (open by closing day, announced, closed). */
export const orderedCalls = async () => sortCalls(await entries('calls'), callsToday());

/** Closing days of every visible call, as calendar deadlines. */
export const callDeadlines = async (): Promise<IcsEvent[]> =>
  (await entries('calls')).map((c) => callDeadline(c, (title) => t('call.deadlineTitle', { title })));

/** Address of the RSS feed of new calls. */
export const CALLS_RSS = '/rss/nabory.xml';
