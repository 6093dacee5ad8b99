/**
 * Sign-in pages of the members build (issue 17): /brak-dostepu/, the page hosts show (403) to
 * a signed-in person without the role a route needs. The public build has no such page.
 * After the build, the page's own stylesheets are opened by name in the SWA config: people who
 * see this page have no role, and opening all of /_astro/ would also open anything Astro ever
 * emits there (e.g. images of member entries).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Audience } from '../lib/content/access.ts';
import { DENIED_PAGE } from '../lib/site/host-config.ts';

export const membersIntegration = (audience: Audience): AstroIntegration => ({
  name: 'smk-members',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => {
      if (audience !== 'members') return;
      injectRoute({ pattern: DENIED_PAGE.replace(/\/$/, ''), entrypoint: new URL('../members/brak-dostepu.astro', import.meta.url) });
    },
    'astro:build:done': ({ dir }) => {
      if (audience !== 'members') return;
      const out = fileURLToPath(dir);
      const swaFile = join(out, 'staticwebapp.config.json');
      if (!existsSync(swaFile)) return;
      const page = readFileSync(join(out, DENIED_PAGE, 'index.html'), 'utf8');
      const styles = [...page.matchAll(/<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/g)].map((m) => m[1] as string);
      const swa = JSON.parse(readFileSync(swaFile, 'utf8')) as { routes: object[] };
      swa.routes.unshift(...styles.map((route) => ({ route, allowedRoles: ['anonymous'] })));
      writeFileSync(swaFile, `${JSON.stringify(swa, null, 2)}\n`);
    },
  },
});
