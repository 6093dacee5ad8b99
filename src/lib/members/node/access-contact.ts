/**
 * Whom people without access should ask: `content/strona/dostep.yaml` (kept by the office),
 * shown on the "no access" page. Optional; a wrong value stops the build naming file and field.
 */
import { z } from 'astro/zod';
import { email, line, phone } from '../../../schema/fields.ts';
import { formatProblem } from '../../content/node/content-check.ts';
import { readDataFile } from '../../content/node/data-file.ts';

export const ACCESS_CONTACT_FILE = 'strona/dostep.yaml';

export const accessContactSchema = z.object({
  kto: line('Kto przyznaje dostęp', { max: 160 }),
  email: email('E-mail'),
  telefon: phone('Telefon').optional(),
});
export type AccessContact = z.output<typeof accessContactSchema>;

export const readAccessContact = (dir: string): AccessContact | undefined => {
  const { data, problems } = readDataFile(dir, ACCESS_CONTACT_FILE, accessContactSchema);
  if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
  return data;
};
