/**
 * Cards: the one shape in which any entry appears in a list (section lists, forum and gmina
 * pages, tag pages, the home page), so every list looks and behaves the same.
 */
import { t } from '../../i18n/pl.ts';
import type { CollectionName } from '../../schema/collections.ts';
import { buildNow, formatDay, formatWhen, isoDateTime, warsawDay } from '../../core/dates.ts';
import { isExpired } from '../news/rules.ts';
import { callStatus } from '../calls/status.ts';
import { entries, type Entry } from '../content/entries.ts';
import { describeRecurrence, isUpcoming, shownOccurrence } from '../../core/recurrence.ts';
import { entryUrl } from '../content/urls.ts';
import { capitalise } from '../../i18n/text.ts';
import { forumIdentity, type ForumIdentity } from '../forums/identity.ts';
import { forumIdentityMap } from '../forums/load.ts';

/** What a card needs of a forum: identity for its chip; `title` is the report name (search filters). */
export type CardForum = Pick<ForumIdentity, 'slug' | 'title' | 'domain' | 'name' | 'code' | 'color' | 'href'>;

export interface Card {
  url: string;
  title: string;
  /** What the entry is: "Dobra praktyka", "Wzór", "Posiedzenie forum"… */
  kind: string;
  /** Date in words and for `<time datetime>`. */
  when?: { text: string; iso: string };
  summary?: string;
  /** Forums as identities (src/lib/forums/identity.ts): chips show colour, code and domain. */
  forums: CardForum[];
  members: boolean;
  priority?: 'ważny' | 'pilny';
  status?: 'przeniesione' | 'odwołane';
  /** Events only: finished before the build's "now". */
  past?: boolean;
  /** News only: past its `expires` day (kept in the archive, no longer urgent). */
  expired?: boolean;
  /** Notice-board items: what it is, whom to ask and until when it stands. */
  board?: BoardFacts;
  /** Calls and projects: their state in words ("Otwarty", "W realizacji"), shown as a badge. */
  state?: string;
}

/** The notice-board part of a card and an entry page. */
export interface BoardFacts {
  /** "Pytanie", "Oferta", "Poszukiwanie". */
  offer?: string;
  /** The author, when this build may show them (contacts are members-only by default). */
  contact?: { name: string; place?: string; email: string; url: string };
  /** The item names an author whom this build may not show. */
  contactForMembers: boolean;
  expires?: { text: string; iso: string };
}

/**
 * Board facts of a news item of kind `ogłoszenie`. `contacts` and `gminy` hold what this build
 * may show, so a members-only author stays out of the public site.
 */
export const boardFacts = (
  d: { kind: string; offer?: string | undefined; contact?: string | undefined; expires?: string | undefined },
  contacts: ReadonlyMap<string, { data: { name: string; email: string; municipality?: string | undefined; organisation?: string | undefined } }>,
  gminy: ReadonlyMap<string, string>,
): BoardFacts | undefined => {
  if (d.kind !== 'ogłoszenie') return undefined;
  const person = d.contact ? contacts.get(d.contact) : undefined;
  const place = person && ((person.data.municipality && gminy.get(person.data.municipality)) || person.data.organisation);
  return {
    ...(d.offer ? { offer: capitalise(d.offer) } : {}),
    ...(person && d.contact
      ? { contact: { name: person.data.name, email: person.data.email, url: entryUrl('contacts', d.contact), ...(place ? { place } : {}) } }
      : {}),
    contactForMembers: Boolean(d.contact && !person),
    ...(d.expires ? { expires: { text: formatDay(d.expires), iso: d.expires } } : {}),
  };
};


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
      return { title: forumIdentity(e.id, e.data).title, kind: t('kind.forums'), summary: e.data.summary };
    case 'municipalities':
      return { title: e.data.title, kind: t('kind.municipalities') };
    case 'calls':
      return {
        title: e.data.title,
        kind: t('kind.calls'),
        when: { text: t('call.whenList', { opens: formatDay(e.data.opens), closes: formatDay(e.data.closes) }), iso: e.data.closes },
        summary: e.data.summary,
        state: t(`call.status.${callStatus(e.data, today)}`),
      };
    case 'projects':
      return {
        title: e.data.title,
        kind: t('kind.projects'),
        when: {
          text: e.data.end ? `${formatDay(e.data.start)} – ${formatDay(e.data.end)}` : formatDay(e.data.start),
          iso: e.data.start,
        },
        summary: e.data.summary,
        state: capitalise(e.data.status),
      };
    case 'data':
      return {
        title: e.data.title,
        kind: t('kind.data'),
        summary: `${e.data.period} · ${e.data.summary}`,
        ...(e.data.example ? { state: t('data.exampleBadge') } : {}),
      };
  }
};

// An entry appears in many lists (its section's pages, forum, gmina and tag pages, the home page);
// its card depends only on the entry and the build's "now", so it is made once per build.
// Entries are the objects entries() keeps for the whole build, hence a WeakMap by entry.
const cards = new WeakMap<AnyEntry, Card>();

/** Cards for entries of any collections; each entry's card is made once per build. */
export const toCards = async (list: readonly AnyEntry[]): Promise<Card[]> => {
  const forumMap = await forumIdentityMap();
  const gminy = new Map((await entries('municipalities')).map((g) => [g.id, g.data.title]));
  const contacts = new Map((await entries('contacts')).map((c) => [c.id, c]));
  return list.map((e) => {
    const known = cards.get(e);
    if (known) return known;
    const forumSlugs = 'forums' in e.data ? e.data.forums : [];
    const board = e.collection === 'news' ? boardFacts(e.data, contacts, gminy) : undefined;
    const card: Card = {
      url: entryUrl(e.collection, e.id),
      ...details(e, gminy),
      ...(board ? { board } : {}),
      // Chips show code and domain; `title` stays the report name, which search filters index.
      forums: forumSlugs.flatMap((slug) => {
        const f = forumMap.get(slug);
        return f ? [{ ...f, title: f.name }] : [];
      }),
      members: e.data.access === 'members',
    };
    cards.set(e, card);
    return card;
  });
};
