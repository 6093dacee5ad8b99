/**
 * The Polish Hunspell dictionary (npm `dictionary-pl`, the sjp.pl dictionary) read as a
 * morphological lexicon: which dictionary entries (lemmas) a word can be a form of, and every form
 * of a lemma. Hunspell stores a lemma with affix flags ("ścieżka/mMN"); each flag names suffix
 * rules "strip X, add Y, if the stem ends in Z". Applying the rules backwards finds the lemmas of
 * a word, forwards the forms of a lemma. Node-only (reads the dictionary files at build time).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { capitalise } from '../../../i18n/text.ts';

interface SuffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
}

export interface Lexicon {
  /** Dictionary entries the word can be a form of (the word itself when it is an entry). */
  lemmasOf: (word: string) => string[];
  /** Every form of a dictionary entry, the entry included. */
  formsOf: (lemma: string) => string[];
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** A lexicon from the text of a Hunspell .aff and .dic pair (suffix rules; this dictionary has no others that inflect). */
export const parseHunspell = (aff: string, dic: string): Lexicon => {
  const byAdd = new Map<string, SuffixRule[]>();
  const byFlag = new Map<string, SuffixRule[]>();
  let longestAdd = 0;
  for (const line of aff.split('\n')) {
    const p = line.trim().split(/\s+/);
    if (p[0] !== 'SFX' || p.length < 5) continue;
    const [, flag = '', strip = '', add = '', condition = ''] = p;
    const rule: SuffixRule = {
      flag,
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u'),
    };
    push(byAdd, rule.add, rule);
    push(byFlag, flag, rule);
    longestAdd = Math.max(longestAdd, rule.add.length);
  }
  const entries = new Map<string, string>();
  for (const line of dic.split('\n').slice(1)) {
    if (!line) continue;
    const slash = line.indexOf('/');
    const word = slash < 0 ? line.trim() : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1).trim();
    entries.set(word, (entries.get(word) ?? '') + flags);
  }

  const lemmasOf = (word: string): string[] => {
    const lower = word.toLocaleLowerCase('pl');
    const spellings = new Set([word, lower, capitalise(lower)]);
    const out = new Set<string>();
    for (const w of spellings) {
      if (entries.has(w)) out.add(w);
      for (let n = 1; n <= Math.min(longestAdd, w.length - 1); n++) {
        for (const rule of byAdd.get(w.slice(w.length - n)) ?? []) {
          const stem = w.slice(0, w.length - n) + rule.strip;
          if (entries.get(stem)?.includes(rule.flag) && rule.condition.test(stem)) out.add(stem);
        }
      }
    }
    return [...out];
  };

  const formsOf = (lemma: string): string[] => {
    const out = new Set([lemma]);
    for (const flag of entries.get(lemma) ?? '') {
      for (const rule of byFlag.get(flag) ?? []) {
        if (lemma.endsWith(rule.strip) && rule.condition.test(lemma)) out.add(lemma.slice(0, lemma.length - rule.strip.length) + rule.add);
      }
    }
    return [...out];
  };

  return { lemmasOf, formsOf };
};

let polish: Lexicon | undefined;
/** The Polish lexicon from `dictionary-pl`, read once per process (about 0.3 s, 150 MB). */
export const polishLexicon = (): Lexicon => {
  if (polish) return polish;
  const dir = dirname(createRequire(import.meta.url).resolve('dictionary-pl'));
  polish = parseHunspell(readFileSync(join(dir, 'index.aff'), 'utf8'), readFileSync(join(dir, 'index.dic'), 'utf8'));
  return polish;
};
