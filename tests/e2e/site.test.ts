// What a person does on the sample site, in real Chromium.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstEntryHref, launch, watchErrors } from '../../scripts/lib/browser.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const open = async (path: string, width = 1280): Promise<{ page: Page; errors: string[] }> => {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(base + path);
  return { page, errors };
};

const firstEntry = (listPath: string) => firstEntryHref(browser, base + listPath);

describe('home page', () => {
  it('says urgent notices once, then the task shortcuts, latest news and all forums', async () => {
    const { page, errors } = await open('/');
    await expect(page.title()).resolves.toContain('Metropolia Krakowska');
    // Urgent notices: the banner only, no second block of red cards.
    expect(await page.getByRole('heading', { level: 2, name: 'Pilne komunikaty' }).isVisible()).toBe(true);
    expect(await page.locator('main .priority-urgent').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 3, name: 'Najbliższe spotkania' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: 'Najnowsze aktualności' }).isVisible()).toBe(true);
    expect(await page.locator('#zadanie-fora ~ ul a[href^="/fora/"]').count()).toBe(8);
    await expect(page.locator('#zadanie-fora ~ ul').textContent()).resolves.toContain('Mobilność — Forum Zrównoważonego Transportu');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('forum page', () => {
  it('gathers the forum: coordinator, room, meetings, documents, FAQ and contacts', async () => {
    const { page, errors } = await open('/fora/');
    await page.getByRole('link', { name: 'Forum Prawa Zamówień Publicznych' }).click();
    await page.waitForURL('**/fora/zamowienia-publiczne/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Forum Prawa Zamówień Publicznych');
    const facts = await page.locator('.facts').textContent();
    expect(facts).toContain('Koordynator forum');
    expect(await page.getByRole('link', { name: 'Otwórz pokój forum' }).getAttribute('href')).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    for (const heading of ['Najbliższe spotkania i wydarzenia', 'Dokumenty', 'Pytania i odpowiedzi']) {
      expect(await page.getByRole('heading', { level: 2, name: heading }).isVisible(), heading).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('keyboard', () => {
  it('reaches the skip link first and jumps to the content with Enter', async () => {
    const { page } = await open('/');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Przejdź do treści');
    const box = await focused.boundingBox();
    expect(box && box.y >= 0).toBe(true); // visible on screen when focused
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tresc');
    await page.close();
  });

  it('moves through the main navigation with a visible focus ring and opens a section', async () => {
    const { page } = await open('/');
    let label = '';
    for (let i = 0; i < 12 && label !== 'Kalendarz'; i++) {
      await page.keyboard.press('Tab');
      label = (await page.evaluate(() => document.activeElement?.textContent?.trim())) ?? '';
    }
    expect(label).toBe('Kalendarz');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/kalendarz/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Kalendarz');
    await page.close();
  });
});

describe('every page type', () => {
  it('loads without console errors or failed requests', async () => {
    const lists = ['/dobre-praktyki/', '/baza-wiedzy/', '/faq/', '/aktualnosci/', '/tablica/', '/kalendarz/', '/kontakty/', '/gminy/'];
    const paths = ['/', '/fora/', '/fora/mobilnosc/', '/gminy/skawina/', '/tagi/', '/tagi/pzp/', '/kalendarz/forum/mobilnosc/', ...lists];
    for (const list of lists) paths.push(await firstEntry(list));
    for (const path of paths) {
      const { page, errors } = await open(path);
      expect(await page.locator('main h1').count(), path).toBe(1);
      expect(errors, path).toEqual([]);
      await page.close();
    }
  });

  it('answers an unknown address with the Polish 404 page', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${base}/nie-ma-takiej-strony/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Nie znaleziono strony');
    await page.close();
  });
});

describe('on a phone', () => {
  it('fits the screen without sideways scrolling', async () => {
    for (const path of ['/', '/fora/zamowienia-publiczne/', '/kalendarz/', await firstEntry('/baza-wiedzy/')]) {
      const { page } = await open(path, 375);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
  });
});
