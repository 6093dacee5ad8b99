// Search logic without a browser: Polish normalisation, acronyms, the typo guard, URLs.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TMP } from '../../scripts/lib/build-site.ts';
import { acceptsPrefix, isSearchShortcut, longEnough, strictSearch, type PagefindResponse } from '../../src/lib/search/client/query.ts';
import { SEARCH_FILTERS, filtersFromParams, searchUrl } from '../../src/lib/search/filters.ts';
import { loadSynonyms } from '../../src/lib/search/node/synonyms.ts';
import { foldForSearch, indexTerms, queryReplacements, queryWords, type Synonym } from '../../src/lib/search/terms.ts';

const SYNONYMS: Synonym[] = [
  { acronym: 'PZP', expansions: ['Prawo zamówień publicznych'] },
  { acronym: 'P&R', expansions: ['Parkuj i Jedź', 'Park and Ride'] },
];

describe('foldForSearch (index and query alike)', () => {
  it('writes ł as l and lower-cases, keeping the letters Pagefind folds itself', () => {
    expect(foldForSearch('Źródła ŁĄCZNOŚCI')).toBe('źródla lączności');
  });
});

describe('indexTerms', () => {
  it('adds ł-free forms of words with ł, so "zrodla" finds "źródła"', () => {
    expect(indexTerms('Źródła finansowania i łączność', []).split(' ')).toEqual(['źródla', 'lączność']);
  });

  it('adds the expansion to a page that says only the acronym', () => {
    expect(indexTerms('Webinar PZP o waloryzacji', SYNONYMS).split(' ')).toEqual(['pzp', 'prawo', 'zamówień', 'publicznych']);
  });

  it('adds the acronym to a page that has the expansion in an inflected form', () => {
    expect(indexTerms('zgodnie z ustawą Prawo zamówień publicznych', SYNONYMS)).toContain('pzp');
    expect(indexTerms('przepisy prawa zamówień publicznych', SYNONYMS)).toContain('pzp');
  });

  it('does not take an acronym inside another word or unrelated text', () => {
    expect(indexTerms('SPZPX i prawo pracy', SYNONYMS)).toBe('');
  });

  it('gives P&R pages the words of its expansions (Pagefind would split "P&R" into letters)', () => {
    expect(indexTerms('Parking P&R przy stacji', SYNONYMS).split(' ')).toEqual(expect.arrayContaining(['parkuj', 'jedź', 'park', 'ride']));
    expect(indexTerms('Parkuj i jedź', SYNONYMS)).toContain('parkuj');
  });
});

describe('queryWords', () => {
  const replacements = queryReplacements(SYNONYMS);
  it('folds the query like the index and drops punctuation and quotes', () => {
    expect(queryWords('„Źródła” finansowania!', replacements)).toEqual(['źródla', 'finansowania']);
  });
  it('replaces an acronym that is not one word by its expansion', () => {
    expect(queryWords('parking P&R', replacements)).toEqual(['parking', 'parkuj', 'i', 'jedź']);
  });
  it('keeps one-word acronyms as they are', () => {
    expect(queryWords('PZP', replacements)).toEqual(['pzp']);
  });
});

