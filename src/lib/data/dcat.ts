/**
 * The open-data catalogue `/dane/dcat.xml` in RDF/XML after DCAT-AP-PL, the profile the national
 * portal harvests: a dcat:Catalog with its publisher, one dcat:Dataset per public set (identifier,
 * title, description, keywords, theme, update frequency, dates, landing page) and a
 * dcat:Distribution per download (CSV, JSON) with access and download URLs, format, media type
 * and licence. Controlled values are the EU Publications Office vocabularies DCAT-AP requires.
 */

import { DATA_FREQUENCIES, DATA_LICENCES, type DataFrequency, type DataLicence } from '../../schema/data-model.ts';

export const EU = 'http://publications.europa.eu/resource/authority';

/** Forum → EU data theme; every set is also REGI (regions and cities). */
export const FORUM_THEMES: Readonly<Record<string, string>> = {
  'inteligentne-zarzadzanie': 'GOVE',
  'srodowisko-i-przestrzen': 'ENVI',
  gospodarka: 'ECON',
  mobilnosc: 'TRAN',
  edukacja: 'EDUC',
  'kultura-czasu-wolnego': 'EDUC',
  'uslugi-spoleczne': 'SOCI',
  'zamowienia-publiczne': 'GOVE',
};

export interface CatalogDataset {
  slug: string;
  title: string;
  description: string;
  keywords: readonly string[];
  forums: readonly string[];
  frequency: DataFrequency;
  licence: DataLicence;
  issued: string;
  modified: string;
  /** Years the data covers, when the period names them (`2019–2024`). */
  years?: { start: number; end: number } | undefined;
  distributions: { format: 'CSV' | 'JSON'; mediaType: string; path: string; bytes: number }[];
}

export interface Catalog {
  /** Absolute origin of the site, no trailing slash. */
  site: string;
  title: string;
  description: string;
  publisher: string;
  /** Where to ask about the data (a page of the site). */
  contactUrl: string;
  modified: string;
  datasets: readonly CatalogDataset[];
}

const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const date = (tag: string, v: string) => `<${tag} rdf:datatype="${XSD}date">${x(v)}</${tag}>`;
const res = (tag: string, uri: string) => `<${tag} rdf:resource="${x(uri)}"/>`;
const pl = (tag: string, v: string) => `<${tag} xml:lang="pl">${x(v)}</${tag}>`;

/** Years named in a period text: "2019–2024" → 2019..2024, "2025" → 2025..2025. */
export const periodYears = (period: string): { start: number; end: number } | undefined => {
  const years = [...period.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  return years.length ? { start: Math.min(...years), end: Math.max(...years) } : undefined;
};

export const catalogXml = (c: Catalog): string => {
  const agent = `${c.site}/#wydawca`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcat="http://www.w3.org/ns/dcat#"' +
      ' xmlns:dct="http://purl.org/dc/terms/" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:vcard="http://www.w3.org/2006/vcard/ns#">',
    `<dcat:Catalog rdf:about="${x(`${c.site}/dane/`)}">`,
    pl('dct:title', c.title),
    pl('dct:description', c.description),
    `<dct:publisher><foaf:Agent rdf:about="${x(agent)}">${pl('foaf:name', c.publisher)}` +
      `${res('dct:type', `http://purl.org/adms/publishertype/LocalAuthority`)}</foaf:Agent></dct:publisher>`,
    res('foaf:homepage', `${c.site}/dane/`),
    res('dct:language', `${EU}/language/POL`),
    date('dct:modified', c.modified),
    ...c.datasets.map((d) => {
      const page = `${c.site}/dane/${d.slug}/`;
      const themes = [...new Set([...d.forums.map((f) => FORUM_THEMES[f]).filter(Boolean), 'REGI'])] as string[];
      return [
        '<dcat:dataset>',
        `<dcat:Dataset rdf:about="${x(page)}">`,
        `<dct:identifier>${x(page)}</dct:identifier>`,
        pl('dct:title', d.title),
        pl('dct:description', d.description),
        date('dct:issued', d.issued),
        date('dct:modified', d.modified),
        ...d.keywords.map((k) => pl('dcat:keyword', k)),
        ...themes.map((t) => res('dcat:theme', `${EU}/data-theme/${t}`)),
        res('dct:accrualPeriodicity', `${EU}/frequency/${DATA_FREQUENCIES[d.frequency]}`),
        res('dct:language', `${EU}/language/POL`),
        res('dct:publisher', agent),
        res('dcat:landingPage', page),
        `<dcat:contactPoint><vcard:Organization>${pl('vcard:fn', c.publisher)}${res('vcard:hasURL', c.contactUrl)}</vcard:Organization></dcat:contactPoint>`,
        ...(d.years
          ? [
              `<dct:temporal><dct:PeriodOfTime>${date('dcat:startDate', `${d.years.start}-01-01`)}${date('dcat:endDate', `${d.years.end}-12-31`)}</dct:PeriodOfTime></dct:temporal>`,
            ]
          : []),
        ...d.distributions.map((f) => {
          const url = `${c.site}${f.path}`;
          return [
            '<dcat:distribution>',
            `<dcat:Distribution rdf:about="${x(url)}">`,
            pl('dct:title', `${d.title} (${f.format})`),
            res('dcat:accessURL', page),
            res('dcat:downloadURL', url),
            res('dct:format', `${EU}/file-type/${f.format}`),
            res('dcat:mediaType', `http://www.iana.org/assignments/media-types/${f.mediaType}`),
            res('dct:license', DATA_LICENCES[d.licence]),
            date('dct:issued', d.issued),
            date('dct:modified', d.modified),
            `<dcat:byteSize rdf:datatype="${XSD}nonNegativeInteger">${f.bytes}</dcat:byteSize>`,
            '</dcat:Distribution>',
            '</dcat:distribution>',
          ].join('\n');
        }),
        '</dcat:Dataset>',
        '</dcat:dataset>',
      ].join('\n');
    }),
    '</dcat:Catalog>',
    '</rdf:RDF>',
    '',
  ];
  return lines.join('\n');
};
