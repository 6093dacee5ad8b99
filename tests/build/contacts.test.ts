// The contacts directory in real builds of the fixture: the directory, matrix, report and
// exports of each audience, and that no member-only person reaches the public build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { parse as parseVcard } from 'vcard4';
import { describe, expect, inject, it } from 'vitest';
import { FIXTURE, ROOT, TEST_NOW, allFiles, readPage } from '../../scripts/lib/build-site.ts';

// The fixture's two builds from the global setup (which stops the run if either build fails).
const pub = { outDir: inject('fixtureBuild').public };
const members = { outDir: inject('fixtureBuild').members };

const page = (path: string, build = pub) => readPage(build.outDir, path);
const file = (path: string, build = pub) => readFileSync(join(build.outDir, path), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
type Card = { getProperty: (name: string) => { value: unknown; parameters: Record<string, unknown> }[] };
const cards = (vcf: string): Card[] => {
  const parsed = parseVcard(vcf) as unknown;
  return (Array.isArray(parsed) ? parsed : [parsed]) as Card[];
};
const fn = (vcf: string) => cards(vcf).map((c) => c.getProperty('FN')[0]?.value);

describe('the contacts directory', () => {
  it('lists everyone a member may see on one page, by surname, with outside institutions apart', () => {
    const html = page('/kontakty/', members);
    const names = [...html.matchAll(/data-name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['Jan Próbny', 'Ewa Ukryta', 'Ola Testowa', 'Łucja Źdźbło']);
    const groups = [...html.matchAll(/<h2 id="grupa-[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(groups).toEqual(['Pracownicy gmin', 'Biuro Stowarzyszenia Metropolia Krakowska', 'Instytucje zewnętrzne']);
    expect(html).toMatch(/<h2 id="grupa-instytucje-zewnetrzne">Instytucje zewnętrzne<\/h2>[^]*Łucja Źdźbło/);
  });

  it('shows each person’s ways of contact, coordinator roles, freshness and the RODO notice', () => {
    const html = page('/kontakty/', members);
    const jan = html.slice(html.indexOf('data-person="jan-probny"'), html.indexOf('data-person="ewa-ukryta"'));
    expect(jan).toContain('href="mailto:j.probny@skawina.example"');
    expect(text(jan)).toContain('Koordynuje gminę');
    expect(text(jan)).toContain('15 stycznia 2026 do weryfikacji');
    const ola = html.slice(html.indexOf('data-person="ola-testowa"'), html.indexOf('data-person="lucja-zdzblo"'));
    expect(ola).toContain('href="tel:+48120000001"');
    expect(text(ola)).toContain('Koordynuje Forum Prawa Zamówień Publicznych');
    expect(text(ola)).toContain('Preferowany kontakt Teams');
    expect(text(ola)).not.toContain('do weryfikacji');
    expect(ola).toContain('href="/kontakty/ola-testowa.vcf"');
    expect(text(html)).toContain('Katalog zawiera wyłącznie służbowe dane kontaktowe');
  });

  it('works without JavaScript: the filter form waits hidden, forum lists are static pages', () => {
    const html = page('/kontakty/', members);
    expect(html).toMatch(/<form class="contact-filters" data-filters hidden/);
    expect(html).toMatch(/<label for="kontakty-q">/);
    expect(html).toMatch(/role="status"/);
    const mobility = page('/kontakty/forum/mobilnosc/', members);
    expect([...mobility.matchAll(/data-name="([^"]+)"/g)].map((m) => m[1])).toEqual(['Ola Testowa', 'Łucja Źdźbło']);
    expect(mobility).toContain('href="/kontakty/fora/mobilnosc.csv"');
  });

  it('keeps the public directory to public people, with a word about the members’ version', () => {
    const html = page('/kontakty/');
    expect([...html.matchAll(/data-name="([^"]+)"/g)].map((m) => m[1])).toEqual(['Jan Próbny', 'Ola Testowa']);
    expect(text(html)).toContain('Więcej materiałów dla członków');
  });
});

describe('the matrix "Kto się czym zajmuje"', () => {
  it('is a table with headers that shows who handles each forum and the gaps', () => {
    const html = page('/kontakty/kto-czym-sie-zajmuje/', members);
    expect(html).toMatch(/<table class="matrix"/);
    expect(html).toMatch(/<th scope="col"[^>]*><a href="\/fora\/mobilnosc\/"/);
    expect(html).toMatch(/<div class="matrix-scroll" role="region" aria-labelledby="matrix-caption" tabindex="0"/);
    const skawina = html.slice(html.indexOf('<a href="/gminy/skawina/"'), html.indexOf('</tr>', html.indexOf('<a href="/gminy/skawina/"')));
    // Skawina: nobody in the mobility forum, two people in procurement (the coordinator marked).
    expect(text(skawina)).toContain('brak osoby — zapytaj koordynatora gminy : Jan Próbny');
    expect(skawina).toContain('href="mailto:j.probny@skawina.example"');
    expect(text(skawina)).toMatch(/Jan Próbny ★ \(Koordynuje gminę\) Ewa Ukryta/);
    // Outside institutions get their own row: Łucja Źdźbło in mobility, nobody in procurement.
    expect(text(html)).toContain('Instytucje zewnętrzne Łucja Źdźbło brak');
  });

  it('in the public build points to the coordinator without claiming nobody exists', () => {
    const gaps = [...page('/kontakty/kto-czym-sie-zajmuje/').matchAll(/<td class="gap"[^>]*>([^]*?)<\/td>/g)].map((m) => text(m[1]!));
    expect(gaps).toEqual([expect.stringContaining('zapytaj koordynatora gminy')]);
    expect(gaps[0]).not.toContain('brak osoby');
    expect(text(page('/kontakty/kto-czym-sie-zajmuje/'))).not.toContain('brak osoby');
  });
});

describe('the freshness report', () => {
  it('lists stale contacts by gmina with whom to ask, in the members build only', () => {
    const html = text(page('/kontakty/do-weryfikacji/', members));
    expect(html).toContain('Do weryfikacji: 2');
    expect(html).toMatch(/Gmina Skawina Zapytaj koordynatora gminy: Jan Próbny/);
    expect(html).toMatch(/Instytucje zewnętrzne .*Łucja Źdźbło .* 2 marca 2026 Ola Testowa/);
    expect(existsSync(join(pub.outDir, 'kontakty/do-weryfikacji'))).toBe(false);
  });

  it('is printed by npm run report:contacts', () => {
    const run = spawnSync(process.execPath, ['scripts/report-contacts.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: FIXTURE, SITE_NOW: TEST_NOW },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Do weryfikacji: 2');
    expect(run.stdout).toContain('Gmina Skawina — zapytaj koordynatora gminy: Jan Próbny, j.probny@skawina.example');
    expect(run.stdout).toContain('  • Łucja Źdźbło, inspektorka ds. utrzymania dróg, objazdy i zajęcia pasa — zweryfikowano 2026-03-02 — zapytaj: Ola Testowa');
  });
});

describe('exports', () => {
  it('writes a vCard per person that ical.js and vcard4 both read, Polish letters intact', () => {
    const vcf = file('kontakty/lucja-zdzblo.vcf', members);
    expect(fn(vcf)).toEqual(['Łucja Źdźbło']);
    const card = cards(vcf)[0]!;
    expect(card.getProperty('TITLE')[0]?.value).toBe('inspektorka ds. utrzymania dróg, objazdy i zajęcia pasa');
    expect(card.getProperty('N')[0]?.value).toMatchObject({ familyNames: 'Źdźbło', givenNames: 'Łucja' });
    // A second, unrelated reader (Mozilla's ical.js) agrees.
    const component = new ICAL.Component(ICAL.parse(vcf) as unknown[]);
    expect(component.getFirstPropertyValue('fn')).toBe('Łucja Źdźbło');
    expect(component.getFirstPropertyValue('org')).toBe('Zarząd Dróg Wojewódzkich w Krakowie');
  });

  it('writes vCards per forum (with its coordinator) and per gmina', () => {
    expect(fn(file('kontakty/fora/mobilnosc.vcf', members))).toEqual(['Ola Testowa', 'Łucja Źdźbło']);
    expect(fn(file('kontakty/fora/zamowienia-publiczne.vcf', members))).toEqual(['Jan Próbny', 'Ola Testowa', 'Ewa Ukryta']);
    expect(fn(file('kontakty/gminy/skawina.vcf', members))).toEqual(['Jan Próbny', 'Ewa Ukryta']);
    expect(fn(file('kontakty/gminy/skawina.vcf'))).toEqual(['Jan Próbny']);
  });

  it('writes a CSV per forum for Excel and Outlook: BOM, semicolons, Polish letters', () => {
    const raw = readFileSync(join(members.outDir, 'kontakty/fora/mobilnosc.csv'));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(raw.toString('utf8'), { bom: true, delimiter: ';' }) as string[][];
    expect(rows[0]?.slice(0, 4)).toEqual(['First Name', 'Last Name', 'Job Title', 'Company']);
    expect(rows.slice(1).map((r) => `${r[0]} ${r[1]}`)).toEqual(['Ola Testowa', 'Łucja Źdźbło']);
    expect(rows[2]?.[3]).toBe('Zarząd Dróg Wojewódzkich w Krakowie');
  });

  it('links the downloads from the directory, the entry pages and the gmina page', () => {
    const html = page('/kontakty/', members);
    expect(html).toContain('href="/kontakty/fora/zamowienia-publiczne.vcf"');
    expect(html).toContain('href="/kontakty/fora/zamowienia-publiczne.csv"');
    expect(html).toContain('href="/kontakty/gminy/skawina.vcf"');
    expect(page('/kontakty/jan-probny/')).toContain('href="/kontakty/jan-probny.vcf"');
    expect(page('/gminy/skawina/')).toContain('href="/kontakty/gminy/skawina.vcf"');
  });

  it('never puts a member-only person into a public page, vCard or CSV', () => {
    const exports = allFiles(pub.outDir).filter((f) => /\.(vcf|csv)$/.test(f));
    expect(exports.length).toBeGreaterThanOrEqual(5);
    const kontakty = allFiles(join(pub.outDir, 'kontakty'));
    const leaks = kontakty.filter((f) => /KANARKOWY|Ewa Ukryta|Źdźbło/.test(readFileSync(f, 'utf8')));
    expect(leaks).toEqual([]);
    expect(existsSync(join(pub.outDir, 'kontakty/ewa-ukryta.vcf'))).toBe(false);
    // The same files in the members build do carry them: the check above can fail.
    expect(file('kontakty/fora/zamowienia-publiczne.csv', members)).toContain('KANARKOWY-KONTAKT');
    expect(file('kontakty/gminy/skawina.vcf', members)).toContain('Ewa Ukryta');
  });
});
