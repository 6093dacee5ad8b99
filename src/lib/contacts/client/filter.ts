/**
 * The directory's client-side filter, as pure functions (unit-tested); the custom element in
 * ./contact-directory-element.ts only wires them to the page.
 */

/** Folds text for matching: lower case, no diacritics — "Łoś" and "los" match. Unicode does not
 * decompose ł, so it is mapped by hand. */
export const fold = (s: string): string =>
  s.toLocaleLowerCase('pl').normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');

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
  /** Folded text of everything the card shows. */
  text: string;
}

export const EMPTY_FILTER: FilterState = { gmina: '', forum: '', topic: '', q: '' };

/** Does a person pass every filter? Each word typed must appear somewhere in the card. */
export const matches = (item: Filterable, f: FilterState): boolean =>
  (!f.gmina || item.place === f.gmina) &&
  (!f.forum || item.forums.includes(f.forum)) &&
  (!f.topic || item.topics.includes(fold(f.topic))) &&
  fold(f.q)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => item.text.includes(word));

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

