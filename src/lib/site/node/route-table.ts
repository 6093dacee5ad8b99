/**
 * The route table: which first path segments under each collection's URL prefix belong to
 * something other than that collection's entries. An entry named like one of them would
 * overwrite or shadow that route, or sit on a path the hosts open without login:
 * `events/subskrypcja.md` would land under the secret-feed prefix, `events/typ.md` would replace
 * the feed `/kalendarz/typ/wydarzenie.ics`, `documents/strona.md` would sit among the list pages.
 *
 * Nothing here is a hand-kept list of words. The segments come from
 * - the static pages and folders under `src/pages/<prefix>/` (`kontakty/kto-czym-sie-zajmuje.astro`);
 * - for prefixes with a rest-parameter page (`[...list].astro`), the URL builders those pages
 *   use, called with a placeholder (list pages → `strona`, `forum`; calendar feeds → `typ`, `tag`; the
 *   members' token feeds → `subskrypcja`);
 * and `routeTableGaps` checks after every build that the output holds no other folder, so a new
 * route that the table does not know fails the build instead of passing silently.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTION_NAMES, collections, type CollectionName } from '../../../schema/collections.ts';
import { feedPath, subscriptionFeeds } from '../../calendar/ics.ts';
import { listUrl } from '../../content/urls.ts';
import { tagFeedFile } from '../../follow/tag-feeds.ts';

export const PAGES_DIR = fileURLToPath(new URL('../../../pages/', import.meta.url));

/** A placeholder that no real segment equals: marks the variable part of a built URL. */
const HOLE = 'x0-hole-0x';

/** One reserved segment and what owns it (shown to the editor). */
export interface ReservedSegment {
  segment: string;
  /** A page file or folder (`src/pages/kontakty/forum/`) or an example URL (`/kalendarz/typ/….ics`). */
  owner: string;
}

/** Every URL shape the dynamic routes build, with the variable parts as placeholders. */
const builtShapes = (): string[] => [
  ...COLLECTION_NAMES.flatMap((n) => [listUrl(collections[n].route, { page: 2 }), listUrl(collections[n].route, { forum: HOLE, page: 2 })]),
  ...subscriptionFeeds([{ slug: HOLE, title: HOLE }]).flatMap((f) => [feedPath(f.file), feedPath(f.file, HOLE)]),
  feedPath(tagFeedFile(HOLE)),
  feedPath(tagFeedFile(HOLE), HOLE),
];

/** The first segment after `/<route>/`, when it is a folder (not a file like wszystkie.ics) and fixed. */
const fixedFolder = (url: string, route: string): string | undefined => {
  const rest = url.slice(route.length + 2).split('/');
  const [first] = rest;
  if (!first || first.includes(HOLE) || rest.length < 2) return undefined;
  return first;
};

/** Static page files and folders directly under src/pages/<route>/ that become folders. */
const pageFolders = (pagesDir: string, route: string): ReservedSegment[] => {
  const dir = join(pagesDir, route);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('[') || name.startsWith('_')) return [];
    const isDir = statSync(join(dir, name)).isDirectory();
    const base = isDir ? name : name.replace(/\.(astro|md|mdx|ts|js)$/, '');
    // `wydarzenia.json.ts` writes a file, not a folder: no entry folder can clash with it.
    if (base === 'index' || base.includes('.')) return [];
    return [{ segment: base, owner: `src/pages/${route}/${name}${isDir ? '/' : ''}` }];
  });
};

/** Reserved first segments of one collection's URL prefix. */
export const reservedSegments = (collection: CollectionName, pagesDir = PAGES_DIR): ReservedSegment[] => {
  const { route } = collections[collection];
  const found = new Map<string, ReservedSegment>();
  for (const r of pageFolders(pagesDir, route)) found.set(r.segment, r);
  // Paths built from URL builders come only from pages with a rest parameter ([...list].astro).
  const dir = join(pagesDir, route);
  const generates = existsSync(dir) && readdirSync(dir).some((f) => f.startsWith('[...'));
  for (const url of generates ? builtShapes() : []) {
    if (!url.startsWith(`/${route}/`)) continue;
    const segment = fixedFolder(url, route);
    if (segment && !found.has(segment)) found.set(segment, { segment, owner: url.replaceAll(HOLE, '…') });
  }
  return [...found.values()].sort((a, b) => a.segment.localeCompare(b.segment));
};

/** All collections' reserved segments (cached per pages folder: the check asks once per file). */
const cache = new Map<string, Map<CollectionName, ReservedSegment[]>>();
export const routeTable = (pagesDir = PAGES_DIR): Map<CollectionName, ReservedSegment[]> => {
  let table = cache.get(pagesDir);
  if (!table) {
    table = new Map(COLLECTION_NAMES.map((n) => [n, reservedSegments(n, pagesDir)]));
    cache.set(pagesDir, table);
  }
  return table;
};

/**
 * After a build: folders directly under a collection's prefix that are neither an entry nor in
 * the route table. Each one is a route the table does not know, so an entry of that name would
 * collide unnoticed: the build fails and names it.
 */
export const routeTableGaps = (
  outDir: string,
  entrySlugs: ReadonlyMap<CollectionName, ReadonlySet<string>>,
  pagesDir = PAGES_DIR,
): string[] => {
  const table = routeTable(pagesDir);
  const gaps: string[] = [];
  for (const name of COLLECTION_NAMES) {
    const { route } = collections[name];
    const dir = join(outDir, route);
    if (!existsSync(dir)) continue;
    const reserved = new Set((table.get(name) ?? []).map((r) => r.segment));
    for (const folder of readdirSync(dir)) {
      if (!statSync(join(dir, folder)).isDirectory()) continue;
      if (!reserved.has(folder) && !entrySlugs.get(name)?.has(folder)) gaps.push(`/${route}/${folder}/`);
    }
  }
  return gaps;
};
