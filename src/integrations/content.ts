/**
 * Astro integration for the content folder:
 * - checks all content before the build starts (every problem, with file and field, in Polish);
 * - copies attachments into the output: `uploads/` into every build, `uploads-members/` only
 *   into the members build, so member files never reach the public site;
 * - serves the same folders in `astro dev`;
 * - writes the host configuration (Azure Static Web Apps) for the build's audience;
 * - fails the build on any internal link that leads nowhere (page, attachment, feed);
 * - fails the build when the output has a folder under a collection's prefix that is neither an
 *   entry nor in the route table (src/lib/site/node/route-table.ts): the table must know every
 *   route, or an entry of that name would collide with it unnoticed.
 */
import { cpSync, createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Audience } from '../lib/content/access.ts';
import { assertContentValid } from '../lib/content/node/content-check.ts';
import { contentDir, entryFiles, scanKnown, slugOf } from '../lib/content/node/content-dir.ts';
import { COLLECTION_NAMES } from '../schema/collections.ts';
import { routeTableGaps } from '../lib/site/node/route-table.ts';
import { staticWebAppConfig } from '../lib/site/host-config.ts';
import { findBrokenLinks } from '../lib/site/node/link-check.ts';

const uploadFolders = (audience: Audience) =>
  audience === 'members' ? ['uploads', 'uploads-members'] : ['uploads'];

export const contentIntegration = (audience: Audience): AstroIntegration => ({
  name: 'smk-content',
  hooks: {
    'astro:config:setup': () => {
      assertContentValid(contentDir());
    },
    'astro:server:setup': ({ server }) => {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const folder = uploadFolders(audience).find((f) => path.startsWith(`/${f}/`));
        const file = folder && join(contentDir(), normalize(path).replace(/^[/\\]+/, ''));
        if (!file || !existsSync(file) || !statSync(file).isFile()) return next();
        createReadStream(file).pipe(res);
      });
    },
    'astro:build:done': ({ dir, logger }) => {
      const out = fileURLToPath(dir);
      for (const folder of uploadFolders(audience)) {
        const from = join(contentDir(), folder);
        if (existsSync(from)) cpSync(from, join(out, folder), { recursive: true });
      }
      writeFileSync(
        join(out, 'staticwebapp.config.json'),
        `${JSON.stringify(staticWebAppConfig(audience, { forums: [...scanKnown(contentDir()).slugs.forums] }), null, 2)}\n`,
      );
      const started = Date.now();
      const broken = findBrokenLinks(out);
      // npm run bench reads this line (scripts/bench.ts).
      logger.info(`Linki wewnętrzne sprawdzone w ${Date.now() - started} ms`);
      if (broken.length > 0) {
        throw new Error(
          `Zepsute linki wewnętrzne (${broken.length}):\n` +
            broken.slice(0, 50).map((b) => `  • ${b.page} → ${b.target}`).join('\n'),
        );
      }
      const slugs = new Map(COLLECTION_NAMES.map((n) => [n, new Set(entryFiles(contentDir(), n).map(slugOf))]));
      const gaps = routeTableGaps(out, slugs);
      if (gaps.length > 0) {
        throw new Error(
          `Adresy spoza tabeli tras (${gaps.length}) — wpis o takiej nazwie zderzyłby się z nimi; ` +
            `dodaj trasę do src/lib/site/node/route-table.ts:\n${gaps.map((g) => `  • ${g}`).join('\n')}`,
        );
      }
    },
  },
});
