// News that reaches people, in the built fixture site: the urgent banner on every page, the
// notice board's contact and expiry, RSS feeds parsed by an independent parser
// (fast-xml-parser) and the monthly digest page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../../scripts/lib/build-site.ts';

const dirs = inject('fixtureBuild');
const page = (path: string, audience: 'public' | 'members' = 'public') => readPage(dirs[audience], path);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

interface RssItem {
  title: string;
  link: string;
  pubDate: string;
  description: string;
}
const feed = (path: string, audience: 'public' | 'members' = 'public') => {
  const xml = readFileSync(join(dirs[audience], path), 'utf8');
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' }).parse(xml);
  return { xml, rss: doc.rss, channel: doc.rss.channel, items: (doc.rss.channel.item ?? []) as RssItem[] };
};
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('urgent banner', () => {
  it('shows current urgent news on every page type, linking to each, but not expired ones', () => {
    for (const path of ['/', '/kalendarz/', '/dobre-praktyki/wspolne-zakupy-energii/', '/tablica/', '/kontakty/']) {
      const html = page(path);
      const banner = /<section class="urgent-banner"[^]*?<\/section>/.exec(html)?.[0] ?? '';
      expect(banner, path).toContain('aria-labelledby="pilne-naglowek"');
      expect(banner).toContain('href="/aktualnosci/pilne-termin-sprawozdan/"');
      expect(banner).toContain('Pilne – termin sprawozdań z zamówień');
      expect(banner).not.toContain('Wygasła pilna informacja');
      expect(banner).toMatch(/<button type="button" class="urgent-dismiss" hidden aria-label="Ukryj pilny komunikat: Pilne – termin sprawozdań z zamówień"/);
    }
  });

  it('shows member-only urgent news only in the members build', () => {
    expect(page('/')).not.toContain('KANARKOWE');
    expect(page('/', 'members')).toMatch(/urgent-banner[^]*Ogłoszenie KANARKOWE-OGLOSZENIE/);
  });
});

describe('notice board', () => {
  it('shows the author’s contact (name, gmina, e-mail), the kind of entry and the expiry', () => {
    const board = text(page('/tablica/'));
    expect(board).toContain('Kontakt: Jan Próbny , Gmina Skawina, j.probny@skawina.example');
    expect(board).toContain('Pytanie');
    expect(board).toMatch(/Mam problem z przetargiem[^]*Ważne do 15 stycznia 2027/);
    const entry = page('/aktualnosci/oddamy-licznik-ruchu/');
    expect(entry).toContain('href="mailto:j.probny@skawina.example"');
    expect(text(entry)).toContain('Jan Próbny, koordynator zespołu metropolitalnego, Gmina Skawina');
    expect(text(entry)).toContain('31 grudnia 2026');
  });
});

describe('RSS feeds', () => {
  it('are valid RSS 2.0 with Polish letters, absolute links and RFC 822 dates', () => {
    const { rss, channel, items, xml } = feed('rss/aktualnosci.xml');
    expect(rss['@_version']).toBe('2.0');
    expect(channel.title).toBe('Metropolia Krakowska — Aktualności');
    expect(channel.language).toBe('pl');
    expect(xml).toContain('Pilne – termin sprawozdań z zamówień');
    expect(items.map((i) => i.title)).toEqual(expect.arrayContaining(['Wygasła pilna informacja', 'Oddamy licznik ruchu rowerowego']));
    for (const i of items) {
      expect(i.pubDate).toMatch(RFC_822);
      expect(i.link).toMatch(/^http:\/\/localhost:4321\/aktualnosci\/[a-z0-9-]+\/$/);
    }
    // Newest first; a day is midnight in Warsaw.
    expect(items[0]!.title).toBe('Mam problem z przetargiem na dowozy — czy ktoś zna rozwiązanie?');
    expect(items[0]!.pubDate).toBe('Mon, 23 Nov 2026 23:00:00 GMT');
  });

  it('exist per forum, per tag and for the board', () => {
    expect(feed('rss/forum/zamowienia-publiczne.xml').items.map((i) => i.title).sort()).toEqual([
      'Mam problem z przetargiem na dowozy — czy ktoś zna rozwiązanie?',
      'Pilne – termin sprawozdań z zamówień',
    ]);
    expect(feed('rss/tag/trasy-rowerowe.xml').items.map((i) => i.title)).toEqual(['Oddamy licznik ruchu rowerowego']);
    expect(feed('rss/tablica.xml').items.map((i) => i.title).sort()).toEqual([
      'Mam problem z przetargiem na dowozy — czy ktoś zna rozwiązanie?',
      'Oddamy licznik ruchu rowerowego',
    ]);
  });

  it('carry member-only news in the members build only', () => {
    for (const path of ['rss/aktualnosci.xml', 'rss/tablica.xml', 'rss/forum/mobilnosc.xml']) {
      expect(feed(path).xml, path).not.toContain('KANARKOWE');
    }
    const members = feed('rss/tablica.xml', 'members');
    expect(members.items.map((i) => i.title)).toContain('Ogłoszenie KANARKOWE-OGLOSZENIE');
    expect(members.channel.title).toBe('Metropolia Krakowska — Tablica ogłoszeń (dla członków)');
  });

  it('are linked from the head of the pages of their topic', () => {
    const alt = (html: string) => [...html.matchAll(/<link rel="alternate" type="application\/rss\+xml" title="([^"]+)" href="([^"]+)"/g)].map((m) => m[2]);
    expect(alt(page('/'))).toEqual(['/rss/aktualnosci.xml']);
    expect(alt(page('/tablica/'))).toEqual(['/rss/tablica.xml', '/rss/aktualnosci.xml']);
    expect(alt(page('/aktualnosci/forum/mobilnosc/'))).toEqual(['/rss/forum/mobilnosc.xml', '/rss/aktualnosci.xml']);
    expect(alt(page('/fora/zamowienia-publiczne/'))).toEqual(['/rss/forum/zamowienia-publiczne.xml', '/rss/aktualnosci.xml']);
    expect(alt(page('/tagi/trasy-rowerowe/'))).toEqual(['/rss/tag/trasy-rowerowe.xml', '/rss/aktualnosci.xml']);
    for (const href of ['/rss/forum/mobilnosc.xml', '/rss/tag/trasy-rowerowe.xml']) expect(existsSync(join(dirs.public, href))).toBe(true);
  });
});

describe('monthly digest page', () => {
  it('lists the month’s news and next month’s events, for all and per forum', () => {
    const html = page('/aktualnosci/przeglad/2026-11/');
    const body = text(html);
    expect(body).toContain('Przegląd miesiąca: listopad 2026');
    expect(body).toContain('Pilne – termin sprawozdań z zamówień');
    expect(body).toContain('Wydarzenia: grudzień 2026');
    expect(body).toContain('Posiedzenie Forum Prawa Zamówień Publicznych');
    expect(html).toContain('id="forum-zamowienia-publiczne"');
    expect(body).not.toContain('KANARKOWE');
    expect(text(page('/aktualnosci/przeglad/2026-11/', 'members'))).toContain('Ogłoszenie KANARKOWE-OGLOSZENIE');
    expect(page('/aktualnosci/przeglad/')).toContain('href="/aktualnosci/przeglad/2026-11/"');
  });
});
