/**
 * Polish matching for the search, shared by the index (extra hidden terms on every indexed page)
 * and the browser (normalising what a person types). Measured on Pagefind 1.6 with lang="pl":
 * it stems Polish ("zamówieniach" finds "zamówienia") and folds ą ć ę ń ó ś ź ż, but not ł/Ł —
 * "zrodla" found nothing where the page says "źródła". `foldForSearch` closes that gap on both
 * sides, and acronyms from content/search/synonyms.yaml are added as terms in both directions.
 */

/** One acronym and its written-out forms, as editors keep them in content/search/synonyms.yaml. */
export interface Synonym {
  acronym: string;
  expansions: string[];
}

/**
 * THE normalisation of search text, used at index time and at query time: lower case and ł → l
 * (the one Polish letter Pagefind does not fold itself). Other diacritics stay, so Pagefind's
 * own folding and its diacritic-aware ranking still apply.
 */
export const foldForSearch = (text: string): string => text.toLocaleLowerCase('pl').replaceAll('ł', 'l');

/** Lower case without any diacritics, for recognising expansions whatever the spelling. */
const plain = (text: string): string =>
  foldForSearch(text).normalize('NFD').replace(/\p{M}/gu, '');

const WORD = /[\p{L}\p{N}]+/gu;

/** An acronym that is one plain word (PZP, GDDKiA) can be a search term as it is; P&R cannot. */
const isPlainWord = (acronym: string): boolean => /^[\p{L}\p{N}]+$/u.test(acronym);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for an expansion in any inflected form: each word longer than 4 letters keeps its
 * beginning and may end in anything ("Prawo zamówień publicznych" matches "ustawy Prawo
 * zamówień publicznych" and "prawa zamówień publicznych").
 */
const expansionPatterns = new Map<string, RegExp>();
const expansionPattern = (expansion: string): RegExp => {
  // Compiled once per build: every indexed page tests every synonym (10,000 pages × the list).
  const known = expansionPatterns.get(expansion);
  if (known) return known;
  const words = plain(expansion).match(WORD) ?? [];
  const parts = words.map((w) => (w.length > 4 ? `${escapeRegExp(w.slice(0, Math.max(4, w.length - 3)))}\\p{L}*` : escapeRegExp(w)));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('\\s+')}(?![\\p{L}\\p{N}])`, 'u');
  expansionPatterns.set(expansion, pattern);
  return pattern;
};

const acronymPatterns = new Map<string, RegExp>();
const acronymPattern = (acronym: string): RegExp => {
  let pattern = acronymPatterns.get(acronym);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}&])${escapeRegExp(acronym)}(?![\\p{L}\\p{N}&])`, 'u');
    acronymPatterns.set(acronym, pattern);
  }
  return pattern;
};

/**
 * The extra words a page is indexed with (hidden, inside <main>): its words with ł written as l,
 * and for every acronym it mentions, the acronym's expansions (and the acronym for every
 * expansion it mentions), so either form finds the page.
 */
export const indexTerms = (text: string, synonyms: readonly Synonym[]): string => {
  const terms = new Set<string>();
  for (const word of text.match(WORD) ?? []) {
    if (/ł/iu.test(word)) terms.add(foldForSearch(word));
  }
  const plainText = plain(text);
  for (const s of synonyms) {
    const mentionsAcronym = acronymPattern(s.acronym).test(text);
    const mentionsExpansion = s.expansions.some((e) => expansionPattern(e).test(plainText));
    if (!mentionsAcronym && !mentionsExpansion) continue;
    if (isPlainWord(s.acronym)) terms.add(foldForSearch(s.acronym));
    for (const e of s.expansions) for (const w of foldForSearch(e).match(WORD) ?? []) terms.add(w);
  }
  return [...terms].join(' ');
};

/** What the browser needs to normalise queries: acronyms that are not one word, by their folded form. */
export const queryReplacements = (synonyms: readonly Synonym[]): Record<string, string> =>
  Object.fromEntries(
    synonyms
      .filter((s) => !isPlainWord(s.acronym) && s.expansions[0])
      .map((s) => [foldForSearch(s.acronym), foldForSearch(s.expansions[0] ?? '')]),
  );

/**
 * A typed query as the words Pagefind should look for: folded like the index, acronyms such as
 * "P&R" (which Pagefind would split into two letters) replaced by their first expansion,
 * punctuation dropped. Quotes are dropped too: the search decides itself when to match exactly.
 */
export const queryWords = (query: string, replacements: Readonly<Record<string, string>> = {}): string[] => {
  let q = ` ${foldForSearch(query)} `;
  for (const [acronym, expansion] of Object.entries(replacements)) {
    q = q.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}(?![\\p{L}\\p{N}])`, 'gu'), ` ${expansion} `);
  }
  return q.match(WORD) ?? [];
};
