// Lemma-level matching, ranking, excerpts and suggestions for the search, without a browser:
// the Hunspell reading on a tiny dictionary and on the real Polish one, the build's keys and
// shards, and the pure functions the browser runs on Pagefind's results.
import { describe, expect, it } from 'vitest';
import { countText } from '../../src/lib/search/client/counted.ts';
import { makeExcerpt } from '../../src/lib/search/excerpt.ts';
import { KEYS_MARK, foldWord, fromShardFile, keyOf, ownText, shardOf, toShardFile } from '../../src/lib/search/lemma.ts';
import { parseHunspell, polishLexicon } from '../../src/lib/search/node/hunspell.ts';
import { buildLemmaIndex, htmlText, separated, withoutIgnored, wordKeys } from '../../src/lib/search/node/lemma-index.ts';
import { rankHits, seriesKey } from '../../src/lib/search/rank.ts';
import { closestWord, editDistance } from '../../src/lib/search/suggest.ts';
import { COUNTED_FORMS, tc } from '../../src/i18n/pl.ts';

const TINY_AFF = ['SET UTF-8', 'SFX m Y 3', 'SFX m   a  i   ka', 'SFX m   ka  ek  ka', 'SFX m   a  ą   a', ''].join('\n');
const TINY_DIC = ['2', 'ścieżka/m', 'droga', ''].join('\n');

describe('Hunspell as a lexicon', () => {
  const tiny = parseHunspell(TINY_AFF, TINY_DIC);
  it('finds the lemma of a form by applying suffix rules backwards, with their conditions', () => {
    expect(tiny.lemmasOf('ścieżek')).toEqual(['ścieżka']);
    expect(tiny.lemmasOf('Ścieżki')).toEqual(['ścieżka']);
    expect(tiny.lemmasOf('drogi')).toEqual([]); // "droga" has no flags: no forms but itself
    expect(tiny.lemmasOf('droga')).toEqual(['droga']);
  });
  it('lists every form of a lemma', () => {
    expect(tiny.formsOf('ścieżka').sort()).toEqual(['ścieżek', 'ścieżka', 'ścieżki', 'ścieżką']);
  });

  const pl = polishLexicon();
  const same = (a: string, b: string) => wordKeys(pl, a).some((k) => wordKeys(pl, b).includes(k));
  it('gives forms of one Polish lexeme a common key: cases, numbers and stem alternations', () => {
    expect(same('ścieżek', 'ścieżka')).toBe(true); // -ek/-k-
    expect(same('kotłów', 'kocioł')).toBe(true); // ó/o, ł
    expect(same('zamówień', 'zamówienia')).toBe(true);
    expect(same('błędów', 'błąd')).toBe(true); // ą/ę
    expect(same('żłobku', 'żłobek')).toBe(true);
    expect(same('Krakowie', 'Kraków')).toBe(true);
    expect(same('rowerowych', 'rowerowa')).toBe(true);
  });
  it('keeps different lexemes apart and leaves unknown words as they are (folded)', () => {
    expect(same('ścieżka', 'rowerowa')).toBe(false);
    expect(wordKeys(pl, 'PZP')).toEqual(['pzp']);
    expect(wordKeys(pl, 'agloekspresu')).toEqual(['agloekspresu']);
  });
});

describe('one folding on both sides', () => {
  it('drops case and every diacritic, ł included', () => {
    expect(foldWord('Źródła ŁĄCZNOŚCI')).toBe('zrodla lacznosci');
  });
  it('shards a folded form by its first three letters and looks up its key there', () => {
    expect(shardOf('sciezek')).toBe('sci');
    expect(shardOf('od')).toBe('od');
    expect(shardOf('przedszkole', (n) => n === 'prz')).toBe('prze');
    expect(shardOf('prz', (n) => n === 'prz')).toBe('prz');
    expect(shardOf('ß')).toBe('_');
    expect(keyOf('sciezek', { sciezek: 'sciezka' })).toBe('sciezka');
    expect(keyOf('pzp', {})).toBe('pzp');
  });
  it('stores a shard as key → forms and reads it back', () => {
    const shard = { sciezek: 'sciezka', sciezki: 'sciezka', rowerowych: 'rowerowy' };
    expect(toShardFile(shard)).toEqual({ sciezka: 'sciezek sciezki', rowerowy: 'rowerowych' });
    expect(fromShardFile(toShardFile(shard))).toEqual(shard);
  });
});

const page = (title: string, body: string, extra = '') =>
  `<html><body><header>Menu</header><main data-pagefind-body><h1>${title}</h1><p>${body}</p>${extra}</main></body></html>`;

