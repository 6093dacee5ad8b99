// Institutional memory in the real fixture builds: call deadlines in the calendar feeds and
// the FullCalendar data (parsed with ical.js), the calls RSS, projects with their timeline and
// border list, the editors' page only in the members build, entry history and related entries.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../../scripts/lib/build-site.ts';
import { parseIcs } from '../helpers/ical.ts';

const build = inject('fixtureBuild');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('funding calls', () => {
  it('put every visible call’s closing day in the feeds as an all-day deadline, once', () => {
    for (const feed of ['wszystkie.ics', 'typ/termin.ics', 'mobilnosc.ics']) {
      const cal = parseIcs(readFileSync(join(build.public, 'kalendarz', feed), 'utf8'));
      const deadlines = cal.events.filter((e) => e.uid === 'nabor-nabor-retencja@metropoliakrakowska.pl');
      expect(deadlines, feed).toHaveLength(1);
      expect(deadlines[0]).toMatchObject({ allDay: true, start: '2026-12-18', summary: 'Termin naboru: FEM 2.4: mała retencja' });
    }
    const all = parseIcs(readFileSync(join(build.public, 'kalendarz/wszystkie.ics'), 'utf8'));
    expect(all.events.some((e) => e.uid === 'nabor-nabor-zamkniety@metropoliakrakowska.pl')).toBe(true);
    // A deadline has no event page or file of its own: it links to the call.
    expect(existsSync(join(build.public, 'kalendarz/nabor-nabor-retencja'))).toBe(false);
  });

  it('appear in the interactive calendar data, linking to the call page', () => {
    const items = JSON.parse(readFileSync(join(build.public, 'kalendarz/wydarzenia.json'), 'utf8')) as { id: string; url: string; start: string; allDay: boolean }[];
    expect(items.find((i) => i.id === 'nabor-nabor-retencja')).toMatchObject({ url: '/nabory/nabor-retencja/', start: '2026-12-18', allDay: true });
  });

  it('list open calls before closed ones, with the status derived from the build date', () => {
    const list = text(readPage(build.public, '/nabory/'));
    expect(list.indexOf('FEM 2.4: mała retencja')).toBeLessThan(list.indexOf('Program ministra: domy kultury'));
    expect(text(readPage(build.public, '/nabory/nabor-retencja/'))).toContain('Otwarty — zostało dni: 22');
    expect(text(readPage(build.public, '/nabory/nabor-zamkniety/'))).toContain('Zamknięty');
  });

  it('have an RSS feed linked from the list', () => {
    const rss = readFileSync(join(build.public, 'rss/nabory.xml'), 'utf8');
    expect(rss).toContain('<title>FEM 2.4: mała retencja</title>');
    expect(rss).toContain('/nabory/nabor-retencja/');
    expect(readPage(build.public, '/nabory/')).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/rss\/nabory.xml"/);
  });
});

describe('projects', () => {
  it('show milestones as an ordered timeline with dates and the state in words', () => {
    const html = readPage(build.public, '/projekty/trasa-rowerowa/');
    const timeline = html.slice(html.indexOf('<ol class="timeline"'), html.indexOf('</ol>', html.indexOf('<ol class="timeline"')));
    expect([...timeline.matchAll(/<time datetime="([\d-]+)"/g)].map((m) => m[1])).toEqual(['2025-06-30', '2026-10-31', '2027-09-30']);
    expect(text(timeline)).toMatch(/Odbiór końcowy ○ planowane/);
    expect(text(html)).toContain('Zrealizowano 2 z 3 etapów');
  });

  it('are listed on their gminy’s pages and, when on a border, among border investments', () => {
    expect(text(readPage(build.public, '/gminy/skawina/'))).toContain('Trasa rowerowa na wałach Wisły');
    expect(text(readPage(build.public, '/projekty/na-styku-gmin/'))).toContain('Trasa rowerowa na wałach Wisły');
  });
});

describe('editors’ view and entry history', () => {
  it('exists only in the members build', () => {
    expect(existsSync(join(build.public, 'redakcja'))).toBe(false);
    expect(text(readPage(build.members, '/redakcja/'))).toContain('Wpisy niezmieniane od 12 miesięcy');
  });

  it('every entry page says when it was last updated and offers related entries', () => {
    const page = text(readPage(build.public, '/nabory/nabor-retencja/'));
    expect(page).toMatch(/Ostatnia aktualizacja: \d{1,2} \S+ 20\d\d/);
    expect(page).toContain('Powiązane wpisy');
  });
});
