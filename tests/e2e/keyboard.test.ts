// The main paths by keyboard only: skip link, a visible focus ring on everything Tab reaches,
// no trap, quick search with "/" and Escape, filters in the contacts directory.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
      tag: el.tagName,
      ring: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
      inFooter: Boolean(el.closest('footer')),
    };
  });

describe('keyboard only', () => {
  it('Tab walks the whole home page with a visible focus ring on every stop, and reaches the footer', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const stops: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f) stops.push(f);
      if (f?.inFooter) break;
    }
    expect(stops[0]?.text).toBe('Przejdź do treści');
    expect(stops.filter((s) => !s.ring).map((s) => `${s.tag} ${s.text}`)).toEqual([]);
    expect(stops.some((s) => s.inFooter)).toBe(true);
    await page.close();
  });

  it('"/" opens the quick search, Escape closes its suggestions, Enter searches', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/fora/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('szukaj-szybko');
    await page.keyboard.type('PZP');
    const input = page.locator('#szukaj-szybko');
    await page.waitForFunction(() => document.querySelector('#szukaj-szybko')?.getAttribute('aria-expanded') === 'true');
    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('szukaj-szybko');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/szukaj/?q=PZP');
    await page.close();
  });

  it('filters the contacts directory with the keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/kontakty/`);
    const before = await page.locator('[data-person]:visible').count();
    await page.getByLabel('Gmina lub instytucja').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((n) => document.querySelectorAll('[data-person]:not([hidden])').length < n, before);
    expect(await page.locator('[data-person]:visible').count()).toBeLessThan(before);
    await page.close();
  });
});
