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
    await page.waitForFunction(() => document.querySelector('[data-quick-status]')?.textContent?.includes('wyników'));
    await quickDone(page);
    const status = await page.locator('[data-quick-status]').textContent();
    expect(status).toMatch(/^\d+ wyników/);
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
    const before = await page.locator('[data-search-results] > li').count();
    const legends = await page.locator('[data-search-filters] legend').allTextContents();
    expect(legends).toEqual(expect.arrayContaining(['Rodzaj', 'Forum', 'Rok']));
    const option = page.locator('[data-search-filters] label', { hasText: 'Wydarzenie' });
    const count = Number((await option.locator('.count').textContent())?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(before);
    await option.locator('input').check();
    await page.waitForURL('**/szukaj/?q=PZP&typ=Wydarzenie');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length === n, count);
    const shared = page.url();
    await page.context().close();

    const again = await open(new URL(shared).pathname + new URL(shared).search);
    await again.page.waitForFunction(() => document.body.dataset['searchDone'] === 'PZP');
    expect(await again.page.locator('[data-search-results] > li').count()).toBe(count);
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
});
