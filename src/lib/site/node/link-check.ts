/**
 * Internal link check of a built site: every `href`/`src` that points into the site must reach
 * a file of the build (a page, an attachment, a feed). Written by hand because it only reads
 * Astro's own output, whose attributes are always double-quoted; link checkers from npm crawl
 * over HTTP and would need a server inside the build.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BrokenLink {
  /** The page with the link, relative to the build folder. */
  page: string;
  target: string;
}

const ATTRIBUTE = /\s(?:href|src)="(\/[^"#?]*)[^"]*"/g;

/** Does a site path resolve to a file of the build in `dir`? */
const resolves = (dir: string, path: string): boolean => {
  const clean = decodeURIComponent(path);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.some((c) => existsSync(join(dir, c)) && statSync(join(dir, c)).isFile());
};

/** All internal links of the HTML pages of `dir` that lead nowhere. */
export const findBrokenLinks = (dir: string): BrokenLink[] => {
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const seen = new Map<string, boolean>();
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const [, target] of readFileSync(join(dir, page), 'utf8').matchAll(ATTRIBUTE)) {
      if (!target || target.startsWith('//')) continue; // protocol-relative: external
      if (!seen.has(target)) seen.set(target, resolves(dir, target));
      if (!seen.get(target)) broken.push({ page: relative(dir, join(dir, page)), target });
    }
  }
  return broken;
};
