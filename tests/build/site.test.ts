// Builds the fixture content folder with the real Astro build, once per audience, and checks
// the pages a person would open.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../../scripts/lib/build-site.ts';

const pub = { outDir: inject('fixtureBuild').public };
const members = { outDir: inject('fixtureBuild').members };

const page = (path: string, build = pub) => readPage(build.outDir, path);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the built site', () => {
  it('is in Polish with the skip link first and one <main>', () => {
    const home = page('/');
    expect(home).toMatch(/<html lang="pl"/);
    expect(home).toMatch(/<body[^>]*>\s*<a class="skip-link" href="#tresc">Przejdź do treści<\/a>/);
    expect(home.match(/<main/g)).toHaveLength(1);
    expect(home).toMatch(/<nav aria-label="Główna nawigacja"/);
  });

  it('puts current urgent news on the home page, but not expired ones', () => {
    const home = text(page('/'));
    expect(home).toContain('Pilne – termin sprawozdań z zamówień');
    expect(home).not.toContain('Wygasła pilna informacja');
    // Expired items stay in the archive, without their urgency.
    const archive = page('/aktualnosci/');
    expect(text(archive)).toContain('Wygasła pilna informacja');
    expect(archive).toMatch(/Nieaktualne<\/span>[^]*?Wygasła pilna informacja/);
    expect(home).toContain('Posiedzenie Forum Prawa Zamówień Publicznych');
  });

  it('gives each entry the URL of its file name, with attachments that download', () => {
    const practice = page('/dobre-praktyki/wspolne-zakupy-energii/');
    expect(practice).toContain('Wspólne zakupy energii elektrycznej');
    expect(practice).toMatch(/href="\/uploads\/wzor-klauzuli\.pdf" download/);
    expect(text(practice)).toMatch(/\(PDF, \d+ B\)/);
    expect(existsSync(join(pub.outDir, 'uploads/wzor-klauzuli.pdf'))).toBe(true);
    expect(text(practice)).toContain('Gmina Skawina');
  });

  it('gathers everything of a forum on its page', () => {
    const forum = text(page('/fora/zamowienia-publiczne/'));
    for (const expected of [
      'Forum Prawa Zamówień Publicznych',
      'Ola Testowa',
      'Otwórz pokój forum',
      'co miesiąc',
      'Posiedzenie Forum Prawa Zamówień Publicznych',
      'Wzór klauzuli waloryzacyjnej',
      'Wspólne zakupy energii elektrycznej',
      'Czy można waloryzować umowę zawartą na 10 miesięcy?',
      'Pilne – termin sprawozdań z zamówień',
      'Jan Próbny',
    ]) {
      expect(forum).toContain(expected);
    }
    expect(page('/fora/zamowienia-publiczne/')).toContain('href="https://teams.microsoft.com/l/channel/test-pzp"');
    expect(text(page('/fora/mobilnosc/'))).toContain('Forum nie ma jeszcze pokoju w komunikatorze');
  });

  it('filters lists by forum on static pages', () => {
    const all = text(page('/kalendarz/'));
    const mobility = text(page('/kalendarz/forum/mobilnosc/'));
    expect(all).toContain('Posiedzenie Forum Prawa Zamówień Publicznych');
    expect(mobility).toContain('Termin konsultacji SUMP');
    expect(mobility).not.toContain('Posiedzenie Forum Prawa Zamówień Publicznych');
    expect(page('/kalendarz/')).toContain('href="/kalendarz/forum/mobilnosc/"');
    expect(page('/baza-wiedzy/forum/zamowienia-publiczne/')).toContain('Wzór klauzuli waloryzacyjnej');
  });

  it('shows event times in Warsaw wall-clock, cancellations and the meeting materials', () => {
    const meeting = text(page('/kalendarz/posiedzenie-pzp-grudzien/'));
    expect(meeting).toContain('wtorek, 8 grudnia 2026, 10:00–12:30');
    expect(meeting).toContain('Wzór klauzuli waloryzacyjnej');
    expect(page('/kalendarz/posiedzenie-pzp-grudzien/')).toContain('datetime="2026-12-08T10:00+01:00"');
    expect(text(page('/kalendarz/spotkanie-odwolane/'))).toContain('ODWOŁANE: Spotkanie robocze transportu');
    expect(text(page('/kalendarz/'))).toContain('1–21 grudnia 2026');
  });

  it('has a notice board of announcements, tag pages with ASCII slugs, gminy and a 404 page', () => {
    // The list itself (the urgent banner above it shows urgent news on every page).
    const board = text(/<main[^]*<\/main>/.exec(page('/tablica/'))?.[0] ?? '');
    expect(board).toContain('Oddamy licznik ruchu rowerowego');
    expect(board).not.toContain('Pilne – termin sprawozdań');
    expect(text(page('/tagi/wspolne-zamowienia/'))).toContain('Wspólne zakupy energii elektrycznej');
    expect(text(page('/tagi/'))).toContain('#wspólne zamówienia');
    expect(text(page('/gminy/skawina/'))).toContain('Jan Próbny');
    expect(text(page('/gminy/'))).toContain('Gmina Skawina');
    expect(readFileSync(join(pub.outDir, '404.html'), 'utf8')).toContain('Nie znaleziono strony');
  });

  it('marks member-only entries in the members build', () => {
    const doc = page('/baza-wiedzy/kanarkowa-notatka/', members);
    expect(text(doc)).toContain('Tylko dla członków');
    expect(existsSync(join(members.outDir, 'uploads-members/kanarkowa-notatka.pdf'))).toBe(true);
    expect(text(page('/kontakty/', members))).toContain('Ewa Ukryta');
  });

  it('tells the public that members have more, linking to the same page on the members site', () => {
    const forum = page('/fora/zamowienia-publiczne/');
    expect(text(forum)).toContain('Więcej materiałów dla członków');
    expect(forum).toContain('href="http://localhost:4322/fora/zamowienia-publiczne/"');
    expect(text(page('/fora/zamowienia-publiczne/', members))).not.toContain('Więcej materiałów dla członków');
  });
});
