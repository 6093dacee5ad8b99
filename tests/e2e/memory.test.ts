// A project's timeline and the editors' page in Chromium: axe finds nothing, and the timeline
// is an ordered list whose items say their date and state in words (not colour only).
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, watchErrors } from '../../scripts/lib/browser.ts';

const base = inject('baseUrl');
const members = inject('membersUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const axe = async (url: string, include?: string) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return { page, context, errors, violations: violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`) };
};

describe('project timeline', () => {
  it('is an accessible ordered list of dated milestones with their state in text', async () => {
    const { page, context, errors, violations } = await axe(`${base}/projekty/wislana-trasa-rowerowa-krakow-liszki-czernichow/`, '.timeline-section');
    expect(violations).toEqual([]);
    const section = page.getByRole('region', { name: 'Harmonogram' });
    const items = section.getByRole('list').getByRole('listitem');
    expect(await items.count()).toBe(6);
    expect(await items.first().innerText()).toMatch(/30 czerwca 2025[\s\S]*zrealizowano/);
    expect(await items.last().innerText()).toMatch(/30 września 2027[\s\S]*planowane/);
    expect(await section.locator('ol time').first().getAttribute('datetime')).toBe('2025-06-30');
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Every page type this feature adds, at desktop and phone widths (entry pages on real content). */
const PAGES = [
  '/nabory/',
  '/nabory/fem-2-4-mala-retencja-2026/',
  '/projekty/',
  '/projekty/na-styku-gmin/',
  '/projekty/wislana-trasa-rowerowa-krakow-liszki-czernichow/',
  '/fora/zamowienia-publiczne/archiwum/',
  '/kalendarz/forum-zamowien-publicznych-wrzesien-2026/',
  '/kalendarz/forum-inteligentnego-zarzadzania-listopad-2026/',
];

describe('new page types', () => {
  for (const width of [1280, 375]) {
    it(`have no axe violations at ${width}px`, async () => {
      const report: string[] = [];
      for (const path of PAGES) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(base + path);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        for (const v of violations) report.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
        await context.close();
      }
      expect(report).toEqual([]);
    }, 180_000);
  }
});

describe('editors’ page', () => {
  it('lists tomorrow’s meeting without materials and has no axe violations', async () => {
    const { page, context, violations } = await axe(`${members}/redakcja/`);
    expect(violations).toEqual([]);
    await expect(page.getByRole('link', { name: /Forum Inteligentnego Zarządzania – listopad 2026/ }).count()).resolves.toBe(1);
    await context.close();
  });
});
