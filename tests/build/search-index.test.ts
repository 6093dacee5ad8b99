// The search index is part of every build: each audience's output gets its own Pagefind index
// made only from its own entry pages, and entry pages carry the filter values search shows.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { allFiles, buildSite, copyFixture, readPage } from '../../scripts/lib/build-site.ts';
import { findCanaries } from '../helpers/leaks.ts';

const build = inject('fixtureBuild');
const indexedPages = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: { pl: { page_count: number } } })
    .languages.pl.page_count;
const entryPages = (dir: string) =>
  allFiles(dir).filter((f) => f.endsWith('.html') && readFileSync(f, 'utf8').includes('data-pagefind-body'));

describe('the search index of each build', () => {
  it('exists in both builds, with the Polish index and the script the pages load', () => {
    for (const dir of [build.public, build.members]) {
      expect(existsSync(join(dir, 'pagefind', 'pagefind.js')), dir).toBe(true);
      expect(existsSync(join(dir, 'pagefind', 'wasm.pl.pagefind')), dir).toBe(true);
    }
  });

  it('holds exactly the entry pages of its own build (lists, tags, home and /szukaj/ stay out)', () => {
    expect(indexedPages(build.public)).toBe(entryPages(build.public).length);
    expect(indexedPages(build.members)).toBe(entryPages(build.members).length);
    // the 7 member-only entries with canaries are in the members index only (8th: a contact,
    // members-only by default, also absent from the public build)
    expect(indexedPages(build.members)).toBeGreaterThan(indexedPages(build.public));
    expect(readPage(build.public, '/szukaj/')).not.toContain('data-pagefind-body');
    expect(readPage(build.public, '/')).not.toContain('data-pagefind-body');
  });

  it('indexes member text in the members index only (the leak scan reads the compressed index)', () => {
    expect(findCanaries(join(build.members, 'pagefind'), 'kanark').length).toBeGreaterThan(0);
    expect(findCanaries(join(build.public, 'pagefind'), 'kanark')).toEqual([]);
  });

  it('draws the word-form tables and the suggestion words from its own build only', () => {
    expect(existsSync(join(build.public, 'pagefind-pl', 'spis.json'))).toBe(true);
    expect(findCanaries(join(build.members, 'pagefind-pl'), 'kanark').length).toBeGreaterThan(0);
    expect(findCanaries(join(build.public, 'pagefind-pl'), 'kanark')).toEqual([]);
  });

  it('gives entry pages their filter values and result details inside the indexed <main>', () => {
    const html = readPage(build.public, '/baza-wiedzy/wzor-klauzuli-waloryzacyjnej/');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main).toContain('data-pagefind-body');
    expect(main).toMatch(/<span data-pagefind-filter="type">Dokument<\/span>/);
    expect(main).toMatch(/<span data-pagefind-filter="forum">Forum Prawa Zamówień Publicznych<\/span>/);
    expect(main).toMatch(/<span data-pagefind-filter="year">20\d\d<\/span>/);
    expect(main).toMatch(/data-pagefind-meta="date">\d+ \p{L}+ 20\d\d</u);
    expect(main).toMatch(/<h1 data-pagefind-weight="10">/);
  });

  it('puts the quick search form on every page', () => {
    for (const path of ['/', '/faq/', '/szukaj/', '/baza-wiedzy/wzor-klauzuli-waloryzacyjnej/']) {
      expect(readPage(build.public, path), path).toMatch(/<form[^>]*role="search"[^>]*action="\/szukaj\/"/);
    }
  });
});

describe('a wrong synonym list', () => {
  it('stops the build and names the file and the field', () => {
    const dir = copyFixture('bad-synonyms');
    mkdirSync(join(dir, 'search'));
    writeFileSync(join(dir, 'search', 'synonyms.yaml'), '- skrot: PZP\n  rozwiniecia: []\n');
    const result = buildSite({ content: dir, audience: 'public', outDir: join(dir, '..', 'bad-synonyms-out') });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('search/synonyms.yaml — pole „0.rozwiniecia”: podaj co najmniej jedno rozwinięcie');
  });
});
