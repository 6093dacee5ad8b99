// The forum page as a hub (issue 15): every forum of the sample content, in both builds, fits
// three screens at 1280×800, does not scroll sideways at 375 px, and whatever a block leaves
// out is one click away — its "Zobacz wszystkie (N)" leads to the forum's list, which says N.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { ROOT } from '../../scripts/lib/build-site.ts';

const sites = [['public', inject('baseUrl')], ['members', inject('membersUrl')]] as const;
/** The forums of the sample content, from its files (the page list must not drift from them). */
const forums = readdirSync(join(ROOT, 'content/forums'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -'.md'.length));
/** Each block of the forum page (its heading id) and the list that holds all its entries. */
const BLOCKS: Record<string, string> = {
  spotkania: 'kalendarz',
  aktualnosci: 'aktualnosci',
  dokumenty: 'baza-wiedzy',
  praktyki: 'dobre-praktyki',
  faq: 'faq',
  kontakty: 'kontakty',
};
const SCREEN = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/**
 * The count a list page states: "Wpisów: 18" on section lists; the contact directory's filter
 * says "Wyświetlane kontakty: 16 z 16" (without JavaScript "Kontaktów: 16"). No list, no entries.
 */
const listCount = async (page: Page, url: string): Promise<number> => {
  const response = await page.goto(url);
  if (response?.status() === 404) return 0;
  const said = /(?:Wpisów|Kontaktów): (\d+)|Wyświetlane kontakty: \d+ z (\d+)/.exec((await page.locator('main').textContent()) ?? '');
  expect(said, `${url} states how many entries it lists`).not.toBeNull();
  return Number(said![1] ?? said![2]);
};

describe('forum pages', () => {
  it('has forums to check', () => {
    expect(forums.length).toBeGreaterThanOrEqual(8);
  });

  for (const [audience, origin] of sites) {
    it(`fit three screens at 1280 px and no sideways scroll at 375 px (${audience})`, async () => {
      const page = await browser.newPage({ viewport: SCREEN });
      const tooLong: string[] = [];
      const sideways: string[] = [];
      for (const forum of forums) {
        await page.setViewportSize(SCREEN);
        await page.goto(`${origin}/fora/${forum}/`);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        if (height > 3 * SCREEN.height) tooLong.push(`${forum}: ${height} px`);
        await page.setViewportSize(PHONE);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) sideways.push(`${forum}: ${overflow} px`);
      }
      await page.close();
      expect(tooLong, 'taller than 3 × 800 px at 1280 px').toEqual([]);
      expect(sideways, 'wider than a 375 px phone').toEqual([]);
    });

    it(`say "Zobacz wszystkie (N)" under every block that shows fewer than its list, and the list says N (${audience})`, async () => {
      const page = await browser.newPage({ viewport: SCREEN });
      const list = await browser.newPage();
      let links = 0;
      for (const forum of forums) {
        await page.goto(`${origin}/fora/${forum}/`);
        for (const [block, base] of Object.entries(BLOCKS)) {
          const where = `${audience} /fora/${forum}/ #${block}`;
          const section = page.locator(`section[aria-labelledby="${block}"]`);
          const shown = await section.locator('li.card').count();
          const more = section.locator('a', { hasText: /^Zobacz wszystkie/ });
          const forumList = `${origin}/${base}/forum/${forum}/`;
          if ((await more.count()) === 0) {
            // Nothing is left out: the forum's list holds no more than the block shows.
            expect(await listCount(list, forumList), where).toBeLessThanOrEqual(shown);
            continue;
          }
          links++;
          const label = (await more.textContent())!.trim();
          const total = Number(/\((\d+)\)$/.exec(label)?.[1]);
          expect(total, `${where}: "${label}" ends with the count`).toBeGreaterThan(shown);
          expect(await more.getAttribute('href'), where).toBe(`/${base}/forum/${forum}/`);
          expect(await listCount(list, forumList), `${where}: "${label}"`).toBe(total);
        }
      }
      await page.close();
      await list.close();
      // The sample forums have more than three entries in many blocks: the check above ran.
      expect(links).toBeGreaterThan(10);
    });
  }

  it('show three entries a block as compact cards: a title and one line, no summary or forum chips', async () => {
    const page = await browser.newPage({ viewport: SCREEN });
    await page.goto(`${sites[1][1]}/fora/zamowienia-publiczne/`);
    const cards = page.locator('.forum-blocks li.card');
    expect(await cards.count()).toBeGreaterThan(10);
    for (const block of Object.keys(BLOCKS)) {
      expect(await page.locator(`section[aria-labelledby="${block}"] li.card`).count(), block).toBeLessThanOrEqual(3);
    }
    expect(await page.locator('.forum-blocks .card-summary, .forum-blocks .card-forums').count()).toBe(0);
    expect(await cards.evaluateAll((lis) => lis.every((li) => li.querySelector('h3') && li.querySelectorAll('p').length === 1))).toBe(true);
    // From 1024 px the blocks stand side by side, and the facts beside them.
    const tops = await page.locator('#spotkania, #aktualnosci').evaluateAll((hs) => hs.map((h) => Math.round(h.getBoundingClientRect().top)));
    expect(tops[0]).toBe(tops[1]);
    const facts = await page.locator('.facts').boundingBox();
    const blocks = await page.locator('.forum-blocks').boundingBox();
    expect(facts!.x).toBeGreaterThan(blocks!.x + blocks!.width);
    await page.close();
  });
});
