/**
 * The office's own contact (Biuro Stowarzyszenia), kept by editors in `content/strona/biuro.yaml`.
 * Every "ask", "post" and "report a change" path that has no coordinator to go to — and every one
 * of the public site — ends in this inbox, so its address is content, never code.
 */
import { z } from 'astro/zod';
import { email, line, phone } from './fields.ts';

export const OFFICE_FILE = 'strona/biuro.yaml';

export const officeSchema = z.object({
  nazwa: line('Nazwa biura', { max: 160 }),
  email: email('E-mail biura (pytania, ogłoszenia, zgłoszenia zmian)'),
  telefon: phone('Telefon biura').optional(),
});

export type OfficeData = z.output<typeof officeSchema>;
