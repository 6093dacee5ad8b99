/**
 * The /szukaj/ page: reads ?q= and the filter parameters, searches, renders results in rank
 * order with excerpts (Pagefind marks matched words with <mark>) and the filter panel with counts.
 * Changing a filter or the query updates the URL, so the address can always be shared.
 */
import { fill } from '../../../i18n/text.ts';
import { loadPagefind } from './pagefind-loader.ts';
import { strictSearch, type PagefindData } from './query.ts';
import { SEARCH_FILTERS, filtersFromParams, searchUrl } from '../filters.ts';

const PAGE_SIZE = 30;
/** A DOM element with a class and children (text is set as text, never parsed as HTML). */
const el = (tag: string, className = '', ...children: (Node | string)[]): HTMLElement => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.append(...children);
  return e;
};

export const initSearchPage = (): void => {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const panel = document.querySelector<HTMLElement>('[data-search-filters]');
  const groups = panel?.querySelector<HTMLElement>('[data-filter-groups]');
  if (!form || !input || !status || !list || !panel || !groups) return;
  const s = form.dataset;
  const replacements = JSON.parse(s['replacements'] ?? '{}') as Record<string, string>;
  const labels = JSON.parse(s['filterLabels'] ?? '{}') as Record<string, string>;

  const render = (data: PagefindData[]) =>
    list.replaceChildren(
      ...data.map((d) => {
        const excerpt = el('p', 'result-excerpt');
        excerpt.innerHTML = d.excerpt; // Pagefind's excerpt: escaped page text with <mark> around matches
        const meta = [d.meta['type'], d.meta['forum'], d.meta['date']].filter(Boolean).join(' · ');
        const link = el('a', '', d.meta['title'] ?? d.url);
        link.setAttribute('href', d.url);
        return el('li', 'result', link, el('p', 'card-meta', meta), excerpt);
      }),
    );

  const renderFilters = (counts: Record<string, Record<string, number>>, selected: Record<string, string[]>) => {
    const fieldsets = SEARCH_FILTERS.flatMap((f) => {
      const values = Object.entries(counts[f.key] ?? {}).filter(([v, n]) => n > 0 || selected[f.key]?.includes(v));
      if (!values.length) return [];
      values.sort(([a, x], [b, y]) => (f.key === 'year' ? b.localeCompare(a) : y - x || a.localeCompare(b, 'pl')));
      return [
        el('fieldset', '', el('legend', '', labels[f.key] ?? f.key), ...values.map(([value, n]) => {
          const box = document.createElement('input');
          Object.assign(box, { type: 'checkbox', name: f.param, value, checked: selected[f.key]?.includes(value) ?? false });
          return el('label', 'filter-option', box, ` ${value} `, el('span', 'count', `(${n})`));
        })),
      ];
    });
    groups.replaceChildren(...fieldsets);
    panel.hidden = fieldsets.length === 0;
  };

  const show = async () => {
    const params = new URLSearchParams(window.location.search);
    const query = params.get('q') ?? '';
    const filters = filtersFromParams(params);
    input.value = query;
    if (!query.trim()) {
      status.textContent = '';
      list.replaceChildren();
      panel.hidden = true;
      return;
    }
    status.textContent = s['loading'] ?? '';
    try {
      const pagefind = await loadPagefind();
      await pagefind.filters(); // loads the filter index once: results then carry counts per value
      const answer = await strictSearch(pagefind.search, query, { filters, replacements });
      const data = await Promise.all(answer.results.slice(0, PAGE_SIZE).map((r) => r.data()));
      render(data);
      renderFilters(answer.filters, filters);
      status.textContent = answer.results.length
        ? fill(s['count'] ?? '', { count: answer.results.length })
        : fill(s['none'] ?? '', { query });
      document.body.dataset['searchDone'] = query;
    } catch {
      status.textContent = s['error'] ?? '';
    }
  };

  const go = (url: string) => {
    history.pushState(null, '', url);
    void show();
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(searchUrl(input.value, filtersFromParams(new URLSearchParams(window.location.search))));
  });
  groups.addEventListener('change', () => {
    const params = new URLSearchParams();
    for (const box of groups.querySelectorAll<HTMLInputElement>('input:checked')) params.append(box.name, box.value);
    go(searchUrl(new URLSearchParams(window.location.search).get('q') ?? '', filtersFromParams(params)));
  });
  window.addEventListener('popstate', () => void show());
  void show();
};
