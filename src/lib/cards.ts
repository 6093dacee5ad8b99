/**
 * Cards: the one shape in which any entry appears in a list (section lists, forum and gmina
 * pages, tag pages, the home page), so every list looks and behaves the same.
 */
import { t } from '../i18n/pl.ts';
import type { CollectionName } from '../schema/collections.ts';
import { buildNow, formatDay, formatWhen, isoDateTime, warsawDay } from './dates.ts';
import { isExpired } from './news.ts';
import { entries, type Entry } from './entries.ts';
import { describeRecurrence, isUpcoming, shownOccurrence } from './recurrence.ts';
import { entryUrl } from './urls.ts';

export interface Card {
  url: string;
  title: string;
  /** What the entry is: "Dobra praktyka", "Wzór", "Posiedzenie forum"… */
  kind: string;
  /** Date in words and for `<time datetime>`. */
  when?: { text: string; iso: string };
  summary?: string;
  forums: { slug: string; title: string }[];
  members: boolean;
  priority?: 'ważny' | 'pilny';
  status?: 'przeniesione' | 'odwołane';
  /** Events only: finished before the build's "now". */
  past?: boolean;
  /** News only: past its `expires` day (kept in the archive, no longer urgent). */
  expired?: boolean;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const now = buildNow();
const today = warsawDay(now);

export type AnyEntry = { [N in CollectionName]: { collection: N } & Entry<N> }[CollectionName];

const details = (e: AnyEntry, gminy: ReadonlyMap<string, string>): Pick<Card, 'title' | 'kind' | 'when' | 'summary'> & Partial<Card> => {
  switch (e.collection) {
    case 'events': {
      // A recurring event shows its next meeting (or its last, once over) and its rhythm.
      const shown = shownOccurrence(e.data, now);
      const rhythm = describeRecurrence(e.data);
      return {
        title: e.data.title,
        kind: capitalise(e.data.type),
        when: {
          text: formatWhen(shown.start, shown.end, e.data.allDay) + (rhythm ? ` · ${rhythm}` : ''),
          iso: isoDateTime(shown.start),
        },
        ...(e.data.summary ? { summary: e.data.summary } : {}),
        ...(e.data.status !== 'planowane' ? { status: e.data.status } : {}),
        past: !isUpcoming(e.data, now),
      };
    }
    case 'news':
      return {
        title: e.data.title,
        kind: capitalise(e.data.kind),
        when: { text: formatDay(e.data.date), iso: e.data.date },
        summary: e.data.summary,
        ...(isExpired(e.data, today)
          ? { expired: true }
          : e.data.priority !== 'normalny'
            ? { priority: e.data.priority }
            : {}),
      };
    case 'documents':
      return {
        title: e.data.title,
        kind: capitalise(e.data.kind),
        when: { text: formatDay(e.data.date), iso: e.data.date },
        summary: e.data.summary,
      };
    case 'practices':
      return {
        title: e.data.title,
        kind: t('kind.practices'),
        when: { text: formatDay(e.data.date), iso: e.data.date },
        summary: e.data.summary,
      };
    case 'faq':
      return { title: e.data.title, kind: t('kind.faq'), when: { text: formatDay(e.data.date), iso: e.data.date } };
    case 'contacts':
      return {
        title: e.data.name,
        kind: t('kind.contacts'),
        summary: [e.data.position, (e.data.municipality && gminy.get(e.data.municipality)) ?? e.data.organisation]
          .filter(Boolean)
          .join(', '),
      };
    case 'forums':
      return { title: e.data.title, kind: t('kind.forums'), summary: e.data.summary };
    case 'municipalities':
      return { title: e.data.title, kind: t('kind.municipalities') };
  }
};

// An entry appears in many lists (its section's pages, forum, gmina and tag pages, the home page);
// its card depends only on the entry and the build's "now", so it is made once per build.
// Entries are the objects entries() keeps for the whole build, hence a WeakMap by entry.
const cards = new WeakMap<AnyEntry, Card>();

/** Cards for entries of any collections; each entry's card is made once per build. */
export const toCards = async (list: readonly AnyEntry[]): Promise<Card[]> => {
  const forumTitles = new Map((await entries('forums')).map((f) => [f.id, f.data.title]));
  const gminy = new Map((await entries('municipalities')).map((g) => [g.id, g.data.title]));
  return list.map((e) => {
    const known = cards.get(e);
    if (known) return known;
    const forumSlugs = 'forums' in e.data ? e.data.forums : [];
    const card: Card = {
      url: entryUrl(e.collection, e.id),
      ...details(e, gminy),
      forums: forumSlugs.map((slug) => ({ slug, title: forumTitles.get(slug) ?? slug })),
      members: e.data.access === 'members',
    };
    cards.set(e, card);
    return card;
  });
};
