// The open-data pages and the projects map in Chromium (issue 19): axe at zero in light and dark
// colour schemes and at phone width, charts drawn without scripts, map points that lead to projects.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, watchErrors } from '../../scripts/lib/browser.ts';
import { axeViolations } from '../helpers/axe.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const PAGES = ['/dane/', '/dane/wymiana-kotlow/', '/dane/dojazdy-do-pracy/', '/dane/drogi-rowerowe/', '/projekty/', '/gminy/wieliczka/'];

describe('open data pages', () => {
  for (const [width, colorScheme] of [[1280, 'light'], [375, 'dark']] as const) {
    it(`have no axe violations at ${width}px in the ${colorScheme} scheme`, async () => {
      const report: string[] = [];
      for (const path of PAGES) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(base + path);
        report.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
        report.push(...errors.map((e) => `${path}: ${e}`));
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        if (sideways) report.push(`${path}: scrolls sideways`);
        await context.close();
      }
      expect(report).toEqual([]);
    }, 240_000);
  }

  it('draws the chart with JavaScript switched off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/dane/wymiana-kotlow/`);
    const chart = page.locator('main svg[role="img"]');
    await expect(chart.getAttribute('aria-labelledby')).resolves.toBe('wykres-title wykres-desc');
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(await chart.locator('rect').count()).toBeGreaterThanOrEqual(5); // one bar per year
    await context.close();
  });

  it('takes a person from a point on the projects map to the project page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/projekty/`);
    const points = page.locator('.project-map svg a');
    expect(await points.count()).toBeGreaterThan(0);
    const name = await points.first().locator('title').textContent();
    await points.first().click();
    await page.waitForURL(/\/projekty\/[a-z0-9-]+\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe(name);
    await page.close();
  });
});
