/**
 * Data sets as pages use them (issue 19): the visible descriptions (through entries(), so the
 * audience rule applies) with their rows, cell formatting and the chart, made once per build.
 */
import { stringify } from 'csv-stringify/sync';
import type { EntryData } from '../../../schema/collections.ts';
import { entries, type Entry } from '../../content/entries.ts';
import { contentDir, scanKnown } from '../../content/node/content-dir.ts';
import { renderChart, seriesColour, seriesOf } from '../chart.ts';
import type { Cell, Column, Row } from '../table.ts';
import { dataRows } from './files.ts';
import { t } from '../../../i18n/pl.ts';

export interface DataSet {
  entry: Entry<'data'>;
  columns: Column[];
  rows: Row[];
}

let known: ReturnType<typeof scanKnown> | undefined;
const knownNow = () => (known ??= scanKnown(contentDir()));

let cached: Promise<DataSet[]> | undefined;

/**
 * Every data set this build may show, with its rows, in the list order (by title). A row about
 * a gmina this build hides (a member-only entry) is left out of pages and downloads alike.
 */
export const dataSets = (): Promise<DataSet[]> =>
  (cached ??= Promise.all([entries('data'), entries('municipalities')]).then(([sets, gminy]) => {
    const visible = new Set(gminy.map((g) => g.id));
    return sets.map((entry) => {
      const gminaColumns = entry.data.columns.filter((c) => c.type === 'gmina').map((c) => c.name);
      return {
        entry,
        columns: entry.data.columns,
        rows: dataRows(contentDir(), entry.id, entry.data.columns, knownNow()).filter((r) =>
          gminaColumns.every((c) => visible.has(String(r[c]))),
        ),
      };
    });
  }));

/** Gmina slugs → names, as this build shows them. */
export const gminaNames = async (): Promise<Map<string, string>> =>
  new Map((await entries('municipalities')).map((g) => [g.id, g.data.title]));

const numberFormat = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 2 });

/** A cell as the table shows it: a gmina by its name, numbers Polish style, no data as a dash. */
export const showCell = (value: Cell, column: Column, gminy: ReadonlyMap<string, string>): string => {
  if (value === null) return '—';
  if (column.type === 'gmina') return gminy.get(String(value)) ?? String(value);
  if (column.type === 'liczba') return numberFormat.format(value as number);
  return String(value);
};

/** A gmina's name without „Gmina ” / „Miasto ” in front: chart labels stay short. */
export const shortGmina = (name: string): string => name.replace(/^(Gmina|Miasto)( Miejska)? /, '');

/** Column heading with its unit: "Długość dróg dla rowerów (km)". */
export const columnHeading = (c: Column): string => (c.unit ? `${c.label} (${c.unit})` : c.label);

/** The set as CSV for download: comma-separated UTF-8, declared column order, dot decimals. */
export const toCsv = (set: DataSet): string =>
  stringify(
    set.rows.map((r) => set.columns.map((c) => r[c.name] ?? '')),
    { header: true, columns: set.columns.map((c) => c.name) },
  );

/** The set as JSON: its description (title, source, licence…) and the rows as objects. */
export const toJson = (set: DataSet, site: string, licenceUrl: string): string => {
  const d: EntryData<'data'> = set.entry.data;
  return `${JSON.stringify(
    {
      tytul: d.title,
      opis: d.summary,
      zrodlo: d.source,
      licencja: { nazwa: d.licence, url: licenceUrl },
      jednostka: d.unit,
      okres: d.period,
      aktualizacja: d.frequency,
      dane_przykladowe: d.example,
      strona: new URL(`/dane/${set.entry.id}/`, site).href,
      kolumny: set.columns.map((c) => ({ nazwa: c.name, opis: c.label, typ: c.type, ...(c.unit ? { jednostka: c.unit } : {}) })),
      wiersze: set.rows,
    },
    null,
    2,
  )}\n`;
};

export interface ChartView {
  svg: string;
  legend: { label: string; colour: string }[];
  note: string;
}

/** The set's chart as inline SVG, with gmina slugs replaced by names and a legend of series. */
export const chartOf = (set: DataSet, gminy: ReadonlyMap<string, string>, id: string): ChartView | undefined => {
  const spec = set.entry.data.chart;
  if (!spec) return undefined;
  const col = (name: string) => set.columns.find((c) => c.name === name) as Column;
  // Charts read names, not slugs; the table and downloads keep both exact.
  const rows = set.rows.map((r) =>
    Object.fromEntries(set.columns.map((c) => [c.name, c.type === 'gmina' ? shortGmina(gminy.get(String(r[c.name])) ?? String(r[c.name])) : r[c.name]])),
  ) as Row[];
  const x = col(spec.x);
  const y = col(spec.y);
  const series = seriesOf(spec, rows);
  const svg = renderChart({
    spec,
    rows,
    labels: { x: columnHeading(x), y: columnHeading(y) },
    title: set.entry.data.title,
    description: t('data.chartDesc', { kind: spec.kind, y: columnHeading(y), x: x.label }),
    id,
  });
  const notes = [t('data.chartSum', { column: x.label })];
  if (spec.series) notes.push(t('data.chartSeries', { column: col(spec.series).label, series: series.join(', ') }));
  return { svg, legend: series.map((label, i) => ({ label, colour: seriesColour(i) })), note: notes.join(' ') };
};

/** Rows of a set that concern a gmina: any gmina column holding its slug. */
export const rowsOfGmina = (set: DataSet, gmina: string): Row[] => {
  const gminaColumns = set.columns.filter((c) => c.type === 'gmina').map((c) => c.name);
  return set.rows.filter((r) => gminaColumns.some((c) => r[c] === gmina));
};
