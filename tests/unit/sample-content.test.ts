// The bundled sample content is what `npm start` shows: it must be valid and complete.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatProblem, readFrontmatter } from '../../src/lib/content/node/content-check.ts';
import { entryFiles, slugOf } from '../../src/lib/content/node/content-dir.ts';
import { FORUM_SLUGS } from '../../src/schema/collections.ts';
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
