/**
 * Lemma-level matching for Polish, the part shared by the index and the browser.
 *
 * At build time (node/lemma-index.ts) every indexed page gets, besides its own text, one search
 * KEY per word: the folded dictionary lemma of that word ("ścieżek", "ścieżki" → "sciezka";
 * "kotłów" → "kociol"), or the folded word itself when the dictionary does not know it (names,
 * acronyms, new words). The same build writes a table from every folded FORM of those lemmas to
 * its key, split into small shards by the form's first three letters, which the browser fetches on
 * demand. A typed word is looked up in its shard and searched as its key; a word the table does
 * not know is searched as typed and falls back to Pagefind's own matching. So "sciezka rowerowa"
 * and "ścieżek rowerowych" search for the same keys, with or without diacritics (ł included).
 */

const MARKS = /\p{M}/gu;
export const WORD = /[\p{L}\p{N}]+/gu;

/** THE folding of a word, on both sides: lower case, no diacritics, ł → l. */
export const foldWord = (word: string): string =>
  word.toLocaleLowerCase('pl').replaceAll('ł', 'l').normalize('NFD').replace(MARKS, '');

/** Words of a text, in order. */
export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/** Folder (under the audience's output) with the form→key shards and the suggestion vocabulary. */
export const LEMMA_DIR = 'pagefind-pl';

/**
 * Which shard a folded form lives in: its first three characters ("_" for anything unusual), or
 * its first four where the build split a large three-letter shard ("prz" → "prze", "przy"…); the
 * build lists the files in the manifest, so `split` says which three-letter shards were split.
 */
export const shardOf = (folded: string, split?: (name: string) => boolean): string => {
  const head = folded.slice(0, 3);
  if (!/^[a-z0-9]{1,3}$/.test(head)) return '_';
  const longer = folded.slice(0, 4);
  return folded.length >= 4 && /^[a-z0-9]{4}$/.test(longer) && split?.(head) ? longer : head;
};
/** A three-letter shard larger than this (as a file) is split by the fourth letter. */
export const MAX_SHARD_BYTES = 16_000;

/** One shard in memory: folded form → key (only forms whose key differs from the form itself). */
export type LemmaShard = Record<string, string>;
/** One shard as a file: key → its forms in this shard, space-separated (keys are not repeated). */
export type LemmaShardFile = Record<string, string>;

export const toShardFile = (shard: LemmaShard): LemmaShardFile => {
  const file: LemmaShardFile = {};
  for (const [form, key] of Object.entries(shard)) file[key] = file[key] ? `${file[key]} ${form}` : form;
  return file;
};
export const fromShardFile = (file: LemmaShardFile): LemmaShard => {
  const shard: LemmaShard = {};
  for (const [key, forms] of Object.entries(file)) for (const form of forms.split(' ')) shard[form] = key;
  return shard;
};

/**
 * The key a folded word is searched by, given the shard it lives in: its lemma's key when the
 * table knows the form, otherwise the word itself.
 */
export const keyOf = (folded: string, shard: LemmaShard | undefined): string => shard?.[folded] ?? folded;

/**
 * Marks the start of the hidden keys inside an indexed page's text. Pagefind keeps it in the
 * page content, so the browser can cut the keys off before it makes an excerpt.
 */
export const KEYS_MARK = '⁂';

/** The entry's own text of a Pagefind `content`: everything before the hidden keys. */
export const ownText = (content: string): string => {
  const at = content.indexOf(KEYS_MARK);
  return (at < 0 ? content : content.slice(0, at)).trim();
};

/** What the folder holds, so the browser never asks for a file that is not there. */
export const MANIFEST_FILE = 'spis.json';
export interface LemmaManifest {
  /** Shard names that have a file. */
  formy: string[];
  /** Three-letter shards split by the fourth letter. */
  podzielone: string[];
  /** Word lengths that have a vocabulary file. */
  slowa: number[];
}

/** Suggestion vocabulary: words of the site by folded length, each as [word as written, pages]. */
export type VocabularyShard = [string, number][];
export const vocabularyFile = (length: number): string => `slowa-${length}.json`;
