/**
 * The content check: validates every entry of a content folder against the schema registry
 * and reports ALL problems at once, each as "file — pole „field”: message".
 *
 * Astro validates the same schemas during the build, but stops at the first error and speaks
 * English; this check runs first (from the Astro integration and `npm run check:content`) so an
 * editor sees every problem in Polish, with the file and the field named.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import {
  COLLECTION_NAMES,
  collections,
  type CollectionName,
} from '../../../schema/collections.ts';
import { STATEMENT_FILE, statementSchema, type Statement } from '../../../schema/statement.ts';
import { checkDataFiles } from '../../data/node/files.ts';
import { routeTable } from '../../site/node/route-table.ts';
import { unsafeMarkup } from '../markdown-safety.ts';
import { entryFiles, scanKnown, slugOf } from './content-dir.ts';
import { readDataFile } from './data-file.ts';
import { checkBodyLinks } from '../../follow/node/body-links.ts';
import { readOffice } from '../../follow/node/office.ts';

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

/**
 * Longest file name (without extension): within the 255 bytes of every file system with room
 * for the extension, and above what the CMS makes of a 160-character title.
 */
export const MAX_SLUG_LENGTH = 200;
/** Largest body: bigger material belongs in an attachment (a page this size would not load on a phone). */
export const MAX_BODY_BYTES = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of an entry file, or undefined when it is not UTF-8 (the build would show mojibake). */
const readText = (full: string): string | undefined => {
  try {
    return utf8.decode(readFileSync(full));
  } catch {
    return undefined;
  }
};

/** The body below the frontmatter. */
const bodyOf = (text: string): string => {
  const m = FRONTMATTER.exec(text);
  return m ? text.slice(m[0].length) : text;
};

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'liczba',
  boolean: 'tak/nie',
  array: 'lista',
  object: 'pola (klucz: wartość)',
  null: 'pusta wartość',
  undefined: 'brak wartości',
  date: 'data',
};

/** Fields without a message of their own get zod's English type errors: say them in Polish. */
const polish = (message: string): string => {
  const m = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  return m ? `oczekiwano: ${TYPE_NAMES[m[1]!] ?? m[1]}, a jest: ${TYPE_NAMES[m[2]!] ?? m[2]}` : message;
};

