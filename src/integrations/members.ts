/**
 * Sign-in pages of the members build (issue 17): /brak-dostepu/, the page hosts show (403) to
 * a signed-in person without the role a route needs. The public build has no such page.
 */
import type { AstroIntegration } from 'astro';
import type { Audience } from '../lib/content/access.ts';

export const membersIntegration = (audience: Audience): AstroIntegration => ({
  name: 'smk-members',
  hooks: {
    'astro:config:setup': ({ injectRoute }) => {
      if (audience !== 'members') return;
      injectRoute({ pattern: '/brak-dostepu', entrypoint: new URL('../members/brak-dostepu.astro', import.meta.url) });
    },
  },
});
