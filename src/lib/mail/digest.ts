/**
 * The monthly digest ("przegląd miesiąca"): the month's news, new documents and good practices,
 * and next month's events, for all forums or one. The same data feeds the page
 * /aktualnosci/przeglad/<YYYY-MM>/ and the e-mail, so what editors paste or send is what the
 * site shows. Callers pass entries one audience may see.
 */
import { Temporal } from 'temporal-polyfill';
import { t } from '../../i18n/pl.ts';
import type { EntryAccess, EntryData } from '../../schema/collections.ts';
import { formatDay, formatWhen } from '../../core/dates.ts';
import { occurrences } from '../../core/recurrence.ts';
import { entryUrl } from '../content/urls.ts';
import type { Card } from '../site/cards.ts';
import { visibleTo, type Audience } from '../content/access.ts';
import { mailboxes, type MailLists } from './node/lists.ts';
import type { OutgoingMail } from './outgoing.ts';
import { renderMail, type MailDocument, type MailItem } from './render.ts';
import { capitalise } from '../../i18n/text.ts';

interface E<N extends 'news' | 'documents' | 'practices' | 'events'> {
  id: string;
  data: EntryData<N>;
}

export interface DigestSource {
  news: readonly E<'news'>[];
  documents: readonly E<'documents'>[];
  practices: readonly E<'practices'>[];
  events: readonly E<'events'>[];
}

/** One line of the digest: an entry, its date in words and a summary. */
export interface DigestItem {
  collection: 'news' | 'documents' | 'practices' | 'events';
  id: string;
  title: string;
  when: string;
  /** For sorting and <time datetime>. */
  iso: string;
  summary?: string;
  /** Kind in words: "Ogłoszenie", "Wzór", "Posiedzenie forum". */
  kind: string;
  priority?: 'ważny' | 'pilny';
  cancelled?: boolean;
}

/** A digest item as a list card, so the digest page shows the same cards as every other list. */
export const digestCard = (i: DigestItem): Card => ({
  url: entryUrl(i.collection, i.id),
  title: i.title,
  kind: i.kind,
  when: { text: i.when, iso: i.iso },
  ...(i.summary ? { summary: i.summary } : {}),
  forums: [],
  members: false,
  ...(i.priority ? { priority: i.priority } : {}),
  ...(i.cancelled ? { status: 'odwołane' as const } : {}),
});

export interface Digest {
  /** `YYYY-MM`. */
  month: string;
  /** `YYYY-MM` of the events part. */
  nextMonth: string;
  news: DigestItem[];
  documents: DigestItem[];
  practices: DigestItem[];
  events: DigestItem[];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Is this a `YYYY-MM` month? */
export const isMonth = (s: string): boolean => MONTH.test(s);

/** The month after `YYYY-MM`. */
export const monthAfter = (month: string): string => Temporal.PlainYearMonth.from(month).add({ months: 1 }).toString();

const monthName = new Intl.DateTimeFormat('pl-PL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "listopad 2026". */
export const formatMonth = (month: string): string => monthName.format(new Date(`${month}-01T12:00:00Z`));

const inMonth = (day: string, month: string) => day.slice(0, 7) === month;

/** The digest of `month`, for one forum or (without `forum`) for all. */
export const buildDigest = (src: DigestSource, month: string, forum?: string): Digest => {
  const ofForum = <T extends { data: { forums: string[] } }>(list: readonly T[]) =>
    forum ? list.filter((e) => e.data.forums.includes(forum)) : [...list];
  const dated = <T extends { id: string; data: { date: string; title: string; summary: string } }>(
    list: readonly T[],
    collection: DigestItem['collection'],
    kind: (e: T) => string,
  ): DigestItem[] =>
    ofForum(list as readonly (T & { data: { forums: string[] } })[])
      .filter((e) => inMonth(e.data.date, month))
      .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id))
      .map((e) => ({ collection, id: e.id, title: e.data.title, when: formatDay(e.data.date), iso: e.data.date, summary: e.data.summary, kind: kind(e) }));
  const nextMonth = monthAfter(month);
  const events = ofForum(src.events).flatMap((e) =>
    occurrences(e.data)
      .filter((o) => inMonth(o.start, nextMonth))
      .map<DigestItem>((o) => ({
        collection: 'events',
        id: e.id,
        title: e.data.title,
        when: formatWhen(o.start, o.end, e.data.allDay),
        iso: o.start,
        ...(e.data.summary ? { summary: e.data.summary } : {}),
        kind: capitalise(e.data.type),
        ...(e.data.status === 'odwołane' ? { cancelled: true } : {}),
      })),
  );
  return {
    month,
    nextMonth,
    news: dated(src.news, 'news', (e) => capitalise(e.data.kind)).map((item) => {
      const p = src.news.find((n) => n.id === item.id)?.data.priority;
      return p && p !== 'normalny' ? { ...item, priority: p } : item;
    }),
    documents: dated(src.documents, 'documents', (e) => capitalise(e.data.kind)),
    practices: dated(src.practices, 'practices', () => t('kind.practices')),
    events: events.sort((a, b) => a.iso.localeCompare(b.iso) || a.id.localeCompare(b.id)),
  };
};

