// Ask, answer, follow (issue 18) in the built fixture site, both audiences: every path ends in a
// mailto: that a URL parser reads back as the right recipient, subject and body; the "Obserwuj"
// box offers RSS and calendar feeds that exist; legal changes and trainings have their pages,
// feeds and calendar items; member-only data never reaches the public build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../../scripts/lib/build-site.ts';
import { parseIcs } from '../helpers/ical.ts';

const dirs = inject('fixtureBuild');
type Audience = 'public' | 'members';
const page = (path: string, audience: Audience = 'public') => readPage(dirs[audience], path);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Every mailto: link of a page (or of one part of it), parsed by the WHATWG URL parser. */
const mailtos = (html: string) =>
  [...html.matchAll(/href="(mailto:[^"]*)"/g)].map((m) => {
    const u = new URL(decode(m[1]!));
    return { to: decodeURIComponent(u.pathname), subject: u.searchParams.get('subject') ?? '', body: u.searchParams.get('body') ?? '' };
  });
/** The HTML of the first element with this class (aside/section/p), up to its closing tag. */
const part = (html: string, cls: string) => {
  const m = new RegExp(`<(aside|section|p|li)[^>]*class="[^"]*\\b${cls}\\b[^"]*"[^>]*>[^]*?</\\1>`).exec(html);
  return m?.[0] ?? '';
};

const OFFICE = 'biuro@metropolia-test.example';
const COORDINATOR = 'o.testowa@smk.example';

describe('Zadaj pytanie', () => {
  it('on a forum page goes to the office in the public build and to the forum coordinator for members', () => {
    const pub = mailtos(part(page('/fora/mobilnosc/'), 'ask-question'));
    expect(pub).toHaveLength(1);
    expect(pub[0]).toMatchObject({ to: OFFICE, subject: '[Mobilność] Pytanie: ' });
    expect(pub[0]!.body).toContain('Gmina / instytucja: \r\nImię i nazwisko: ');
    expect(pub[0]!.body).toContain('Pytanie:');
    expect(text(part(page('/fora/mobilnosc/'), 'ask-question'))).toContain('Biuro Testowe Metropolii');

    const mem = mailtos(part(page('/fora/mobilnosc/', 'members'), 'ask-question'));
    expect(mem[0]).toMatchObject({ to: COORDINATOR, subject: '[Mobilność] Pytanie: ' });
    expect(text(part(page('/fora/mobilnosc/', 'members'), 'ask-question'))).toContain('koordynatora forum: Ola Testowa');
  });

  it('is on /faq/, on each FAQ entry (naming the question) and on each practice', () => {
    for (const audience of ['public', 'members'] as const) {
      expect(mailtos(part(page('/faq/', audience), 'ask-question'))[0]).toMatchObject({ to: OFFICE, subject: '[Metropolia Krakowska] Pytanie: ' });
      const faq = mailtos(part(page('/faq/czy-mozna-waloryzowac/', audience), 'ask-question'))[0]!;
      expect(faq.subject).toBe('[Zamówienia publiczne] Pytanie: ');
      expect(faq.body).toContain('Dotyczy: Czy można waloryzować umowę zawartą na 10 miesięcy? (http');
      expect(faq.body).toContain('/faq/czy-mozna-waloryzowac/)');
      expect(faq.to).toBe(audience === 'public' ? OFFICE : COORDINATOR);
      expect(mailtos(part(page('/dobre-praktyki/wspolne-zakupy-energii/', audience), 'ask-question'))).toHaveLength(1);
    }
  });

  it('is not indexed by search (it is not the entry’s content)', () => {
    expect(part(page('/faq/czy-mozna-waloryzowac/'), 'ask-question')).toContain('data-pagefind-ignore');
  });
});

