// The open-data catalogue for harvesting portals (issue 19): every data set this build shows,
// in DCAT-AP-PL RDF/XML. Built per audience, so the public catalogue lists public sets only.
import type { APIRoute } from 'astro';
import { t } from '../../i18n/pl.ts';
import { catalogXml, periodYears } from '../../lib/data/dcat.ts';
import { dataSets, toCsv, toJson } from '../../lib/data/node/sets.ts';
import { DATA_LICENCES } from '../../schema/data-model.ts';

export const GET: APIRoute = async ({ site }) => {
  const origin = String(site).replace(/\/$/, '');
  const sets = await dataSets();
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  const datasets = sets.map((set) => {
    const d = set.entry.data;
    const modified = d.updated ?? d.date;
    return {
      slug: set.entry.id,
      title: d.title,
      description: d.summary,
      keywords: d.tags,
      forums: d.forums,
      frequency: d.frequency,
      licence: d.licence,
      issued: d.date,
      modified,
      years: periodYears(d.period),
      distributions: [
        { format: 'CSV' as const, mediaType: 'text/csv', path: `/dane/${set.entry.id}.csv`, bytes: bytes(toCsv(set)) },
        {
          format: 'JSON' as const,
          mediaType: 'application/json',
          path: `/dane/${set.entry.id}.json`,
          bytes: bytes(toJson(set, String(site), DATA_LICENCES[d.licence])),
        },
      ],
    };
  });
  const body = catalogXml({
    site: origin,
    title: t('data.catalogTitle'),
    description: t('intro.data'),
    publisher: t('data.publisher'),
    contactUrl: `${origin}/kontakty/`,
    modified: datasets.map((d) => d.modified).sort().at(-1) ?? '2026-01-01',
    datasets,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rdf+xml; charset=utf-8' } });
};
