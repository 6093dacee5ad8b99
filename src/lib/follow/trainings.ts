/**
 * Trainings and webinars (events of those types): what /szkolenia/ and each forum page show —
 * upcoming ones by date, then the archive with recordings and participants' opinions.
 */
import type { Temporal } from 'temporal-polyfill';
import { isUpcoming } from '../../core/recurrence.ts';
import type { EntryData } from '../../schema/collections.ts';

export const TRAINING_TYPES: readonly string[] = ['szkolenie', 'webinar'];

type Ev = { id: string; data: EntryData<'events'> };

export const isTraining = (e: { data: Pick<EntryData<'events'>, 'type'> }): boolean => TRAINING_TYPES.includes(e.data.type);

/**
 * Trainings split at `now`: upcoming ones soonest first (cancelled ones stay, marked, so people
 * who registered see it), the archive most recent first.
 */
export const splitTrainings = <T extends Ev>(list: readonly T[], now: Temporal.Instant): { upcoming: T[]; archive: T[] } => {
  const trainings = list.filter(isTraining);
  const upcoming = trainings.filter((e) => isUpcoming(e.data, now)).sort((a, b) => a.data.start.localeCompare(b.data.start));
  const archive = trainings
    .filter((e) => !isUpcoming(e.data, now) && e.data.status !== 'odwołane')
    .sort((a, b) => b.data.start.localeCompare(a.data.start));
  return { upcoming, archive };
};

/** The next training of a forum that takes place (not cancelled), if any. */
export const nextTraining = <T extends Ev>(list: readonly T[], forum: string, now: Temporal.Instant): T | undefined =>
  splitTrainings(list, now).upcoming.find((e) => e.data.forums.includes(forum) && e.data.status !== 'odwołane');
