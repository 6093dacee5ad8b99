/**
 * Content for scripts that run outside Astro (e-mail reminders, the monthly digest): the same
 * files, the same zod schemas and the same audience rule as the site, so an e-mail can never
 * show an entry the site would reject or hide from that audience.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collections, type CollectionName, type EntryData } from '../../../schema/collections.ts';
import { visibleTo, type Audience } from '../access.ts';
import { formatProblem, readFrontmatter } from './content-check.ts';
import { entryFiles, scanKnown, slugOf } from './content-dir.ts';

/** An entry as pages have it: the file slug and its validated data. */
export interface LoadedEntry<N extends CollectionName> {
  id: string;
  data: EntryData<N>;
}

export type LoadedContent = { [N in CollectionName]: LoadedEntry<N>[] };

/**
 * Every entry of every collection in a content folder, validated; throws one error naming each
 * bad file and field (like the build does).
 */
export const loadContent = (dir: string): LoadedContent => {
  const known = scanKnown(dir);
  const problems: string[] = [];
  const load = <N extends CollectionName>(name: N): LoadedEntry<N>[] =>
    entryFiles(dir, name).flatMap((fileName) => {
      const full = join(dir, name, fileName);
      const file = relative(process.cwd(), full) || full;
      const result = collections[name].schema(known).safeParse(readFrontmatter(readFileSync(full, 'utf8')));
      if (!result.success) {
        for (const i of result.error.issues) {
          problems.push(formatProblem({ file, field: i.path.map(String).join('.') || 'frontmatter', message: i.message }));
        }
        return [];
      }
      return [{ id: slugOf(fileName), data: result.data as EntryData<N> }];
    });
  const content: LoadedContent = {
    forums: load('forums'),
    municipalities: load('municipalities'),
    contacts: load('contacts'),
    practices: load('practices'),
    documents: load('documents'),
    faq: load('faq'),
    events: load('events'),
    news: load('news'),
    calls: load('calls'),
    projects: load('projects'),
    data: load('data'),
  };
  if (problems.length > 0) {
    throw new Error(`Treść zawiera błędy (${problems.length}):\n${problems.map((p) => `  • ${p}`).join('\n')}`);
  }
  return content;
};

/** The same content as one audience's build sees it: member-only entries dropped for the public. */
export const forAudience = (content: LoadedContent, audience: Audience): LoadedContent =>
  Object.fromEntries(
    Object.entries(content).map(([name, list]) => [
      name,
      (list as LoadedEntry<CollectionName>[]).filter((e) => visibleTo(audience, e.data.access)),
    ]),
  ) as LoadedContent;
