/** What pages, feeds and the calendar share about legal changes, from the entries this build may show. */
import { t } from '../../i18n/pl.ts';
import { buildNow, warsawDay } from '../../core/dates.ts';
import type { IcsEvent } from '../calendar/ics.ts';
import { entries } from '../content/entries.ts';
import { isLegalChange, legalDeadline, sortLegal } from './legal.ts';

/** Visible legal changes in list order (not yet in force, in force, without a date). */
export const orderedLegal = async () => sortLegal((await entries('news')).filter(isLegalChange), warsawDay(buildNow()));

/** Entry-into-force days of every visible legal change, as calendar deadlines. */
export const legalDeadlines = async (): Promise<IcsEvent[]> =>
  (await entries('news')).flatMap((n) => legalDeadline(n, (title) => t('legal.calendarTitle', { title })) ?? []);
