/**
 * Where the content lives. Tests and benchmarks build other folders by setting CONTENT_DIR;
 * everything that reads content (Astro collections, the content check, attachment copying)
 * asks this module, so they can never disagree.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Known, RefTarget } from '../../../schema/fields.ts';
import { ROOM_UPLOADS_FOLDER, UPLOAD_PREFIX, roomFilePrefix } from '../../../schema/collections.ts';

export const contentDir = (): string => resolve(process.env['CONTENT_DIR'] ?? 'content');

/** Entry files of a collection folder: Markdown and MDX, sorted for stable output. */
export const entryFiles = (dir: string, collection: string): string[] => {
  const folder = join(dir, collection);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
};

export const slugOf = (file: string): string => file.replace(/\.mdx?$/, '');

const uploadsIn = (dir: string, folder: string, prefix: string, into: Map<string, number>) => {
  const root = join(dir, folder);
  if (!existsSync(root)) return;
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const full = join(root, name);
    if (statSync(full).isFile()) into.set(prefix + name.split('\\').join('/'), statSync(full).size);
  }
};

/** What exists in a content folder: slugs per referenced collection and attachment sizes. */
export const scanKnown = (dir: string): Known => {
  const targets: RefTarget[] = ['forums', 'municipalities', 'contacts', 'events', 'documents'];
  const slugs = Object.fromEntries(
    targets.map((t) => [t, new Set(entryFiles(dir, t).map(slugOf))]),
  ) as Record<RefTarget, Set<string>>;
  const uploads = new Map<string, number>();
  uploadsIn(dir, 'uploads', UPLOAD_PREFIX.public, uploads);
  uploadsIn(dir, 'uploads-members', UPLOAD_PREFIX.members, uploads);
  // Room files: content/uploads-rooms/<forum>/x.pdf → /pokoje/<forum>/pliki/x.pdf (issue 17).
  const rooms = join(dir, ROOM_UPLOADS_FOLDER);
  if (existsSync(rooms)) {
    for (const forum of readdirSync(rooms)) if (statSync(join(rooms, forum)).isDirectory()) uploadsIn(dir, join(ROOM_UPLOADS_FOLDER, forum), roomFilePrefix(forum), uploads);
  }
  return { slugs, uploads };
};
