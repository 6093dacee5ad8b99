/**
 * The search filters, from ONE config: it decides which filters exist, their URL parameter on
 * /szukaj/, their label, and the values each indexed page carries — the same config writes the
 * `data-pagefind-filter` elements at build time (SearchData.astro) and builds the filter panel
 * and URL in the browser (search-page.ts).
 */
import type { StringKey } from '../../i18n/pl.ts';

/** What an indexed page says about itself for the search: shown in results and used by filters. */
export interface SearchRecord {
  /** Broad type: "Dobra praktyka", "Dokument", "Wydarzenie", "Forum", "Gmina"… */
  type: string;
  forums: string[];
  gminy: string[];
  tags: string[];
  /** Date in words for the result list ("12 listopada 2026"), if the entry has one. */
  date?: string;
  /** ISO day of that date, for the year filter. */
  day?: string;
}

export interface SearchFilter {
  /** Pagefind filter name. */
  key: string;
  /** Query parameter on /szukaj/ (Polish, readable in a shared link). */
  param: string;
  label: StringKey;
  values: (r: SearchRecord) => string[];
}

export const SEARCH_FILTERS = [
  { key: 'type', param: 'typ', label: 'search.filter.type', values: (r) => [r.type] },
  { key: 'forum', param: 'forum', label: 'search.filter.forum', values: (r) => r.forums },
  { key: 'gmina', param: 'gmina', label: 'search.filter.gmina', values: (r) => r.gminy },
  { key: 'tag', param: 'tag', label: 'search.filter.tag', values: (r) => r.tags },
  { key: 'year', param: 'rok', label: 'search.filter.year', values: (r) => (r.day ? [r.day.slice(0, 4)] : []) },
] as const satisfies readonly SearchFilter[];

/** Selected filter values from a /szukaj/ URL, by Pagefind filter name (unknown parameters ignored). */
export const filtersFromParams = (params: URLSearchParams): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  for (const f of SEARCH_FILTERS) {
    const values = params.getAll(f.param).filter(Boolean);
    if (values.length) out[f.key] = values;
  }
  return out;
};

/** The /szukaj/ URL of a query with filters: what the address bar shows and a person can share. */
export const searchUrl = (query: string, filters: Readonly<Record<string, readonly string[]>> = {}): string => {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const f of SEARCH_FILTERS) for (const v of filters[f.key] ?? []) params.append(f.param, v);
  const s = params.toString();
  return `/szukaj/${s ? `?${s}` : ''}`;
};
