/**
 * The build-time half of lemma-level matching (see ../lemma.ts). For the HTML pages of one
 * audience's output it
 *  - adds to every indexed page a hidden block of search keys (title keys weighted like a
 *    heading, then the keys of all its words, acronym expansions included), after KEYS_MARK;
 *  - makes the form→key table of the lemmas those pages use, sharded for the browser;
 *  - makes the vocabulary the "Czy chodziło Ci o…" suggestions are drawn from.
 * Only this audience's pages feed the table and the vocabulary, so the public files never hold
 * a word that only a member page contains.
 */
import { KEYS_MARK, MAX_SHARD_BYTES, foldWord, shardOf, toShardFile, wordsOf, type LemmaShard, type VocabularyShard } from '../lemma.ts';
import { indexTerms, type Synonym } from '../terms.ts';
import type { Lexicon } from './hunspell.ts';

export interface HtmlPage {
  /** Path of the file relative to the output folder. */
  path: string;
  html: string;
}

export interface LemmaBuild {
  /** The pages with their key blocks (pages without `data-pagefind-body` unchanged). */
  pages: HtmlPage[];
  /** Shard name → folded form → key. */
  shards: Map<string, LemmaShard>;
  /** Three-letter shards split by the fourth letter. */
  split: Set<string>;
  /** Folded word length → words as written, with the number of pages that use them. */
  vocabulary: Map<number, VocabularyShard>;
  stats: { pages: number; words: number; lemmas: number; forms: number };
}

const MAIN = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*)<\/main>/i;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

/** The text of an HTML fragment: no scripts or styles, tags as spaces, entities decoded. */
export const htmlText = (html: string): string =>
  html
    .replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? m;
    });

const IGNORED = /<([a-z][a-z0-9-]*)\b[^>]*\bdata-pagefind-ignore\b[^>]*>/gi;

/**
 * The HTML without the elements Pagefind ignores (related entries, change history), except those
 * marked `data-search-keep`: labels and values kept out of excerpts but still searchable.
 */
