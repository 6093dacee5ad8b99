// Pages may read content only through src/lib/content/entries.ts, which filters by audience. A page
// that called getCollection() itself would skip that filter and could leak member-only
// entries into the public build: this test fails on any such page, component or layout.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/build-site.ts';

const UNFILTERED = /\b(getCollection|getEntry|getEntries|getLiveCollection|getLiveEntry)\b/;
const sources = ['src/pages', 'src/components', 'src/layouts', 'src/lib']
  .flatMap((d) => readdirSync(join(ROOT, d), { recursive: true, encoding: 'utf8' }).map((f) => join(ROOT, d, f)))
  .filter((f) => /\.(astro|ts|mdx?)$/.test(f));

describe('access to content', () => {
  it('goes through entries() everywhere: no other module reads collections directly', () => {
    const offenders = sources
      .filter((f) => relative(ROOT, f) !== 'src/lib/content/entries.ts')
      .filter((f) => UNFILTERED.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('entries() applies the audience filter to every collection it reads', () => {
    const source = readFileSync(join(ROOT, 'src/lib/content/entries.ts'), 'utf8');
    expect(source).toMatch(/getCollection\(name, \(e\) => visibleTo\(audience,/);
  });
});
