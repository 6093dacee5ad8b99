/**
 * Synthetic content for benchmarks: a complete, valid content folder (every collection, the
 * accessibility statement, search synonyms, public and member attachments) of N entries in
 * realistic proportions, made from a seed. The same seed and size give byte-identical files.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dump } from 'js-yaml';
import { FORUM_SLUGS, type CollectionName } from '../../src/schema/collections.ts';
import { STATEMENT_FILE } from '../../src/schema/statement.ts';
import { OFFICE_FILE } from '../../src/schema/office.ts';
import { tagSlug } from '../../src/lib/content/tag-slugs.ts';
import {
  ANSWERERS, CALL_AMOUNTS, CALL_APPLICANTS, CALL_PROGRAMMES, COMMON_TAGS, PROJECT_KINDS, FILE_LABELS, DOCUMENT_TITLES, EVENT_TITLES, FAQ_TITLES, FIRST_NAMES, FORUMS, GMINY, HEADINGS,
  LIST_ITEMS, NEWS_TITLES, OUTSIDE_BODIES, PLACES, POSITIONS, PRACTICE_TITLES, SENTENCES, SURNAMES, type ForumSlug,
} from './vocabulary.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Written into every generated folder: only such folders may be overwritten. */
export const MARKER = '.generated-content';

/**
 * mulberry32, a tiny well-known 32-bit PRNG (public domain), written out here because it is
 * eight lines and its output must never change with a dependency update: the benchmark's
 * content must stay the same across versions.
 */