export const withoutIgnored = (html: string): string => {
  let out = '';
  let from = 0;
  IGNORED.lastIndex = 0;
  for (let m = IGNORED.exec(html); m; m = IGNORED.exec(html)) {
    if (m.index < from || /\bdata-search-keep\b/.test(m[0])) continue;
    const tag = (m[1] ?? '').toLowerCase();
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    tags.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = html.length;
    for (let t = tags.exec(html); t; t = tags.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    out += `${html.slice(from, m.index)} `;
    from = end;
    IGNORED.lastIndex = end;
  }
  return out + html.slice(from);
};

/**
 * The page as Pagefind should read it: a space after each closing tag of a block or list element
 * and between neighbouring inline elements, so that texts written next to each other without
 * whitespace ("…Publicznych</a></li><li><a>Forum…") stay separate words in excerpts.
 */
export const separated = (html: string): string =>
  html
    .replace(/(<\/(?:li|dd|dt|td|th|tr|p|div|section|ul|ol|dl|h[1-6]|button|label|figcaption|summary)>)(?=\S)/gi, '$1 ')
    .replace(/(<\/(?:a|span|time|small|strong|em|b)>)(?=<(?:a|span|time|small)\b)/gi, '$1 ');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The search keys of one word: the folded lemmas the dictionary knows it by, or the folded word. */
export const wordKeys = (lexicon: Lexicon, word: string): string[] => {
  const lemmas = lexicon.lemmasOf(word);
  return lemmas.length ? [...new Set(lemmas.map(foldWord))] : [foldWord(word)];
};

export const buildLemmaIndex = (input: readonly HtmlPage[], lexicon: Lexicon, synonyms: readonly Synonym[]): LemmaBuild => {
  const keysCache = new Map<string, string[]>();
  const lemmaPages = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  const lemmaCache = new Map<string, string[]>();
  const lemmasOf = (word: string): string[] => {
    let lemmas = lemmaCache.get(word);
    if (!lemmas) {
      lemmas = lexicon.lemmasOf(word);
      lemmaCache.set(word, lemmas);
    }
    return lemmas;
  };
  const keysOf = (word: string): string[] => {
    let keys = keysCache.get(word);
    if (!keys) {
      const lemmas = lemmasOf(word);
      keys = lemmas.length ? [...new Set(lemmas.map(foldWord))] : [foldWord(word)];
      keysCache.set(word, keys);
    }
    return keys;
  };
  let indexed = 0;
  const pages = input.map((page) => {
    const main = MAIN.exec(page.html);
    if (!main) return page;
    indexed++;
    const text = htmlText(withoutIgnored(main[1] ?? ''));
    const title = htmlText(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(main[1] ?? '')?.[1] ?? '');
    const words = new Set(wordsOf(text));
    const expansions = wordsOf(indexTerms(text, synonyms));
    // Lemmas of acronym expansions count too: their forms must reach the table.
    for (const w of new Set(expansions)) if (!words.has(w)) for (const lemma of lemmasOf(w)) lemmaPages.set(lemma, (lemmaPages.get(lemma) ?? 0) + 1);
    for (const w of words) {
      for (const lemma of lemmasOf(w)) lemmaPages.set(lemma, (lemmaPages.get(lemma) ?? 0) + 1);
      const folded = foldWord(w);
      if (folded.length >= 3 && /^\p{L}+$/u.test(w)) {
        const forms = spellings.get(folded) ?? spellings.set(folded, new Map()).get(folded)!;
        forms.set(w, (forms.get(w) ?? 0) + 1);
      }
    }
    // Pagefind matches a word without its diacritics by itself, except ł (measured on 1.6): a key
    // that is such a word of the page as written is left out, which keeps result fragments small.
    const asWritten = (ws: Iterable<string>) => new Set([...ws].filter((w) => !/ł/iu.test(w)).map(foldWord));
    const inTitle = asWritten(wordsOf(title));
    const inText = asWritten(words);
    // An acronym in the title ("P&R", "MPZP") gives its expansions the title's weight too.
    const titleKeys = new Set([...wordsOf(title), ...wordsOf(indexTerms(title, synonyms))].flatMap(keysOf).filter((k) => !inTitle.has(k)));
    const bodyKeys = new Set([...words, ...expansions].flatMap(keysOf).filter((k) => !inText.has(k)));
    const block =
      `<div hidden data-search-keys>${KEYS_MARK} <p data-pagefind-weight="7">${escape([...titleKeys].join(' '))}</p>` +
      `<p>${escape([...bodyKeys].join(' '))}</p></div>`;
    const at = page.html.lastIndexOf('</main>');
    return { path: page.path, html: separated(page.html.slice(0, at)) + block + page.html.slice(at) };
  });

  // Every form of every lemma the pages use → the key of its most used lemma.
  const best = new Map<string, { key: string; pages: number }>();
  let forms = 0;
  for (const [lemma, count] of lemmaPages) {
    const key = foldWord(lemma);
    for (const form of lexicon.formsOf(lemma)) {
      forms++;
      const folded = foldWord(form);
      const known = best.get(folded);
      if (!known || count > known.pages || (count === known.pages && key < known.key)) best.set(folded, { key, pages: count });
    }
  }
  const byThree = new Map<string, LemmaShard>();
  for (const [form, { key }] of [...best].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (form === key) continue;
    const name = shardOf(form);
    (byThree.get(name) ?? byThree.set(name, {}).get(name)!)[form] = key;
  }
  // Common beginnings ("prz", "zam") make big files: split them by the fourth letter.
  const split = new Set([...byThree].filter(([, shard]) => JSON.stringify(toShardFile(shard)).length > MAX_SHARD_BYTES).map(([name]) => name));
  const shards = new Map<string, LemmaShard>();
  for (const [three, shard] of byThree) {
    for (const [form, key] of Object.entries(shard)) {
      const name = shardOf(form, (n) => split.has(n) && n === three);
      (shards.get(name) ?? shards.set(name, {}).get(name)!)[form] = key;
    }
  }

  const vocabulary = new Map<number, VocabularyShard>();
  for (const [folded, written] of spellings) {
    // As the site writes it: lower case when the word ever appears so (not only starting a sentence).
    const byUse = [...written].sort((a, b) => b[1] - a[1]).map(([w]) => w);
    const shown = byUse.find((w) => w === w.toLocaleLowerCase('pl')) ?? byUse[0] ?? folded;
    const pagesUsing = [...written.values()].reduce((a, b) => a + b, 0);
    (vocabulary.get(folded.length) ?? vocabulary.set(folded.length, []).get(folded.length)!).push([shown, pagesUsing]);
  }
  for (const list of vocabulary.values()) list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

  return { pages, shards, split, vocabulary, stats: { pages: indexed, words: keysCache.size, lemmas: lemmaPages.size, forms } };
};
