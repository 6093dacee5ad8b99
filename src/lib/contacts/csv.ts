/**
 * CSV export of contacts for Excel and Outlook's import wizard.
 *
 * - Columns are Outlook's own contact field names (the header row of Outlook's CSV template), so
 *   "Importuj z innego programu lub pliku → Wartości rozdzielane przecinkami" maps them itself.
 * - Semicolons separate fields: Polish Windows has `;` as its list separator, which Excel uses
 *   when a .csv is opened by double-click (commas would put every row in column A), and which
 *   Outlook's CSV import reads on the same machine.
 * - UTF-8 with a byte order mark: without it Excel reads the file as Windows-1250 and breaks
 *   Polish letters. CRLF line ends, fields quoted when needed (csv-stringify, RFC 4180 rules).
 */
import { entryUrl } from '../content/urls.ts';
import { stringify } from 'csv-stringify/sync';
import { t } from '../../i18n/pl.ts';
import type { ContactView } from './rules.ts';
import { formatDay } from '../../core/dates.ts';

/** Outlook field name → value of a person. */
const COLUMNS: [string, (p: ContactView, site: URL) => string][] = [
  ['First Name', (p) => p.given],
  ['Last Name', (p) => p.family],
  ['Job Title', (p) => p.position],
  ['Company', (p) => p.placeTitle],
  ['E-mail Address', (p) => p.email],
  ['E-mail Display Name', (p) => `${p.name} (${p.email})`],
  ['Business Phone', (p) => p.phone ?? ''],
  ['Web Page', (p, site) => new URL(entryUrl('contacts', p.id), site).href],
  // Outlook separates categories with semicolons; the field is quoted, so this is safe.
  ['Categories', (p) => p.forums.map((f) => f.title).join(';')],
  [
    'Notes',
    (p) =>
      [
        `${t('contact.channel')}: ${p.channel}`,
        p.topics.length > 0 && `${t('contact.topics')}: ${p.topics.join(', ')}`,
        `${t('contact.verified')}: ${formatDay(p.verified)}`,
        p.example && t('contact.example'),
      ]
        .filter(Boolean)
        .join('. '),
  ],
];

export const CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

/** The CSV file for these people, starting with the UTF-8 BOM. */
export const contactsCsv = (people: readonly ContactView[], site: URL): string =>
  stringify([[...CSV_COLUMNS], ...people.map((p) => COLUMNS.map(([, value]) => value(p, site)))], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
  });
