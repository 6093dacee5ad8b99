/**
 * What a browser downloads for a built page before any interaction: the HTML, its stylesheets
 * and its scripts with their static imports (dynamic imports — Pagefind, loaded when search is
 * first used — are not counted). Sizes are gzip-compressed, as hosts serve them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Limits for content pages (issue: ≤ 20 KB of JavaScript, ≤ 100 KB in all, gzip). */
export const BUDGET = { js: 20 * 1024, total: 100 * 1024 };

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  files: string[];
}

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const STYLESHEET = /<link[^>]+rel="stylesheet"[^>]*href="(\/[^"]+)"/g;
const SCRIPT = /<script[^>]+src="(\/[^"]+)"/g;
const PRELOAD = /<link[^>]+rel="modulepreload"[^>]*href="(\/[^"]+)"/g;
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g;

/** Scripts a module pulls in before it runs: its static imports, recursively. */
const withImports = (dir: string, url: string, seen: Set<string>) => {
  if (seen.has(url) || !existsSync(join(dir, url))) return;
  seen.add(url);
  const code = readFileSync(join(dir, url), 'utf8');
  for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
    if (!spec) continue;
    withImports(dir, spec.startsWith('/') ? spec : posix.join(posix.dirname(url), spec), seen);
  }
};

/** The weight of the page at `path` (e.g. `/fora/mobilnosc/`) of the site built into `dir`. */
export const pageWeight = (dir: string, path: string): PageWeight => {
  const htmlFile = join(dir, path, path.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const css = [...text.matchAll(STYLESHEET)].map((m) => m[1]!);
  const scripts = new Set<string>();
  for (const [, src] of [...text.matchAll(SCRIPT), ...text.matchAll(PRELOAD)]) withImports(dir, src!, scripts);
  const size = (url: string) => gz(readFileSync(join(dir, url)));
  const cssBytes = css.reduce((n, u) => n + size(u), 0);
  const jsBytes = [...scripts].reduce((n, u) => n + size(u), 0);
  const htmlBytes = gz(html);
  return { html: htmlBytes, css: cssBytes, js: jsBytes, total: htmlBytes + cssBytes + jsBytes, files: [...css, ...scripts] };
};

