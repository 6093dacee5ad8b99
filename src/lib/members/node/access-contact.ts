/**
 * Whom people without access should ask: `content/strona/dostep.yaml` (kept by the office),
 * shown on the "no access" page. Optional; a wrong value stops the build naming file and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { z } from 'astro/zod';
import { email, line, phone } from '../../../schema/fields.ts';

export const ACCESS_CONTACT_FILE = 'strona/dostep.yaml';

export const accessContactSchema = z.object({
  kto: line('Kto przyznaje dostęp', { max: 160 }),
  email: email('E-mail'),
  telefon: phone('Telefon').optional(),
});
export type AccessContact = z.output<typeof accessContactSchema>;

export const readAccessContact = (dir: string): AccessContact | undefined => {
  const full = join(dir, ACCESS_CONTACT_FILE);
  if (!existsSync(full)) return undefined;
  const file = relative(process.cwd(), full) || full;
  let data: unknown;
  try {
    data = load(readFileSync(full, 'utf8'), { schema: CORE_SCHEMA });
  } catch (e) {
    throw new Error(`${file} — błąd składni YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const result = accessContactSchema.safeParse(data);
  if (!result.success) {
    const i = result.error.issues[0];
    throw new Error(`${file} — pole „${i?.path.map(String).join('.') || 'plik'}”: ${i?.message ?? ''}`);
  }
  return result.data;
};
