/**
 * Search of one forum room, on its own page (/pokoje/<forum>/szukaj/): the room's own Pagefind
 * bundle (/pokoje/<forum>/pagefind/), never the members-wide index. Strings come from data-*
 * attributes of the form (the string table); results are links in `[data-search-results]`.
 */
import { countText, type CountedForms } from '../../search/client/counted.ts';
import { strictSearch, type PagefindSearch } from '../../search/client/query.ts';

interface RoomPagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: PagefindSearch;
}

const load = async (bundle: string): Promise<RoomPagefind> => {
  const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as RoomPagefind;
  await pf.options({ excerptLength: 26, basePath: bundle });
  await pf.init();
  return pf;
};

export const initRoomSearch = (): void => {
  const form = document.querySelector<HTMLFormElement>('[data-room-search]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !list || !status || !input) return;
  const bundle = form.dataset['bundle'] ?? '';
  let pagefind: Promise<RoomPagefind> | undefined;
  let run = 0;
  const show = async (query: string) => {
    const mine = ++run;
    list.replaceChildren();
    if (!query.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = form.dataset['loading'] ?? '';
    try {
      pagefind ??= load(bundle);
      const pf = await pagefind;
      const answer = await strictSearch(pf.search, query);
      const data = await Promise.all(answer.results.slice(0, 50).map((r) => r.data()));
      if (mine !== run) return;
      for (const d of data) {
        const li = document.createElement('li');
        li.className = 'result';
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta['title'] ?? d.url;
        const p = document.createElement('p');
        // Pagefind's excerpt marks matches with <mark>; it is made from the room's own pages.
        p.innerHTML = d.excerpt;
        li.append(a, p);
        list.append(li);
      }
      const forms = JSON.parse(form.dataset['count'] ?? '{}') as CountedForms;
      status.textContent = data.length === 0 ? (form.dataset['none'] ?? '') : countText(forms, data.length);
    } catch {
      if (mine === run) status.textContent = form.dataset['error'] ?? '';
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value;
    const url = new URL(location.href);
    url.searchParams.set('q', q);
    history.replaceState(null, '', url);
    void show(q);
  });
  const initial = new URL(location.href).searchParams.get('q') ?? '';
  if (initial) {
    input.value = initial;
    void show(initial);
  }
};
