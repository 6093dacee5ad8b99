/**
 * "Kto się czym zajmuje": gminy × forums. Each cell holds the gmina's people in that forum; an
 * empty cell is a gap the page shows explicitly, with the gmina coordinator to ask instead.
 * The office and outside institutions get their own rows after the gminy.
 */
import { entryUrl } from '../content/urls.ts';
import { t } from '../../i18n/pl.ts';
import { EXTERNAL, OFFICE, type ContactView, type Directory, type Place } from './rules.ts';

export interface MatrixCell {
  forum: string;
  people: ContactView[];
}

export interface MatrixRow {
  place: Place;
  title: string;
  /** The gmina page, for gmina rows. */
  href?: string | undefined;
  /** Municipal coordinator: marked in the row header and the one to ask about gaps. */
  coordinator?: ContactView | undefined;
  gmina: boolean;
  cells: MatrixCell[];
}

export interface Matrix {
  columns: Directory['forums'];
  /** One row per gmina, then the office and outside institutions when they have people. */
  rows: MatrixRow[];
  /** How many gmina × forum cells have nobody. */
  gaps: number;
}

const cellsFor = (dir: Directory, place: Place): MatrixCell[] =>
  dir.forums.map((f) => ({
    forum: f.slug,
    people: dir.people.filter((p) => p.place === place && p.forums.some((x) => x.slug === f.slug)),
  }));

/** The responsibility matrix of a directory. */
export const responsibilityMatrix = (dir: Directory): Matrix => {
  const gminaRows: MatrixRow[] = dir.gminy.map((g) => ({
    place: g.slug,
    title: g.short,
    href: entryUrl('municipalities', g.slug),
    coordinator: g.coordinator,
    gmina: true,
    cells: cellsFor(dir, g.slug),
  }));
  const otherRows: MatrixRow[] = [
    { place: OFFICE, title: t('contacts.group.office'), gmina: false, cells: cellsFor(dir, OFFICE) },
    { place: EXTERNAL, title: t('contacts.group.external'), gmina: false, cells: cellsFor(dir, EXTERNAL) },
  ].filter((r) => r.cells.some((c) => c.people.length > 0));
  return {
    columns: dir.forums,
    rows: [...gminaRows, ...otherRows],
    gaps: gminaRows.reduce((n, r) => n + r.cells.filter((c) => c.people.length === 0).length, 0),
  };
};
