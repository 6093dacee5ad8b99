/**
 * Links between entries inside Markdown bodies ("wzór jest w [bazie wiedzy Forum Edukacji](/baza-wiedzy/…/)").
 * The content check reports, with file and field, a body link to an entry that does not exist
 * and a link from a public entry to a member-only one (the public site would show a dead link,
 * or tell the public what the members have).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTION_NAMES, collections, type Access, type CollectionName } from '../../../schema/collections.ts';

import { entryFiles, slugOf } from '../../content/node/content-dir.ts';
import { readFrontmatter, type ContentProblem } from '../../content/node/content-check.ts';

/** The field name the check reports for the Markdown body (as the CMS labels it: „treść”). */
export const BODY_FIELD = 'treść';

const FRONTMATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/**
 * Site-internal entry links in a Markdown body: `[text](/route/slug/)`, `<a href="/route/slug/">`
 * and reference definitions `[x]: /route/slug/`. Only links whose first path segment is an entry
 * route of the registry count; lists (`/faq/forum/x/`), feeds and files are left to the build's
 * own link check.
 */
export const bodyEntryLinks = (body: string, routes: ReadonlyMap<string, CollectionName>): { route: string; slug: string; href: string }[] => {
  const found: { route: string; slug: string; href: string }[] = [];
  const hrefs = [
    ...body.matchAll(/\]\(\s*<?(\/[^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g),
    ...body.matchAll(/href\s*=\s*["'](\/[^"']*)["']/g),
    ...body.matchAll(/^\s*\[[^\]]+\]:\s*<?(\/\S*?)>?(?:\s|$)/gm),
  ].map((m) => m[1] ?? '');
  for (const href of hrefs) {
    const path = href.split(/[?#]/)[0] ?? '';
    const m = /^\/([a-z0-9-]+)\/([a-z0-9-]+)\/?$/.exec(path);
    if (!m) continue;
    const [, route = '', slug = ''] = m;
    if (routes.has(route)) found.push({ route, slug, href });
  }
  return found;
};

/** The `access` a collection gives an entry that does not say (contacts: members; the rest: public). */
const defaultAccess = (name: CollectionName): Access => {
  const schema = collections[name].schema({ slugs: {}, uploads: new Map() } as never) as unknown as {
    shape?: { access?: { safeParse: (v: unknown) => { success: boolean; data?: unknown } } };
  };
  const parsed = schema.shape?.access?.safeParse(undefined);
  return parsed?.success && parsed.data === 'members' ? 'members' : 'public';
};

/** The `access` an entry ends up with: its own, or its collection's default. */
const accessOf = (raw: unknown, fallback: Access): Access => (raw === 'public' || raw === 'members' ? raw : fallback);

/** Every body link problem of a content folder. */
export const checkBodyLinks = (dir: string): ContentProblem[] => {
  const routes = new Map(COLLECTION_NAMES.map((n) => [collections[n].route, n] as const));
  // Every entry's access, by collection and slug.
  const access = new Map<string, Access>();
  const bodies: { file: string; access: Access; body: string }[] = [];
  for (const name of COLLECTION_NAMES) {
    const fallback = defaultAccess(name);
    for (const fileName of entryFiles(dir, name)) {
      const full = join(dir, name, fileName);
      const text = readFileSync(full, 'utf8');
      let data: unknown;
      try {
        data = readFrontmatter(text);
      } catch {
        continue; // the frontmatter check reports the YAML error
      }
      const a = accessOf((data as { access?: unknown } | undefined)?.access, fallback);
      access.set(`${name}/${slugOf(fileName)}`, a);
      bodies.push({ file: relative(process.cwd(), full) || full, access: a, body: text.replace(FRONTMATTER, '') });
    }
  }
  const problems: ContentProblem[] = [];
  for (const b of bodies) {
    for (const link of bodyEntryLinks(b.body, routes)) {
      const name = routes.get(link.route)!;
      const target = access.get(`${name}/${link.slug}`);
      if (target === undefined) {
        problems.push({ file: b.file, field: BODY_FIELD, message: `odnośnik ${link.href} prowadzi do wpisu, którego nie ma (brak „${link.slug}” w folderze ${name})` });
      } else if (b.access === 'public' && target === 'members') {
        problems.push({
          file: b.file,
          field: BODY_FIELD,
          message: `publiczny wpis linkuje wpis tylko dla członków (${link.href}) — na stronie publicznej byłby to martwy odnośnik`,
        });
      }
    }
  }
  return problems;
};