/** Checks one collection folder; `dir` is the content folder. */
const checkCollection = (
  dir: string,
  name: CollectionName,
  schema: { safeParse: (d: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
): ContentProblem[] => {
  const problems: ContentProblem[] = [];
  const reserved = new Map((routeTable().get(name) ?? []).map((r) => [r.segment, r.owner]));
  const files = entryFiles(dir, name);
  // x.md and x.mdx, or Wazne.md and wazne.md, would be one URL (and one file on Windows or macOS).
  const bySlug = Map.groupBy(files, (f) => slugOf(f).toLowerCase());
  for (const fileName of files) {
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
    if (slug.length > MAX_SLUG_LENGTH) {
      problems.push({ file, field: 'plik', message: `nazwa pliku ma ${slug.length} znaków — najwyżej ${MAX_SLUG_LENGTH}` });
    }
    const twins = (bySlug.get(slug.toLowerCase()) ?? []).filter((f) => f !== fileName);
    if (twins.length > 0) {
      problems.push({ file, field: 'plik', message: `ten sam adres co ${twins.map((f) => `${name}/${f}`).join(', ')} — zmień nazwę jednego z plików` });
    }
    const owner = reserved.get(slug);
    if (owner) {
      problems.push({
        file,
        field: 'plik',
        message: `nazwa „${slug}” jest zajęta: adres /${collections[name].route}/${slug}/ należy do strony serwisu (${owner}) — zmień nazwę pliku`,
      });
    }
    const text = readText(full);
    if (text === undefined) {
      problems.push({ file, field: 'plik', message: 'plik nie jest zapisany w UTF-8 — zapisz go ponownie w kodowaniu UTF-8' });
      continue;
    }
    let data: unknown;
    try {
      data = readFrontmatter(text);
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
      problems.push({ file, field: issue.path.map(String).join('.') || 'frontmatter', message: polish(issue.message) });
    }
    const body = bodyOf(text);
    const bytes = Buffer.byteLength(body);
    if (bytes > MAX_BODY_BYTES) {
      problems.push({
        file,
        field: 'body',
        message: `treść ma ${(bytes / 1024 / 1024).toFixed(1)} MB — najwyżej 1 MB; dłuższy materiał dodaj jako załącznik`,
      });
      continue;
    }
    for (const m of unsafeMarkup(body)) {
      // Frontmatter lines come first in the file: the editor finds the line where the file has it.
      const line = text.slice(0, text.length - body.length).split('\n').length - 1 + m.line;
      problems.push({ file, field: 'body', message: `linia ${line}: ${m.message}` });
    }
  }
  return problems;
};

/** What an attachment's first bytes must be, by extension: a .pdf that is a web page is not a PDF. */
const SIGNATURES: Record<string, readonly string[]> = {
  pdf: ['%PDF-'],
  // Office Open XML and OpenDocument files are ZIP archives.
  ...Object.fromEntries(['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'zip'].map((e) => [e, ['PK\x03\x04']])),
  png: ['\x89PNG'],
  jpg: ['\xFF\xD8\xFF'],
  jpeg: ['\xFF\xD8\xFF'],
  gif: ['GIF87a', 'GIF89a'],
  webp: ['RIFF'],
};
const UPLOAD_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

/**
 * Attachments as files: a safe name (no "..", spaces or encoded slashes), a format the site
 * offers (never .html or .svg, which would run as pages of the site) and content that matches
 * the extension.
 */
const checkUploads = (dir: string): ContentProblem[] => {
  const problems: ContentProblem[] = [];
  for (const folder of ['uploads', 'uploads-members']) {
    const root = join(dir, folder);
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      const full = join(root, name);
      if (!statSync(full).isFile()) continue;
      const file = relative(process.cwd(), full) || full;
      const parts = name.split(/[\\/]/);
      if (parts.some((p) => !UPLOAD_NAME.test(p) || /^\.+$/.test(p) || p.includes('..'))) {
        problems.push({ file, field: 'plik', message: 'nazwa załącznika może mieć tylko litery ASCII, cyfry, kropkę, myślnik i podkreślenie' });
        continue;
      }
      const ext = name.split('.').pop()?.toLowerCase() ?? '';
      const signatures = SIGNATURES[ext];
      if (!signatures) {
        problems.push({ file, field: 'plik', message: `załączniki .${ext} są niedozwolone — dozwolone: ${Object.keys(SIGNATURES).join(', ')}` });
        continue;
      }
      const head = readFileSync(full).subarray(0, 8).toString('latin1');
      if (!signatures.some((s) => head.startsWith(s))) {
        problems.push({ file, field: 'plik', message: `zawartość pliku nie jest formatu ${ext.toUpperCase()} — plik ma inne rozszerzenie niż swój format` });
      }
    }
  }
  return problems;
};

/** Reads and validates the accessibility statement's data file. */
export const readStatement = (dir: string): { statement?: Statement; problems: ContentProblem[] } => {
  const { data, problems } = readDataFile(dir, STATEMENT_FILE, statementSchema, 'brak pliku z danymi deklaracji dostępności');
  return data ? { statement: data, problems } : { problems };
};

/** Every problem in a content folder; an empty list means the build may go on. */
export const checkContent = (dir: string): ContentProblem[] => {
  const known = scanKnown(dir);
  return [
    ...COLLECTION_NAMES.flatMap((name) => checkCollection(dir, name, collections[name].schema(known))),
    ...checkUploads(dir),
    ...readStatement(dir).problems,
    // Data sets (issue 19): each CSV against the columns its description declares.
    ...checkDataFiles(dir, known),
    ...readOffice(dir).problems,
    ...checkBodyLinks(dir),
  ];
};

/** Throws one error listing every problem (what the build shows the editor). */
export const assertContentValid = (dir: string): void => {
  const problems = checkContent(dir);
  if (problems.length > 0) {
    const error = new Error(
      `Treść zawiera błędy (${problems.length}) — popraw je i zbuduj stronę ponownie:\n` +
        problems.map((p) => `  • ${formatProblem(p)}`).join('\n'),
    );
    // The editor needs the list, not where in our code it was thrown: Astro prints the stack.
    error.stack = error.message;
    throw error;
  }
};
