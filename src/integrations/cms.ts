/**
 * Astro integration for the editors' panel: adds /admin/ (Decap CMS) and /admin/config.yml to
 * the members build only. The public build never gets the routes, so neither the page nor the
 * Decap bundle can reach dist/public (tests/build/cms.test.ts checks it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminCsp } from '../cms/admin-csp.ts';
import { cmsOptions } from '../cms/decap-config.ts';
import type { Audience } from '../lib/content/access.ts';
import { ROLE_EDITOR } from '../lib/members/roles.ts';

export const cmsIntegration = (audience: Audience): AstroIntegration => ({
  name: 'smk-cms',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => {
      if (audience !== 'members') return;
      injectRoute({ pattern: '/admin', entrypoint: new URL('../cms/admin.astro', import.meta.url) });
      injectRoute({ pattern: '/admin/config.yml', entrypoint: new URL('../cms/config.yml.ts', import.meta.url) });
    },
    // The admin replaces the site's strict policy with its own (src/cms/admin-csp.ts): in the
    // page's <meta>, and as the /admin/ route's header for Azure Static Web Apps.
    'astro:build:done': ({ dir }) => {
      if (audience !== 'members') return;
      const out = fileURLToPath(dir);
      const csp = adminCsp(cmsOptions(), { localBackend: process.env['CMS_LOCAL_BACKEND_URL'] !== undefined });
      const page = join(out, 'admin/index.html');
      const html = readFileSync(page, 'utf8').replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
      writeFileSync(page, html.replace('<meta charset="utf-8">', `<meta charset="utf-8"><meta http-equiv="content-security-policy" content="${csp}">`));
      const swaFile = join(out, 'staticwebapp.config.json');
      if (existsSync(swaFile)) {
        const swa = JSON.parse(readFileSync(swaFile, 'utf8')) as { routes: object[] };
        swa.routes.unshift({ route: '/admin/*', allowedRoles: [ROLE_EDITOR], headers: { 'Content-Security-Policy': csp } });
        writeFileSync(swaFile, `${JSON.stringify(swa, null, 2)}\n`);
      }
    },
  },
});
