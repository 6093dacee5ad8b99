// Data sets (issue 19): CSV checked against declared columns, the GeoJSON and KML of projects,
// the DCAT-AP-PL catalogue and the charts — each read back with an independent parser.
import { check as checkGeoJson } from '@placemarkio/check-geojson';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../src/lib/data/chart.ts';
import { catalogXml, periodYears, type CatalogDataset } from '../../src/lib/data/dcat.ts';
import { fitMap, projectsGeoJson, projectsKml, type ProjectPoint } from '../../src/lib/data/geo.ts';
import { readTable, type Column } from '../../src/lib/data/table.ts';

const GMINY = new Set(['skawina', 'krakow']);
const COLUMNS: Column[] = [
  { name: 'gmina', label: 'Gmina', type: 'gmina' },
  { name: 'rok', label: 'Rok', type: 'rok' },
  { name: 'km', label: 'Długość', type: 'liczba', unit: 'km' },
];

describe('a data set CSV read against its columns', () => {
  it('reads a comma file into typed rows', () => {
    const t = readTable('gmina,rok,km\nskawina,2023,12.5\nkrakow,2024,310\n', COLUMNS, GMINY);
    expect(t.problems).toEqual([]);
    expect(t.rows).toEqual([
      { gmina: 'skawina', rok: 2023, km: 12.5 },
      { gmina: 'krakow', rok: 2024, km: 310 },
    ]);
  });

  it('reads a Polish spreadsheet export: BOM, semicolons, decimal comma, spaces in thousands, empty = no data', () => {
    const t = readTable('\uFEFFgmina;rok;km\nskawina;2023;12,5\nkrakow;2024;"1 310"\nkrakow;2025;\n', COLUMNS, GMINY);
    expect(t.problems).toEqual([]);
    expect(t.rows.map((r) => r['km'])).toEqual([12.5, 1310, null]);
  });

  it('names the row (header = 1) and column of every bad cell', () => {
    const t = readTable('gmina,rok,km\nskawina,2023,12.5\nskawina,20x3,1\n\nwarszawa,2024,abc\nkrakow,2024\n', COLUMNS, GMINY);
    expect(t.rows).toEqual([]);
    expect(t.problems).toEqual([
      { row: 3, column: 'rok', message: 'oczekiwano roku RRRR, jest „20x3”' },
      { row: 5, column: 'gmina', message: 'nieznana gmina „warszawa”' },
      { row: 5, column: 'km', message: 'oczekiwano liczby (np. 1234 lub 12.5), jest „abc”' },
      { row: 6, column: 'nagłówek', message: 'liczba pól w wierszu (2) różni się od liczby kolumn w nagłówku (3)' },
    ]);
  });

  it('fails a header that lacks a declared column or has an undeclared one', () => {
    const t = readTable('gmina,rok,dlugosc\nskawina,2023,1\n', COLUMNS, GMINY);
    expect(t.problems.map((p) => `${p.row}:${p.column}`)).toEqual(['1:km', '1:dlugosc']);
  });

  it('fails a file with no data rows', () => {
    expect(readTable('gmina,rok,km\n', COLUMNS, GMINY).problems).toHaveLength(1);
  });
});

const POINTS: ProjectPoint[] = [
  {
    id: 'trasa',
    title: 'Trasa <rowerowa> & wały',
    latitude: 50.0291234567,
    longitude: 19.7928,
    url: '/projekty/trasa/',
    status: 'w realizacji',
    start: '2025-03-01',
    end: '2027-09-30',
    summary: 'Wspólna trasa.',
    gminy: ['Gmina Skawina', 'Gmina Liszki'],
  },
  {
    id: 'zbiornik',
    title: 'Zbiornik',
    latitude: 50.1094,
    longitude: 19.9632,
    url: '/projekty/zbiornik/',
    status: 'planowany',
    start: '2026-01-01',
    summary: 'Retencja.',
    gminy: ['Gmina Zielonki'],
  },
];

