// Canonical links: every public page names its own absolute address on the public site
// (PUBLIC_URL), so search engines join /x/ and /x/index.html and never list a copy; the members
// site is not for search engines and has none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { allFiles } from '../../scripts/lib/build-site.ts';
import { siteUrl } from '../../src/lib/content/access.ts';

const build = inject('fixtureBuild');
const pages = (dir: string) => allFiles(dir).filter((f) => f.endsWith('.html'));
const canonicals = (file: string) => [...readFileSync(file, 'utf8').matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => m[1]);

describe('canonical links', () => {
  it('are on every public page, absolute, pointing at the page itself', () => {
    const files = pages(build.public).filter((f) => !f.endsWith('/404.html'));
    expect(files.length).toBeGreaterThan(50);
    const wrong = files.flatMap((f) => {
      const path = `/${f.slice(build.public.length + 1).replace(/index\.html$/, '')}`;
      const expected = `${siteUrl('public')}${path}`;
      const found = canonicals(f);
      return found.length === 1 && found[0] === expected ? [] : [`${path}: ${found.join(', ') || 'brak'}`];
    });
    expect(wrong).toEqual([]);
  });

  it('are absent from the 404 page and from every members page', () => {
    expect(canonicals(join(build.public, '404.html'))).toEqual([]);
    expect(pages(build.members).filter((f) => canonicals(f).length > 0)).toEqual([]);
  });
});
