/**
 * Astro integration for the editors' panel: adds /admin/ (Decap CMS) and /admin/config.yml to
 * the members build only. The public build never gets the routes, so neither the page nor the
 * Decap bundle can reach dist/public (tests/build/cms.test.ts checks it).
 */
import type { AstroIntegration } from 'astro';
import type { Audience } from '../lib/access.ts';

export const cmsIntegration = (audience: Audience): AstroIntegration => ({
  name: 'smk-cms',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => {
      if (audience !== 'members') return;
      injectRoute({ pattern: '/admin', entrypoint: new URL('../cms/admin.astro', import.meta.url) });
      injectRoute({ pattern: '/admin/config.yml', entrypoint: new URL('../cms/config.yml.ts', import.meta.url) });
    },
  },
});
