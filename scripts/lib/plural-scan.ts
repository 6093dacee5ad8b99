// Finds numbers whose noun disagrees with them on a page ("1 wpisów", "2 wyników", "5 wpisy"):
// the nouns and their forms are those of the counted phrases in src/i18n/pl.ts, the expected
// form comes from Intl.PluralRules('pl') — the same rule tc() uses, written nowhere by hand.
import { COUNTED_FORMS } from '../../src/i18n/pl.ts';

const plural = new Intl.PluralRules('pl');
type Category = 'one' | 'few' | 'many' | 'other';

/** Noun (first word after `{count}`) → the plural categories it is the right form for. */
const nounCategories = (): Map<string, Set<Category>> => {
  const map = new Map<string, Set<Category>>();
  for (const forms of Object.values(COUNTED_FORMS)) {
    for (const [category, form] of Object.entries(forms) as [Category, string][]) {
      const noun = /\{count\}\s+([\p{L}]+)/u.exec(form)?.[1]?.toLocaleLowerCase('pl');
      if (!noun) continue;
      const set = map.get(noun) ?? new Set<Category>();
      set.add(category);
      map.set(noun, set);
    }
  }
  return map;
};

const NOUNS = nounCategories();
/** Adjectives in counted phrases ("3 otwarte nabory"): the noun after them is checked instead. */
const ADJECTIVES = new Set(['otwarty', 'otwarte', 'otwartych', 'otwartego', 'pilny', 'pilne', 'pilnych', 'pilnego']);
/** After these prepositions a number takes the genitive or another case ("z 2 gmin", "w 8 forach"). */
const PREPOSITIONS = new Set(['z', 'ze', 'do', 'dla', 'od', 'u', 'bez', 'około', 'ponad', 'po', 'w', 'we', 'o', 'na', 'przez', 'spośród', 'wśród', 'niż']);

export interface Disagreement {
  phrase: string;
  expected: Category;
}

/** Every number–noun disagreement in a text (whole numbers only; "1,5 wpisu" is left alone). */
export const pluralDisagreements = (text: string): Disagreement[] => {
  const found: Disagreement[] = [];
  const re = /(?<![\p{L}\p{N},.:\u2013-])(\p{L}+\s+)?(\d{1,3}(?:[\u00a0\u202f ]\d{3})+|\d+)(?![,.]\d)\s+(\p{L}+)(?:\s+(\p{L}+))?/gu;
  for (const m of text.matchAll(re)) {
    const before = m[1]?.trim().toLocaleLowerCase('pl');
    if (before && PREPOSITIONS.has(before)) continue;
    // A capitalised word after a number starts something else (a title after a date or time).
    if (/^\p{Lu}/u.test(m[3]!)) continue;
    let word = m[3]!.toLocaleLowerCase('pl');
    if (ADJECTIVES.has(word) && m[4]) word = m[4].toLocaleLowerCase('pl');
    const allowed = NOUNS.get(word);
    if (!allowed) continue;
    const n = Number(m[2]!.replace(/\D/g, ''));
    const expected = plural.select(n) as Category;
    if (!allowed.has(expected)) found.push({ phrase: m[0].trim(), expected });
  }
  return found;
};

/** The visible text of an HTML page: no scripts, styles or tags; entities that matter decoded. */
export const pageText = (html: string): string =>
  html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, '\u00a0')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
