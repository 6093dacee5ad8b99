/** Reads the office's contact file (src/schema/office.ts) once per process. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { OFFICE_FILE, officeSchema, type OfficeData } from '../../../schema/office.ts';
import { contentDir } from '../../content/node/content-dir.ts';
import type { ContentProblem } from '../../content/node/content-check.ts';
import type { Office } from '../mailto.ts';

/** The office file of a content folder, validated; problems name the file and the field. */
export const readOffice = (dir: string): { office?: OfficeData; problems: ContentProblem[] } => {
  const full = join(dir, OFFICE_FILE);
  const file = relative(process.cwd(), full) || full;
  if (!existsSync(full)) return { problems: [{ file, field: 'plik', message: 'brak pliku z danymi kontaktowymi biura (nazwa, email)' }] };
  let data: unknown;
  try {
    data = load(readFileSync(full, 'utf8'), { schema: CORE_SCHEMA });
  } catch (e) {
    return { problems: [{ file, field: 'plik', message: `błąd składni YAML: ${(e as Error).message.split('\n')[0]}` }] };
  }
  const result = officeSchema.safeParse(data);
  return result.success
    ? { office: result.data, problems: [] }
    : { problems: result.error.issues.map((i) => ({ file, field: i.path.map(String).join('.') || 'plik', message: i.message })) };
};

let cached: Office | undefined;

/**
 * The office as a recipient, for pages at build time. The content check has already stopped the
 * build if the file is missing or wrong, so a failure here is a bug, not an editor's mistake.
 */
export const office = (): Office => {
  if (!cached) {
    const { office: o, problems } = readOffice(contentDir());
    if (!o) throw new Error(problems.map((p) => `${p.file} — pole „${p.field}”: ${p.message}`).join('\n'));
    cached = { name: o.nazwa, email: o.email };
  }
  return cached;
};