describe('strictSearch (a typo must not flood the results)', () => {
  const result = (id: string) => ({ id, score: 1, data: async () => ({ url: `/${id}/`, excerpt: '', content: '', meta: {} }) });
  // A fake index: exact (quoted) searches know only "zamówienia"; unquoted searches fall back to
  // prefixes and return everything, as Pagefind did for "zamuwienia".
  const search = async (term: string): Promise<PagefindResponse> =>
    term.startsWith('"')
      ? { results: term === '"zamówienia"' ? [result('a')] : [], filters: {} }
      : { results: [result('a'), result('b'), result('c')], filters: { type: { Dokument: 3 } } };

  it('returns the ranked results when every word matches exactly', async () => {
    const answer = await strictSearch(search, 'Zamówienia');
    expect(answer.results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(answer.filters).toEqual({ type: { Dokument: 3 } });
  });

  it('returns nothing when a word matches only through prefix guessing', async () => {
    expect((await strictSearch(search, 'zamuwienia')).results).toEqual([]);
    expect((await strictSearch(search, 'zamówienia publiczne')).results).toEqual([]);
  });

  it('lets the last word be unfinished while typing, checked against each result text', async () => {
    const answer = await strictSearch(search, 'zamówienia publ', { prefixLast: true });
    expect(answer.results).toHaveLength(3);
    expect(acceptsPrefix(answer, 'b', 'Zamówienia publiczne w gminie')).toBe(true);
    expect(acceptsPrefix(answer, 'c', 'Zamówienia w gminie')).toBe(false);
  });

  it('searches nothing for an empty query', async () => {
    expect((await strictSearch(search, ' „” ')).results).toEqual([]);
  });
});

describe('keyboard shortcut and typing threshold', () => {
  const key = { key: '/', ctrlKey: false, metaKey: false, altKey: false };
  it('"/" focuses the search unless the person is typing in a field', () => {
    expect(isSearchShortcut(key, { tagName: 'BODY' } as unknown as EventTarget)).toBe(true);
    expect(isSearchShortcut(key, { tagName: 'INPUT' } as unknown as EventTarget)).toBe(false);
    expect(isSearchShortcut(key, { tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(false);
    expect(isSearchShortcut({ ...key, ctrlKey: true }, null)).toBe(false);
  });
  it('searches as you type from 2 characters', () => {
    expect(longEnough('z')).toBe(false);
    expect(longEnough(' za ')).toBe(true);
  });
});

describe('search URLs (shareable)', () => {
  it('round-trips the query and filters through Polish parameter names', () => {
    const url = searchUrl(' zamówienia ', { forum: ['Forum Prawa Zamówień Publicznych'], year: ['2026'] });
    expect(url).toBe('/szukaj/?q=zam%C3%B3wienia&forum=Forum+Prawa+Zam%C3%B3wie%C5%84+Publicznych&rok=2026');
    const params = new URL(url, 'http://x').searchParams;
    expect(params.get('q')).toBe('zamówienia');
    expect(filtersFromParams(params)).toEqual({ forum: ['Forum Prawa Zamówień Publicznych'], year: ['2026'] });
  });
  it('has one filter for each of type, forum, gmina, tag and year', () => {
    expect(SEARCH_FILTERS.map((f) => f.key)).toEqual(['type', 'forum', 'gmina', 'tag', 'year']);
  });
});

describe('the synonym list (content/search/synonyms.yaml)', () => {
  const folder = (yaml: string) => {
    const dir = mkdtempSync(join((mkdirSync(TMP, { recursive: true }), TMP), 'synonyms-'));
    mkdirSync(join(dir, 'search'));
    writeFileSync(join(dir, 'search', 'synonyms.yaml'), yaml);
    return dir;
  };
  it('reads the sample list with every acronym the users named', () => {
    const acronyms = loadSynonyms('content').map((s) => s.acronym);
    for (const a of ['PZP', 'ZIT', 'SUMP', 'OZE', 'MPZP', 'SUIKZP', 'PSZOK', 'P&R', 'RIO', 'UMWM', 'GDDKiA', 'MCO', 'OPS', 'TBS', 'KMA']) {
      expect(acronyms).toContain(a);
    }
  });
  it('names the file and field of a wrong entry', () => {
    const dir = folder('- skrot: PZP\n  rozwiniecia: []\n- skrot: X\n  rozwiniecia: [Coś tam]\n');
    expect(() => loadSynonyms(dir)).toThrow(/synonyms\.yaml — pole „0\.rozwiniecia”: podaj co najmniej jedno rozwinięcie[\s\S]*pole „1\.skrot”/);
  });
  it('reports broken YAML with the file named', () => {
    expect(() => loadSynonyms(folder('- skrot: [PZP\n'))).toThrow(/synonyms\.yaml — plik: niepoprawny YAML/);
  });
  it('is optional: a content folder without it has no synonyms', () => {
    expect(loadSynonyms(join(TMP, 'nie-ma-takiego-folderu'))).toEqual([]);
  });
});
