// `npm run screenshots`: PNGs of every page type at 1280 and 375 px, public and members, for a
// review by eye (screenshots/<audience>/<page>-<width>.png, git-ignored). Page types come from
// the section registry (src/lib/site/nav.ts): each section's list and its first entry, plus the
// home page, search, contacts tools, tags, the 404 page and the members' tools.
// Uses the built site in dist/ (run `npm run build` first) or `--dist <folder>`.
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { launch } from './lib/browser.ts';
import { serveDir } from './static-server.ts';
import { pageTypes } from './lib/page-types.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dist = resolve(arg('--dist') ?? 'dist');
const out = resolve(arg('--out') ?? 'screenshots');
const WIDTHS = [1280, 375] as const;

const url = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

const browser = await launch();
try {
  for (const audience of ['public', 'members'] as const) {
    const dir = join(dist, audience);
    if (!existsSync(join(dir, 'index.html'))) {
      console.log(`Pomijam ${audience}: brak ${dir}/index.html (uruchom najpierw npm run build).`);
      continue;
    }
    const server = await serveDir(dir, 0);
    mkdirSync(join(out, audience), { recursive: true });
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: width === 375 ? 812 : 800 } });
      for (const [name, path] of pageTypes(dir, audience)) {
        await page.goto(url(server) + path, { waitUntil: 'load' });
        const file = join(out, audience, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await page.close();
    }
    await new Promise<void>((done) => server.close(() => done()));
  }
} finally {
  await browser.close();
}
