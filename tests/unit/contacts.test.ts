// The contacts directory's rules: who is marked as coordinator, where each person belongs,
// the matrix and its gaps, the freshness report, the filter, and the vCard/CSV exports (read
// back with independent parsers: vcard4 for vCard, csv-parse for CSV).
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseVcard } from 'vcard4';
import { describe, expect, it } from 'vitest';
import { responsibilityMatrix } from '../../src/lib/contacts/matrix.ts';
import { formatStaleReport, staleReport } from '../../src/lib/contacts/report.ts';
import { fold, matches, readFilter, writeFilter, EMPTY_FILTER } from '../../src/lib/contacts/client/filter.ts';
import {
  EXTERNAL,
  OFFICE,
  buildDirectory,
  directoryGroups,
  forumPeople,
  freshSince,
  placeOf,
  telUri,
  topicsOf,
  type ContactEntry,
} from '../../src/lib/contacts/rules.ts';
import { CSV_COLUMNS, contactsCsv } from '../../src/lib/contacts/csv.ts';
import { vcardFile } from '../../src/lib/contacts/vcard.ts';

const TODAY = '2026-11-26';
const SITE = new URL('https://metropolia.example/');

const person = (id: string, d: Partial<ContactEntry['data']> & { name: string }): ContactEntry => ({
  id,
  data: {
    position: 'referent',
    topics: [],
    email: `${id}@gmina.example`,
    channel: 'e-mail',
    verified: '2026-10-01',
    example: true,
    access: 'members',
    forums: [],
    tags: [],
    ...d,
  },
});

const contacts = [
  person('anna-labedz', { name: 'Anna Łabędź', position: 'sekretarz gminy', municipality: 'biskupice', forums: ['mobilnosc'], verified: '2026-03-17', phone: '+48 12 289 02 11' }),
  person('irena-baldyga', { name: 'Irena Bałdyga', municipality: 'biskupice', forums: ['zamowienia-publiczne'], topics: ['PZP', 'waloryzacja'], verified: '2026-01-27' }),
  person('piotr-lis', { name: 'Piotr Lis', municipality: 'skawina', forums: ['mobilnosc'], topics: ['Przystanki', 'agloekspres'] }),
  person('ola-testowa', { name: 'Ola Testowa', organisation: 'Biuro SMK', forums: ['zamowienia-publiczne'], access: 'public' }),
  person('henryk-palka', { name: 'Henryk Pałka', organisation: 'Zarząd Dróg Wojewódzkich w Krakowie', forums: ['mobilnosc'], topics: ['przystanki'], verified: '2025-09-01' }),
];
const gminy = [
  { id: 'skawina', data: { title: 'Gmina Skawina', coordinator: 'piotr-lis' } },
  { id: 'biskupice', data: { title: 'Gmina Biskupice', coordinator: 'anna-labedz' } },
  { id: 'krakow', data: { title: 'Miasto Kraków', coordinator: 'nieobecny' } },
];
const forums = [
  { id: 'mobilnosc', data: { title: 'Forum Zrównoważonego Transportu', coordinator: 'ola-testowa' } },
  { id: 'zamowienia-publiczne', data: { title: 'Forum Prawa Zamówień Publicznych', coordinator: 'ola-testowa' } },
];
const dir = buildDirectory({ contacts, gminy, forums, today: TODAY });
const byId = (id: string) => dir.byId.get(id)!;

