/**
 * Contacts directory rules, as pure functions of plain entry data, so the pages, the exports
 * (vCard, CSV), the matrix and the terminal report (`npm run report:contacts`) all read the
 * same people the same way.
 */
import { Temporal } from 'temporal-polyfill';
import type { EntryData } from '../../schema/collections.ts';

/** Months after which a contact's data must be confirmed again (staff rotate). */
export const STALE_AFTER_MONTHS = 6;

/** Was the contact last verified more than 6 months before `today` (both `YYYY-MM-DD`)? */
export const isStale = (verified: string, today: string): boolean =>
  Temporal.PlainDate.compare(
    Temporal.PlainDate.from(verified).add({ months: STALE_AFTER_MONTHS }),
    Temporal.PlainDate.from(today),
  ) < 0;

/** The oldest verification day that still counts as current on `today`. */
export const freshSince = (today: string): string =>
  Temporal.PlainDate.from(today).subtract({ months: STALE_AFTER_MONTHS }).toString();

/** The minimal shapes the rules need: Astro entries and parsed files both fit. */
export interface ContactEntry {
  id: string;
  data: EntryData<'contacts'>;
}
export interface GminaEntry {
  id: string;
  data: { title: string; coordinator: string };
}
export interface ForumEntry {
  id: string;
  data: { title: string; coordinator: string };
}

/** "Anna Maria Kowalczyk" → given "Anna Maria", family "Kowalczyk" (the last word is the surname). */
export const splitName = (name: string): { given: string; family: string } => {
  const parts = name.trim().split(/\s+/);
  return { given: parts.slice(0, -1).join(' '), family: parts.at(-1) ?? '' };
};

/** Surname first, as in a phone book ("Kowalczyk Anna"): the directory's sort key. */
export const surnameFirst = (name: string): string => {
  const { given, family } = splitName(name);
  return given ? `${family} ${given}` : family;
};

/** "Gmina Skawina" → "Skawina", "Miasto Kraków" → "Kraków": short labels for filters and the matrix. */
export const shortGminaName = (title: string): string => title.replace(/^(Gmina|Miasto)\s+/, '');

/**
 * Where a person works: a gmina (its slug), the association's office, or an outside institution
 * (road authorities, the regional office, the water authority…). The two fixed keys cannot clash
 * with gmina slugs, which are the 15 names in docs/content.md.
 */
export const OFFICE = 'biuro-smk';
export const EXTERNAL = 'instytucje-zewnetrzne';
export type Place = string;

/** Editors write the office either in full or as "Biuro SMK". */
const OFFICE_NAME = /^biuro\s+(smk|stowarzyszenia\s+metropolia\s+krakowska)\b/i;

/** The place key of a contact: gmina slug, OFFICE or EXTERNAL. */
export const placeOf = (d: { municipality?: string | undefined; organisation?: string | undefined }): Place =>
  d.municipality ?? (d.organisation && OFFICE_NAME.test(d.organisation.trim()) ? OFFICE : EXTERNAL);

/** `tel:` URI (RFC 3966) of a phone number as editors write it; Polish numbers may omit +48. */
export const telUri = (phone: string): string => {
  const digits = phone.replace(/[^+0-9]/g, '');
  return `tel:${digits.startsWith('+') ? digits : `+48${digits}`}`;
};

const collator = new Intl.Collator('pl');

/** A contact with every reference resolved: what the directory, matrix and exports show. */
export interface ContactView {
  id: string;
  name: string;
  given: string;
  family: string;
  position: string;
  place: Place;
  /** Gmina title for gmina staff, else the organisation. */
  placeTitle: string;
  organisation?: string | undefined;
  email: string;
  phone?: string | undefined;
  channel: string;
  topics: string[];
  forums: { slug: string; title: string }[];
  verified: string;
  stale: boolean;
  example: boolean;
  members: boolean;
  /** Gminy whose coordinator this person is (from `municipalities/*.md` `coordinator`). */
  coordinatesGminy: { slug: string; title: string }[];
  /** Forums whose coordinator this person is (from `forums/*.md` `coordinator`). */
  coordinatesForums: { slug: string; title: string }[];
}

