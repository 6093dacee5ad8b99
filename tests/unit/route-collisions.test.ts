// An entry named like a route would overwrite, shadow or open it: events/subskrypcja.md would sit
// under the secret-feed prefix both hosts serve without login, events/typ.md would replace
// /kalendarz/typ/wydarzenie.ics. The reserved names come from src/pages and the URL builders
// (src/lib/site/node/route-table.ts); every one of them, in every collection, must fail the
// content check with the file and the field named.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/node/content-check.ts';
import { entryFiles } from '../../src/lib/content/node/content-dir.ts';
import { routeTable, routeTableGaps } from '../../src/lib/site/node/route-table.ts';
import { COLLECTION_NAMES, collections } from '../../src/schema/collections.ts';
import { TMP, copyFixture } from '../../scripts/lib/build-site.ts';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the route table', () => {
  it('knows the routes the audit found entries colliding with, without a hand list', () => {
    const segments = (name: (typeof COLLECTION_NAMES)[number]) => (routeTable().get(name) ?? []).map((r) => r.segment);
    // The secret-feed prefix and the per-type feeds (from the calendar's URL builders).
    expect(segments('events')).toEqual(expect.arrayContaining(['subskrypcja', 'typ', 'strona', 'forum']));
    // List pages of every section with lists; the contacts directory's own pages (src/pages).
    expect(segments('documents')).toEqual(expect.arrayContaining(['strona', 'forum']));
    expect(segments('contacts')).toEqual(expect.arrayContaining(['kto-czym-sie-zajmuje', 'do-weryfikacji', 'forum', 'fora', 'gminy']));
    expect(segments('news')).toContain('przeglad');
    expect(segments('projects')).toContain('na-styku-gmin');
  });

  it('follows src/pages: a new page folder becomes reserved', () => {
    const pages = join(TMP, `pages-${process.pid}`);
    made.push(pages);
    mkdirSync(join(pages, 'baza-wiedzy', 'archiwum-2020'), { recursive: true });
    mkdirSync(join(pages, 'baza-wiedzy', '[slug]'), { recursive: true });
    expect(routeTable(pages).get('documents')?.map((r) => r.segment)).toEqual(['archiwum-2020']);
  });
});

describe('an entry named like a reserved route segment', () => {
  // One copy of the fixture holds an entry named like every reserved segment of every collection.
  const dir = copyFixture('routes');
  made.push(dir);
  const cases = COLLECTION_NAMES.flatMap((name) => {
    const source = entryFiles(dir, name)[0];
    return (routeTable().get(name) ?? []).map((r) => ({ name, segment: r.segment, source }));
  });
  for (const c of cases) {
    if (!c.source) continue;
    copyFileSync(join(dir, c.name, c.source), join(dir, c.name, `${c.segment}.md`));
  }
  const problems = checkContent(dir).map((p) => ({ ...p, file: relative(dir, join(process.cwd(), p.file)) }));

  it('covers every collection that has reserved names', () => {
    expect(cases.filter((c) => c.source).length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.name))).toEqual(
      new Set(COLLECTION_NAMES.filter((n) => (routeTable().get(n) ?? []).length > 0)),
    );
  });

  it.each(cases.filter((c) => c.source).map((c) => [`${c.name}/${c.segment}.md`, c] as const))('%s fails with file and field', (file, c) => {
    const mine = problems.filter((p) => p.file === file);
    expect(mine).toContainEqual(
      expect.objectContaining({
        field: 'plik',
        message: expect.stringContaining(`adres /${collections[c.name].route}/${c.segment}/ należy do strony serwisu`),
      }),
    );
  });

  it('leaves other names alone', () => {
    expect(problems.filter((p) => !cases.some((c) => p.file === `${c.name}/${c.segment}.md`))).toEqual([]);
  });
});

describe('after a build', () => {
  it('names an output folder the route table does not know (a route an entry could collide with)', () => {
    const out = join(TMP, `gaps-${process.pid}`);
    made.push(out);
    for (const f of ['baza-wiedzy/wzor/index.html', 'baza-wiedzy/strona/2/index.html', 'baza-wiedzy/nowa-trasa/x.json', 'kalendarz/typ/webinar.ics']) {
      mkdirSync(join(out, f, '..'), { recursive: true });
    }
    const slugs = new Map([['documents', new Set(['wzor'])]] as const);
    expect(routeTableGaps(out, slugs)).toEqual(['/baza-wiedzy/nowa-trasa/']);
    expect(readdirSync(out)).toEqual(['baza-wiedzy', 'kalendarz']);
  });
});
