// @ts-check
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { currentAudience } from './src/lib/access.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { cmsIntegration } from './src/integrations/cms.ts';
import { contentIntegration } from './src/integrations/content.ts';

// One build per audience (SITE_AUDIENCE=public | members) into dist/<audience>/.
// GFM (tables, task lists) is built into Astro 7's Markdown processor; remark-gfm is not added
// because it made a 2,000-entry build 70 % slower for no visible difference (DESIGN.md).
const audience = currentAudience();
const contentKey = createHash('sha1').update(contentDir()).digest('hex').slice(0, 8);

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // OUT_DIR lets tests and benchmarks build fixtures without touching dist/.
  outDir: process.env.OUT_DIR ?? `./dist/${audience}`,
  // A separate cache per content folder and audience: builds of fixtures never see stale data.
  cacheDir: `./node_modules/.astro/${contentKey}-${audience}`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [mdx(), contentIntegration(audience), cmsIntegration(audience)],
});
