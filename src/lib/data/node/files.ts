/**
 * The CSV files of data sets, read from the content folder: `content/data/<slug>.csv` beside
 * its description `<slug>.md`. The content check reports every bad cell (file, row, column);
 * pages read each table once per build.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collections } from '../../../schema/collections.ts';
import type { Known } from '../../../schema/fields.ts';
import { readFrontmatter, type ContentProblem } from '../../content/node/content-check.ts';
import { entryFiles, slugOf } from '../../content/node/content-dir.ts';
import { readTable, type Column, type Table } from '../table.ts';

export const DATA_FOLDER = 'data';

export const csvPath = (dir: string, slug: string): string => join(dir, DATA_FOLDER, `${slug}.csv`);

const shown = (full: string) => relative(process.cwd(), full) || full;

/** Reads one set's CSV against its columns; a missing file is a problem of the table. */
export const readDataTable = (dir: string, slug: string, columns: readonly Column[], known: Known): Table => {
  const full = csvPath(dir, slug);
  if (!existsSync(full)) {
    return { rows: [], problems: [{ row: 0, column: 'plik', message: `brak pliku z danymi ${shown(full)}` }] };
  }
  return readTable(readFileSync(full, 'utf8'), columns, known.slugs.municipalities);
};

/**
 * Problems of the data folder's CSV files: each cell against its declared column, a missing CSV
 * beside a description, and a CSV nobody describes. Descriptions that fail their own schema are
 * reported by the general content check, so their CSV is not read here.
 */
export const checkDataFiles = (dir: string, known: Known): ContentProblem[] => {
  const problems: ContentProblem[] = [];
  const schema = collections.data.schema(known);
  const described = new Set<string>();
  for (const fileName of entryFiles(dir, DATA_FOLDER)) {
    const slug = slugOf(fileName);
    described.add(slug);
    let data: unknown;
    try {
      data = readFrontmatter(readFileSync(join(dir, DATA_FOLDER, fileName), 'utf8'));
    } catch {
      continue;
    }
    const result = schema.safeParse(data);
    if (!result.success) continue;
    const table = readDataTable(dir, slug, result.data.columns, known);
    for (const p of table.problems) {
      problems.push(
        p.column === 'plik'
          ? { file: shown(join(dir, DATA_FOLDER, fileName)), field: 'plik', message: p.message }
          : { file: shown(csvPath(dir, slug)), field: p.column === 'nagłówek' ? `wiersz ${p.row}` : `wiersz ${p.row}, kolumna „${p.column}”`, message: p.message },
      );
    }
  }
  const folder = join(dir, DATA_FOLDER);
  if (existsSync(folder)) {
    for (const f of readdirSync(folder).filter((n) => n.endsWith('.csv')).sort()) {
      if (!described.has(f.slice(0, -4))) {
        problems.push({ file: shown(join(folder, f)), field: 'plik', message: `brak opisu zbioru ${f.slice(0, -4)}.md obok pliku CSV` });
      }
    }
  }
  return problems;
};

const tables = new Map<string, Table>();

/** A set's rows for pages: read once per build (the content check has already vetted them). */
export const dataRows = (dir: string, slug: string, columns: readonly Column[], known: Known): Table['rows'] => {
  const key = `${dir}\0${slug}`;
  if (!tables.has(key)) tables.set(key, readDataTable(dir, slug, columns, known));
  const table = tables.get(key) as Table;
  if (table.problems.length > 0) {
    const p = table.problems[0];
    throw new Error(`${shown(csvPath(dir, slug))} — wiersz ${p?.row}, kolumna ${p?.column}: ${p?.message}`);
  }
  return table.rows;
};
