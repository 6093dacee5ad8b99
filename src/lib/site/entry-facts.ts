/**
 * What an entry page says about an entry besides its text: the facts (a description list under
 * the title) and the state badges (priority, cancelled, moved). One module for the entry pages,
 * the cards and the CMS preview (src/cms/previews.ts), so an editor previews what the page
 * will say.
 *
 * Browser-safe (no astro:content, no Node), and tolerant: the preview passes half-typed data,
 * so a date that does not parse yet is shown as typed instead of breaking the preview. Pages
 * pass validated data, for which the fallback never runs. What only the build can know (a
 * contact's name, a gmina's title, whether materials are out) comes in as `known`.
 */
import { t } from '../../i18n/pl.ts';
import { formatDay, formatWhen, isoDateTime } from '../../core/dates.ts';
import { describeRecurrence, type Recurrence } from '../../core/recurrence.ts';
import { capitalise } from '../../i18n/text.ts';
import type { CollectionName } from '../../schema/collections.ts';

export interface Fact {
  label: string;
  value: string;
  href?: string | undefined;
  /** For dates: the value of <time datetime>. */
  datetime?: string | undefined;
}

export interface Badge {
  label: string;
  /** The badge's class besides `badge`: its colour. */
  tone: 'badge-urgent' | 'badge-important' | 'badge-cancelled' | 'badge-moved' | 'badge-expired';
}

/**
 * What an entry is, as its page and card say it: the document kind, event type or news kind
 * where the collection has one ("Wzór", "Posiedzenie forum", "Nabór"), else the collection's
 * singular ("Dobra praktyka").
 */
export const kindOfEntry = (collection: CollectionName, data: { kind?: unknown; type?: unknown }): string => {
  const own = collection === 'events' ? data.type : collection === 'documents' || collection === 'news' ? data.kind : undefined;
  return typeof own === 'string' ? capitalise(own) : t(`kind.${collection}`);
};
/** Half-typed values must not break the preview: show them as typed. */
const orAsTyped = (format: () => string, raw: string): string => {
  try {
    return format();
  } catch {
    return raw;
  }
};
const day = (value: string): Fact['value'] => orAsTyped(() => formatDay(value), value);
const stamp = (wall: string): string | undefined => orAsTyped(() => isoDateTime(wall), '') || undefined;
const present = (facts: (Fact | false | undefined | '' | null)[]): Fact[] => facts.filter((f): f is Fact => Boolean(f));

/** "Pilny" / "Ważny" on news; normal news get none. */
export const priorityBadge = (priority: string | undefined): Badge | undefined =>
  priority === 'pilny' || priority === 'ważny'
    ? { label: t(`priority.${priority}`), tone: priority === 'pilny' ? 'badge-urgent' : 'badge-important' }
    : undefined;

/** "Odwołane" / "Przeniesione" on events; planned ones get none. */
export const statusBadge = (status: string | undefined): Badge | undefined =>
  status === 'odwołane'
    ? { label: t('event.cancelled'), tone: 'badge-cancelled' }
    : status === 'przeniesione'
      ? { label: t('event.moved'), tone: 'badge-moved' }
      : undefined;

export const expiredBadge = (): Badge => ({ label: t('news.expired'), tone: 'badge-expired' });

export interface EventFactsData {
  start?: string;
  end?: string | undefined;
  allDay?: boolean;
  recurrence?: Recurrence | undefined;
  status?: string;
  movedFrom?: string | undefined;
  location?: string | undefined;
  online?: string | undefined;
  registration?: string | undefined;
  recording?: string | undefined;
}

/** An event: when, how often, its state, where, and its links. */
export const eventFacts = (
  d: EventFactsData,
  known: {
    /** Upcoming forum meetings: whether the materials are out (undefined: not shown). */
    materialsOut?: boolean | undefined;
    /** The recording is linked once the event is over. */
    finished?: boolean;
  } = {},
): Fact[] => {
  const allDay = d.allDay === true;
  const rhythm = d.recurrence && d.start ? orAsTyped(() => describeRecurrence({ ...d, start: d.start!, allDay }) ?? '', '') : '';
  const state = statusBadge(d.status);
  return present([
    d.start && {
      label: d.recurrence ? t('event.firstMeeting') : t('event.when'),
      value: orAsTyped(() => formatWhen(d.start!, d.end || undefined, allDay), d.start),
      datetime: stamp(d.start),
    },
    rhythm && { label: t('event.recurrence'), value: rhythm },
    state && { label: t('event.status'), value: state.label },
    d.movedFrom && { label: t('event.movedFrom'), value: orAsTyped(() => formatWhen(d.movedFrom!, undefined, allDay), d.movedFrom), datetime: stamp(d.movedFrom) },
    d.location && { label: t('event.where'), value: d.location },
    d.online && { label: t('event.online'), value: t('event.onlineLink'), href: d.online },
    d.registration && { label: t('event.registration'), value: t('event.registrationLink'), href: d.registration },
    known.materialsOut !== undefined && {
      label: t('meeting.materialsState'),
      value: known.materialsOut ? t('meeting.materialsPublished') : t('meeting.materialsMissing'),
    },
    known.finished && d.recording && { label: t('meeting.recording'), value: t('meeting.recordingLink'), href: d.recording },
  ]);
};

export interface NewsFactsData {
  date?: string;
  effective?: string | undefined;
  priority?: string;
  expires?: string | undefined;
}

/** A news item or notice: its dates, priority, the notice's offer and whom to ask. */
export const newsFacts = (
  d: NewsFactsData,
  known: {
    /** Notice-board "Pytanie" / "Oferta" / "Poszukiwanie". */
    offer?: string | undefined;
    /** The contact person ("name, position, gmina"), when this build may show them. */
    contact?: { about: string; email: string; href: string } | undefined;
    /** The item names a contact whom only the members' site may show. */
    contactForMembers?: boolean;
  } = {},
): Fact[] => {
  const priority = priorityBadge(d.priority);
  return present([
    d.date && { label: t('entry.date'), value: day(d.date), datetime: d.date },
    d.effective && { label: t('legal.effective'), value: day(d.effective), datetime: d.effective },
    known.offer && { label: t('board.offer'), value: known.offer },
    priority && { label: t('news.priority'), value: priority.label },
    d.expires && { label: t('news.expires'), value: day(d.expires), datetime: d.expires },
    known.contact && { label: t('news.contact'), value: known.contact.about, href: known.contact.href },
    known.contact && { label: t('contact.email'), value: known.contact.email, href: `mailto:${known.contact.email}` },
    known.contactForMembers && { label: t('news.contact'), value: t('board.contactMembers') },
  ]);
};

export interface PracticeFactsData {
  source?: string | undefined;
  date?: string;
  updated?: string | undefined;
}

/** A good practice: whose it is, where it comes from, when. */
export const practiceFacts = (d: PracticeFactsData, known: { gmina?: { title: string; href?: string } | undefined } = {}): Fact[] =>
  present([
    known.gmina && { label: t('entry.municipality'), value: known.gmina.title, href: known.gmina.href },
    d.source && { label: t('entry.source'), value: d.source },
    d.date && { label: t('entry.date'), value: day(d.date), datetime: d.date },
    d.updated && { label: t('entry.updated'), value: day(d.updated), datetime: d.updated },
  ]);
