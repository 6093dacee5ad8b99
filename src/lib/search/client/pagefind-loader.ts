/**
 * Loads the site's own Pagefind bundle on first use (the page's CSP allows only same-origin
 * scripts and 'wasm-unsafe-eval'). The path is built at run time so Vite leaves the import alone:
 * /pagefind/ exists only after the build has been indexed.
 */
import type { PagefindSearch } from './query.ts';

interface PagefindModule {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: PagefindSearch;
  preload: (term: string) => Promise<void>;
  /** All filter values; also loads the filter index, without which results carry no counts. */
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<PagefindModule> | undefined;

/** The Pagefind module, loaded and initialised once per page. */
export const loadPagefind = (): Promise<PagefindModule> =>
  (loading ??= (async () => {
    const path = ['', 'pagefind', 'pagefind.js'].join('/');
    const pagefind = (await import(/* @vite-ignore */ path)) as PagefindModule;
    await pagefind.options({ excerptLength: 26 });
    await pagefind.init();
    return pagefind;
  })());
