/**
 * The site's small YAML data files next to the collections (the accessibility statement, the
 * office's contact, whom to ask for access): read once with the same YAML rules as entries (no
 * YAML timestamps) and checked against their schema. Problems name the file and the field, like
 * every content problem, so the content check can list them with the rest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from './content-check.ts';

export interface DataFileResult<T> {
  /** The validated data; missing when the file is absent or wrong. */
  data?: T;
  /** Whether the file exists at all (optional files may be absent without a problem). */
  exists: boolean;
  problems: ContentProblem[];
}

/** Reads `dir/path` and checks it against `schema`; `missing` is the problem to report when the file is absent. */
export const readDataFile = <S extends z.ZodType>(
  dir: string,
  path: string,
  schema: S,
  missing?: string,
): DataFileResult<z.output<S>> => {
  const full = join(dir, path);
  const file = relative(process.cwd(), full) || full;
  if (!existsSync(full)) return { exists: false, problems: missing ? [{ file, field: 'plik', message: missing }] : [] };
  let raw: unknown;
  try {
    raw = load(readFileSync(full, 'utf8'), { schema: CORE_SCHEMA });
  } catch (e) {
    return { exists: true, problems: [{ file, field: 'plik', message: `błąd składni YAML: ${(e as Error).message.split('\n')[0]}` }] };
  }
  const result = schema.safeParse(raw);
  return result.success
    ? { data: result.data, exists: true, problems: [] }
    : { exists: true, problems: result.error.issues.map((i) => ({ file, field: i.path.map(String).join('.') || 'plik', message: i.message })) };
};
