// WCAG 2.2 AA (2.1 rules and 2.2's target size) in real Chromium: axe-core on every page type of the public sample site, at
// desktop and phone widths, with zero violations (causes are fixed, no rule is disabled).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstEntryHref, launch, watchErrors } from '../../scripts/lib/browser.ts';
import { axeSweep } from '../helpers/axe.ts';

const base = inject('baseUrl');
const members = inject('membersUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** The first entry of a list, so every entry type is checked on real content. */
const firstEntry = (list: string) => firstEntryHref(browser, base + list);

const LISTS = ['/dobre-praktyki/', '/baza-wiedzy/', '/faq/', '/aktualnosci/', '/tablica/', '/kalendarz/', '/kontakty/'];

describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
  for (const width of [1280, 375]) {
    it(`has no violations on any page type at ${width}px`, async () => {
      const paths = ['/', '/fora/', '/fora/zamowienia-publiczne/', '/gminy/', '/gminy/skawina/', '/tagi/', '/tagi/pzp/',
        '/kalendarz/forum/mobilnosc/', '/deklaracja-dostepnosci/', '/nie-ma-takiej-strony/', '/szukaj/?q=zam%C3%B3wienia', '/aktualnosci/przeglad/', '/aktualnosci/przeglad/2026-11/', '/nabory/', '/projekty/', ...LISTS,
        '/szkolenia/', '/zmiany-prawa/', '/zmiany-prawa/forum/srodowisko-i-przestrzen/', '/fora/mobilnosc/', '/tagi/wymiana-piecow/', '/baza-wiedzy/wzor-klauzuli-waloryzacyjnej/', '/kontakty/krzysztof-bak/'];
      for (const list of LISTS) paths.push(await firstEntry(list));
      // The search page renders its results after Pagefind loads: check it with them.
      const prepare = async (page: Page, url: string) => {
        if (url.includes('/szukaj/')) await page.locator('[data-search-results] a').first().waitFor();
      };
      const report = await axeSweep(browser, paths.map((p) => base + p), { width, prepare, notFound: [`${base}/nie-ma-takiej-strony/`] });
      expect(report).toEqual([]);
    }, 300_000); // many pages, each analysed in full
  }
});

describe('accessibility of the members site (axe)', () => {
  for (const width of [1280, 375]) {
    it(`has no violations on the members-only page types at ${width}px`, async () => {
      const paths = ['/', '/kontakty/', '/kontakty/kto-czym-sie-zajmuje/', '/kontakty/do-weryfikacji/', '/baza-wiedzy/przeglad-orzecznictwa-kio-2026/', '/kalendarz/', '/tablica/', '/szkolenia/', '/fora/edukacja/', '/dobre-praktyki/szczecin-klauzule-waloryzacyjne/'];
      const report = await axeSweep(browser, paths.map((p) => members + p), { width });
      expect(report).toEqual([]);
    }, 300_000); // many pages, each analysed in full
  }
});

describe('text resized to 200 %', () => {
  it('stays readable without sideways scrolling', async () => {
    const overflow: string[] = [];
    for (const path of ['/', '/fora/zamowienia-publiczne/', '/kontakty/', '/deklaracja-dostepnosci/', await firstEntry('/baza-wiedzy/')]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(base + path);
      // What browser text zoom does: the root font size doubles, layouts in rem follow.
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
      const extra = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (extra > 0) overflow.push(`${path}: ${extra}px`);
      await page.close();
    }
    expect(overflow).toEqual([]);
  });
});

describe('accessibility statement', () => {
  it('has the structure of the Polish template, linked from every page footer', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${base}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Deklaracja dostępności' }).click();
    await page.waitForURL('**/deklaracja-dostepnosci/');
    for (const id of ['a11y-podmiot', 'a11y-url', 'a11y-data-publikacja', 'a11y-data-aktualizacja', 'a11y-status', 'a11y-ocena',
      'a11y-kontakt', 'a11y-osoba', 'a11y-email', 'a11y-telefon', 'a11y-procedura', 'a11y-architektura', 'a11y-aplikacje']) {
      expect(await page.locator(`#${id}`).count(), id).toBe(1);
    }
    for (const id of ['a11y-data-publikacja', 'a11y-data-aktualizacja']) {
      expect(await page.locator(`#${id}`).textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Deklaracja dostępności');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('third-party requests', () => {
  it('no page asks any other origin for anything', async () => {
    const paths = ['/', '/fora/zamowienia-publiczne/', '/kalendarz/', '/kontakty/', '/deklaracja-dostepnosci/', await firstEntry('/baza-wiedzy/')];
    const foreign: string[] = [];
    for (const path of paths) {
      const page = await browser.newPage();
      page.on('request', (r) => {
        if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(`${path}: ${r.url()}`);
      });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      await page.close();
    }
    expect(foreign).toEqual([]);
  });
});
