// Every page type of a built site, for screenshots and the layout tests: the home page, each
// section of the registry (src/lib/site/nav.ts) with its first entry, search, the contacts
// filter, the 404 page and, in the members build, the members' tools.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { footerItems, membersItems } from '../../src/lib/site/nav.ts';

/** The first entry a list page links to (its first card). */
const firstEntry = (dir: string, list: string): string | undefined => {
  const file = join(dir, list, 'index.html');
  if (!existsSync(file)) return undefined;
  const href = /class="card-title"[^>]*>\s*<a href="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
  return href?.startsWith('/') ? href : undefined;
};

/** Page types of one build: name → path. */
export const pageTypes = (dir: string, audience: 'public' | 'members'): [string, string][] => {
  const pages: [string, string][] = [['start', '/'], ['szukaj', '/szukaj/?q=zam%C3%B3wienia'], ['404', '/nie-ma-takiej-strony/']];
  for (const item of [...footerItems(), ...membersItems(audience)]) {
    if (item.href === '/admin/') continue;
    const name = item.href.replaceAll('/', ' ').trim().replaceAll(' ', '-');
    pages.push([name, item.href]);
    const entry = firstEntry(dir, item.href);
    if (entry) pages.push([`${name}-wpis`, entry]);
  }
  pages.push(['kontakty-filtr', '/kontakty/?q=zam%C3%B3wienia+Wieliczka']);
  return pages;
};

