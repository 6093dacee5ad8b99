// A member looks for who handles something in a gmina, in real Chromium on the sample site.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, watchErrors } from '../../scripts/lib/browser.ts';
import { ROOT } from '../../scripts/lib/build-site.ts';

const members = inject('membersUrl');
/** Everyone in the sample directory: a member sees them all. */
const EVERYONE = readdirSync(join(ROOT, 'content/contacts')).filter((f) => f.endsWith('.md')).length;
const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const open = async (url: string, width = 1280): Promise<{ page: Page; errors: string[] }> => {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(url);
  return { page, errors };
};

/** Names on the visible cards. */
const shown = (page: Page) => page.locator('[data-person]:visible .card-title').allTextContents();
// The directory's own status line (the header's quick search has another).
const status = (page: Page) => page.getByRole('main').getByRole('status');

describe('contacts directory', () => {
  it('finds who handles a forum’s matters in a gmina in two choices', async () => {
    const { page, errors } = await open(`${members}/kontakty/`);
    await expect(status(page).textContent()).resolves.toBe(`Wyświetlane kontakty: ${EVERYONE} z ${EVERYONE}`);
    await page.getByRole('combobox', { name: 'Gmina lub instytucja' }).selectOption({ label: 'Skawina' });
    await page.getByRole('combobox', { name: 'Forum' }).selectOption({ label: 'Forum Prawa Zamówień Publicznych' });
    expect(await shown(page)).toEqual(['Anna Kowalczyk']);
    const card = page.locator('[data-person="anna-kowalczyk"]');
    expect(await card.getByRole('link', { name: 'a.kowalczyk@skawina.example' }).getAttribute('href')).toBe('mailto:a.kowalczyk@skawina.example');
    await expect.poll(() => status(page).textContent()).toBe(`Wyświetlane kontakty: 1 z ${EVERYONE}`);
    // The filtered view is an address that can be shared.
    expect(new URL(page.url()).search).toBe('?gmina=skawina&forum=zamowienia-publiczne');
    const shared = await open(page.url());
    expect(await shown(shared.page)).toEqual(['Anna Kowalczyk']);
    expect(errors).toEqual([]);
    await shared.page.close();
    await page.close();
  });

  it('finds by topic within a gmina, offering only the topics handled there', async () => {
    const { page } = await open(`${members}/kontakty/`);
    const topic = page.getByRole('combobox', { name: 'Temat' });
    const allTopics = await topic.locator('option:not([disabled])').count();
    await page.getByRole('combobox', { name: 'Gmina lub instytucja' }).selectOption({ label: 'Wieliczka' });
    const inWieliczka = await topic.locator('option:not([disabled])').count();
    expect(inWieliczka).toBeGreaterThan(1);
    expect(inWieliczka).toBeLessThan(allTopics / 4);
    await topic.selectOption('wymiana pieców');
    const names = await shown(page);
    expect(names).toHaveLength(1);
    expect(await page.locator('[data-person]:visible').textContent()).toContain('wymiana pieców');
    await page.close();
  });

  it('narrows the list as you type, ignoring Polish letters and case', async () => {
    const { page } = await open(`${members}/kontakty/`);
    const search = page.getByRole('searchbox', { name: /Szukaj/ });
    await search.pressSequentially('ku', { delay: 30 });
    const afterTwo = (await shown(page)).length;
    expect(afterTwo).toBeGreaterThan(1);
    await search.pressSequentially('rek', { delay: 30 });
    expect(await shown(page)).toEqual(['Łukasz Kurek']);
    await search.fill('lukasz');
    expect(await shown(page)).toEqual(expect.arrayContaining(['Łukasz Kurek', 'Łukasz Żelazny']));
    await expect.poll(() => status(page).textContent()).toMatch(new RegExp(`^Wyświetlane kontakty: \\d+ z ${EVERYONE}$`));
    await page.getByRole('button', { name: 'Wyczyść filtry' }).click();
    await expect.poll(async () => (await shown(page)).length).toBe(EVERYONE);
    await page.close();
  });

  it('offers the gmina coordinator when nobody in the gmina handles the matter', async () => {
    const { page } = await open(`${members}/kontakty/`);
    await page.getByRole('combobox', { name: 'Gmina lub instytucja' }).selectOption({ label: 'Biskupice' });
    await page.getByRole('combobox', { name: 'Forum' }).selectOption({ label: 'Forum Rozwoju Gospodarczego' });
    expect(await shown(page)).toEqual(['Anna Łabędź']);
    expect(await page.getByText('Brak osoby — zapytaj koordynatora gminy:').isVisible()).toBe(true);
    await expect
      .poll(() => status(page).textContent())
      .toBe(`Wyświetlane kontakty: 0 z ${EVERYONE} Żaden kontakt nie pasuje do wybranych filtrów. Brak osoby — zapytaj koordynatora gminy: Anna Łabędź`);
    await page.close();
  });

  it('shows the full list, sorted by surname, when JavaScript is off', async () => {
    const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${members}/kontakty/`);
    expect(await page.locator('form[data-filters]').isVisible()).toBe(false);
    expect(await page.locator('[data-person]:visible').count()).toBe(EVERYONE);
    const names = await page.locator('#grupa-gminy + ul [data-person]').evaluateAll((els) => els.map((e) => e.getAttribute('data-name')!));
    const surnameFirst = (n: string) => n.split(' ').reverse().join(' ');
    const collator = new Intl.Collator('pl');
    expect(names.length).toBeGreaterThan(50);
    expect(names).toEqual([...names].sort((a, b) => collator.compare(surnameFirst(a), surnameFirst(b))));
    expect(await page.getByRole('link', { name: 'Forum Rozwoju Gospodarczego' }).first().isVisible()).toBe(true);
    await context.close();
  });

  it('downloads a person’s vCard', async () => {
    const { page } = await open(`${members}/kontakty/anna-kowalczyk/`);
    const href = await page.getByRole('link', { name: /Pobierz wizytówkę/ }).getAttribute('href');
    const response = await page.request.get(members + href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/(x-)?vcard/);
    expect(await response.text()).toContain('FN:Anna Kowalczyk');
    await page.close();
  });
});

describe('matrix "Kto się czym zajmuje"', () => {
  it('shows gaps with the gmina coordinator to ask', async () => {
    const { page, errors } = await open(`${members}/kontakty/kto-czym-sie-zajmuje/`);
    const table = page.getByRole('table', { name: 'Osoby do kontaktu: gminy w wierszach, fora w kolumnach' });
    expect(await table.getByRole('columnheader').count()).toBe(9);
    const biskupice = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Biskupice/ }) });
    const gap = biskupice.locator('td.gap').first();
    expect(await gap.textContent()).toBe('brak osoby — zapytaj koordynatora gminy: Anna Łabędź');
    expect(await gap.getByRole('link').getAttribute('href')).toBe('mailto:a.labedz@biskupice.example');
    expect(await page.locator('td.gap').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('scrolls sideways in its own labelled region on a phone, not the page', async () => {
    const { page } = await open(`${members}/kontakty/kto-czym-sie-zajmuje/`, 375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const region = page.getByRole('region', { name: /Osoby do kontaktu/ });
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await page.close();
  });
});

describe('contacts in the public site', () => {
  it('has no editors’ report and shows only public people', async () => {
    const { page } = await open(`${base}/kontakty/`);
    const count = await page.locator('[data-person]').count();
    expect(count).toBeGreaterThan(10);
    expect(count).toBeLessThan(EVERYONE);
    const response = await page.goto(`${base}/kontakty/do-weryfikacji/`);
    expect(response?.status()).toBe(404);
    await page.close();
  });
});
