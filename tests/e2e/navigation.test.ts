// A clerk finds their way (issue 15), in real Chromium on the sample site: every section within
// two clicks of the home page, a header that fits from phone to laptop, a way into the members'
// area, and no page type that scrolls sideways on a phone.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { TMP } from '../../scripts/lib/build-site.ts';
import { pageTypes } from '../../scripts/lib/page-types.ts';
import { footerItems, membersItems, menuItems } from '../../src/lib/site/nav.ts';

const base = inject('baseUrl');
const members = inject('membersUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const open = async (url: string, width: number, height = 900): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(url);
  return page;
};

/** Same-site paths a page links to (no fragments, no files). */
const linksOf = async (page: Page, origin: string): Promise<string[]> =>
  // getAttribute, not .href: the projects map links points with SVG <a>, whose href is not a string.
  (await page.locator('a[href]').evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href)))
    .filter((h) => h.startsWith(origin))
    .map((h) => new URL(h).pathname)
    .filter((p) => p.endsWith('/'));

describe('every section within two clicks of the home page', () => {
  for (const [audience, origin] of [['public', base], ['members', members]] as const) {
    it(`in the ${audience} build (crawled from the home page)`, async () => {
      const page = await open(`${origin}/`, 1280);
      const first = new Set(await linksOf(page, origin));
      const reached = new Set(first);
      for (const path of first) {
        await page.goto(origin + path);
        for (const p of await linksOf(page, origin)) reached.add(p);
      }
      await page.close();
      const sections = [...footerItems(), ...membersItems(audience)].map((i) => i.href).filter((h) => h !== '/admin/');
      expect(sections).toContain('/nabory/');
      expect(sections).toContain('/projekty/');
      expect(sections.filter((s) => !reached.has(s))).toEqual([]);
      // The menu itself links funding calls and projects on every page.
      expect(menuItems().map((i) => i.href)).toEqual(expect.arrayContaining(['/nabory/', '/projekty/']));
    }, 240_000);
  }

  it('the members build links the editors’ page, the CMS, the matrix and stale contacts in its header', async () => {
    const page = await open(`${members}/`, 1280);
    const nav = page.getByRole('navigation', { name: 'Dla członków' });
    for (const href of ['/redakcja/', '/admin/', '/kontakty/kto-czym-sie-zajmuje/', '/kontakty/do-weryfikacji/']) {
      expect(await nav.locator(`a[href="${href}"]`).count(), href).toBe(1);
    }
    await page.close();
  });

  it('the public header leads into the members’ area', async () => {
    const page = await open(`${base}/`, 1280);
    const link = page.locator('.site-header').getByRole('link', { name: /Strefa członków/ });
    await expect(link.isVisible()).resolves.toBe(true);
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\/[^/]+\/$/);
    await page.close();
  });
});

