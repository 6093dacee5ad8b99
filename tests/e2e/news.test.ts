// News in real Chromium: dismissing the urgent banner (remembered across pages, focus kept),
// and the digest e-mail's HTML as a mail client renders it (tables, inline styles, 600 px).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { siteUrl } from '../../src/lib/content/access.ts';
import { loadContent } from '../../src/lib/content/node/load-content.ts';
import { digestMails } from '../../src/lib/mail/digest.ts';
import { readMailLists } from '../../src/lib/mail/node/lists.ts';
import { launch, watchErrors } from '../../scripts/lib/browser.ts';
import { ROOT, TMP } from '../../scripts/lib/build-site.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('urgent banner', () => {
  it('can be dismissed item by item with the keyboard, and stays dismissed on other pages', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${base}/`);
    const banner = page.getByRole('region', { name: 'Pilne komunikaty' });
    await expect(banner.isVisible()).resolves.toBe(true);
    const items = banner.getByRole('listitem');
    const count = await items.count();
    expect(count).toBeGreaterThan(1);
    const firstTitle = (await items.first().getByRole('link').textContent()) ?? '';
    const secondTitle = (await items.nth(1).getByRole('link').textContent()) ?? '';

    await banner.getByRole('button', { name: `Ukryj pilny komunikat: ${firstTitle}` }).focus();
    await page.keyboard.press('Enter');
    await expect(banner.getByRole('link', { name: firstTitle }).isVisible()).resolves.toBe(false);
    // Focus moves to the next item's button, never to a removed element.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(`Ukryj pilny komunikat: ${secondTitle}`);

    await page.goto(`${base}/kalendarz/`);
    const again = page.getByRole('region', { name: 'Pilne komunikaty' });
    await expect(again.getByRole('link', { name: firstTitle }).isVisible()).resolves.toBe(false);
    await expect(again.getByRole('link', { name: secondTitle }).isVisible()).resolves.toBe(true);

    // Dismissing the rest hides the banner and puts focus on the main content.
    for (let i = 1; i < count; i++) await again.getByRole('button', { name: /^Ukryj pilny komunikat/ }).first().click();
    await expect(page.locator('[data-urgent-banner]').isHidden()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('tresc');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is simply shown without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/tablica/`);
    await expect(page.getByRole('region', { name: 'Pilne komunikaty' }).getByRole('link').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: /^Ukryj pilny komunikat/ }).count()).resolves.toBe(0);
    await context.close();
  });
});

describe('digest e-mail', () => {
  it('renders as a 600-pixel table layout with inline styles only', async () => {
    const content = loadContent(join(ROOT, 'content'));
    const lists = readMailLists(join(ROOT, 'content'), new Set(content.forums.map((f) => f.id)));
    const mail = digestMails({ month: '2026-11', content, forums: content.forums, lists, siteUrl: (a) => siteUrl(a, {}) }).find(
      (m) => m.key === 'przeglad-2026-11-wszystkie-members',
    )!;
    // Outlook ignores <style> and classes: everything must be inline.
    expect(mail.html).not.toMatch(/<style|class=|<div style="display:flex/);
    const page = await browser.newPage({ viewport: { width: 800, height: 1200 } });
    await page.setContent(mail.html);
    const layout = await page.evaluate(() => {
      const card = document.querySelector('table table') as HTMLTableElement;
      return {
        width: card.getBoundingClientRect().width,
        headings: [...document.querySelectorAll('h1, h2')].map((h) => h.textContent),
        links: document.querySelectorAll('a[href^="http"]').length,
      };
    });
    expect(layout.width).toBe(600);
    expect(layout.headings).toEqual([
      'Przegląd miesiąca: listopad 2026',
      'Aktualności i ogłoszenia',
      'Nowe dokumenty w bazie wiedzy',
      'Nowe dobre praktyki',
      'Wydarzenia: grudzień 2026',
    ]);
    expect(layout.links).toBeGreaterThan(5);
    mkdirSync(TMP, { recursive: true });
    await page.screenshot({ path: join(TMP, 'digest-email.png'), fullPage: true });
    await page.close();
  });
});
