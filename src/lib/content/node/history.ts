/**
 * History of every entry, read from Git at build time: ONE `git log` over the content folder
 * per build, parsed into a map "file → commits" (not one git process per page). Where a file
 * has no history (a content copy outside Git, an untracked file, a shallow clone that cut it
 * off) pages fall back to the entry's `updated` field.
 */
import { execFileSync } from 'node:child_process';
import { contentDir } from './content-dir.ts';
import { ROOM_UPLOADS_FOLDER } from '../../../schema/collections.ts';

export interface Commit {
  /** Commit day `YYYY-MM-DD` as the committer recorded it (their local date). */
  date: string;
  /** First line of the commit message. */
  subject: string;
  /** Every content file the commit touched (to tell whether its subject may be shown publicly). */
  files: string[];
}

/** Record and field separators: they never occur in commit subjects or file names. */
const RS = '\x1e';
const US = '\x1f';

/** The `--format` that `parseGitLog` reads: record separator, committer date, subject. */
export const GIT_LOG_FORMAT = `${RS}%cI${US}%s`;

/**
 * Parses `git log --name-only --format=GIT_LOG_FORMAT` output into file → commits, newest first
 * (git log's order). File paths are as git printed them (relative with `--relative`).
 */
export const parseGitLog = (out: string): Map<string, Commit[]> => {
  const map = new Map<string, Commit[]>();
  for (const record of out.split(RS).slice(1)) {
    const [head = '', ...files] = record.split('\n');
    const [iso = '', subject = ''] = head.split(US);
    const touched = files.map((f) => f.trim()).filter(Boolean);
    const commit = { date: iso.slice(0, 10), subject: subject.trim(), files: touched };
    for (const file of touched) {
      const list = map.get(file) ?? [];
      list.push(commit);
      map.set(file, list);
    }
  }
  return map;
};

/**
 * Runs the one `git log` over `dir`; an empty map when `dir` is not in a Git work tree or git
 * is missing (the fallback then applies to every entry).
 */
export const readGitHistory = (dir: string): Map<string, Commit[]> => {
  try {
    const out = execFileSync('git', ['log', '--relative', '--name-only', `--format=${GIT_LOG_FORMAT}`, '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return parseGitLog(out);
  } catch {
    return new Map();
  }
};

let cached: Map<string, Commit[]> | undefined;

/** The content folder's history, read once per build. */
export const contentHistory = (): Map<string, Commit[]> => (cached ??= readGitHistory(contentDir()));

export interface EntryHistory {
  /** Day of the last change: the newest commit, else the `updated` field. */
  lastUpdated?: string;
  /** Commits that touched the file, newest first (empty without Git history). */
  commits: Commit[];
  /** Where `lastUpdated` came from. */
  source: 'git' | 'updated' | 'none';
}

/**
 * The history of one entry file (`collection/slug.md`, relative to the content folder) from a
 * history map, with the `updated` field as fallback.
 */
export const historyOf = (map: ReadonlyMap<string, Commit[]>, file: string, updated?: string): EntryHistory => {
  const commits = map.get(file) ?? [];
  if (commits[0]) return { lastUpdated: commits[0].date, commits, source: 'git' };
  return updated ? { lastUpdated: updated, commits: [], source: 'updated' } : { commits: [], source: 'none' };
};

/** Editors review entries not changed for this many months. */
export const STALE_ENTRY_MONTHS = 12;

/** Is a last-update day more than STALE_ENTRY_MONTHS before `today`? */
export const isStaleEntry = (lastUpdated: string | undefined, today: string): boolean => {
  if (!lastUpdated) return false;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y, m - 1 - STALE_ENTRY_MONTHS, d)).toISOString().slice(0, 10);
  return lastUpdated < limit;
};

/**
 * May this build show a commit's subject? Only if the commit touched nothing this build hides:
 * an entry file of a collection folder that is not among `visibleFiles`, or a member attachment
 * (a subject such as "Dodano notatkę z narady zarządu" must not reach the public site through a
 * public page changed in the same commit).
 */
export const subjectVisible = (
  commit: Pick<Commit, 'files'>,
  visibleFiles: ReadonlySet<string>,
  collectionFolders: ReadonlySet<string>,
): boolean =>
  commit.files.every((f) => {
    const folder = f.split('/')[0] ?? '';
    // Member and forum-room attachments (issue 17) are hidden here, so are their commits' subjects.
    if (folder === 'uploads-members' || folder === ROOM_UPLOADS_FOLDER) return false;
    return !collectionFolders.has(folder) || !/\.mdx?$/.test(f) || visibleFiles.has(f);
  });