describe('the directory', () => {
  it('sorts people by surname the Polish way (L before Ł)', () => {
    expect(dir.people.map((p) => p.family)).toEqual(['Bałdyga', 'Lis', 'Łabędź', 'Pałka', 'Testowa']);
  });

  it('marks municipal and forum coordinators from the gmina and forum files', () => {
    expect(byId('anna-labedz').coordinatesGminy.map((g) => g.slug)).toEqual(['biskupice']);
    expect(byId('ola-testowa').coordinatesForums.map((f) => f.slug)).toEqual(['mobilnosc', 'zamowienia-publiczne']);
    expect(byId('irena-baldyga').coordinatesGminy).toEqual([]);
    // A coordinator this build may not show resolves to nobody.
    expect(dir.gminy.find((g) => g.slug === 'krakow')?.coordinator).toBeUndefined();
  });

  it('puts gmina staff, the office and outside institutions in their own groups', () => {
    expect(placeOf({ organisation: 'Biuro Stowarzyszenia Metropolia Krakowska' })).toBe(OFFICE);
    expect(placeOf({ organisation: 'Biuro SMK' })).toBe(OFFICE);
    expect(placeOf({ organisation: 'Wody Polskie – RZGW w Krakowie' })).toBe(EXTERNAL);
    const groups = directoryGroups(dir.people);
    expect(groups.map((g) => [g.key, g.people.map((p) => p.id)])).toEqual([
      ['gminy', ['irena-baldyga', 'piotr-lis', 'anna-labedz']],
      [OFFICE, ['ola-testowa']],
      [EXTERNAL, ['henryk-palka']],
    ]);
    expect(byId('henryk-palka').placeTitle).toBe('Zarząd Dróg Wojewódzkich w Krakowie');
    expect(byId('piotr-lis').placeTitle).toBe('Gmina Skawina');
  });

  it('lists gminy by short name, so Kraków sits among the K', () => {
    expect(dir.gminy.map((g) => g.short)).toEqual(['Biskupice', 'Kraków', 'Skawina']);
  });

  it('flags data verified more than 6 months ago', () => {
    expect(freshSince(TODAY)).toBe('2026-05-26');
    expect(dir.people.filter((p) => p.stale).map((p) => p.id)).toEqual(['irena-baldyga', 'anna-labedz', 'henryk-palka']);
  });

  it('offers each topic once, in Polish order, and exports a forum with its coordinator', () => {
    expect(topicsOf(dir.people)).toEqual(['agloekspres', 'Przystanki', 'PZP', 'waloryzacja']);
    expect(forumPeople(dir, 'mobilnosc').map((p) => p.id)).toEqual(['piotr-lis', 'anna-labedz', 'henryk-palka', 'ola-testowa']);
  });

  it('dials Polish numbers in international form', () => {
    expect(telUri('+48 12 289 02 11')).toBe('tel:+48122890211');
    expect(telUri('12 289 02 11')).toBe('tel:+48122890211');
  });
});

describe('the matrix "Kto się czym zajmuje"', () => {
  const matrix = responsibilityMatrix(dir);
  const cell = (place: string, forum: string) =>
    matrix.rows.find((r) => r.place === place)!.cells.find((c) => c.forum === forum)!.people.map((p) => p.id);

  it('fills cells with the gmina people of each forum and counts the gaps', () => {
    expect(cell('biskupice', 'mobilnosc')).toEqual(['anna-labedz']);
    expect(cell('biskupice', 'zamowienia-publiczne')).toEqual(['irena-baldyga']);
    expect(cell('skawina', 'zamowienia-publiczne')).toEqual([]);
    // Kraków has nobody at all: 2 gaps; Skawina 1.
    expect(matrix.gaps).toBe(3);
  });

  it('names the gmina coordinator to ask and adds rows for outside institutions only when they have people', () => {
    expect(matrix.rows.find((r) => r.place === 'skawina')?.coordinator?.name).toBe('Piotr Lis');
    expect(matrix.rows.map((r) => r.place)).toEqual(['biskupice', 'krakow', 'skawina', OFFICE, EXTERNAL]);
    const none = buildDirectory({ contacts: contacts.slice(0, 3), gminy, forums, today: TODAY });
    expect(responsibilityMatrix(none).rows.map((r) => r.place)).toEqual(['biskupice', 'krakow', 'skawina']);
  });
});

