/**
 * The directory's client-side filter, as pure functions (unit-tested); the custom element in
 * ./contact-directory-element.ts only wires them to the page.
 */

import { foldForSearch } from '../../search/terms.ts';

/** Folds text for matching: the search's fold (lower case, ł → l), then no diacritics — "Łoś"
 * and "los" match. */
export const fold = (s: string): string => foldForSearch(s).normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The part of a word that stays when Polish inflects it: words longer than 4 letters may end
 * differently ("zamówienia" finds "zamówień", "publiczne" finds "publicznych", "Wieliczka" finds
 * "Wieliczce") — the same rule as the search's synonym patterns.
 */
const stem = (word: string): string => (word.length > 4 ? word.slice(0, Math.max(4, word.length - 3)) : word);

/** Does one folded query word match one of the folded words of a card? */
const wordMatches = (word: string, words: readonly string[]): boolean => {
  const s = stem(word);
  return words.some((w) => w.startsWith(s) || (w.length > 4 && word.startsWith(stem(w))));
};

export interface FilterState {
  /** Place key: gmina slug, `biuro-smk` or `instytucje-zewnetrzne`; empty for all. */
  gmina: string;
  forum: string;
  topic: string;
  q: string;
}

export interface Filterable {
  place: string;
  forums: readonly string[];
  /** Folded topics. */
  topics: readonly string[];
  /** Folded text of what identifies the person: name, role, topics, gmina or institution, forums. */
  text: string;
}

const WORDS = /[\p{L}\p{N}]+/gu;

export const EMPTY_FILTER: FilterState = { gmina: '', forum: '', topic: '', q: '' };

/**
 * Does a person pass every filter? Each word typed is matched on its own, anywhere among the
 * person's name, role, topics, gmina and forums, in any inflected form.
 */
export const matches = (item: Filterable, f: FilterState): boolean =>
  (!f.gmina || item.place === f.gmina) &&
  (!f.forum || item.forums.includes(f.forum)) &&
  (!f.topic || item.topics.includes(fold(f.topic))) &&
  queryMatches(item.text, f.q);

/** Does every word of a query match the folded text (see `matches`)? */
export const queryMatches = (text: string, q: string): boolean => {
  const query = fold(q).match(WORDS) ?? [];
  if (query.length === 0) return true;
  const words = text.match(WORDS) ?? [];
  return query.every((word) => wordMatches(word, words));
};

/** Query-string names: a filtered view can be bookmarked and shared (`/kontakty/?gmina=skawina`). */
const PARAMS: Record<keyof FilterState, string> = { gmina: 'gmina', forum: 'forum', topic: 'temat', q: 'q' };

export const readFilter = (search: string): FilterState => {
  const params = new URLSearchParams(search);
  return {
    gmina: params.get(PARAMS.gmina) ?? '',
    forum: params.get(PARAMS.forum) ?? '',
    topic: params.get(PARAMS.topic) ?? '',
    q: params.get(PARAMS.q) ?? '',
  };
};

/** `?gmina=…&forum=…` with only the filters in use, or '' when none. */
export const writeFilter = (f: FilterState): string => {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof FilterState)[]) {
    if (f[key].trim()) params.set(PARAMS[key], f[key].trim());
  }
  const s = params.toString();
  return s ? `?${s}` : '';
};

