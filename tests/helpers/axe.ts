// axe-core in real Chromium, the one way every e2e test runs it: the same rule set everywhere,
// and a sweep over many pages that checks two at a time (each check is mostly waiting on the
// browser's one renderer per page, so two overlap well on the 2-core machines this runs on).
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';

/** WCAG levels checked on every page: the law for Polish public bodies asks for 2.1 AA; 2.2 AA adds target sizes. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Violations of `page` (optionally of one part of it) as "rule: selector" lines. */
export const axeViolations = async (page: Page, include?: string): Promise<string[]> => {
  // Legacy mode runs axe.run() inside the page. The default (runPartial per frame, then
  // finishRun in an extra blank page) exists for cross-origin iframes, which no page of this
  // site has; opening that extra page per check made the sweeps about a third slower.
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
};

export interface SweepOptions {
  width: number;
  /** Runs after the page has loaded and before axe, e.g. to wait for rendered search results. */
  prepare?: (page: Page, url: string) => Promise<void>;
  /** Pages checked at the same time. */
  concurrency?: number;
  /** URLs that are meant to answer 404 (the not-found page); every other page must load. */
  notFound?: string[];
}

/** axe on every URL, each in its own browser context; one "url: violation" line per problem. */
export const axeSweep = async (browser: Browser, urls: string[], o: SweepOptions): Promise<string[]> => {
  const report: string[] = [];
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      // axe needs a page that belongs to an explicit browser context.
      const context = await browser.newContext({ viewport: { width: o.width, height: 900 } });
      try {
        const page = await context.newPage();
        const response = await page.goto(url);
        const expected = o.notFound?.includes(url) ? 404 : 200;
        if (response?.status() !== expected) report.push(`${url}: HTTP ${response?.status()}`);
        await o.prepare?.(page, url);
        for (const line of await axeViolations(page)) report.push(`${url}: ${line}`);
      } finally {
        await context.close();
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency ?? 2 }, worker));
  return report.sort();
};
