/**
 * Legal changes (news of kind "zmiana prawa") per domain: the list order of /zmiany-prawa/ and
 * the day each change enters into force as an all-day calendar item — typed once, on the news
 * item, never again as an event (as funding-call deadlines, src/lib/calls/status.ts).
 */
import type { EntryData } from '../../schema/collections.ts';
import type { IcsEvent } from '../calendar/ics.ts';
import { entryUrl } from '../content/urls.ts';

export const LEGAL_KIND = 'zmiana prawa';

type LegalData = Pick<EntryData<'news'>, 'kind' | 'effective' | 'date'>;

export const isLegalChange = (n: { data: Pick<LegalData, 'kind'> }): boolean => n.data.kind === LEGAL_KIND;

/**
 * List order on `today` (a Warsaw day): changes not yet in force first, the soonest on top; then
 * those in force, the most recent first; drafts without a date last, newest published first.
 */
export const sortLegal = <T extends { id: string; data: LegalData }>(list: readonly T[], today: string): T[] => {
  const rank = (d: LegalData) => (d.effective === undefined ? 2 : d.effective >= today ? 0 : 1);
  return [...list].sort((a, b) => {
    const ra = rank(a.data);
    const rb = rank(b.data);
    if (ra !== rb) return ra - rb;
    if (ra === 0) return a.data.effective!.localeCompare(b.data.effective!) || a.id.localeCompare(b.id);
    if (ra === 1) return b.data.effective!.localeCompare(a.data.effective!) || a.id.localeCompare(b.id);
    return b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id);
  });
};

/** UID prefix of entry-into-force days: `zmiana-prawa-<slug>@…` never clashes with an event file. */
export const LEGAL_UID_PREFIX = 'zmiana-prawa-';

/** Address of the RSS feed of legal changes. */
export const LEGAL_RSS = '/rss/zmiany-prawa.xml';

/**
 * A legal change's effective day as an all-day "termin" for the feeds and the interactive
 * calendar; its page is the news item's. Changes without a date give nothing.
 */
export const legalDeadline = (
  n: { id: string; data: Pick<EntryData<'news'>, 'title' | 'summary' | 'effective' | 'forums' | 'kind'> },
  label: (title: string) => string,
): IcsEvent | undefined =>
  n.data.kind === LEGAL_KIND && n.data.effective
    ? {
        id: `${LEGAL_UID_PREFIX}${n.id}`,
        url: entryUrl('news', n.id),
        data: {
          title: label(n.data.title),
          summary: n.data.summary,
          type: 'termin',
          start: n.data.effective,
          allDay: true,
          status: 'planowane',
          revision: 0,
          forums: n.data.forums,
        },
      }
    : undefined;
