/**
 * Quick search behaviour (header of every page). Pagefind is loaded on first focus, so pages
 * that nobody searches from download nothing extra.
 */
import { fill } from '../../../i18n/text.ts';
import { countText, type CountedForms } from './counted.ts';
import { loadPagefind } from './pagefind-loader.ts';
import { isSearchShortcut, longEnough } from './query.ts';
import { runSearch } from './results.ts';
import { searchUrl } from '../filters.ts';

const SHOWN = 8;

export const initQuickSearch = (): void => {
  const form = document.querySelector<HTMLFormElement>('[data-quick-search]');
  const input = form?.querySelector<HTMLInputElement>('input[role="combobox"]');
  const list = form?.querySelector<HTMLUListElement>('[role="listbox"]');
  const status = form?.querySelector<HTMLElement>('[data-quick-status]');
  if (!form || !input || !list || !status) return;
  const strings = form.dataset;
  const replacements = JSON.parse(strings['replacements'] ?? '{}') as Record<string, string>;
  const resultForms = JSON.parse(strings['count'] ?? '{}') as CountedForms;
  let active = -1;
  let latest = 0;

  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
  const setActive = (i: number) => {
    const all = options();
    active = all.length ? (i + all.length) % all.length : -1;
    all.forEach((o, n) => o.setAttribute('aria-selected', String(n === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const open = () => {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const option = (id: string, href: string, title: string, detail: string) => {
    const li = document.createElement('li');
    li.id = id;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    const a = document.createElement('a');
    a.href = href;
    a.tabIndex = -1;
    a.textContent = title;
    li.append(a);
    if (detail) {
      const small = document.createElement('small');
      small.textContent = detail;
      li.append(small);
    }
    return li;
  };

  const update = async () => {
    const query = input.value;
    const run = ++latest;
    if (!longEnough(query)) {
      close();
      list.replaceChildren();
      status.textContent = '';
      document.body.dataset['quickSearchDone'] = String(run);
      return;
    }
    try {
      const { answer, hits } = await runSearch(query, { replacements, prefixLast: true, load: SHOWN + 2 });
      const found = hits.slice(0, SHOWN).map((h) => h.data);
      if (run !== latest) return; // a newer keystroke has its own results
      const total = hits.length < SHOWN && answer.results.length <= SHOWN * 2 ? hits.length : answer.results.length;
      list.replaceChildren(
        ...found.map((d, i) => option(`szukaj-wynik-${i}`, d.url, d.meta['title'] ?? d.url, [d.meta['type'], d.meta['date']].filter(Boolean).join(' · '))),
        option('szukaj-wszystkie', searchUrl(query), fill(strings['all'] ?? '', { query: query.trim() }), ''),
      );
      active = -1;
      open();
      status.textContent = total ? `${countText(resultForms, total)} — ${strings['hint'] ?? ''}` : fill(strings['none'] ?? '', { query: query.trim() });
      document.body.dataset['quickSearchDone'] = String(run);
    } catch {
      status.textContent = strings['error'] ?? '';
    }
  };

  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden) return;
      e.preventDefault();
      setActive(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        close();
      }
    } else if (e.key === 'Enter' && active >= 0 && !list.hidden) {
      const href = options()[active]?.querySelector('a')?.href;
      if (href) {
        e.preventDefault();
        window.location.assign(href);
      }
    }
  });
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) close();
  });
  // The form's own GET would work too; this keeps the URL in the same shape as the search page.
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    window.location.assign(searchUrl(input.value));
  });
  document.addEventListener('keydown', (e) => {
    if (isSearchShortcut(e, e.target)) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
};
