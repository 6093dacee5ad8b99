/**
 * One search as both search boxes run it: words → lemma keys → Pagefind (strict, see query.ts),
 * the first results loaded and re-ranked (../rank.ts), excerpts made from the entry's own text
 * (../excerpt.ts); and, for a query with no or few results, a corrected query from the site's
 * own words (../suggest.ts) that is known to find something.
 */
import { foldWord, wordsOf } from '../lemma.ts';
import { makeExcerpt } from '../excerpt.ts';
import { rankHits, type RankedHit } from '../rank.ts';
import { candidateLengths, closestWord } from '../suggest.ts';
import { lemmaKeys, loadedKey, vocabulary } from './lemmas.ts';
import { loadPagefind } from './pagefind-loader.ts';
import { acceptsPrefix, strictSearch, type PagefindData, type SearchAnswer } from './query.ts';

/** How many of Pagefind's results are loaded and re-ranked. */
export const RERANKED = 40;
/** Fewer results than this and a suggestion is looked for. */
export const FEW = 3;

export interface Found {
  answer: SearchAnswer;
  hits: RankedHit<PagefindData>[];
  /** Excerpt HTML by URL. */
  excerpts: Map<string, string>;
}

const today = () => new Date().toISOString().slice(0, 10);

export const runSearch = async (
  query: string,
  o: { filters?: Record<string, string[]>; replacements?: Readonly<Record<string, string>>; prefixLast?: boolean; load?: number } = {},
): Promise<Found> => {
  const pagefind = await loadPagefind();
  const answer = await strictSearch(pagefind.search, query, { ...o, keys: lemmaKeys });
  const data = await Promise.all(answer.results.slice(0, o.load ?? RERANKED).map(async (r) => ({ id: r.id, score: r.score, data: await r.data() })));
  const accepted = o.prefixLast ? data.filter((d) => acceptsPrefix(answer, d.id, `${d.data.meta['title'] ?? ''} ${d.data.content}`)) : data;
  const keys = new Set(answer.keys);
  const last = o.prefixLast ? foldWord(answer.words.at(-1) ?? '') : '';
  const matches = (word: string) => keys.has(loadedKey(word)) || (last.length > 1 && foldWord(word).startsWith(last));
  const titleMatches = (title: string) => {
    const inTitle = new Set(wordsOf(title).map(loadedKey));
    return answer.keys.length > 0 && answer.keys.every((k) => inTitle.has(k));
  };
  const hits = rankHits(accepted, { today: today(), titleMatches });
  const excerpts = new Map(hits.map((h) => [h.data.url, makeExcerpt(h.data.content, h.data.meta['title'] ?? '', matches)]));
  return { answer, hits, excerpts };
};

/**
 * A corrected query for one that found little: every word the site does not know (neither as a
 * form of its lemmas nor as written) replaced by the closest word of the site; undefined when
 * nothing could be corrected or the corrected query finds nothing either.
 */
export const suggestQuery = async (query: string, o: { replacements?: Readonly<Record<string, string>> } = {}): Promise<string | undefined> => {
  const typed = wordsOf(query);
  const keys = await lemmaKeys(typed);
  let changed = false;
  const corrected = await Promise.all(
    typed.map(async (w, i) => {
      const folded = foldWord(w);
      if (keys[i] !== folded || /\d/.test(w)) return w; // a form the table knows
      const lengths = candidateLengths(w);
      const shards = await Promise.all(lengths.map(vocabulary));
      if (shards.some((s) => s.some(([written]) => foldWord(written) === folded))) return w; // the site has it as written
      const near = closestWord(w, shards);
      if (!near) return w;
      changed = true;
      return near;
    }),
  );
  if (!changed) return undefined;
  const suggestion = corrected.join(' ');
  const pagefind = await loadPagefind();
  const check = await strictSearch(pagefind.search, suggestion, { ...o, keys: lemmaKeys });
  return check.results.length ? suggestion : undefined;
};

