/**
 * The content check: validates every entry of a content folder against the schema registry
 * and reports ALL problems at once, each as "file — pole „field”: message".
 *
 * Astro validates the same schemas during the build, but stops at the first error and speaks
 * English; this check runs first (from the Astro integration and `npm run check:content`) so an
 * editor sees every problem in Polish, with the file and the field named.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import {
  COLLECTION_NAMES,
  RESERVED_SLUGS,
  collections,
  type CollectionName,
} from '../../../schema/collections.ts';
import { STATEMENT_FILE, statementSchema, type Statement } from '../../../schema/statement.ts';
import { checkDataFiles } from '../../data/node/files.ts';
import { entryFiles, scanKnown, slugOf } from './content-dir.ts';

export interface ContentProblem {
  /** Path of the file relative to the working directory, e.g. `content/events/x.md`. */
  file: string;
  /** Dotted field path (`files.0.path`), or `plik` for problems of the file itself. */
  field: string;
  message: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * The same YAML parser as Astro's (js-yaml), but without YAML timestamps: js-yaml turns
 * `2026-02-30` into 2 March, so dates are checked as the strings the editor wrote.
 */
export const readFrontmatter = (text: string): unknown => {
  const m = FRONTMATTER.exec(text);
  return m ? (load(m[1] ?? '', { schema: CORE_SCHEMA }) ?? {}) : undefined;
};

export const formatProblem = (p: ContentProblem): string =>
  // A cell of a data set's CSV is named by row and column, not as a field (issue 19).
  p.field.startsWith('wiersz ') ? `${p.file} — ${p.field}: ${p.message}` : `${p.file} — pole „${p.field}”: ${p.message}`;

/** Checks one collection folder; `dir` is the content folder. */
const checkCollection = (
  dir: string,
  name: CollectionName,
  schema: { safeParse: (d: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
): ContentProblem[] => {
  const problems: ContentProblem[] = [];
  for (const fileName of entryFiles(dir, name)) {
    const full = join(dir, name, fileName);
    const file = relative(process.cwd(), full) || full;
    const slug = slugOf(fileName);
    if (!SLUG.test(slug)) {
      problems.push({
        file,
        field: 'plik',
        message: 'nazwa pliku musi być slugiem ASCII: małe litery bez polskich znaków, cyfry i myślniki',
      });
    }
    if (RESERVED_SLUGS.includes(slug)) {
      problems.push({ file, field: 'plik', message: `nazwa „${slug}” jest zarezerwowana dla adresów list` });
    }
    let data: unknown;
    try {
      data = readFrontmatter(readFileSync(full, 'utf8'));
    } catch (e) {
      problems.push({ file, field: 'frontmatter', message: `błąd składni YAML: ${(e as Error).message.split('\n')[0]}` });
      continue;
    }
    if (data === undefined) {
      problems.push({ file, field: 'frontmatter', message: 'brak nagłówka --- … --- z polami wpisu' });
      continue;
    }
    const result = schema.safeParse(data);
    for (const issue of result.error?.issues ?? []) {
      problems.push({ file, field: issue.path.map(String).join('.') || 'frontmatter', message: issue.message });
    }
  }
  return problems;
};

/** Reads and validates the accessibility statement's data file. */
export const readStatement = (dir: string): { statement?: Statement; problems: ContentProblem[] } => {
  const full = join(dir, STATEMENT_FILE);
  const file = relative(process.cwd(), full) || full;
  if (!existsSync(full)) return { problems: [{ file, field: 'plik', message: 'brak pliku z danymi deklaracji dostępności' }] };
  let data: unknown;
  try {
    data = load(readFileSync(full, 'utf8'), { schema: CORE_SCHEMA });
  } catch (e) {
    return { problems: [{ file, field: 'plik', message: `błąd składni YAML: ${(e as Error).message.split('\n')[0]}` }] };
  }
  const result = statementSchema.safeParse(data);
  return result.success
    ? { statement: result.data, problems: [] }
    : { problems: result.error.issues.map((i) => ({ file, field: i.path.map(String).join('.') || 'plik', message: i.message })) };
};

/** Every problem in a content folder; an empty list means the build may go on. */
export const checkContent = (dir: string): ContentProblem[] => {
  const known = scanKnown(dir);
  return [
    ...COLLECTION_NAMES.flatMap((name) => checkCollection(dir, name, collections[name].schema(known))),
    ...readStatement(dir).problems,
    // Data sets (issue 19): each CSV against the columns its description declares.
    ...checkDataFiles(dir, known),
  ];
};

/** Throws one error listing every problem (what the build shows the editor). */
export const assertContentValid = (dir: string): void => {
  const problems = checkContent(dir);
  if (problems.length > 0) {
    throw new Error(
      `Treść zawiera błędy (${problems.length}) — popraw je i zbuduj stronę ponownie:\n` +
        problems.map((p) => `  • ${formatProblem(p)}`).join('\n'),
    );
  }
};
