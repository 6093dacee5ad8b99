/**
 * What an entry page shows of its history: dates and Polish descriptions. A commit's subject is
 * shown only where the CMS wrote it (in Polish, by the messages configured for Decap), otherwise
 * "zmiana treści" — developers' English commit subjects never reach a page. Commits that changed
 * many entries at once (imports, bulk fixes) are not that entry's own changes: they neither
 * appear in its list nor move its "Ostatnia aktualizacja".
 */
import { t } from '../../i18n/pl.ts';

/** A commit that changed more entries than this at once is a bulk edit, not the entry's own change. */
export const BULK_ENTRY_FILES = 3;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The CMS's commit messages as patterns: `{{collection}}`, `{{slug}}`, `{{path}}` match anything. */
const CMS_SUBJECTS = (['cms.commit.create', 'cms.commit.update', 'cms.commit.delete', 'cms.commit.uploadMedia'] as const).map(
  (key) => new RegExp(`^${t(key).split(/\{\{\w+\}\}/).map(escape).join('.+')}$`, 'u'),
);

/** Did the CMS write this subject? */
export const isCmsSubject = (subject: string): boolean => CMS_SUBJECTS.some((re) => re.test(subject));

export interface ShownHistory {
  lastUpdated?: string;
  source: 'git' | 'updated' | 'none';
  changes: { date: string; text: string }[];
}

export const shownHistory = (h: {
  lastUpdated?: string | undefined;
  source: 'git' | 'updated' | 'none';
  commits: readonly { date: string; subject: string | undefined; entryFiles: number }[];
}, updated?: string): ShownHistory => {
  const own = h.commits.filter((c) => c.entryFiles <= BULK_ENTRY_FILES);
  const changes = own.map((c) => ({
    date: c.date,
    text: c.subject && isCmsSubject(c.subject) ? c.subject : t('history.hiddenSubject'),
  }));
  // The later of the newest own change and the editors' "Data aktualizacji"; without either, the
  // entry's first appearance (its oldest commit).
  const candidates = [own[0]?.date, updated].filter((d): d is string => Boolean(d)).sort();
  const lastUpdated = candidates.at(-1) ?? h.commits.at(-1)?.date ?? h.lastUpdated;
  return {
    ...(lastUpdated ? { lastUpdated } : {}),
    source: h.source,
    changes,
  };
};