export interface Directory {
  people: ContactView[];
  byId: Map<string, ContactView>;
  gminy: { slug: string; title: string; short: string; coordinator?: ContactView | undefined }[];
  forums: { slug: string; title: string; coordinator?: ContactView | undefined }[];
}

/**
 * Resolves contacts against gminy and forums. `contacts` are the ones this build may show
 * (a member-only coordinator resolves to nothing in the public build). People come sorted by
 * surname, gminy by short name (Biskupice … Kraków … Zielonki), forums in the given order.
 */
export const buildDirectory = (o: {
  contacts: readonly ContactEntry[];
  gminy: readonly GminaEntry[];
  forums: readonly ForumEntry[];
  today: string;
}): Directory => {
  const gminaTitle = new Map(o.gminy.map((g) => [g.id, g.data.title]));
  const forumTitle = new Map(o.forums.map((f) => [f.id, f.data.title]));
  const people = [...o.contacts]
    .sort((a, b) => collator.compare(surnameFirst(a.data.name), surnameFirst(b.data.name)))
    .map((c): ContactView => {
    const d = c.data;
    const place = placeOf(d);
    return {
      id: c.id,
      name: d.name,
      ...splitName(d.name),
      position: d.position,
      place,
      placeTitle: (d.municipality && gminaTitle.get(d.municipality)) || d.organisation || '',
      organisation: d.organisation,
      email: d.email,
      phone: d.phone,
      channel: d.channel,
      topics: d.topics,
      forums: d.forums.map((slug) => ({ slug, title: forumTitle.get(slug) ?? slug })),
      verified: d.verified,
      stale: isStale(d.verified, o.today),
      example: d.example,
      members: d.access === 'members',
      coordinatesGminy: o.gminy
        .filter((g) => g.data.coordinator === c.id)
        .map((g) => ({ slug: g.id, title: g.data.title })),
      coordinatesForums: o.forums
        .filter((f) => f.data.coordinator === c.id)
        .map((f) => ({ slug: f.id, title: f.data.title })),
    };
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  const gminy = o.gminy
    .map((g) => ({
      slug: g.id,
      title: g.data.title,
      short: shortGminaName(g.data.title),
      coordinator: byId.get(g.data.coordinator),
    }))
    .sort((a, b) => collator.compare(a.short, b.short));
  const forums = o.forums.map((f) => ({ slug: f.id, title: f.data.title, coordinator: byId.get(f.data.coordinator) }));
  return { people, byId, gminy, forums };
};

/** People of a forum for its export: its members plus its coordinator, each once. */
export const forumPeople = (dir: Directory, forum: string): ContactView[] => {
  const coordinator = dir.forums.find((f) => f.slug === forum)?.coordinator;
  return dir.people.filter((p) => p.forums.some((f) => f.slug === forum) || p === coordinator);
};

/** Staff of a gmina, for its export. */
export const gminaPeople = (dir: Directory, gmina: string): ContactView[] =>
  dir.people.filter((p) => p.place === gmina);

/** Distinct topics of a list of people, sorted the Polish way. */
export const topicsOf = (people: readonly ContactView[]): string[] => {
  const seen = new Map<string, string>();
  for (const topic of people.flatMap((p) => p.topics)) {
    const key = topic.toLocaleLowerCase('pl');
    if (!seen.has(key)) seen.set(key, topic);
  }
  return [...seen.values()].sort(collator.compare);
};

export interface DirectoryGroup {
  key: 'gminy' | typeof OFFICE | typeof EXTERNAL;
  people: ContactView[];
}

/**
 * The directory's three groups, keeping the people's (surname) order: gmina staff, the
 * association's office, outside institutions (road authorities, the regional office, the water
 * authority…).
 */
export const directoryGroups = (people: readonly ContactView[]): DirectoryGroup[] => [
  { key: 'gminy', people: people.filter((p) => p.place !== OFFICE && p.place !== EXTERNAL) },
  { key: OFFICE, people: people.filter((p) => p.place === OFFICE) },
  { key: EXTERNAL, people: people.filter((p) => p.place === EXTERNAL) },
];
