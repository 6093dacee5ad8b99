/**
 * The browser half of lemma-level matching (../lemma.ts): fetches the form→key shards a query
 * needs (one small JSON file per first three letters, once per page) and turns typed words into
 * the keys the index holds.
 */
import {
  LEMMA_DIR,
  MANIFEST_FILE,
  foldWord,
  fromShardFile,
  keyOf,
  shardOf,
  vocabularyFile,
  type LemmaManifest,
  type LemmaShard,
  type LemmaShardFile,
  type VocabularyShard,
} from '../lemma.ts';

const shards = new Map<string, Promise<LemmaShard>>();
const loaded = new Map<string, LemmaShard>();

const getJson = async <T>(file: string, empty: T): Promise<T> => {
  const r = await fetch(`/${LEMMA_DIR}/${file}`);
  return r.ok ? ((await r.json()) as T) : empty;
};

interface Listed {
  formy: Set<string>;
  podzielone: Set<string>;
  slowa: Set<number>;
}
let manifest: Promise<Listed> | undefined;
let known: Listed | undefined;
/** Which files exist (one small request per page), so no request ends in "not found". */
const listed = () =>
  (manifest ??= getJson<LemmaManifest>(MANIFEST_FILE, { formy: [], podzielone: [], slowa: [] }).then((m) => {
    known = { formy: new Set(m.formy), podzielone: new Set(m.podzielone), slowa: new Set(m.slowa) };
    return known;
  }));
const nameOf = (folded: string, m: Listed | undefined) => shardOf(folded, (three) => m?.podzielone.has(three) ?? false);

const shard = (name: string): Promise<LemmaShard> => {
  let p = shards.get(name);
  if (!p) {
    // No file: no form of the site's vocabulary starts with these letters.
    p = listed()
      .then((m) => (m.formy.has(name) ? getJson<LemmaShardFile>(`formy-${name}.json`, {}) : {}))
      .then((file) => {
        const s = fromShardFile(file);
        loaded.set(name, s);
        return s;
      });
    shards.set(name, p);
  }
  return p;
};

/**
 * The search key of each word: its lemma's key, or the folded word when the table does not know
 * it (every page's keys hold its unknown words folded too, and Pagefind matches them as usual).
 */
export const lemmaKeys = async (words: string[]): Promise<string[]> =>
  Promise.all(
    words.map(async (w) => {
      const folded = foldWord(w);
      return keyOf(folded, await shard(nameOf(folded, await listed())));
    }),
  );

/** The key of a word from shards already loaded (for marking words in excerpts), or its folded form. */
export const loadedKey = (word: string): string => {
  const folded = foldWord(word);
  return keyOf(folded, loaded.get(nameOf(folded, known)));
};

const vocabularies = new Map<number, Promise<VocabularyShard>>();
/** The site's words whose folded form has this many letters (for "Czy chodziło Ci o…"). */
export const vocabulary = (length: number): Promise<VocabularyShard> => {
  let p = vocabularies.get(length);
  if (!p) vocabularies.set(length, (p = listed().then((m) => (m.slowa.has(length) ? getJson<VocabularyShard>(vocabularyFile(length), []) : []))));
  return p;
};
