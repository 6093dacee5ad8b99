// The bundled sample content is what `npm start` shows: it must be valid and complete.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatProblem, readFrontmatter } from '../../src/lib/content/node/content-check.ts';
import { entryFiles, slugOf } from '../../src/lib/content/node/content-dir.ts';
import { FORUM_SLUGS, ROOM_FILE, ROOM_UPLOADS_FOLDER } from '../../src/schema/collections.ts';
import { ROOM_COLLECTIONS } from '../../src/lib/rooms/rooms.ts';
import { ROOT } from '../../scripts/lib/build-site.ts';

const CONTENT = join(ROOT, 'content');
const data = (collection: string) =>
  entryFiles(CONTENT, collection).map((f) => readFrontmatter(readFileSync(join(CONTENT, collection, f), 'utf8')) as Record<string, unknown>);

describe('sample content', () => {
  it('passes the content check', () => {
    expect(checkContent(CONTENT).map(formatProblem)).toEqual([]);
  });

  it('has the 8 forums and the 15 gminy under their fixed slugs', () => {
    expect(entryFiles(CONTENT, 'forums').map(slugOf).sort()).toEqual([...FORUM_SLUGS].sort());
    expect(entryFiles(CONTENT, 'municipalities').map(slugOf).sort()).toEqual(
      ['krakow', 'biskupice', 'czernichow', 'igolomia-wawrzenczyce', 'kocmyrzow-luborzyca', 'liszki', 'michalowice', 'mogilany', 'niepolomice', 'skawina', 'swiatniki-gorne', 'wieliczka', 'wielka-wies', 'zabierzow', 'zielonki'].sort(),
    );
  });

  it('has enough entries of each kind, some of them members-only', () => {
    const minimum = { contacts: 40, practices: 15, documents: 20, faq: 30, events: 30, news: 15 };
    for (const [collection, min] of Object.entries(minimum)) {
      const entries = data(collection);
      expect(entries.length, collection).toBeGreaterThanOrEqual(min);
      expect(entries.some((e) => (e['access'] ?? (collection === 'contacts' ? 'members' : 'public')) === 'members'), collection).toBe(true);
    }
  });

  it('has forum rooms with content for at least two forums, and a room file linked from its room', () => {
    // What `npm start` shows a member of a forum under /pokoje/<forum>/ (issue 17).
    const room = ROOM_COLLECTIONS.flatMap((c) => data(c)).filter((e) => e['access'] === 'forum');
    const forums = new Set(room.flatMap((e) => e['forums'] as string[]));
    expect(forums.size).toBeGreaterThanOrEqual(2);
    const linked = room.flatMap((e) => ((e['files'] as { path: string }[] | undefined) ?? []).map((f) => f.path)).filter((p) => ROOM_FILE.test(p));
    expect(linked.length).toBeGreaterThanOrEqual(1);
    const roomFiles = existsSync(join(CONTENT, ROOM_UPLOADS_FOLDER))
      ? readdirSync(join(CONTENT, ROOM_UPLOADS_FOLDER)).flatMap((f) => readdirSync(join(CONTENT, ROOM_UPLOADS_FOLDER, f)).map((n) => `/pokoje/${f}/pliki/${n}`))
      : [];
    // Every room file is used: none lies in the repository unlinked.
    expect(roomFiles.sort()).toEqual([...new Set(linked)].sort());
  });

  it('marks every sample person as example data', () => {
    expect(data('contacts').filter((c) => c['example'] !== true)).toEqual([]);
  });

  it('spreads FAQ over all forums and has a cancelled and a moved event', () => {
    const faqForums = new Set(data('faq').flatMap((f) => f['forums'] as string[]));
    expect([...faqForums].sort()).toEqual([...FORUM_SLUGS].sort());
    const statuses = data('events').map((e) => e['status']);
    expect(statuses).toContain('odwołane');
    expect(statuses).toContain('przeniesione');
  });
});
