/**
 * One Pagefind bundle per forum room, written to `<out>/pokoje/<forum>/pagefind/` after the
 * members build. Room pages carry `data-room-body` instead of `data-pagefind-body`, so the
 * members-wide index (which keeps only pages with `data-pagefind-body`) never sees them; here
 * each room's entry pages are handed to Pagefind with that marker renamed, so a room's bundle
 * holds its own entries and nothing else.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { ROOM_BODY_ATTRIBUTE } from '../rooms.ts';

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(dir, f));

/** Indexes every room under `<out>/pokoje/`; returns pages per room. */
export const indexRooms = async (out: string): Promise<Record<string, number>> => {
  const root = join(out, 'pokoje');
  const counts: Record<string, number> = {};
  if (!existsSync(root)) return counts;
  for (const forum of readdirSync(root).sort()) {
    const dir = join(root, forum);
    const pages = htmlFiles(dir)
      .map((file) => ({ file, html: readFileSync(file, 'utf8') }))
      .filter((p) => p.html.includes(ROOM_BODY_ATTRIBUTE));
    counts[forum] = pages.length;
    if (pages.length === 0) continue;
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'pl' });
    if (!index) throw new Error(`Pagefind (pokój ${forum}): ${errors.join('; ')}`);
    for (const p of pages) {
      // Relative to the room: the search page's basePath (the room's bundle) puts the room in front.
      const url = `/${relative(dir, p.file).split('\\').join('/')}`.replace(/index\.html$/, '');
      const added = await index.addHTMLFile({
        url,
        content: p.html.replaceAll(ROOM_BODY_ATTRIBUTE, 'data-pagefind-body'),
      });
      if (added.errors.length) throw new Error(`Pagefind (pokój ${forum}): ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind (pokój ${forum}): ${written.errors.join('; ')}`);
    await index.deleteIndex();
  }
  await pagefind.close();
  return counts;
};
