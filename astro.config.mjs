// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { currentAudience, siteUrl } from './src/lib/content/access.ts';
import { contentDir } from './src/lib/content/node/content-dir.ts';
import { sanitizeHastPlugin } from './src/lib/content/markdown-safety.ts';
import { pageIds } from './src/lib/site/node/page-ids.ts';
import { cmsIntegration } from './src/integrations/cms.ts';
import { contentIntegration } from './src/integrations/content.ts';
import { searchIndexIntegration } from './src/integrations/search-index.ts';
import { roomFilesIntegration, roomSearchIntegration } from './src/integrations/rooms.ts';
import { membersIntegration } from './src/integrations/members.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/lib/site/security-headers.ts';

// One build per audience (SITE_AUDIENCE=public | members) into dist/<audience>/.
// GFM (tables, task lists) is built into Astro 7's Markdown processor; remark-gfm is not added
// because it made a 2,000-entry build 70 % slower for no visible difference (measured November 2026; docs/decisions.md).
const audience = currentAudience();
// Astro keeps parsed entries in its cache; a schema change must not reuse entries parsed by the
// old schema (new defaults would be missing), so the cache key covers the schema's source too.
// The sanitiser shapes every rendered body, so a change to it must not reuse old renders either.
const schemaFiles = ['src/content.config.ts', 'src/lib/content/markdown-safety.ts', 'src/lib/site/node/page-ids.ts', ...readdirSync('src/schema').map((f) => `src/schema/${f}`)];
const contentKey = createHash('sha1')
  .update(contentDir())
  .update(schemaFiles.map((f) => readFileSync(f, 'utf8')).join('\n'))
  // Heading ids depend on the ids the templates use (see page-ids.ts).
  .update(pageIds().join(' '))
  .digest('hex')
  .slice(0, 12);

export default defineConfig({
  site: siteUrl(audience),
  // OUT_DIR lets tests and benchmarks build fixtures without touching dist/.
  outDir: process.env.OUT_DIR ?? `./dist/${audience}`,
  // A separate cache per content folder, schema and audience: builds never see stale data.
  cacheDir: `./node_modules/.astro/${contentKey}-${audience}`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Markdown and MDX bodies are sanitised (allow-list of rehype-sanitize): no script, event
  // handler or javascript:/data: link from content reaches a page, whatever the host sends.
  // Astro 7's own processor (satteri) with a hast plugin: the unified pipeline was 70 % slower.
  markdown: { processor: satteri({ hastPlugins: [sanitizeHastPlugin(pageIds())] }) },
  // Astro writes a Content-Security-Policy <meta> with hashes of its own scripts and styles, so
  // even a host that cannot send headers (GitHub Pages) gets a policy of "this site only".
  // The policy itself lives in src/lib/site/security-headers.ts (shared with the host configs).
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
      styleDirective: { resources: [...CSP_STYLE_SOURCES] },
    },
  },
  // The search index comes last: it indexes the finished output folder of this audience.
  // Forum rooms (/pokoje/<forum>/) stay out of the sitemap; their files are copied before the link
  // check and each room gets its own search bundle after the site-wide index (issue 17).
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/pokoje/') }),
    roomFilesIntegration(audience),
    contentIntegration(audience),
    cmsIntegration(audience),
    membersIntegration(audience),
    searchIndexIntegration(),
    roomSearchIntegration(audience),
  ],
});
