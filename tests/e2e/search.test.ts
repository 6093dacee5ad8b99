// Searching on the sample site in Chromium: the quick search by keyboard, the /szukaj/ page with
// results, filters and a shareable URL — with the site's CSP in force (no console errors).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, watchErrors } from '../../scripts/lib/browser.ts';
import { searchPage } from '../../scripts/lib/search-relevance.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const open = async (path: string, o: { javaScriptEnabled?: boolean } = {}): Promise<{ page: Page; errors: string[] }> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...o });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(base + path);
  return { page, errors };
};
/** "1 wynik", "2 wyniki", "5 wyników", "12 wyników", "22 wyniki": the Polish rule written out here, independently of the site. */
const polishResults = (n: number) =>
  `${n} ${n === 1 ? 'wynik' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'wyniki' : 'wyników'}`;
const statusCount = async (page: Page) => Number(((await page.locator('[data-search-status]').textContent()) ?? '').match(/^\d+/)?.[0] ?? NaN);
const quickDone = (page: Page) =>
  page.waitForFunction(() => Boolean(document.body.dataset['quickSearchDone']) && !document.querySelector('#szukaj-podpowiedzi')?.hasAttribute('hidden'));

describe('quick search in the header', () => {
  it('is a labelled search landmark on every page type', async () => {
    for (const path of ['/', '/faq/', '/kalendarz/webinar-pzp-sprawozdanie-roczne-2026/', '/szukaj/']) {
      const { page } = await open(path);
      expect(await page.getByRole('search', { name: 'Wyszukiwarka' }).count(), path).toBeGreaterThan(0);
      expect(await page.getByRole('combobox', { name: 'Szukaj w serwisie' }).count(), path).toBe(1);
      await page.context().close();
    }
  });

  it('is focused by "/", shows results after 2 characters, and opens one by keyboard only', async () => {
    const { page, errors } = await open('/faq/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('szukaj-szybko');
    await page.keyboard.type('z');
    // The script marks each keystroke it has handled; one letter must leave the list closed.
    await page.waitForFunction(() => document.body.dataset['quickSearchDone'] === '1');
    expect(await page.locator('#szukaj-podpowiedzi').isHidden()).toBe(true);
    await page.keyboard.type('rodla finansowania');
    await page.waitForFunction(() => /\d+ wynik/.test(document.querySelector('[data-quick-status]')?.textContent ?? ''));
    await quickDone(page);
    const status = (await page.locator('[data-quick-status]').textContent()) ?? '';
    expect(status).toMatch(/^\d+ wynik/);
    expect(status.replace(/ —.*/, '')).toBe(polishResults(Number(status.match(/\d+/)?.[0])));
    expect(await page.getByRole('combobox').getAttribute('aria-expanded')).toBe('true');
    const first = await page.locator('#szukaj-podpowiedzi [role="option"] a').first().getAttribute('href');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('combobox').getAttribute('aria-activedescendant')).toBe('szukaj-wynik-0');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${first}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('closes with Escape and goes to /szukaj/?q=… with Enter', async () => {
    const { page, errors } = await open('/');
    const box = page.getByRole('combobox', { name: 'Szukaj w serwisie' });
    await box.focus();
    await page.keyboard.type('PZP');
    await quickDone(page);
    await page.keyboard.press('Escape');
    expect(await page.locator('#szukaj-podpowiedzi').isHidden()).toBe(true);
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/szukaj/?q=PZP');
    await page.waitForFunction(() => document.body.dataset['searchDone'] === 'PZP');
    expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('does not take "/" away from someone typing in a field', async () => {
    const { page } = await open('/szukaj/');
    await page.locator('#szukaj-q').focus();
    await page.keyboard.type('a/b');
    expect(await page.locator('#szukaj-q').inputValue()).toBe('a/b');
    await page.context().close();
  });
});

describe('the search page', () => {
  it('reads ?q= and lists results in rank order with title, type, forum, date and a highlighted excerpt', async () => {
    const page = await (await browser.newContext()).newPage();
    const errors = watchErrors(page);
    const { urls, total } = await searchPage(page, base, 'zamówieniach');
    expect(total).toBeGreaterThan(0);
    expect(urls.length).toBeGreaterThan(0);
    expect(await page.locator('#szukaj-q').inputValue()).toBe('zamówieniach');
    const first = page.locator('[data-search-results] > li').first();
    expect(await first.locator('a').textContent()).toBeTruthy();
    const meta = (await first.locator('.card-meta').textContent()) ?? '';
    expect(meta).toMatch(/Wydarzenie|Dokument|Pytanie i odpowiedź|Aktualność|Dobra praktyka/);
    expect(meta).toMatch(/Forum /);
    expect(meta).toMatch(/\d{4}/);
    expect(await first.locator('.result-excerpt mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.goto(base + urls[0]!);
    expect(await page.locator('main h1').count()).toBe(1);
    await page.context().close();
  });

  it('shows filter counts, narrows the results and keeps the filter in a shareable URL', async () => {
    const { page, errors } = await open('/szukaj/?q=PZP');
    await page.waitForFunction(() => document.body.dataset['searchDone'] === 'PZP');
    const before = await statusCount(page);
    const legends = await page.locator('[data-search-filters] legend').allTextContents();
    expect(legends).toEqual(expect.arrayContaining(['Rodzaj', 'Forum', 'Rok']));
    const option = page.locator('[data-search-filters] label', { hasText: 'Wydarzenie' });
    const count = Number((await option.locator('.count').textContent())?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(before);
    await option.locator('input').check();
    await page.waitForURL('**/szukaj/?q=PZP&typ=Wydarzenie');
    await page.waitForFunction((n) => document.querySelector('[data-search-status]')?.textContent?.startsWith(`${n} wynik`), count);
    const shared = page.url();
    await page.context().close();

    const again = await open(new URL(shared).pathname + new URL(shared).search);
    await again.page.waitForFunction(() => document.body.dataset['searchDone'] === 'PZP');
    expect(await statusCount(again.page)).toBe(count);
    expect(await again.page.locator('[data-search-filters] input[value="Wydarzenie"]').isChecked()).toBe(true);
    expect([...errors, ...again.errors]).toEqual([]);
    await again.page.context().close();
  });

  it('says so when nothing is found, instead of listing junk for a typo', async () => {
    const { page } = await open('/');
    const { total } = await searchPage(page, base, 'zamuwienia');
    expect(total).toBe(0);
    expect(await page.locator('[data-search-status]').textContent()).toContain('Nic nie znaleziono dla „zamuwienia”');
    await page.context().close();
  });

  it('tells people without JavaScript how else to find things', async () => {
    const { page } = await open('/szukaj/?q=PZP', { javaScriptEnabled: false });
    expect(await page.locator('main').textContent()).toContain('Wyniki wyszukiwania wymagają JavaScriptu');
    await page.context().close();
  });

  it('counts results with the Polish plural form', async () => {
    const { page } = await open('/');
    for (const q of ['PZP', 'klauzula waloryzacyjna', 'deszczówka', 'Zabierzów']) {
      await searchPage(page, base, q);
      const status = (await page.locator('[data-search-status]').textContent()) ?? '';
      expect(status, q).toBe(polishResults(await statusCount(page)));
    }
    await page.context().close();
  });

  it('offers "Czy chodziło Ci o…" for a typo, and the link runs the corrected search', async () => {
    const { page, errors } = await open('/szukaj/?q=zamuwienia');
    await page.waitForFunction(() => document.body.dataset['searchDone'] === 'zamuwienia');
    const suggestion = page.locator('[data-search-suggestion]');
    expect(await suggestion.isVisible()).toBe(true);
    expect(await suggestion.textContent()).toContain('Czy chodziło Ci o:');
    const link = suggestion.locator('a');
    expect(await link.textContent()).toBe('zamówienia');
    await link.click();
    await page.waitForURL(/\/szukaj\/\?q=zam%C3%B3wienia$/);
    await page.waitForFunction(() => document.body.dataset['searchDone'] === 'zamówienia');
    expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
    expect(await suggestion.isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows excerpts from the entry text only: no labels, dates or codes glued to words', async () => {
    const { page } = await open('/');
    const glued: string[] = [];
    for (const q of ['PZP', 'prawo zamowien publicznych', 'energia', 'forum', 'termin', 'kotły', 'seniorzy']) {
      await searchPage(page, base, q);
      for (const text of await page.locator('.result-excerpt').allTextContents()) {
        // "odpowiedźForum", "Data20", "energiaPZP2026", the hidden keys' mark
        if (/\p{Ll}{2}\p{Lu}\p{Ll}|\b(Data|Termin|Miejsce|Forum|Gmina|Rodzaj)\d|\p{Lu}{2,}\d{4}|⁂/u.test(text)) glued.push(`${q}: ${text}`);
      }
    }
    expect(glued).toEqual([]);
    await page.context().close();
  });

  it('collapses a series of meetings into one result with "i N podobnych"', async () => {
    const { page } = await open('/');
    const { urls } = await searchPage(page, base, 'posiedzenie forum zamówień publicznych');
    const series = urls.filter((u) => u.startsWith('/kalendarz/forum-zamowien-publicznych-') && !u.includes('kwiecien'));
    expect(series.length).toBe(1);
    const summary = page.locator('[data-search-results] > li .result-similar summary').first();
    expect(await summary.textContent()).toMatch(/^i \d+ podobn/);
    await page.context().close();
  });

  it('puts PZP knowledge first for "PZP" and "prawo zamowien publicznych"', async () => {
    const { page } = await open('/');
    for (const q of ['PZP', 'prawo zamowien publicznych']) {
      const { urls } = await searchPage(page, base, q);
      expect(urls[0], q).toMatch(/^\/(baza-wiedzy|faq|dobre-praktyki)\//);
    }
    await page.context().close();
  });
});

describe('the search page on a phone', () => {
  for (const width of [320, 375, 414]) {
    it(`shows the first result on the first screen and does not scroll sideways at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 667 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await page.goto(`${base}/szukaj/?q=${encodeURIComponent('zamówienia publiczne')}`);
      await page.waitForFunction(() => document.body.dataset['searchDone'] === 'zamówienia publiczne');
      const first = await page.locator('[data-search-results] > li').first().boundingBox();
      expect(first).not.toBeNull();
      expect(first!.y).toBeLessThan(667);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // Filters wait behind a closed "Filtry" disclosure, below the results.
      const panel = page.locator('[data-search-filters]');
      expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await panel.locator('summary').textContent()).toMatch(/^Filtry/);
      await panel.locator('summary').click();
      expect(await panel.locator('legend').first().isVisible()).toBe(true);
      await context.close();
    });
  }

  it('keeps the filters open beside the results on a wide screen', async () => {
    const { page } = await open('/szukaj/?q=PZP');
    await page.waitForFunction(() => document.body.dataset['searchDone'] === 'PZP');
    expect(await page.locator('[data-search-filters] legend').first().isVisible()).toBe(true);
    expect(await page.locator('[data-search-filters] summary').isVisible()).toBe(false);
    await page.context().close();
  });
});
