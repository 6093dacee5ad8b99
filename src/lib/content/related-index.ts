/**
 * Per-build indexes behind every entry page's "Powiązane wpisy" and "Historia zmian": the
 * related-entries index and the set of visible entry files are computed once (memoised), not
 * per page.
 */
import { COLLECTION_NAMES, type CollectionName } from '../../schema/collections.ts';
import type { AnyEntry } from '../site/cards.ts';
import { entries } from './entries.ts';
import { contentHistory, historyOf, subjectVisible, type EntryHistory } from './node/history.ts';
import { relatedIndex } from './related-scoring.ts';

/** Collections whose entries are suggested as related (forums, gminy and people have their own pages). */
const RELATED_FROM: readonly CollectionName[] = ['practices', 'documents', 'faq', 'events', 'news', 'calls', 'projects'];

const keyOf = (e: { collection: string; id: string }) => `${e.collection}/${e.id}`;

/** An entry's day for ordering: its date, start or closing day. */
const dayOf = (e: AnyEntry): string => {
  const d = e.data as { date?: string; start?: string };
  return (d.date ?? d.start ?? '').slice(0, 10);
};

let related: Promise<{ index: Map<string, string[]>; byKey: Map<string, AnyEntry> }> | undefined;

const relatedData = () =>
  (related ??= (async () => {
    const list = (await Promise.all(RELATED_FROM.map((n) => entries(n)))).flat() as AnyEntry[];
    const byKey = new Map(list.map((e) => [keyOf(e), e]));
    const index = relatedIndex(
      list.map((e) => ({
        key: keyOf(e),
        forums: 'forums' in e.data ? e.data.forums : [],
        tags: e.data.tags,
        day: dayOf(e),
      })),
    );
    return { index, byKey };
  })());

/** Up to five entries related to `entry` by shared tags and forums (none for forums, gminy, people). */
export const relatedTo = async (entry: { collection: string; id: string }): Promise<AnyEntry[]> => {
  const { index, byKey } = await relatedData();
  return (index.get(keyOf(entry)) ?? []).flatMap((k) => byKey.get(k) ?? []);
};

/** The entry's file relative to the content folder, as `git log --relative` prints it. */
export const entryFile = (e: { collection: string; id: string; filePath?: string | undefined }): string =>
  `${e.collection}/${e.filePath?.split('/').pop() ?? `${e.id}.md`}`;

let visible: Promise<Set<string>> | undefined;

/** Every entry file this build shows (commit subjects that touched other entry files are hidden). */
const visibleFiles = () =>
  (visible ??= (async () =>
    new Set((await Promise.all(COLLECTION_NAMES.map((n) => entries(n)))).flat().map((e) => entryFile(e))))());

/** An entry's history from the one git log of the build, with commit subjects this build may show. */
export const entryHistory = async (
  e: { collection: string; id: string; filePath?: string | undefined; data: { updated?: string | undefined } },
): Promise<Omit<EntryHistory, 'commits'> & { commits: { date: string; subject: string | undefined; entryFiles: number }[] }> => {
  const h = historyOf(contentHistory(), entryFile(e), e.data.updated);
  const files = await visibleFiles();
  const folders = new Set<string>(COLLECTION_NAMES);
  // entryFiles: how many entries the commit changed (a bulk edit is not this entry's own change).
  return {
    ...h,
    commits: h.commits.map((c) => ({
      date: c.date,
      subject: subjectVisible(c, files, folders) ? c.subject : undefined,
      entryFiles: c.files.filter((f) => folders.has(f.split('/')[0] ?? '') && /\.mdx?$/.test(f)).length,
    })),
  };
};