describe('projects as GeoJSON and KML', () => {
  it('is RFC 7946 GeoJSON by an independent validator, longitude first, no crs', () => {
    const text = JSON.stringify(projectsGeoJson(POINTS, 'https://metropolia.example'));
    const parsed = checkGeoJson(text) as unknown as { type: string; features: { geometry: { coordinates: number[] }; properties: { url: string } }[] };
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.features[0]?.geometry.coordinates).toEqual([19.7928, 50.029123]);
    expect(parsed.features[0]?.properties.url).toBe('https://metropolia.example/projekty/trasa/');
    expect(text).not.toContain('"crs"');
  });

  it('the validator does reject a swapped or malformed file (so the check above can fail)', () => {
    expect(() => checkGeoJson('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[19.79]},"properties":{}}]}')).toThrow();
  });

  it('is KML 2.2 with one Placemark per project, coordinates as lon,lat, text escaped', () => {
    const kml = projectsKml(POINTS, { site: 'https://metropolia.example', name: 'Projekty', description: 'Opis' });
    const doc = new XMLParser({ ignoreAttributes: false }).parse(kml) as {
      kml: { '@_xmlns': string; Document: { Placemark: { name: string; Point: { coordinates: string } }[] } };
    };
    expect(doc.kml['@_xmlns']).toBe('http://www.opengis.net/kml/2.2');
    const marks = doc.kml.Document.Placemark;
    expect(marks.map((m) => m.name)).toEqual(['Trasa <rowerowa> & wały', 'Zbiornik']);
    expect(marks[1]?.Point.coordinates).toBe('19.9632,50.1094');
  });

  it('the map projection keeps north up and east right inside the drawing', () => {
    const map = fitMap(POINTS, 640, 40);
    const a = map.project(POINTS[0]!.latitude, POINTS[0]!.longitude);
    const b = map.project(POINTS[1]!.latitude, POINTS[1]!.longitude);
    expect(b.x).toBeGreaterThan(a.x); // Zielonki lies east of the trail
    expect(b.y).toBeLessThan(a.y); // and north of it
    for (const p of [a, b]) {
      expect(p.x).toBeGreaterThanOrEqual(40);
      expect(p.x).toBeLessThanOrEqual(600);
      expect(p.y).toBeGreaterThanOrEqual(40);
      expect(p.y).toBeLessThanOrEqual(map.height - 40);
    }
  });
});

const SET: CatalogDataset = {
  slug: 'drogi-rowerowe',
  title: 'Drogi dla rowerów & ciągi',
  description: 'Kilometry dróg.',
  keywords: ['rowery', 'ścieżki rowerowe'],
  forums: ['mobilnosc'],
  frequency: 'raz w roku',
  licence: 'CC BY 4.0',
  issued: '2026-11-20',
  modified: '2026-11-25',
  years: periodYears('2021–2024'),
  distributions: [
    { format: 'CSV', mediaType: 'text/csv', path: '/dane/drogi-rowerowe.csv', bytes: 120 },
    { format: 'JSON', mediaType: 'application/json', path: '/dane/drogi-rowerowe.json', bytes: 400 },
  ],
};

const parseRdf = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (name) => ['dcat:dataset', 'dcat:distribution', 'dcat:keyword', 'dcat:theme'].includes(name) }).parse(xml) as Record<string, any>;

describe('the DCAT-AP-PL catalogue', () => {
  const xml = catalogXml({
    site: 'https://metropolia.example',
    title: 'Katalog',
    description: 'Opis katalogu',
    publisher: 'Stowarzyszenie Metropolia Krakowska',
    contactUrl: 'https://metropolia.example/kontakty/',
    modified: '2026-11-25',
    datasets: [SET],
  });
  const rdf = parseRdf(xml)['rdf:RDF'];
  const catalog = rdf['dcat:Catalog'];
  const dataset = catalog['dcat:dataset'][0]['dcat:Dataset'];

  it('is a dcat:Catalog with title, description, publisher (foaf:Agent) and datasets', () => {
    expect(rdf['@_xmlns:dcat']).toBe('http://www.w3.org/ns/dcat#');
    expect(rdf['@_xmlns:dct']).toBe('http://purl.org/dc/terms/');
    expect(catalog['@_rdf:about']).toBe('https://metropolia.example/dane/');
    expect(catalog['dct:title']['#text']).toBe('Katalog');
    expect(catalog['dct:title']['@_xml:lang']).toBe('pl');
    expect(catalog['dct:description']['#text']).toBe('Opis katalogu');
    expect(catalog['dct:publisher']['foaf:Agent']['foaf:name']['#text']).toBe('Stowarzyszenie Metropolia Krakowska');
    expect(catalog['dcat:dataset']).toHaveLength(1);
  });

  it('describes each dcat:Dataset with the properties DCAT-AP requires and the portal uses', () => {
    expect(dataset['dct:identifier']).toBe('https://metropolia.example/dane/drogi-rowerowe/');
    expect(dataset['dct:title']['#text']).toBe('Drogi dla rowerów & ciągi');
    expect(dataset['dct:description']['#text']).toBe('Kilometry dróg.');
    expect(dataset['dct:issued']['#text']).toBe('2026-11-20');
    expect(dataset['dct:modified']['#text']).toBe('2026-11-25');
    expect(dataset['dcat:keyword'].map((k: { '#text': string }) => k['#text'])).toEqual(['rowery', 'ścieżki rowerowe']);
    expect(dataset['dcat:theme'].map((t: Record<string, string>) => t['@_rdf:resource'])).toEqual([
      'http://publications.europa.eu/resource/authority/data-theme/TRAN',
      'http://publications.europa.eu/resource/authority/data-theme/REGI',
    ]);
    expect(dataset['dct:accrualPeriodicity']['@_rdf:resource']).toBe('http://publications.europa.eu/resource/authority/frequency/ANNUAL');
    expect(dataset['dcat:landingPage']['@_rdf:resource']).toBe('https://metropolia.example/dane/drogi-rowerowe/');
    expect(dataset['dcat:contactPoint']['vcard:Organization']['vcard:hasURL']['@_rdf:resource']).toBe('https://metropolia.example/kontakty/');
    expect(dataset['dct:temporal']['dct:PeriodOfTime']['dcat:startDate']['#text']).toBe('2021-01-01');
  });

  it('gives every dcat:Distribution a download URL, format, media type and licence', () => {
    const dists = dataset['dcat:distribution'].map((d: Record<string, any>) => d['dcat:Distribution']);
    expect(dists.map((d: Record<string, any>) => d['dcat:downloadURL']['@_rdf:resource'])).toEqual([
      'https://metropolia.example/dane/drogi-rowerowe.csv',
      'https://metropolia.example/dane/drogi-rowerowe.json',
    ]);
    for (const d of dists) {
      expect(d['dcat:accessURL']['@_rdf:resource']).toBe('https://metropolia.example/dane/drogi-rowerowe/');
      expect(d['dct:format']['@_rdf:resource']).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/(CSV|JSON)$/);
      expect(d['dct:license']['@_rdf:resource']).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(d['dcat:mediaType']['@_rdf:resource']).toMatch(/^http:\/\/www\.iana\.org\/assignments\/media-types\//);
    }
  });
});

