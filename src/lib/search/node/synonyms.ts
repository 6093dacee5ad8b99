/**
 * Reads the acronym list editors keep in `content/search/synonyms.yaml` and checks it: a wrong
 * entry stops the build with the file and field named, like any other content problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { z } from 'astro/zod';
import { contentDir } from '../../content/node/content-dir.ts';
import type { Synonym } from '../terms.ts';

export const SYNONYMS_FILE = 'search/synonyms.yaml';

const schema = z.array(
  z.object({
    skrot: z.string().trim().min(2, 'skrót musi mieć co najmniej 2 znaki').max(12, 'skrót może mieć najwyżej 12 znaków'),
    rozwiniecia: z.array(z.string().trim().min(3, 'rozwinięcie musi mieć co najmniej 3 znaki')).min(1, 'podaj co najmniej jedno rozwinięcie'),
  }).strict(),
);

/** The synonym list of a content folder (empty when the file does not exist). */
export const loadSynonyms = (dir: string): Synonym[] => {
  const file = join(dir, SYNONYMS_FILE);
  if (!existsSync(file)) return [];
  const name = relative(process.cwd(), file);
  let data: unknown;
  try {
    data = load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA });
  } catch (e) {
    throw new Error(`Lista skrótów zawiera błędy:\n  • ${name} — plik: niepoprawny YAML (${(e as Error).message.split('\n')[0]})`);
  }
  const parsed = schema.safeParse(data ?? []);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  • ${name} — pole „${i.path.join('.') || 'plik'}”: ${i.message}`);
    throw new Error(`Lista skrótów zawiera błędy (${lines.length}):\n${lines.join('\n')}`);
  }
  return parsed.data.map((s) => ({ acronym: s.skrot, expansions: s.rozwiniecia }));
};

let cached: Synonym[] | undefined;
/** The synonym list of the content folder being built, read once per build. */
export const siteSynonyms = (): Synonym[] => (cached ??= loadSynonyms(contentDir()));
