/**
 * The /szukaj/ page: reads ?q= and the filter parameters, searches (results.ts: lemma keys,
 * re-ranking, series collapsed, excerpts from the entry's own text), renders the results and the
 * filter panel with counts, and for a query with no or few results a "Czy chodziło Ci o…" link.
 * Changing a filter or the query updates the URL, so the address can always be shared.
 * Below 768 px the filter panel is a closed disclosure "Filtry (N)" under the results.
 */
import { fill } from '../../../i18n/text.ts';
import { countText, type CountedForms } from './counted.ts';
import { loadPagefind } from './pagefind-loader.ts';
import { FEW, runSearch, suggestQuery } from './results.ts';
import { SEARCH_FILTERS, filtersFromParams, searchUrl } from '../filters.ts';
import type { RankedHit } from '../rank.ts';
import type { PagefindData } from './query.ts';

const PAGE_SIZE = 30;
const WIDE = '(min-width: 48rem)';
/** A DOM element with a class and children (text is set as text, never parsed as HTML). */
const el = (tag: string, className = '', ...children: (Node | string)[]): HTMLElement => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.append(...children);
  return e;
};
const link = (href: string, text: string) => {
  const a = el('a', '', text);
  a.setAttribute('href', href);
  return a;
};

export const initSearchPage = (): void => {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const suggestion = document.querySelector<HTMLElement>('[data-search-suggestion]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const panel = document.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const summary = panel?.querySelector<HTMLElement>('[data-filters-summary]');
  const groups = panel?.querySelector<HTMLElement>('[data-filter-groups]');
  if (!form || !input || !status || !suggestion || !list || !panel || !summary || !groups) return;
  const s = form.dataset;
  const replacements = JSON.parse(s['replacements'] ?? '{}') as Record<string, string>;
  const labels = JSON.parse(s['filterLabels'] ?? '{}') as Record<string, string>;
  const resultForms = JSON.parse(s['count'] ?? '{}') as CountedForms;
  const similarForms = JSON.parse(s['similarCount'] ?? '{}') as CountedForms;

  // Wide screens: the panel is always open (its summary hidden by CSS); phones: closed until asked.
  const wide = window.matchMedia(WIDE);
  const fitPanel = () => {
    panel.open = wide.matches;
  };
  fitPanel();
  wide.addEventListener('change', fitPanel);

  const render = (hits: RankedHit<PagefindData>[], excerpts: Map<string, string>) =>
    list.replaceChildren(
      ...hits.slice(0, PAGE_SIZE).map(({ data: d, similar }) => {
        const excerpt = el('p', 'result-excerpt');
        excerpt.innerHTML = excerpts.get(d.url) ?? ''; // escaped entry text with <mark> around matches (excerpt.ts)
        const meta = [d.meta['type'], d.meta['forum'], d.meta['date']].filter(Boolean).join(' · ');
        const li = el('li', 'result', link(d.url, d.meta['title'] ?? d.url), el('p', 'card-meta', meta), excerpt);
        if (similar.length) {
          const more = el('details', 'result-similar', el('summary', '', fill(s['similar'] ?? '', { similar: countText(similarForms, similar.length) })));
          more.append(el('ul', '', ...similar.map((o) => el('li', '', link(o.url, o.meta['title'] ?? o.url), o.meta['date'] ? ` — ${o.meta['date']}` : ''))));
          li.append(more);
        }
        return li;
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
    const chosen = Object.values(selected).reduce((n, v) => n + v.length, 0);
    summary.textContent = chosen ? fill(s['filtersToggleCount'] ?? '', { count: chosen }) : (s['filtersToggle'] ?? '');
    panel.hidden = fieldsets.length === 0;
  };

  const showSuggestion = async (query: string, total: number) => {
    suggestion.hidden = true;
    suggestion.replaceChildren();
    if (total >= FEW) return;
    const better = await suggestQuery(query, { replacements });
    if (!better || new URLSearchParams(window.location.search).get('q') !== query) return;
    const a = link(searchUrl(better), better);
    a.setAttribute('data-suggestion', '');
    suggestion.replaceChildren(`${s['didYouMean'] ?? ''} `, a, '?');
    suggestion.hidden = false;
  };

  const show = async () => {
    const params = new URLSearchParams(window.location.search);
    const query = params.get('q') ?? '';
    const filters = filtersFromParams(params);
    input.value = query;
    suggestion.hidden = true;
    if (!query.trim()) {
      status.textContent = '';
      list.replaceChildren();
      panel.hidden = true;
      return;
    }
    status.textContent = s['loading'] ?? '';
    try {
      await (await loadPagefind()).filters(); // loads the filter index once: results then carry counts per value
      const { answer, hits, excerpts } = await runSearch(query, { filters, replacements });
      render(hits, excerpts);
      renderFilters(answer.filters, filters);
      const total = answer.results.length;
      status.textContent = total ? countText(resultForms, total) : fill(s['none'] ?? '', { query });
      await showSuggestion(query, total).catch(() => undefined);
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
  suggestion.addEventListener('click', (e) => {
    const a = (e.target as Element | null)?.closest('a');
    if (!a) return;
    e.preventDefault();
    go(a.getAttribute('href') ?? '/szukaj/');
  });
  groups.addEventListener('change', () => {
    const params = new URLSearchParams();
    for (const box of groups.querySelectorAll<HTMLInputElement>('input:checked')) params.append(box.name, box.value);
    go(searchUrl(new URLSearchParams(window.location.search).get('q') ?? '', filtersFromParams(params)));
  });
  window.addEventListener('popstate', () => void show());
  void show();
};
