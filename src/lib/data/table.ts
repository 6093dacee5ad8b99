/**
 * Data sets (issue 19): the CSV file of a set read against the columns its description declares.
 * Every problem names the row (as a spreadsheet numbers it: the header is row 1) and the
 * column, so the office can find the cell; a set with any problem fails the build.
 */
import { parse } from 'csv-parse/sync';
import type { ColumnType } from '../../schema/data-model.ts';


export interface Column {
  name: string;
  label: string;
  type: ColumnType;
  unit?: string | undefined;
}

/** A cell as pages use it: numbers and years as numbers, an empty number cell as null (no data). */
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface TableProblem {
  /** 1-based line of the record in the file (the header is 1); 1 for header problems. */
  row: number;
  /** The column's name, or `nagłówek` for problems of the header as a whole. */
  column: string;
  message: string;
}

export interface Table {
  rows: Row[];
  problems: TableProblem[];
}

const YEAR = /^\d{4}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Polish spreadsheets save CSV with `;` and a decimal comma; others with `,` and a dot. The
 * header line decides which, so both open and save without editing.
 */
export const delimiterOf = (text: string): ',' | ';' => {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return header.includes(';') ? ';' : ',';
};

const NUMBER = { ',': /^-?\d+(\.\d+)?$/, ';': /^-?\d+([.,]\d+)?$/ } as const;

const cellOf = (
  raw: string,
  col: Column,
  delimiter: ',' | ';',
  gminy: ReadonlySet<string>,
): { value: Cell } | { error: string } => {
  const v = raw.trim();
  switch (col.type) {
    case 'liczba': {
      if (v === '') return { value: null };
      const compact = v.replace(/[\s\u00a0]/g, '');
      return NUMBER[delimiter].test(compact)
        ? { value: Number(compact.replace(',', '.')) }
        : { error: `oczekiwano liczby (np. 1234${delimiter === ';' ? ' lub 12,5' : ' lub 12.5'}), jest „${v}”` };
    }
    case 'rok': {
      const y = Number(v);
      return YEAR.test(v) && y >= 1900 && y <= 2100 ? { value: y } : { error: `oczekiwano roku RRRR, jest „${v}”` };
    }
    case 'gmina':
      return gminy.has(v) ? { value: v } : { error: v === '' ? 'pusta komórka (oczekiwano gminy)' : `nieznana gmina „${v}”` };
    case 'data':
      return DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)
        ? { value: v }
        : { error: `oczekiwano daty RRRR-MM-DD, jest „${v}”` };
    case 'tekst':
      return v === '' ? { error: 'pusta komórka' } : { value: v };
  }
};

/**
 * Reads a CSV file's text against the declared columns. `gminy` are the gmina slugs that exist
 * (a `gmina` column must use them, so gmina pages can find their figures).
 */
export const readTable = (text: string, columns: readonly Column[], gminy: ReadonlySet<string>): Table => {
  const delimiter = delimiterOf(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 1;
    return { rows: [], problems: [{ row: line, column: 'nagłówek', message: `błąd składni CSV: ${(e as Error).message.split('\n')[0]}` }] };
  }
  const [head, ...body] = records;
  if (!head) return { rows: [], problems: [{ row: 1, column: 'nagłówek', message: 'plik jest pusty (brak nagłówka)' }] };
  const header = head.record.map((h) => h.trim());
  const problems: TableProblem[] = [];
  for (const c of columns) {
    if (!header.includes(c.name)) problems.push({ row: 1, column: c.name, message: 'brak tej kolumny w nagłówku pliku CSV' });
  }
  for (const h of header) {
    if (!columns.some((c) => c.name === h)) {
      problems.push({ row: 1, column: h, message: 'kolumna nie jest opisana w polu „columns” opisu zbioru' });
    }
  }
  if (problems.length > 0) return { rows: [], problems };
  if (body.length === 0) problems.push({ row: 2, column: 'nagłówek', message: 'plik nie ma żadnego wiersza danych' });
  const rows: Row[] = [];
  for (const { record, info } of body) {
    if (record.length !== header.length) {
      problems.push({ row: info.lines, column: 'nagłówek', message: `liczba pól w wierszu (${record.length}) różni się od liczby kolumn w nagłówku (${header.length})` });
      continue;
    }
    const row: Row = {};
    for (const c of columns) {
      const cell = cellOf(record[header.indexOf(c.name)] ?? '', c, delimiter, gminy);
      if ('error' in cell) problems.push({ row: info.lines, column: c.name, message: cell.error });
      else row[c.name] = cell.value;
    }
    rows.push(row);
  }
  return { rows: problems.length > 0 ? [] : rows, problems };
};
