/**
 * "Czy chodziło Ci o…": the closest words of the site's own vocabulary to a word that finds
 * nothing, compared folded (no case, no diacritics), by edit distance with adjacent swaps
 * ("zamuwienia" → "zamówienia", "rowerowwe" → "rowerowe"). Pure; the browser loads the
 * vocabulary by word length (see client/lemmas.ts).
 */
import { foldWord, type VocabularyShard } from './lemma.ts';

/** Optimal string alignment distance; stops early and returns `max + 1` once it is exceeded. */
export const editDistance = (a: string, b: string, max = Infinity): number => {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
};

/** How many edits a word of this length may be off: one for short words, two from 7 letters. */
export const allowedEdits = (length: number): number => (length < 4 ? 0 : length < 7 ? 1 : 2);

/**
 * The site's word closest to `word` (as the site writes it), or undefined when none is near
 * enough. Among equally close words, the one more pages use wins.
 */
export const closestWord = (word: string, candidates: readonly VocabularyShard[]): string | undefined => {
  const folded = foldWord(word);
  const max = allowedEdits(folded.length);
  let best: { word: string; distance: number; pages: number } | undefined;
  for (const shard of candidates) {
    for (const [written, pages] of shard) {
      const f = foldWord(written);
      if (f === folded) continue;
      const distance = editDistance(folded, f, max);
      if (distance > max) continue;
      if (!best || distance < best.distance || (distance === best.distance && pages > best.pages)) best = { word: written, distance, pages };
    }
  }
  return best?.word;
};

/** Which vocabulary lengths can hold a word within the allowed edits of this one. */
export const candidateLengths = (word: string): number[] => {
  const n = foldWord(word).length;
  const max = allowedEdits(n);
  return Array.from({ length: 2 * max + 1 }, (_, i) => n - max + i).filter((l) => l > 0);
};