describe('a chart drawn at build time', () => {
  const rows = parseCsv('rok,gmina,kotly\n2023,Skawina,10\n2023,Liszki,5\n2024,Skawina,7\n', { columns: true, cast: true }) as Record<string, number | string>[];
  const svg = renderChart({
    spec: { kind: 'słupki', x: 'rok', y: 'kotly', series: 'gmina' },
    rows,
    labels: { x: 'Rok', y: 'Kotły (szt.)' },
    title: 'Wymienione kotły',
    description: 'Suma według lat',
    id: 'w',
  });
  const doc = new XMLParser({ ignoreAttributes: false, preserveOrder: false }).parse(svg) as { svg: Record<string, any> };

  it('is one accessible image named by its <title> and <desc>', () => {
    expect(doc.svg['@_role']).toBe('img');
    expect(doc.svg['@_aria-labelledby']).toBe('w-title w-desc');
    expect(doc.svg.title['#text']).toBe('Wymienione kotły');
    expect(doc.svg.desc['#text']).toBe('Suma według lat');
  });

  it('takes its colours from the page (currentColor, CSS variables) and carries no <style> element', () => {
    expect(svg).not.toContain('<style');
    expect(svg).toContain('fill="currentColor"');
    expect(svg).toContain('style="fill:var(--wykres-1)"');
    expect(svg).toContain('style="fill:var(--wykres-2)"');
    expect(svg).not.toMatch(/fill="#[0-9a-f]{3,6}"/i);
  });

  it('labels years as years, not as thousands', () => {
    expect(svg).toContain('>2023<');
    expect(svg).not.toContain('2,023');
  });
});

describe('the content check of the data folder', () => {
  it('names a description without its CSV and a CSV without its description', async () => {
    const { copyFixture } = await import('../../scripts/lib/build-site.ts');
    const { checkContent, formatProblem } = await import('../../src/lib/content/node/content-check.ts');
    const { renameSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = copyFixture('data-files');
    renameSync(join(dir, 'data/mieszkancy.csv'), join(dir, 'data/sierota.csv'));
    writeFileSync(join(dir, 'data/kanarkowe-dane.csv'), 'gmina,stawka\nskawina,1\n');
    // Paths are shown relative to the working directory; compare them from the copied folder on.
    const problems = checkContent(dir).map(formatProblem).map((p) => p.replace(/^\S*data-files-[^/]+\//, ''));
    expect(problems).toEqual([
      'data/kanarkowe-dane.csv — wiersz 1, kolumna „stawka_kanarkowe_dane”: brak tej kolumny w nagłówku pliku CSV',
      'data/kanarkowe-dane.csv — wiersz 1, kolumna „stawka”: kolumna nie jest opisana w polu „columns” opisu zbioru',
      expect.stringMatching(/^data\/mieszkancy\.md — pole „plik”: brak pliku z danymi .*data\/mieszkancy\.csv$/),
      'data/sierota.csv — pole „plik”: brak opisu zbioru sierota.md obok pliku CSV',
    ]);
  });
});
