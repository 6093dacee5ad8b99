/**
 * The vocabulary of data sets (issue 19), below the schema so that the content model, the CMS
 * and the data pages share it without importing the chart or CSV code.
 */

/** Types a CSV column may declare; each is checked cell by cell at build time. */
export const COLUMN_TYPES = ['tekst', 'liczba', 'rok', 'gmina', 'data'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** Chart kinds: bars by category (horizontal, for gminy), bars by year, a line over years. */
export const CHART_KINDS = ['słupki poziome', 'słupki', 'linia'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** Update frequencies the editor picks, and their EU frequency vocabulary codes (DCAT-AP). */
export const DATA_FREQUENCIES = {
  'raz w roku': 'ANNUAL',
  'dwa razy w roku': 'ANNUAL_2',
  'raz na kwartał': 'QUARTERLY',
  'raz w miesiącu': 'MONTHLY',
  nieregularnie: 'IRREG',
  jednorazowo: 'NEVER',
} as const;
export type DataFrequency = keyof typeof DATA_FREQUENCIES;
export const FREQUENCY_NAMES = Object.keys(DATA_FREQUENCIES) as [DataFrequency, ...DataFrequency[]];

/** Licences a set may carry, with the address that identifies each. */
export const DATA_LICENCES = {
  'CC BY 4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC0 1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'CC BY-SA 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
} as const;
export type DataLicence = keyof typeof DATA_LICENCES;
export const LICENCE_NAMES = Object.keys(DATA_LICENCES) as [DataLicence, ...DataLicence[]];