describe('buildLemmaIndex (build time)', () => {
  const built = buildLemmaIndex(
    [
      { path: 'a/index.html', html: page('Ścieżki rowerowe', 'Budowa ścieżki wzdłuż Wisły &amp; wałów.', '<dl data-pagefind-ignore data-search-keep><dt>Forum</dt><dd>Forum Transportu</dd></dl><section data-pagefind-ignore="all"><h2>Powiązane</h2><p>Kotły grzewcze</p></section>') },
      { path: 'b/index.html', html: page('Webinar PZP', 'Umowy w sprawie zamówienia.') },
      { path: 'lista/index.html', html: '<html><main><p>Lista bez indeksu</p></main></html>' },
    ],
    polishLexicon(),
    [{ acronym: 'PZP', expansions: ['Prawo zamówień publicznych'] }],
  );
  const keys = (path: string) => /<div hidden data-search-keys>([\s\S]*?)<\/div>/.exec(built.pages.find((p) => p.path === path)?.html ?? '')?.[1] ?? '';

  it('adds a hidden key block after the mark, title keys weighted like a heading', () => {
    expect(keys('a/index.html')).toMatch(new RegExp(`^${KEYS_MARK} <p data-pagefind-weight="7">sciezka[^<]*rowerowy`));
    expect(keys('a/index.html')).toContain('wisla');
  });
  it('keeps kept labels (forum names) searchable but not text Pagefind ignores (related entries)', () => {
    expect(keys('a/index.html')).toContain('transport');
    expect(keys('a/index.html')).not.toContain('kociol');
  });
  it('adds acronym expansions as keys', () => {
    for (const k of ['prawo', 'zamowienie', 'publiczny']) expect(keys('b/index.html').split(/[\s<>]+/)).toContain(k);
  });
  it('leaves out keys Pagefind matches by itself: a word of the page as written, without ł', () => {
    const b = keys('b/index.html').split(/[\s<>]+/);
    expect(b).not.toContain('pzp'); // "PZP" is on the page
    expect(b).not.toContain('webinar');
    expect(keys('a/index.html').split(/[\s<>]+/)).toContain('wisla'); // "Wisły": ł is not folded by Pagefind
  });
  it('leaves pages that are not indexed as they were', () => {
    expect(built.pages.find((p) => p.path === 'lista/index.html')?.html).toBe('<html><main><p>Lista bez indeksu</p></main></html>');
    expect(built.stats.pages).toBe(2);
  });
  it('writes forms of the lemmas used, in shards, mapped to their key', () => {
    // A form not on any page finds the key its page is indexed by.
    const pageKeys = wordKeys(polishLexicon(), 'ścieżki');
    expect(pageKeys).toContain(keyOf('sciezek', built.shards.get('sci')));
    expect(pageKeys).toContain(keyOf('sciezkami', built.shards.get('sci')));
    expect(built.shards.get('row')?.['rowerowych']).toBe('rowerowy');
    expect(keyOf('zamowien', built.shards.get('zam'))).toBe(keyOf('zamowieniach', built.shards.get('zam')));
  });
  it('draws the suggestion vocabulary from these pages only, as the words are written', () => {
    const all = [...built.vocabulary.values()].flat().map(([w]) => w);
    expect(all).toContain('ścieżki');
    expect(all).not.toContain('Lista');
    expect(all).not.toContain('Kotły');
  });
  it('separates texts that the markup writes next to each other', () => {
    expect(separated('<ul><li><a>Forum A</a></li><li><a>Forum B</a></li></ul><p>x</p>')).toBe('<ul><li><a>Forum A</a></li> <li><a>Forum B</a></li> </ul> <p>x</p>');
    expect(separated('<span>PZP</span><span>2026</span> <a>x</a>, dalej')).toBe('<span>PZP</span> <span>2026</span> <a>x</a>, dalej');
  });
  it('reads text from HTML with entities decoded and ignored parts dropped', () => {
    expect(htmlText('<p>A&amp;B&nbsp;&#x105;</p>').trim()).toBe('A&B ą');
    expect(withoutIgnored('<p>a</p><div data-pagefind-ignore><div>b</div></div><p>c</p>').replace(/\s+/g, '')).toBe('<p>a</p><p>c</p>');
  });
});

describe('excerpts from the entry own text', () => {
  const content = `Ścieżki rowerowe. Gmina buduje ścieżkę <b> wzdłuż Wisły. ${KEYS_MARK} sciezka rowerowy. gmina`;
  it('cut the hidden keys and the heading, mark matched words and escape the text', () => {
    expect(ownText(content)).toBe('Ścieżki rowerowe. Gmina buduje ścieżkę <b> wzdłuż Wisły.');
    const html = makeExcerpt(content, 'Ścieżki rowerowe', (w) => foldWord(w).startsWith('sciezk'));
    expect(html).toBe('Gmina buduje <mark>ścieżkę</mark> &lt;b&gt; wzdłuż Wisły.');
  });
  it('start at the beginning of the sentence that holds the match', () => {
    const text = `${Array.from({ length: 30 }, (_, i) => `słowo${i}`).join(' ')}. Drugie zdanie mówi o klauzuli waloryzacyjnej.`;
    expect(makeExcerpt(text, '', (w) => w === 'klauzuli', 10)).toBe('… Drugie zdanie mówi o <mark>klauzuli</mark> waloryzacyjnej.');
  });
  it('start near the first match in a long text', () => {
    const long = `${Array.from({ length: 60 }, (_, i) => `słowo${i}`).join(' ')} klauzula waloryzacyjna ${Array.from({ length: 40 }, (_, i) => `dalej${i}`).join(' ')}`;
    const html = makeExcerpt(long, '', (w) => w === 'klauzula', 10);
    expect(html.startsWith('… ')).toBe(true);
    expect(html).toContain('<mark>klauzula</mark>');
    expect(html.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length).toBeLessThanOrEqual(10);
  });
});