describe('Zgłoś zmianę', () => {
  it('is on every contact card, to the gmina’s coordinator (the office for office staff), with the current data', () => {
    for (const audience of ['public', 'members'] as const) {
      const html = page('/kontakty/', audience);
      const cards = html.match(/<li\s+class="card contact-card"/g) ?? [];
      const links = [...html.matchAll(/<p class="report-change"[^>]*>([^]*?)<\/p>/g)].map((m) => mailtos(m[1]!)[0]!);
      expect(links.length, audience).toBe(cards.length);
      const jan = links.find((l) => l.subject === 'Zmiana danych: Jan Próbny')!;
      expect(jan.to).toBe('j.probny@skawina.example');
      expect(jan.body).toContain('E-mail: j.probny@skawina.example');
      expect(jan.body).toContain('Dane zweryfikowane: 2026-01-15');
      expect(links.find((l) => l.subject === 'Zmiana danych: Ola Testowa')!.to).toBe(OFFICE);
    }
  });

  it('is on each contact page, saying who takes the correction', () => {
    const html = part(page('/kontakty/jan-probny/'), 'report-change-page');
    expect(text(html)).toContain('Poprawkę przyjmuje koordynator gminy: Jan Próbny.');
    expect(mailtos(html)[0]!.body).toContain('Stanowisko: koordynator zespołu metropolitalnego');
  });

  it('never puts a member-only contact’s data into the public build', () => {
    expect(mailtos(page('/kontakty/', 'members')).some((m) => m.subject === 'Zmiana danych: Ewa Ukryta')).toBe(true);
    expect(page('/kontakty/')).not.toContain('Ukryta');
  });
});

describe('Dodaj ogłoszenie', () => {
  it('members: an e-mail to the office with the fields a board entry needs', () => {
    const m = mailtos(part(page('/tablica/', 'members'), 'post-notice'));
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ to: OFFICE, subject: '[Tablica ogłoszeń] Ogłoszenie na tablicę: ' });
    for (const field of ['Rodzaj (pytanie / oferta / poszukiwanie): ', 'Ważne do (RRRR-MM-DD): ', 'Osoba do kontaktu', 'Treść:']) {
      expect(m[0]!.body).toContain(field);
    }
  });

  it('public: the board says how gminy post', () => {
    const box = part(page('/tablica/'), 'post-notice');
    expect(text(box)).toContain('Pracownicy gmin wysyłają je e-mailem do biura (Biuro Testowe Metropolii)');
    expect(mailtos(box)[0]!.to).toBe(OFFICE);
  });
});

describe('Kogo zapytać', () => {
  it('on a document names the forum’s coordinator from the directory', () => {
    const box = part(page('/baza-wiedzy/wzor-klauzuli-waloryzacyjnej/'), 'whom-to-ask');
    expect(text(box)).toMatch(/Ola Testowa\s*,\s*koordynatorka forów \(koordynator forum „Forum Prawa Zamówień Publicznych”\)/);
    expect(box).toContain('href="/kontakty/ola-testowa/"');
    expect(mailtos(box)[0]!.to).toBe(COORDINATOR);
  });
});

describe('Obserwuj', () => {
  const box = (path: string, audience: Audience = 'public') => part(page(path, audience), 'follow-topic');
  it('on a forum page links its RSS, its calendar (webcal and https) and the digest sign-up', () => {
    const html = box('/fora/mobilnosc/');
    expect(html).toContain('href="/rss/forum/mobilnosc.xml"');
    expect(html).toContain('href="webcal://localhost:4321/kalendarz/mobilnosc.ics"');
    expect(html).toContain('href="http://localhost:4321/kalendarz/mobilnosc.ics"');
    const digest = mailtos(html)[0]!;
    expect(digest).toMatchObject({ to: OFFICE, subject: '[Mobilność] Zapis na przegląd miesiąca: Forum Zrównoważonego Transportu' });
    expect(existsSync(join(dirs.public, 'rss/forum/mobilnosc.xml'))).toBe(true);
    expect(html).toContain('href="/zmiany-prawa/forum/mobilnosc/"');
    expect(box('/fora/zamowienia-publiczne/')).toContain('href="/zmiany-prawa/"');
  });

  it('on a tag page links a tag calendar feed that exists and holds the tag’s events and legal changes', () => {
    const html = box('/tagi/transport-zbiorowy/');
    expect(html).toContain('href="http://localhost:4321/kalendarz/tag/transport-zbiorowy.ics"');
    expect(html).toContain('href="/rss/tag/transport-zbiorowy.xml"');
    const cal = parseIcs(readFileSync(join(dirs.public, 'kalendarz/tag/transport-zbiorowy.ics'), 'utf8'));
    expect(cal.events.map((e) => e.summary).sort()).toEqual(['Webinar o wspólnej taryfie', 'Wejście w życie: Nowe przepisy o transporcie zbiorowym']);
    const members = readFileSync(join(dirs.members, 'kalendarz/tag/transport-zbiorowy.ics'), 'utf8');
    expect(members).toContain('KANARKOWE-ZMIANA');
  });
});

