/**
 * The contacts directory as this build sees it: the pages and the export endpoints under
 * /kontakty/ all start here, so they list the same people with the same marks.
 */
import { buildDirectory, forumPeople, type Directory } from './rules.ts';
import { buildNow, warsawDay } from '../../core/dates.ts';
import { entries } from '../content/entries.ts';

let cached: Promise<Directory> | undefined;

/** The directory of the contacts this build's audience may see (memoised per build). */
export const directory = (): Promise<Directory> =>
  (cached ??= (async () =>
    buildDirectory({
      contacts: await entries('contacts'),
      gminy: await entries('municipalities'),
      forums: await entries('forums'),
      today: warsawDay(buildNow()),
    }))());

/** Fallback for builds without `site` (absolute URLs in the vCard and CSV exports). */
export const siteUrl = (site: URL | undefined): URL => site ?? new URL('http://localhost:4321/');

/** Export file URLs. */
export const exportUrls = {
  person: (id: string) => `/kontakty/${id}.vcf`,
  forumVcf: (forum: string) => `/kontakty/fora/${forum}.vcf`,
  forumCsv: (forum: string) => `/kontakty/fora/${forum}.csv`,
  gminaVcf: (gmina: string) => `/kontakty/gminy/${gmina}.vcf`,
};

/** Static paths of the per-forum exports (.vcf, .csv): every forum that has people. */
export const forumPeoplePaths = async () => {
  const dir = await directory();
  return dir.forums
    .map((f) => ({ params: { forum: f.slug }, props: { people: forumPeople(dir, f.slug) } }))
    .filter((p) => p.props.people.length > 0);
};