export const prng = (seed: number) => {
  let a = seed >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Share of the non-fixed entries per collection (forums and gminy are always 8 + 15). */
export const SHARES: Record<Exclude<CollectionName, 'forums' | 'municipalities'>, number> = {
  contacts: 0.1,
  practices: 0.08,
  documents: 0.28,
  calls: 0.02,
  projects: 0.02,
  faq: 0.1,
  events: 0.2,
  news: 0.2,
};

/** Attachments copied from the sample content and referenced from many entries. */
const PUBLIC_FILES = ['diagnoza-sump-podsumowanie.pdf', 'wzor-klauzuli-waloryzacyjnej.docx', 'wzor-klauzuli-waloryzacyjnej.odt', 'lista-kontrolna-wydarzenia.pdf', 'forum-edukacja-2026-10-notatka.odt', 'zestawienie-naborow-fem-zit.odt'];
const MEMBER_FILES = ['przeglad-orzecznictwa-kio-2026.pdf', 'forum-zp-2026-11-notatka.docx', 'wykaz-bledow-korekty-pzp.pdf'];

/** Publication dates run up to "today" of the sample site; events run to the end of 2027. */
const FIRST_DAY = Date.UTC(2017, 0, 1);
const TODAY = Date.UTC(2026, 10, 26);
const LAST_EVENT_DAY = Date.UTC(2027, 11, 31);
const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface GenerateOptions {
  entries: number;
  out: string;
  seed?: number;
}

export interface GenerateResult {
  counts: Record<CollectionName, number>;
  files: number;
}

/** How many entries of each collection a folder of `total` entries holds. */
export const collectionCounts = (total: number): Record<CollectionName, number> => {
  const fixed = FORUM_SLUGS.length + Object.keys(GMINY).length;
  const rest = Math.max(0, total - fixed);
  const counts = { forums: FORUM_SLUGS.length, municipalities: Object.keys(GMINY).length } as Record<CollectionName, number>;
  let used = 0;
  for (const [name, share] of Object.entries(SHARES) as [keyof typeof SHARES, number][]) {
    counts[name] = Math.max(name === 'contacts' ? FORUM_SLUGS.length : 1, Math.floor(rest * share));
    used += counts[name];
  }
  counts.documents += Math.max(0, rest - used);
  return counts;
};

const frontmatter = (data: Record<string, unknown>, body: string) =>
  `---\n${dump(data, { lineWidth: -1, quotingType: '"', noRefs: true })}---\n\n${body.trim()}\n`;

/** Writes a content folder; see the module comment. Returns the entry counts. */
export const generateContent = (o: GenerateOptions): GenerateResult => {
  const out = resolve(o.out);
  if (existsSync(out) && readdirSync(out).length > 0) {
    // Never wipe a folder we did not make (e.g. the real content/).
    if (!existsSync(join(out, MARKER))) throw new Error(`${out} nie jest pusty i nie został wygenerowany przez gen:content`);
    rmSync(out, { recursive: true, force: true });
  }
  const random = prng(o.seed ?? 1);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const chance = (p: number) => random() < p;
  const dayBetween = (from: number, to: number) => isoDay(from + int(Math.floor((to - from) / DAY_MS) + 1) * DAY_MS);

  const counts = collectionCounts(o.entries);
  let files = 0;
  const write = (collection: string, slug: string, text: string) => {
    mkdirSync(join(out, collection), { recursive: true });
    writeFileSync(join(out, collection, `${slug}.md`), text);
    files++;
  };
  const gminy = Object.keys(GMINY);
  const slugged = (title: string, i: number) => `${tagSlug(title).slice(0, 60).replace(/-+$/, '')}-${i}`;
  const access = (membersShare = 0.3) => (chance(membersShare) ? 'members' : 'public');

  /** One or two forums, the first decides the topic and most tags. */
  const forumsOf = (): ForumSlug[] => {
    const first = pick(FORUM_SLUGS);
    return chance(0.2) ? [...new Set([first, pick(FORUM_SLUGS)])] : [first];
  };
  const tagsFor = (forums: ForumSlug[]) => {
    const tags = new Set<string>();
    const n = 1 + int(3);
    for (let i = 0; i < n; i++) tags.add(pick(FORUMS[pick(forums)].tags));
    if (chance(0.15)) tags.add(pick(COMMON_TAGS));
    return [...tags];
  };
  const fill = (template: string, v: { forum: ForumSlug; topic: string; gmina: string; year: number; tag?: string }) =>
    template
      .replaceAll('{topic}', v.topic)
      .replaceAll('{forum}', FORUMS[v.forum].title)
      .replaceAll('{where}', GMINY[v.gmina]!.inWhere)
      .replaceAll('{gmina}', GMINY[v.gmina]!.title.replace(/^(Gmina|Miasto) /, ''))
      .replaceAll('{year}', String(v.year))
      .replaceAll('{tag}', v.tag ?? v.topic);
  const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('pl') + s.slice(1);
  /** n different items of a list, in random order (a partial Fisher–Yates shuffle). */
  const some = <T>(list: readonly T[], n: number): T[] => {
    const copy = [...list];
    for (let i = 0; i < Math.min(n, copy.length); i++) {
      const j = i + int(copy.length - i);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  };
  const paragraph = (v: Parameters<typeof fill>[1], n: number) => some(SENTENCES, n).map((s) => fill(s, v)).join(' ');
  /** A body of a few paragraphs, a heading and a list: what editors write. */
  const body = (v: Parameters<typeof fill>[1], size: 'short' | 'long') => {
    const parts = [paragraph(v, 2 + int(3))];
    if (size === 'long') {
      parts.push(`## ${pick(HEADINGS)}`, paragraph(v, 3 + int(3)));
      parts.push(some(LIST_ITEMS, 3 + int(3)).map((item) => `- ${item}`).join('\n'));
      if (chance(0.5)) parts.push(`## ${pick(HEADINGS)}`, paragraph(v, 2 + int(4)));
    }
    return parts.join('\n\n');
  };
  const context = (forums: ForumSlug[], from = FIRST_DAY, to = TODAY) => {
    const forum = forums[0]!;
    const date = dayBetween(from, to);
    const tags = tagsFor(forums);
    return { forum, topic: pick(FORUMS[forum].topics), gmina: pick(gminy), year: Number(date.slice(0, 4)), tag: tags[0]!, date, tags };
  };
  const attachments = (acc: string, min: number) => {
    const n = min + int(2);
    const list = Array.from({ length: n }, () => {
      const members = acc === 'members' && chance(0.4);
      const name = pick(members ? MEMBER_FILES : PUBLIC_FILES);
      return { path: `${members ? '/uploads-members/' : '/uploads/'}${name}`, label: FILE_LABELS[name]! };
    });
    return [...new Map(list.map((f) => [f.path, f])).values()];
  };

  // Contacts first: forums and gminy name their coordinators among them.
  const contacts: { slug: string; gmina?: string; forums: ForumSlug[]; access: string }[] = [];
  for (let i = 0; i < counts.contacts; i++) {
    const female = chance(0.55);
    const first = pick(FIRST_NAMES[female ? 'f' : 'm']);
    const last = pick(SURNAMES)[female ? 1 : 0];
    const name = `${first} ${last}`;
    const slug = slugged(name, i + 1);
    // The first 8 are the forums' coordinators, one per forum.
    const forums: ForumSlug[] = i < FORUM_SLUGS.length ? [FORUM_SLUGS[i]!] : forumsOf();
    const outside = i >= FORUM_SLUGS.length && chance(0.12);
    const gmina = outside ? undefined : i < gminy.length ? gminy[i]! : pick(gminy);
    const topic = pick(FORUMS[forums[0]!].topics);
    const acc = chance(0.1) ? 'public' : 'members';
    contacts.push({ slug, ...(gmina ? { gmina } : {}), forums, access: acc });
    const domain = gmina ? `${GMINY[gmina]!.domain}.example` : 'smk.example';
    write('contacts', slug, frontmatter({
      name,
      position: pick(POSITIONS).replace('{topic}', topic),
      ...(gmina ? { municipality: gmina } : { organisation: pick(OUTSIDE_BODIES) }),
      forums,
      topics: [...new Set([topic, pick(FORUMS[forums[0]!].topics)])],
      email: `${tagSlug(first)}.${tagSlug(last)}.${i + 1}@${domain}`,
      phone: `+48 12 ${String(200 + int(700))} ${String(10 + int(90))} ${String(10 + int(90))}`,
      channel: pick(['e-mail', 'telefon', 'Teams', 'spotkanie']),
      verified: dayBetween(TODAY - 400 * DAY_MS, TODAY),
      example: true,
      access: acc,
    }, `${capitalise(pick(FORUMS[forums[0]!].topics))} – ${pick(['doradza gminom', 'koordynuje współpracę', 'odpowiada na pytania', 'prowadzi sprawy'])} w obszarze „${topic}”.`));
  }

  FORUM_SLUGS.forEach((slug, i) => {
    const f = FORUMS[slug];
    write('forums', slug, frontmatter({
      title: f.title,
      domain: f.domain,
      summary: `Forum metropolitalne dla pracowników gmin zajmujących się obszarem: ${f.domain.toLocaleLowerCase('pl')}. Wymiana doświadczeń, wspólne wzory i stanowiska.`,
      coordinator: contacts[i]!.slug,
      rhythm: pick(['co miesiąc, w drugi wtorek', 'co kwartał', 'co dwa miesiące, w pierwszy czwartek']),
      access: 'public',
      tags: f.tags.slice(0, 4),
      updated: isoDay(TODAY - int(200) * DAY_MS),
    }, `${f.title} skupia osoby z piętnastu gmin Metropolii. Tematy forum: ${f.topics.join(', ')}.\n\n## Jak dołączyć\n\nNapisz do koordynatora forum; każda gmina może zgłosić dwie osoby.`));
  });

  gminy.forEach((slug, i) => {
    const g = GMINY[slug]!;
    write('municipalities', slug, frontmatter({
      title: g.title,
      kind: g.kind,
      website: `https://www.${g.domain}.pl`,
      bip: `https://bip.malopolska.pl/${g.domain}`,
      coordinator: contacts[i % contacts.length]!.slug,
      population: g.population,
      access: 'public',
    }, `${g.title} należy do Stowarzyszenia Metropolia Krakowska i uczestniczy w pracach jego forów.`));
  });

  const events: { slug: string; access: string }[] = [];
  for (let i = 0; i < counts.events; i++) {
    const forums = forumsOf();
    const c = context(forums, FIRST_DAY, LAST_EVENT_DAY);
    const type = pick(['posiedzenie forum', 'szkolenie', 'webinar', 'konsultacje', 'termin', 'wydarzenie'] as const);
    const title = fill(EVENT_TITLES[type], c);
    const slug = slugged(title, i + 1);
    const acc = access();
    events.push({ slug, access: acc });
    const allDay = type === 'termin' || type === 'konsultacje';
    const hour = 9 + int(6);
    const time = (h: number, m: number) => `${String(h).padStart(2, '0')}:${m === 0 ? '00' : '30'}`;
    const start = allDay ? c.date : `${c.date}T${time(hour, int(2))}`;
    const end = allDay ? (chance(0.5) ? isoDay(Date.parse(c.date) + (1 + int(14)) * DAY_MS) : undefined) : `${c.date}T${time(hour + 1 + int(3), int(2))}`;
    // About 1 % of events are series ("co miesiąc") over half a year.
    const recurring = !allDay && chance(0.01);
    const status = recurring ? 'planowane' : chance(0.05) ? 'odwołane' : chance(0.05) ? 'przeniesione' : 'planowane';
    const online = type === 'webinar' || chance(0.3);
    write('events', slug, frontmatter({
      title,
      summary: `${capitalise(c.topic)}: ${pick(['spotkanie robocze', 'przegląd zmian', 'wymiana doświadczeń', 'omówienie wzorów'])} dla gmin Metropolii.`,
      type,
      start,
      ...(end ? { end } : {}),
      ...(allDay ? { allDay: true } : {}),
      ...(online ? { online: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${slug.slice(0, 20)}%40thread.v2/0` } : { location: pick(PLACES) }),
      status,
      ...(status === 'przeniesione' ? { movedFrom: isoDay(Date.parse(c.date) - (7 + int(20)) * DAY_MS) + (allDay ? '' : `T${time(hour, 0)}`) } : {}),
      ...(chance(0.2) ? { registration: `https://formularze.smk.example/rejestracja/${i + 1}` } : {}),
      ...(recurring ? { recurrence: { frequency: pick(['co tydzień', 'co miesiąc']), until: isoDay(Date.parse(c.date) + 180 * DAY_MS) } } : {}),
      forums,
      tags: c.tags,
      access: acc,
    }, body(c, chance(0.3) ? 'long' : 'short')));
  }

  for (let i = 0; i < counts.documents; i++) {
    const forums = forumsOf();
    const c = context(forums);
    const title = fill(pick(DOCUMENT_TITLES), c);
    const acc = access();
    // A public document may only point at an event the public site shows.
    const event = chance(0.1) ? pick(events.filter((e) => acc === 'members' || e.access === 'public')) : undefined;
    write('documents', slugged(title, i + 1), frontmatter({
      title,
      summary: `${capitalise(c.topic)} – ${pick(['materiał roboczy forum', 'opracowanie Biura SMK', 'wzór do wykorzystania w gminie', 'zestawienie z ankiety wśród gmin'])}, ${c.year} r.`,
      kind: pick(['wzór', 'raport', 'prezentacja', 'akt prawny', 'orzeczenie', 'materiały ze spotkania', 'narzędzie']),
      date: c.date,
      files: attachments(acc, 1),
      ...(event ? { event: event.slug } : {}),
      forums,
      tags: c.tags,
      access: acc,
    }, body(c, chance(0.5) ? 'long' : 'short')));
  }

  for (let i = 0; i < counts.practices; i++) {
    const forums = forumsOf();
    const c = context(forums);
    const title = fill(pick(PRACTICE_TITLES), c);
    const acc = access();
    const outside = chance(0.15);
    write('practices', slugged(title, i + 1), frontmatter({
      title: capitalise(title),
      summary: `${GMINY[c.gmina]!.title} opisuje, jak podeszła do tematu „${c.topic}” i co poleca innym gminom.`,
      date: c.date,
      ...(outside ? { source: pick(OUTSIDE_BODIES) } : { municipality: c.gmina }),
      links: chance(0.3) ? [{ url: `https://www.${GMINY[c.gmina]!.domain}.pl/aktualnosci/${i + 1}`, label: 'Opis na stronie gminy' }] : [],
      files: chance(0.2) ? attachments(acc, 1) : [],
      forums,
      tags: c.tags,
      access: acc,
    }, body(c, 'long')));
  }

  for (let i = 0; i < counts.faq; i++) {
    const forums = forumsOf();
    const c = context(forums);
    const title = fill(pick(FAQ_TITLES), c);
    write('faq', slugged(title, i + 1), frontmatter({
      title,
      answeredBy: pick(ANSWERERS),
      date: c.date,
      forums,
      tags: c.tags,
      access: access(),
    }, body(c, 'short')));
  }

  for (let i = 0; i < counts.news; i++) {
    const forums = forumsOf();
    const c = context(forums);
    const title = fill(pick(NEWS_TITLES), c);
    const acc = access();
    const kind = pick(['aktualność', 'aktualność', 'ogłoszenie', 'zmiana prawa', 'nabór'] as const);
    const priority = chance(0.05) ? 'pilny' : chance(0.1) ? 'ważny' : 'normalny';
    const allowedContacts = contacts.filter((p) => acc === 'members' || p.access === 'public');
    write('news', slugged(title, i + 1), frontmatter({
      title,
      summary: `${capitalise(c.topic)} – ${pick(['informacja Biura SMK', 'komunikat forum', 'prośba do zespołów metropolitalnych', 'nowość w bazie wiedzy'])}.`,
      date: c.date,
      kind,
      priority,
      ...(priority !== 'normalny' || kind === 'nabór' ? { expires: isoDay(Date.parse(c.date) + (7 + int(60)) * DAY_MS) } : {}),
      ...(chance(0.2) && allowedContacts.length ? { contact: pick(allowedContacts).slug } : {}),
      forums,
      tags: c.tags,
      access: acc,
    }, body(c, chance(0.3) ? 'long' : 'short')));
  }

  for (let i = 0; i < counts.calls; i++) {
    const forums = forumsOf();
    const c = context(forums);
    const programme = pick(CALL_PROGRAMMES);
    const opens = c.date;
    const closes = isoDay(Date.parse(opens) + (14 + int(90)) * DAY_MS);
    const title = `${programme.name}: ${c.topic}`.slice(0, 160);
    write('calls', slugged(`nabor ${c.topic}`, i + 1), frontmatter({
      title,
      summary: `Nabór wniosków: ${c.topic}.`.slice(0, 300),
      programme: programme.name,
      funder: programme.funder,
      applicants: pick(CALL_APPLICANTS),
      amount: pick(CALL_AMOUNTS),
      opens,
      closes,
      link: programme.link,
      date: opens,
      forums,
      tags: c.tags,
      access: access(0.1),
    }, body(c, 'short')));
  }

  for (let i = 0; i < counts.projects; i++) {
    const forums = forumsOf();
    const c = context(forums);
    const kind = pick(PROJECT_KINDS);
    const involved = some(gminy, 1 + int(3));
    const start = Date.parse(c.date);
    const end = start + (365 + int(3 * 365)) * DAY_MS;
    const names = involved.map((g) => GMINY[g]!.title.replace(/^(Gmina|Miasto) /, '')).join(' – ');
    const milestones = kind.milestones.map((what, n) => {
      const day = isoDay(start + Math.floor(((n + 1) * (end - start)) / (kind.milestones.length + 1) / DAY_MS) * DAY_MS);
      return { date: day, title: what, done: Date.parse(day) <= TODAY };
    });
    write('projects', slugged(`${kind.title.replace('{gminy}', '')} ${names}`, i + 1), frontmatter({
      title: kind.title.replace('{gminy}', names).slice(0, 160),
      summary: `Wspólna inwestycja: ${names}. ${capitalise(c.topic)}.`.slice(0, 300),
      municipalities: involved,
      status: end < TODAY ? 'zakończony' : start > TODAY ? 'planowany' : 'w realizacji',
      start: c.date,
      end: isoDay(end),
      milestones,
      budget: `${(1 + int(40)) / 2} mln zł`.replace('.', ','),
      border: involved.length > 1 && chance(0.6),
      forums,
      tags: c.tags,
      access: access(0.2),
    }, body(c, 'short')));
  }

  // What every content folder must have besides entries (src/lib/content/node/content-check.ts).
  for (const [folder, names] of [['uploads', PUBLIC_FILES], ['uploads-members', MEMBER_FILES]] as const) {
    mkdirSync(join(out, folder), { recursive: true });
    for (const name of names) copyFileSync(join(ROOT, 'content', folder, name), join(out, folder, name));
  }
  for (const file of [STATEMENT_FILE, OFFICE_FILE, 'search/synonyms.yaml']) {
    mkdirSync(join(out, file, '..'), { recursive: true });
    copyFileSync(join(ROOT, 'content', file), join(out, file));
  }
  writeFileSync(join(out, MARKER), `generated by npm run gen:content (${o.entries} entries, seed ${o.seed ?? 1}) — do not edit\n`);
  return { counts, files };
};