describe('a header that fits', () => {
  it('keeps the menu on one line from 1024 px up', async () => {
    for (const path of ['/', '/faq/', '/kalendarz/']) {
      for (const [origin, width] of [[base, 1024], [members, 1024], [base, 1280]] as const) {
        const page = await open(origin + path, width);
        const tops = await page.locator('nav[aria-label="Główna nawigacja"] li').evaluateAll((lis) =>
          lis.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => li.getBoundingClientRect().top),
        );
        expect(new Set(tops).size, `${origin}${path} at ${width}px`).toBe(1);
        const overflow = await page.locator('nav[aria-label="Główna nawigacja"] ul').evaluate((ul) => ul.scrollWidth - ul.clientWidth);
        expect(overflow, `${path}: menu cut off at ${width}px`).toBeLessThanOrEqual(0);
        await page.close();
      }
    }
  });

  it('under 768 px folds the menu behind a disclosure button, and content starts within 400 px', async () => {
    for (const origin of [base, members]) {
      const page = await open(`${origin}/`, 375, 812);
      const button = page.getByRole('button', { name: 'Menu' });
      await button.waitFor();
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      const menuLink = page.locator('#menu-glowne').getByRole('link', { name: 'Kalendarz' });
      expect(await menuLink.isVisible()).toBe(false);
      await button.click();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await menuLink.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Menu');
      for (const path of ['/', '/kalendarz/', '/kontakty/', '/faq/']) {
        await page.goto(origin + path);
        const top = await page.locator('main h1').first().evaluate((h) => h.getBoundingClientRect().top);
        expect(top, `${origin}${path}`).toBeLessThan(400);
      }
      await page.close();
    }
  });

  it('shows the task shortcuts and the 8 forums above the fold at 1280×800', async () => {
    const page = await open(`${base}/`, 1280, 800);
    for (const id of ['zadanie-osoba', 'zadanie-spotkania', 'zadanie-materialy', 'zadanie-nabory']) {
      const box = await page.locator(`#${id}`).boundingBox();
      expect(box && box.y + box.height, id).toBeLessThan(800);
    }
    const forums = await page.locator('#zadanie-fora ~ ul').boundingBox();
    expect(forums && forums.y + forums.height).toBeLessThanOrEqual(800);
    await page.close();
  });
});

describe('phones', () => {
  for (const audience of ['public', 'members'] as const) {
    it(`no page type of the ${audience} build scrolls sideways at 375 px`, async () => {
      const origin = audience === 'public' ? base : members;
      const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
      const wide: string[] = [];
      for (const [name, path] of pageTypes(join(TMP, 'e2e', audience), audience)) {
        await page.goto(origin + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) wide.push(`${name} ${path}: ${overflow}px`);
      }
      await page.close();
      expect(wide).toEqual([]);
    }, 240_000);
  }
});

describe('three tasks, each within three clicks of the home page', () => {
  it('finds the procurement contact in Wieliczka (members): type, one click', async () => {
    const page = await open(`${members}/`, 1280);
    await page.locator('#kontakt-szukaj').fill('zamówienia publiczne Wieliczka');
    await page.getByRole('button', { name: 'Szukaj osoby' }).click(); // 1
    await page.waitForURL('**/kontakty/?q=*');
    const visible = page.locator('[data-person]:visible');
    await visible.first().waitFor();
    // The head of procurement is among the very few people shown, her e-mail on the card.
    expect(await visible.count()).toBeLessThanOrEqual(3);
    const card = page.locator('[data-person="elzbieta-jedrzejczyk"]');
    expect(await card.isVisible()).toBe(true);
    await expect(card.textContent()).resolves.toContain('e.jedrzejczyk@wieliczka.example');
    await page.close();
  });

  it('puts the next Mobilność meeting into Outlook in three clicks', async () => {
    const page = await open(`${base}/`, 1280);
    await page.locator('#zadanie-fora ~ ul').getByRole('link', { name: /Mobilność/ }).click(); // 1
    await page.waitForURL('**/fora/mobilnosc/');
    await page.locator('#spotkania ~ ul').getByRole('link', { name: /Posiedzenie Forum Zrównoważonego Transportu/ }).first().click(); // 2
    await page.waitForURL('**/kalendarz/**');
    const outlook = page.getByRole('link', { name: 'Dodaj w Outlooku w przeglądarce' });
    expect(await outlook.getAttribute('href')).toMatch(/^https:\/\/outlook\.office\.com\//); // 3: the click opens Outlook
    await page.close();
  });

  it('downloads a template in two clicks', async () => {
    const page = await open(`${base}/`, 1280);
    await page.locator('#zadanie-materialy ~ ul').getByRole('link', { name: /^Wzór/ }).first().click(); // 1
    await page.waitForURL('**/baza-wiedzy/**');
    const file = page.locator('.files a[download]').first();
    const href = await file.getAttribute('href');
    expect(href).toMatch(/\.(docx|odt|pdf)$/);
    const response = await page.request.get(base + href!); // 2: the download
    expect(response.status()).toBe(200);
    await page.close();
  });
});
