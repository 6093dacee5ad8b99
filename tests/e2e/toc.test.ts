// Long entries (three or more sections) get an in-page table of contents (issue 15,
// EntryLayout): checked on every document and good practice of the sample content against the
// `## ` headings of its Markdown file — an independent count, not the page's own.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { ROOT } from '../../scripts/lib/build-site.ts';

const members = inject('membersUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Entries of a collection with the texts of their second-level headings (outside code blocks). */
const entriesWithHeadings = (folder: string, route: string) =>
  readdirSync(join(ROOT, 'content', folder))
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const source = readFileSync(join(ROOT, 'content', folder, f), 'utf8');
      const body = source.replace(/^---\n[^]*?\n---\n/, '').replace(/^```[^]*?^```/gm, '');
      return {
        path: `/${route}/${f.slice(0, -'.md'.length)}/`,
        // Room-only entries live under /pokoje/, not in the section; the members build has the rest.
        forumOnly: /^access:\s*forum\s*$/m.test(source),
        headings: [...body.matchAll(/^## +(.+?)\s*$/gm)].map((m) => m[1]!),
      };
    })
    .filter((e) => !e.forumOnly);

describe('in-page table of contents', () => {
  it('lists the sections of every entry with three or more, in order, linking to their headings; shorter entries have none', async () => {
    const all = [...entriesWithHeadings('documents', 'baza-wiedzy'), ...entriesWithHeadings('practices', 'dobre-praktyki')];
    const long = all.filter((e) => e.headings.length >= 3);
    const short = all.filter((e) => e.headings.length > 0 && e.headings.length < 3);
    // The sample content has both kinds, so neither half of the test passes by having nothing to check.
    expect(long.length).toBeGreaterThan(0);
    expect(short.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    for (const entry of all) {
      await page.goto(members + entry.path);
      const toc = page.getByRole('navigation', { name: 'Spis treści' });
      if (entry.headings.length < 3) {
        expect(await toc.count(), `${entry.path}: ${entry.headings.length} sections, no table of contents`).toBe(0);
        continue;
      }
      expect(await toc.count(), entry.path).toBe(1);
      const links = await toc.locator('a').evaluateAll((as) =>
        as.map((a) => {
          const id = decodeURIComponent(a.getAttribute('href')!.replace(/^#/, ''));
          const target = document.getElementById(id);
          return {
            text: a.textContent?.trim(),
            targetTag: target?.tagName,
            targetText: target?.textContent?.trim(),
            // Where the heading stands in the page, to check the order and that it follows the list.
            after: target ? Boolean(a.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING) : false,
            top: target ? target.getBoundingClientRect().top + window.scrollY : -1,
          };
        }),
      );
      expect(links.map((l) => l.text), entry.path).toEqual(entry.headings);
      for (const l of links) {
        expect(l.targetTag, `${entry.path} → ${l.text}`).toBe('H2');
        expect(l.targetText, entry.path).toBe(l.text);
        expect(l.after, `${entry.path}: the table of contents comes before „${l.text}”`).toBe(true);
      }
      const tops = links.map((l) => l.top);
      expect(tops, `${entry.path}: headings in the order of the list`).toEqual([...tops].sort((a, b) => a - b));
    }
    await page.close();
  });
});