describe('ranking', () => {
  const hit = (url: string, kind: string, title: string, score: number, day?: string) => ({ score, data: { url, meta: { kind, title, ...(day ? { day } : {}) } } });
  const today = '2026-11-30';
  it('puts knowledge above past meeting notices of a similar score', () => {
    const ranked = rankHits([hit('/e/', 'events', 'Posiedzenie Forum PZP – listopad 2026', 1, '2026-11-17'), hit('/d/', 'documents', 'Wykaz błędów PZP', 0.8)], { today });
    expect(ranked.map((r) => r.data.url)).toEqual(['/d/', '/e/']);
  });
  it('collapses a series of events into its best one, keeping the others as similar', () => {
    const ranked = rankHits(
      [
        hit('/e1/', 'events', 'Posiedzenie Forum Edukacji – marzec 2027', 2, '2027-03-10'),
        hit('/e2/', 'events', 'Posiedzenie Forum Edukacji – wrzesień 2026', 1.9, '2026-09-10'),
        hit('/e3/', 'events', 'Warsztat Forum Edukacji – negocjacje (luty 2027)', 1.8, '2027-02-01'),
      ],
      { today },
    );
    expect(ranked.map((r) => r.data.url)).toEqual(['/e1/', '/e3/']);
    expect(ranked[0]?.similar.map((d) => d.url)).toEqual(['/e2/']);
    expect(seriesKey('Posiedzenie Forum Rozwoju – styczeń 2027')).toBe(seriesKey('Posiedzenie Forum Rozwoju – październik 2026'));
  });
  it('keeps the forum page right after the best knowledge entry, not above it', () => {
    const ranked = rankHits([hit('/fora/z/', 'forums', 'Forum Prawa Zamówień Publicznych', 5), hit('/n/', 'news', 'Aktualność', 1), hit('/d/', 'documents', 'Wykaz błędów', 1)], { today });
    expect(ranked.map((r) => r.data.url)).toEqual(['/d/', '/fora/z/', '/n/']);
  });
  it('puts a forum whose name holds the query right after the best knowledge entry, even when scored lower', () => {
    const ranked = rankHits(
      [hit('/d1/', 'documents', 'Wzór klauzuli', 3), hit('/d2/', 'documents', 'Wykaz błędów', 2.5), hit('/f/', 'faq', 'Plan postępowań', 2), hit('/fora/z/', 'forums', 'Forum Prawa Zamówień Publicznych', 0.5)],
      { today, titleMatches: (t) => t.includes('Zamówień') },
    );
    expect(ranked.map((r) => r.data.url)).toEqual(['/d1/', '/fora/z/', '/d2/', '/f/']);
    // A forum that only mentions the words keeps its place.
    const mention = rankHits([hit('/d1/', 'documents', 'Wzór', 3), hit('/fora/e/', 'forums', 'Forum Edukacji', 0.5)], { today, titleMatches: () => false });
    expect(mention.map((r) => r.data.url)).toEqual(['/d1/', '/fora/e/']);
    expect(mention[1]!.score).toBeLessThan(1);
  });
  it('ranks a title holding the query above a body mention', () => {
    const ranked = rankHits([hit('/body/', 'news', 'Inna sprawa', 1), hit('/title/', 'news', 'Klauzule waloryzacyjne', 0.8)], {
      today,
      titleMatches: (t) => t.includes('Klauzule'),
    });
    expect(ranked[0]?.data.url).toBe('/title/');
  });
});

describe('"Czy chodziło Ci o…"', () => {
  it('measures edits, a swap of neighbours counting as one', () => {
    expect(editDistance('zamuwienia', 'zamowienia')).toBe(1);
    expect(editDistance('rowreowe', 'rowerowe')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
  it('picks the closest word of the site, as the site writes it, the more used one on a tie', () => {
    const vocab: [string, number][][] = [[['zamówienia', 30], ['zamówienie', 4]], [['zamawiania', 1]]];
    expect(closestWord('zamuwienia', vocab)).toBe('zamówienia');
    expect(closestWord('zzzzzzzzzz', vocab)).toBeUndefined();
    expect(closestWord('zamówienia', vocab)).toBe('zamówienie'); // never the word itself
  });
});

describe('counted results in the browser', () => {
  it('agree with tc() for 1, 2, 5, 12 and 22', () => {
    for (const n of [1, 2, 5, 12, 22]) expect(countText(COUNTED_FORMS['count.results'], n)).toBe(tc('count.results', n));
    expect(countText(COUNTED_FORMS['count.results'], 22)).toBe('22 wyniki');
    expect(countText(COUNTED_FORMS['count.results'], 1)).toBe('1 wynik');
  });
});