describe('the freshness report', () => {
  const report = staleReport(dir);

  it('groups stale contacts by gmina with the coordinator to ask, then outside institutions', () => {
    expect(report.map((g) => [g.place, g.items.map((i) => [i.person.id, i.ask.map((a) => a.id)])])).toEqual([
      ['biskupice', [['irena-baldyga', ['anna-labedz']], ['anna-labedz', []]]],
      [EXTERNAL, [['henryk-palka', ['ola-testowa']]]],
    ]);
  });

  it('prints the same in the terminal', () => {
    const text = formatStaleReport(report, TODAY);
    expect(text).toContain('Do weryfikacji: 3');
    expect(text).toContain('Gmina Biskupice — zapytaj koordynatora gminy: Anna Łabędź, anna-labedz@gmina.example, +48 12 289 02 11');
    expect(text).toContain('  • Irena Bałdyga, referent — zweryfikowano 2026-01-27\n');
    expect(text).toContain('  • Anna Łabędź, sekretarz gminy — zweryfikowano 2026-03-17 — potwierdź bezpośrednio z tą osobą');
    expect(text).toContain('  • Henryk Pałka, referent — zweryfikowano 2025-09-01 — zapytaj: Ola Testowa');
    expect(formatStaleReport([], TODAY)).toContain('Wszystkie dane kontaktowe są aktualne.');
  });
});

describe('the client-side filter', () => {
  const item = { place: 'skawina', forums: ['mobilnosc'], topics: ['przystanki'], text: fold('Adam Łoś, inspektor ds. dróg, Gmina Skawina') };

  it('ignores case and Polish letters, including ł', () => {
    expect(fold('ŁOŚ Źdźbło')).toBe('los zdzblo');
    expect(matches(item, { ...EMPTY_FILTER, q: 'los' })).toBe(true);
    expect(matches(item, { ...EMPTY_FILTER, q: 'łoś dróg' })).toBe(true);
    expect(matches(item, { ...EMPTY_FILTER, q: 'łoś kultura' })).toBe(false);
  });

  it('combines gmina, forum and topic', () => {
    expect(matches(item, { ...EMPTY_FILTER, gmina: 'skawina', forum: 'mobilnosc', topic: 'Przystanki' })).toBe(true);
    expect(matches(item, { ...EMPTY_FILTER, gmina: 'skawina', forum: 'edukacja' })).toBe(false);
    expect(matches(item, { ...EMPTY_FILTER, gmina: 'liszki' })).toBe(false);
  });

  it('keeps the filters in the address, so a view can be shared', () => {
    const f = { gmina: 'skawina', forum: '', topic: 'wymiana pieców', q: '' };
    expect(writeFilter(f)).toBe('?gmina=skawina&temat=wymiana+piec%C3%B3w');
    expect(readFilter(writeFilter(f))).toEqual(f);
    expect(writeFilter(EMPTY_FILTER)).toBe('');
  });
});

