/** Reads the office's contact file (src/schema/office.ts) once per process. */
import { OFFICE_FILE, officeSchema, type OfficeData } from '../../../schema/office.ts';
import { contentDir } from '../../content/node/content-dir.ts';
import { formatProblem, type ContentProblem } from '../../content/node/content-check.ts';
import { readDataFile } from '../../content/node/data-file.ts';
import type { Office } from '../mailto.ts';

/** The office file of a content folder, validated; problems name the file and the field. */
export const readOffice = (dir: string): { office?: OfficeData; problems: ContentProblem[] } => {
  const { data, problems } = readDataFile(dir, OFFICE_FILE, officeSchema, 'brak pliku z danymi kontaktowymi biura (nazwa, email)');
  return data ? { office: data, problems } : { problems };
};

let cached: Office | undefined;

/**
 * The office as a recipient, for pages at build time. The content check has already stopped the
 * build if the file is missing or wrong, so a failure here is a bug, not an editor's mistake.
 */
export const office = (): Office => {
  if (!cached) {
    const { office: o, problems } = readOffice(contentDir());
    if (!o) throw new Error(problems.map(formatProblem).join('\n'));
    cached = { name: o.nazwa, email: o.email };
  }
  return cached;
};