describe('legal changes', () => {
  it('/zmiany-prawa/ lists them with the day they enter into force, filtered by forum, public ones only', () => {
    const list = text(page('/zmiany-prawa/'));
    expect(list).toContain('Nowe przepisy o transporcie zbiorowym');
    expect(list).toContain('wchodzi w życie 1 stycznia 2027');
    expect(list).not.toContain('KANARKOWE');
    expect(text(page('/zmiany-prawa/forum/mobilnosc/'))).toContain('Nowe przepisy o transporcie zbiorowym');
    expect(text(page('/zmiany-prawa/', 'members'))).toContain('KANARKOWE-ZMIANA');
    expect(text(page('/aktualnosci/nowe-przepisy-o-transporcie/'))).toContain('Wchodzi w życie 1 stycznia 2027');
  });

  it('have an RSS feed that says when each enters into force', () => {
    const doc = new XMLParser({ isArray: (n) => n === 'item' }).parse(readFileSync(join(dirs.public, 'rss/zmiany-prawa.xml'), 'utf8'));
    const items = doc.rss.channel.item as { title: string; description: string; link: string }[];
    expect(items.map((i) => i.title)).toEqual(['Nowe przepisy o transporcie zbiorowym']);
    expect(items[0]!.description).toMatch(/^Wchodzi w życie: 1 stycznia 2027\./);
    expect(items[0]!.link).toBe('http://localhost:4321/aktualnosci/nowe-przepisy-o-transporcie/');
  });

  it('appear in the calendar feeds as all-day "wejście w życie" items, member ones only for members', () => {
    for (const feed of ['wszystkie.ics', 'mobilnosc.ics', 'typ/termin.ics']) {
      const cal = parseIcs(readFileSync(join(dirs.public, 'kalendarz', feed), 'utf8'));
      const item = cal.events.filter((e) => e.uid === 'zmiana-prawa-nowe-przepisy-o-transporcie@metropoliakrakowska.pl');
      expect(item, feed).toHaveLength(1);
      expect(item[0]).toMatchObject({ allDay: true, start: '2027-01-01', summary: 'Wejście w życie: Nowe przepisy o transporcie zbiorowym' });
    }
    expect(readFileSync(join(dirs.members, 'kalendarz/wszystkie.ics'), 'utf8')).toContain('Wejście w życie: Zmiana prawa KANARKOWE-ZMIANA');
    const json = JSON.parse(readFileSync(join(dirs.public, 'kalendarz/wydarzenia.json'), 'utf8')) as { id: string; url: string }[];
    expect(json.find((i) => i.id === 'zmiana-prawa-nowe-przepisy-o-transporcie')).toMatchObject({ url: '/aktualnosci/nowe-przepisy-o-transporcie/' });
  });
});

describe('trainings', () => {
  it('/szkolenia/ lists upcoming trainings first, then the archive with recordings and opinions with gmina', () => {
    const html = page('/szkolenia/');
    const t = text(html);
    expect(t.indexOf('Webinar o wspólnej taryfie')).toBeGreaterThan(-1);
    expect(t.indexOf('Webinar o wspólnej taryfie')).toBeLessThan(t.indexOf('Archiwum szkoleń'));
    expect(t.indexOf('Szkolenie z planowania tras rowerowych')).toBeGreaterThan(t.indexOf('Archiwum szkoleń'));
    expect(html).toContain('href="https://www.youtube.com/watch?v=nagranie-test"');
    expect(t).toContain('Bardzo praktyczne — żółć gęślą.');
    expect(t).toContain('— inspektor ds. dróg, Gmina Skawina');
  });

  it('each forum page shows its next training', () => {
    const next = text(part(page('/fora/mobilnosc/'), 'next-training'));
    expect(next).toContain('Webinar o wspólnej taryfie');
    expect(next).toContain('12 stycznia 2027');
    expect(text(part(page('/fora/zamowienia-publiczne/'), 'next-training'))).toContain('Forum nie ma teraz zaplanowanego szkolenia.');
  });
});
