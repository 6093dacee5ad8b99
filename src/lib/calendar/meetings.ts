/**
 * Forum meetings as institutional memory: whether materials are out before a meeting, which
 * upcoming meetings still lack them (editors' alert), and the archive of past meetings by year.
 */
import { Temporal } from 'temporal-polyfill';
import { wallClockInstant } from '../../core/dates.ts';
import { nextOccurrence, shownOccurrence, type Timing } from '../../core/recurrence.ts';

export const MEETING_TYPE = 'posiedzenie forum';

/** Staff asked for materials at least this many days before a meeting. */
export const MATERIALS_DAYS_BEFORE = 2;

/** Is the event a forum meeting (the type that carries agenda, decisions and recording)? */
export const isMeeting = (d: { type: string }): boolean => d.type === MEETING_TYPE;

interface MeetingLike {
  id: string;
  data: Timing & { type: string; status: string };
}

/** Ids of events that have at least one document linked by its `event` field. */
export const eventsWithMaterials = (documents: readonly { data: { event?: string | undefined } }[]): Set<string> =>
  new Set(documents.flatMap((d) => (d.data.event ? [d.data.event] : [])));

/**
 * Upcoming, not cancelled forum meetings starting within MATERIALS_DAYS_BEFORE days of `now`
 * that have no materials yet, soonest first.
 */
export const meetingsMissingMaterials = <T extends MeetingLike>(
  events: readonly T[],
  withMaterials: ReadonlySet<string>,
  now: Temporal.Instant,
): T[] => {
  const limit = now.add({ hours: 24 * MATERIALS_DAYS_BEFORE });
  return events
    .filter((e) => isMeeting(e.data) && e.data.status !== 'odwołane' && !withMaterials.has(e.id))
    .map((e) => ({ e, next: nextOccurrence(e.data, now) }))
    .filter(({ next }) => next && Temporal.Instant.compare(wallClockInstant(next.start), limit) <= 0)
    .sort((a, b) => a.next!.start.localeCompare(b.next!.start))
    .map(({ e }) => e);
};

/** Past meetings grouped by year, newest year and newest meeting first. */
export const archiveByYear = <T extends MeetingLike>(past: readonly T[], now: Temporal.Instant): { year: string; meetings: T[] }[] => {
  const shown = (e: T) => shownOccurrence(e.data, now).start;
  const sorted = [...past].sort((a, b) => shown(b).localeCompare(shown(a)));
  const years = new Map<string, T[]>();
  for (const e of sorted) {
    const year = shown(e).slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), e]);
  }
  return [...years].map(([year, meetings]) => ({ year, meetings }));
};