describe('vCard export', () => {
  const text = vcardFile([byId('anna-labedz'), byId('henryk-palka')], SITE);
  const cards = parseVcard(text) as ReturnType<typeof parseVcard> & unknown[];
  const prop = (i: number, name: string) => (cards[i] as { getProperty: (p: string) => { value: unknown; parameters: unknown }[] }).getProperty(name)[0];

  it('is vCard 4.0 an independent parser reads, with Polish letters intact', () => {
    expect(cards).toHaveLength(2);
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(prop(0, 'FN')?.value).toBe('Anna Łabędź');
    expect(prop(0, 'N')?.value).toMatchObject({ familyNames: 'Łabędź', givenNames: 'Anna' });
    expect(prop(0, 'ORG')?.value).toBe('Gmina Biskupice');
    expect(prop(0, 'TEL')).toMatchObject({ value: 'tel:+48122890211', parameters: { VALUE: 'uri' } });
    expect(prop(0, 'EMAIL')?.value).toBe('anna-labedz@gmina.example');
    expect(prop(0, 'URL')?.value).toBe('https://metropolia.example/kontakty/anna-labedz/');
    expect(prop(1, 'ORG')?.value).toBe('Zarząd Dróg Wojewódzkich w Krakowie');
    expect(prop(1, 'CATEGORIES')?.value).toBe('Forum Zrównoważonego Transportu');
  });

  it('carries the channel, topics, coordinator role and verification date in the note', () => {
    expect(prop(0, 'NOTE')?.value).toBe(
      [
        'Preferowany kontakt: e-mail',
        'Fora: Forum Zrównoważonego Transportu',
        'Koordynuje gminę: Gmina Biskupice',
        'Dane zweryfikowane: 17 marca 2026',
        'Dane przykładowe — osoba fikcyjna',
      ].join('\n'),
    );
    expect(prop(0, 'REV')?.value).toBe('20260317T000000Z');
  });

  it('folds long lines at 75 octets without splitting a letter, with CRLF line ends', () => {
    const lines = text.split('\r\n');
    expect(lines.every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text).not.toContain('\uFFFD');
  });

  it('gives each person a stable UID', () => {
    const again = vcardFile([byId('anna-labedz')], SITE);
    expect(prop(0, 'UID')?.value).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(again).toContain(String(prop(0, 'UID')?.value));
    expect(prop(1, 'UID')?.value).not.toBe(prop(0, 'UID')?.value);
  });
});

describe('CSV export', () => {
  const csv = contactsCsv([byId('anna-labedz'), byId('ola-testowa')], SITE);
  const rows = parseCsv(csv, { bom: true, delimiter: ';' }) as string[][];

  it('starts with the UTF-8 byte order mark that Excel needs for Polish letters', () => {
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('has Outlook column names, one row per person, Polish letters intact', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[0]).toEqual(expect.arrayContaining(['First Name', 'Last Name', 'E-mail Address', 'Business Phone', 'Company', 'Job Title']));
    const anna = Object.fromEntries(rows[0]!.map((name, i) => [name, rows[1]![i]]));
    expect(anna).toMatchObject({
      'First Name': 'Anna',
      'Last Name': 'Łabędź',
      Company: 'Gmina Biskupice',
      'Business Phone': '+48 12 289 02 11',
      Categories: 'Forum Zrównoważonego Transportu',
    });
    expect(rows).toHaveLength(3);
    expect(csv.split('\r\n')).toHaveLength(4); // CRLF after every record
  });
});

describe('the directory filter matches each word on its own (issue 15)', () => {
  const person = (text: string) => ({ place: '', forums: [], topics: [], text: fold(text) });
  const procurement = person('Ewa Nowak · specjalistka ds. zamówień publicznych · Gmina Wieliczka · klauzule waloryzacyjne · Zamówienia publiczne — Forum Prawa Zamówień Publicznych');
  const roads = person('Jan Kowal · inspektor ds. dróg · Gmina Wieliczka · przystanki · Mobilność — Forum Zrównoważonego Transportu');
  const elsewhere = person('Anna Lis · specjalistka ds. zamówień publicznych · Gmina Skawina · PZP');

  it('finds the procurement person in Wieliczka whatever the word order and inflection', () => {
    for (const q of ['zamówienia Wieliczka', 'zamówienia publiczne Wieliczka', 'Wieliczka zamowien', 'wielicz zamów']) {
      expect([procurement, roads, elsewhere].filter((p) => matches(p, { ...EMPTY_FILTER, q })), q).toEqual([procurement]);
    }
  });

  it('needs every word: a word found nowhere leaves nobody', () => {
    expect(matches(procurement, { ...EMPTY_FILTER, q: 'zamówienia Kraków' })).toBe(false);
    expect(matches(roads, { ...EMPTY_FILTER, q: 'mobilność przystanki' })).toBe(true);
  });
});
