/** Projects and investments: milestones in date order and the progress in words. */
import type { EntryData } from '../../schema/collections.ts';

type Milestone = EntryData<'projects'>['milestones'][number];

/** Milestones by date (the timeline's order), whatever order the editor typed them in. */
export const timeline = (milestones: readonly Milestone[]): Milestone[] =>
  [...milestones].sort((a, b) => a.date.localeCompare(b.date));

/** How many milestones are done out of how many. */
export const progress = (milestones: readonly Milestone[]): { done: number; total: number } => ({
  done: milestones.filter((m) => m.done).length,
  total: milestones.length,
});

/** Projects that involve a gmina. */
export const projectsOf = <T extends { data: { municipalities: readonly string[] } }>(list: readonly T[], gmina: string): T[] =>
  list.filter((p) => p.data.municipalities.includes(gmina));

/** Investments "na styku gmin": flagged by the editor as crossing a border. */
export const borderProjects = <T extends { data: { border: boolean } }>(list: readonly T[]): T[] => list.filter((p) => p.data.border);
