// Data sets and the projects map in the real build of the fixture (issue 19): what a visitor,
// a spreadsheet, QGIS and the national open-data portal get from each audience's site.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check as checkGeoJson } from '@placemarkio/check-geojson';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, copyFixture, readPage } from '../../scripts/lib/build-site.ts';
import { BUDGET, pageWeight } from '../../src/lib/site/node/page-weight.ts';

const build = inject('fixtureBuild');
const file = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const dom = (dir: string, path: string) => parseHTML(readPage(dir, path)).document;
/** Cell texts; Polish number grouping uses a no-break space, compared here as a plain one. */
const cells = (tr: Element) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/\u00a0/g, ' ').trim());
const xml = new XMLParser({ ignoreAttributes: false, isArray: (n) => ['dcat:dataset', 'dcat:distribution', 'Placemark'].includes(n) });

describe('a data set page', () => {
  const doc = dom(build.public, '/dane/mieszkancy/');

  it('shows the chart as inline SVG named by its title, with no script on the page', () => {
    const svg = doc.querySelector('main svg[role="img"]');
    expect(svg?.querySelector('title')?.textContent).toBe('Mieszkańcy gmin testowych');
    expect(svg?.querySelector('desc')?.textContent).toContain('Mieszkańcy (osoby)');
    expect(svg?.querySelectorAll('rect').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('script[src], script:not([type="application/json"]):not([type="application/ld+json"])').length).toBe(
      dom(build.public, '/faq/').querySelectorAll('script[src], script:not([type="application/json"]):not([type="application/ld+json"])').length,
    );
  });

  it('has the table, downloads, source, licence and a citation; says the numbers are examples', () => {
    const rows = [...doc.querySelectorAll('table.data-table tbody tr')].map(cells);
    expect(rows).toEqual([
      ['Gmina Skawina', '2023', '43 500'],
      ['Gmina Skawina', '2024', '44 000,5'],
    ]);
    const main = doc.querySelector('main')?.textContent ?? '';
    expect(main).toContain('Dane testowe');
    expect(main).toContain('CC BY 4.0');
    expect(main).toContain('Jak cytować');
    expect(main).toContain('Dane przykładowe');
    expect(doc.querySelector('a[href="/dane/mieszkancy.csv"]')).not.toBeNull();
    expect(doc.querySelector('a[href="/dane/mieszkancy.json"]')).not.toBeNull();
  });

  it('offers CSV and JSON that parse back to the same rows, without rows about a hidden gmina', () => {
    const csv = parseCsv(file(build.public, 'dane/mieszkancy.csv'), { columns: true });
    expect(csv).toEqual([
      { gmina: 'skawina', rok: '2023', osoby: '43500' },
      { gmina: 'skawina', rok: '2024', osoby: '44000.5' },
    ]);
    const json = JSON.parse(file(build.public, 'dane/mieszkancy.json')) as { wiersze: unknown[]; licencja: { url: string } };
    expect(json.wiersze).toEqual([
      { gmina: 'skawina', rok: 2023, osoby: 43500 },
      { gmina: 'skawina', rok: 2024, osoby: 44000.5 },
    ]);
    expect(json.licencja.url).toBe('https://creativecommons.org/licenses/by/4.0/');
    // The members build knows the member-only gmina, so its row is there.
    expect(parseCsv(file(build.members, 'dane/mieszkancy.csv'), { columns: true })).toHaveLength(3);
  });
});

describe('the list of data sets', () => {
  it('lists the public sets with a forum filter and links the catalogue', () => {
    const doc = dom(build.public, '/dane/');
    const links = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('/dane/mieszkancy/');
    expect(links).toContain('/dane/dcat.xml');
    expect(links).not.toContain('/dane/kanarkowe-dane/');
    expect(dom(build.public, '/dane/forum/mobilnosc/').querySelector('a[href="/dane/mieszkancy/"]')).not.toBeNull();
    expect(dom(build.members, '/dane/').querySelector('a[href="/dane/kanarkowe-dane/"]')).not.toBeNull();
  });
});

