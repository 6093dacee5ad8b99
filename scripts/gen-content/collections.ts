/**
 * One writer per collection, each a valid entry of the schema (src/schema/collections.ts) with
 * realistic Polish text. Called in a fixed order by generate.ts (see writer.ts for why).
 */
import { CONTACT_CHANNELS, DOCUMENT_KINDS, EVENT_TYPES, FORUM_SLUGS, NEWS_KINDS } from '../../src/schema/collections.ts';
import { RECURRENCE_FREQUENCIES } from '../../src/core/recurrence.ts';
import { tagSlug } from '../../src/lib/content/tag-slugs.ts';
import { capitalise } from '../../src/i18n/text.ts';
import {
  ANSWERERS, CALL_AMOUNTS, CALL_APPLICANTS, CALL_PROGRAMMES, PROJECT_KINDS, DOCUMENT_TITLES, EVENT_TITLES, FAQ_TITLES, FIRST_NAMES, FORUMS, GMINY,
  NEWS_TITLES, OUTSIDE_BODIES, PLACES, POSITIONS, PRACTICE_TITLES, SURNAMES, type ForumSlug,
} from './vocabulary.ts';
import { DAY_MS, FIRST_DAY, LAST_EVENT_DAY, TODAY, frontmatter, isoDay, type Writer } from './writer.ts';

export interface WrittenContact { slug: string; gmina?: string; forums: ForumSlug[]; access: string }
export interface WrittenEvent { slug: string; access: string }

/** People and roles; the first 8 coordinate the forums. Returns what later entries may refer to. */
export const writeContacts = (w: Writer, n: number) => {
  const { int, pick, chance, dayBetween, write, gminy, slugged, forumsOf } = w;
  const contacts: WrittenContact[] = [];
  for (let i = 0; i < n; i++) {
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
      channel: pick(CONTACT_CHANNELS),
      verified: dayBetween(TODAY - 400 * DAY_MS, TODAY),
      example: true,
      access: acc,
    }, `${capitalise(pick(FORUMS[forums[0]!].topics))} – ${pick(['doradza gminom', 'koordynuje współpracę', 'odpowiada na pytania', 'prowadzi sprawy'])} w obszarze „${topic}”.`));
  }
  return contacts;
};

export const writeForums = (w: Writer, contacts: WrittenContact[]) => {
  const { int, pick, write } = w;
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
};

export const writeMunicipalities = (w: Writer, contacts: WrittenContact[]) => {
  const { write, gminy } = w;
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
};

export const writeEvents = (w: Writer, n: number) => {
  const { int, pick, chance, write, slugged, access, forumsOf, fill, body, context } = w;
  const events: WrittenEvent[] = [];
  for (let i = 0; i < n; i++) {
    const forums = forumsOf();
    const c = context(forums, FIRST_DAY, LAST_EVENT_DAY);
    const type = pick(EVENT_TYPES);
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
      ...(recurring ? { recurrence: { frequency: pick(RECURRENCE_FREQUENCIES), until: isoDay(Date.parse(c.date) + 180 * DAY_MS) } } : {}),
      forums,
      tags: c.tags,
      access: acc,
    }, body(c, chance(0.3) ? 'long' : 'short')));
  }
  return events;
};

export const writeDocuments = (w: Writer, n: number, events: WrittenEvent[]) => {
  const { pick, chance, write, slugged, access, forumsOf, fill, body, context, attachments } = w;
  for (let i = 0; i < n; i++) {
    const forums = forumsOf();
    const c = context(forums);
    const title = fill(pick(DOCUMENT_TITLES), c);
    const acc = access();
    // A public document may only point at an event the public site shows.
    const event = chance(0.1) ? pick(events.filter((e) => acc === 'members' || e.access === 'public')) : undefined;
    write('documents', slugged(title, i + 1), frontmatter({
      title,
      summary: `${capitalise(c.topic)} – ${pick(['materiał roboczy forum', 'opracowanie Biura SMK', 'wzór do wykorzystania w gminie', 'zestawienie z ankiety wśród gmin'])}, ${c.year} r.`,
      kind: pick(DOCUMENT_KINDS),
      date: c.date,
      files: attachments(acc, 1),
      ...(event ? { event: event.slug } : {}),
      forums,
      tags: c.tags,
      access: acc,
    }, body(c, chance(0.5) ? 'long' : 'short')));
  }
};

export const writePractices = (w: Writer, n: number) => {
  const { pick, chance, write, slugged, access, forumsOf, fill, body, context, attachments } = w;
  for (let i = 0; i < n; i++) {
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
};

export const writeFaq = (w: Writer, n: number) => {
  const { pick, write, slugged, access, forumsOf, fill, body, context } = w;
  for (let i = 0; i < n; i++) {
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
};

export const writeNews = (w: Writer, n: number, contacts: WrittenContact[]) => {
  const { int, pick, chance, write, slugged, access, forumsOf, fill, body, context } = w;
  for (let i = 0; i < n; i++) {
    const forums = forumsOf();
    const c = context(forums);
    const title = fill(pick(NEWS_TITLES), c);
    const acc = access();
    const kind = pick([NEWS_KINDS[0], ...NEWS_KINDS]); // plain news twice as often
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
};

export const writeCalls = (w: Writer, n: number) => {
  const { int, pick, write, slugged, access, forumsOf, body, context } = w;
  for (let i = 0; i < n; i++) {
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
};

export const writeProjects = (w: Writer, n: number) => {
  const { int, pick, chance, write, gminy, slugged, access, forumsOf, some, body, context } = w;
  for (let i = 0; i < n; i++) {
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
};
