/**
 * Forum rooms in the build (issue 17), members build only:
 * - `roomFilesIntegration` copies `content/uploads-rooms/<forum>/` into `/pokoje/<forum>/pliki/`
 *   (before the link check of the content integration, which must find them);
 * - `roomSearchIntegration` writes each room's own Pagefind bundle after the members-wide index.
 * The public build gets neither: no room page, file or index is ever written there.
 */
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Audience } from '../lib/content/access.ts';
import { contentDir } from '../lib/content/node/content-dir.ts';
import { indexRooms } from '../lib/rooms/node/room-index.ts';
import { ROOM_UPLOADS_FOLDER } from '../schema/collections.ts';

export const roomFilesIntegration = (audience: Audience): AstroIntegration => ({
  name: 'smk-room-files',
  hooks: {
    'astro:build:done': ({ dir }) => {
      if (audience !== 'members') return;
      const from = join(contentDir(), ROOM_UPLOADS_FOLDER);
      if (!existsSync(from)) return;
      const out = fileURLToPath(dir);
      for (const forum of readdirSync(from)) {
        if (!statSync(join(from, forum)).isDirectory()) continue;
        cpSync(join(from, forum), join(out, 'pokoje', forum, 'pliki'), { recursive: true });
      }
    },
  },
});

export const roomSearchIntegration = (audience: Audience): AstroIntegration => ({
  name: 'smk-room-search',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      if (audience !== 'members') return;
      const started = Date.now();
      const counts = await indexRooms(fileURLToPath(dir));
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      logger.info(`Pagefind: pokoje forów — stron w indeksach: ${total}, pokoi: ${Object.keys(counts).length} (${Date.now() - started} ms)`);
    },
  },
});