describe('the DCAT catalogue', () => {
  const datasets = (dir: string) =>
    (xml.parse(file(dir, 'dane/dcat.xml'))['rdf:RDF']['dcat:Catalog']['dcat:dataset'] as { 'dcat:Dataset': Record<string, any> }[]).map(
      (d) => d['dcat:Dataset'],
    );

  it('lists every public set, with absolute download URLs that exist in the build', () => {
    const sets = datasets(build.public);
    expect(sets.map((d) => d['dct:title']['#text'])).toEqual(['Mieszkańcy gmin testowych']);
    const urls = sets.flatMap((d) => d['dcat:distribution'].map((x: Record<string, any>) => x['dcat:Distribution']['dcat:downloadURL']['@_rdf:resource'] as string));
    expect(urls).toEqual(['http://localhost:4321/dane/mieszkancy.csv', 'http://localhost:4321/dane/mieszkancy.json']);
    const sizes = sets.flatMap((d) => d['dcat:distribution'].map((x: Record<string, any>) => Number(x['dcat:Distribution']['dcat:byteSize']['#text'])));
    expect(sizes).toEqual([readFileSync(join(build.public, 'dane/mieszkancy.csv')).length, readFileSync(join(build.public, 'dane/mieszkancy.json')).length]);
  });

  it('in the members build also lists the member-only set', () => {
    expect(datasets(build.members)).toHaveLength(2);
  });
});

describe('projects on a map', () => {
  const geo = (dir: string) =>
    checkGeoJson(file(dir, 'projekty/projekty.geojson')) as unknown as { features: { id: string; properties: { url: string; gminy: string[] } }[] };

  it('exports public projects with coordinates as valid GeoJSON (independent validator) and KML', () => {
    const features = geo(build.public).features;
    expect(features.map((f) => f.id)).toEqual(['trasa-rowerowa']);
    // The member-only gmina of a public project is left out, not shown by its slug.
    expect(features[0]?.properties.gminy).toEqual(['Gmina Skawina']);
    const kml = xml.parse(file(build.public, 'projekty/projekty.kml'));
    expect(kml.kml.Document.Placemark.map((p: { name: string }) => p.name)).toEqual(['Trasa rowerowa na wałach Wisły']);
    expect(geo(build.members).features.map((f) => f.id).sort()).toEqual(['kanarkowy-projekt', 'trasa-rowerowa']);
  });

  it('draws every exported project on /projekty/ as a link, with gmina seats as labels', () => {
    const doc = dom(build.public, '/projekty/');
    const map = doc.querySelector('.project-map svg');
    const links = [...(map?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    expect(links).toEqual(geo(build.public).features.map((f) => new URL(f.properties.url).pathname));
    expect(map?.textContent).toContain('Skawina');
    expect(doc.querySelector('a[href="/projekty/projekty.geojson"]')).not.toBeNull();
  });
});

describe('a gmina page', () => {
  it("shows the gmina's figures from the data sets with a link to each set", () => {
    const doc = dom(build.public, '/gminy/skawina/');
    const section = doc.querySelector('.gmina-figures');
    expect(section?.querySelector('h3')?.textContent).toContain('Mieszkańcy gmin testowych');
    expect([...(section?.querySelectorAll('tbody tr') ?? [])].map(cells)).toEqual([
      ['2023', '43 500'],
      ['2024', '44 000,5'],
    ]);
    expect(section?.querySelector('a[href="/dane/mieszkancy/"]')).not.toBeNull();
  });
});

describe('page weight of the new pages', () => {
  it.each(['/dane/', '/dane/mieszkancy/', '/projekty/', '/gminy/skawina/'])('%s keeps the content-page JavaScript budget', (path) => {
    const w = pageWeight(build.public, path);
    expect(w.html).toBeGreaterThan(1000);
    expect(w.js).toBeLessThanOrEqual(BUDGET.js);
    expect(w.total).toBeLessThanOrEqual(BUDGET.total);
  });
});

describe('a data set whose CSV does not match its columns', () => {
  it('fails the build naming the file, the row and the column', () => {
    const dir = copyFixture('bad-data');
    writeFileSync(join(dir, 'data/mieszkancy.csv'), 'gmina;rok;osoby\nskawina;2023;43500\nskawina;2024;dużo\n');
    const result = buildSite({ content: dir, audience: 'public', outDir: join(dir, '..', 'bad-data-out') });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('data/mieszkancy.csv — wiersz 3, kolumna „osoby”: oczekiwano liczby (np. 1234 lub 12,5), jest „dużo”');
  });
});