/** Does the digest have anything to say? */
export const digestIsEmpty = (d: Digest): boolean =>
  d.news.length + d.documents.length + d.practices.length + d.events.length === 0;

/** Months that have a digest page: every month in which news, a document or a practice is dated. */
export const digestMonths = (src: DigestSource): string[] =>
  [...new Set([...src.news, ...src.documents, ...src.practices].map((e) => e.data.date.slice(0, 7)))].sort().reverse();

/** The page of a month's digest. */
export const digestPath = (month: string): string => `/aktualnosci/przeglad/${month}/`;

const mailItem = (i: DigestItem, siteUrl: string): MailItem => ({
  title: i.title,
  url: new URL(entryUrl(i.collection, i.id), siteUrl).href,
  meta: `${i.kind} · ${i.when}`,
  ...(i.summary ? { summary: i.summary } : {}),
  ...(i.cancelled ? { flag: t('event.cancelled') } : i.priority ? { flag: t(`priority.${i.priority}`) } : {}),
});

/** The digest as an e-mail document (rendered by ./render.ts). */
export const digestDocument = (d: Digest, o: { forumTitle: string; siteUrl: string }): MailDocument => {
  const empty = t('digest.empty');
  return {
    title: t('digest.title', { month: formatMonth(d.month) }),
    preheader: t('digest.preheader', { forum: o.forumTitle, month: formatMonth(d.month) }),
    intro: t('digest.intro', { forum: o.forumTitle, month: formatMonth(d.month), next: formatMonth(d.nextMonth) }),
    sections: [
      { heading: t('digest.news'), items: d.news.map((i) => mailItem(i, o.siteUrl)), empty },
      { heading: t('digest.documents'), items: d.documents.map((i) => mailItem(i, o.siteUrl)), empty },
      { heading: t('digest.practices'), items: d.practices.map((i) => mailItem(i, o.siteUrl)), empty },
      { heading: t('digest.events', { month: formatMonth(d.nextMonth) }), items: d.events.map((i) => mailItem(i, o.siteUrl)), empty },
    ],
    footer: [
      t('digest.online', { url: new URL(digestPath(d.month), o.siteUrl).href }),
      t('mail.footer.why', { forum: o.forumTitle }),
      t('mail.footer.site', { url: o.siteUrl }),
    ],
  };
};

/** The digest e-mails of a month: per forum (and `wszystkie`) and audience, skipping empty ones. */
export const digestMails = (o: {
  month: string;
  /** Entries of both audiences; each e-mail keeps what its addresses may see. */
  content: DigestSource;
  forums: readonly { id: string; data: { title: string } }[];
  lists: MailLists;
  siteUrl: (audience: Audience) => string;
  /** Only this forum's thematic digest (`npm run digest -- --forum <slug>`); default: every list. */
  forum?: string | undefined;
}): OutgoingMail[] => {
  const boxes = mailboxes(o.lists, o.forums, t('mail.allForums')).filter((b) => o.forum === undefined || b.channel.slug === o.forum);
  return boxes.flatMap(({ channel, audience, to }): OutgoingMail[] => {
    const digest = buildDigest(forAudienceOf(o.content, audience), o.month, channel.slug);
    if (digestIsEmpty(digest)) return [];
    const body = renderMail(digestDocument(digest, { forumTitle: channel.title, siteUrl: o.siteUrl(audience) }));
    return [
      {
        key: `przeglad-${o.month}-${channel.slug ?? 'wszystkie'}-${audience}`,
        to,
        subject: t('digest.subject', { forum: channel.title, month: formatMonth(o.month) }),
        ...body,
        attachments: [],
      },
    ];
  });
};

const forAudienceOf = (src: DigestSource, audience: Audience): DigestSource => {
  const keep = <T extends { data: { access: EntryAccess } }>(list: readonly T[]) => list.filter((e) => visibleTo(audience, e.data.access));
  return { news: keep(src.news), documents: keep(src.documents), practices: keep(src.practices), events: keep(src.events) };
};
