/**
 * Search logic that runs in the browser but needs no browser: what to search for, when a result
 * set is junk, the keyboard shortcut. The Pagefind call is passed in, so this is unit-tested
 * with a fake index.
 */
import { foldForSearch, queryWords } from '../terms.ts';

export { queryWords };

/** Quick search starts after this many characters. */
export const MIN_QUERY_LENGTH = 2;

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export type PagefindSearch = (term: string, options: { filters: Record<string, string[]> }) => Promise<PagefindResponse | null>;

export interface SearchAnswer extends PagefindResponse {
  words: string[];
  /** What was searched for each word: its lemma key, or the word itself (src/lib/search/lemma.ts). */
  keys: string[];
  /** Ids that matched the last word exactly (not only as a prefix); used by `acceptsPrefix`. */
  lastExact?: ReadonlySet<string>;
}

const EMPTY: PagefindResponse = { results: [], filters: {} };

/**
 * Searches so that a typo does not flood the results. Pagefind, when a word matches nothing,
 * falls back to ever shorter prefixes ("zamuwienia" matched every page with "zam…"). Each word
 * is therefore also searched exactly (a quoted term: Polish stemming, no prefix guessing) and
 * if any word has no exact match, there are no results. With `prefixLast` (typing in the quick
 * search) the last word may be unfinished: it keeps prefix matching, checked per result by
 * `acceptsPrefix`.
 */
export const strictSearch = async (
  search: PagefindSearch,
  query: string,
  o: {
    filters?: Record<string, string[]>;
    replacements?: Readonly<Record<string, string>>;
    prefixLast?: boolean;
    /** The lemma keys of the words (one per word); without it the words are searched as typed. */
    keys?: (words: string[]) => Promise<string[]>;
  } = {},
): Promise<SearchAnswer> => {
  const filters = o.filters ?? {};
  const words = queryWords(query, o.replacements);
  if (!words.length) return { ...EMPTY, words, keys: [] };
  const keys = o.keys ? await o.keys(words) : words;
  const [whole, ...exact] = await Promise.all([
    search(keys.join(' '), { filters }),
    ...keys.map((w) => search(`"${w}"`, { filters })),
  ]);
  const checked = o.prefixLast ? exact.slice(0, -1) : exact;
  if (!whole || checked.some((r) => !r || r.results.length === 0)) return { ...EMPTY, words, keys };
  const last = exact.at(-1);
  return { ...whole, words, keys, ...(o.prefixLast && last ? { lastExact: new Set(last.results.map((r) => r.id)) } : {}) };
};

const plainWords = (text: string): string[] =>
  foldForSearch(text).normalize('NFD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether a result really contains the unfinished last word of a typed query: matched exactly,
 * or some word of its text starts with it (ignoring case and diacritics).
 */
export const acceptsPrefix = (answer: SearchAnswer, id: string, text: string): boolean => {
  if (!answer.lastExact || answer.lastExact.has(id)) return true;
  const [last] = plainWords(answer.words.at(-1) ?? '');
  return !last || plainWords(text).some((w) => w.startsWith(last));
};

/** Whether a key press should focus the search: "/" pressed outside any text field. */
export const isSearchShortcut = (e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }, target: EventTarget | null): boolean => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return false;
  const el = target as { tagName?: string; isContentEditable?: boolean } | null;
  if (!el || !el.tagName) return true;
  return !['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) && !el.isContentEditable;
};

/** Whether a typed query is long enough to search as you type. */
export const longEnough = (query: string): boolean => query.trim().length >= MIN_QUERY_LENGTH;
