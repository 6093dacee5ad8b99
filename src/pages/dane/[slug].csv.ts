// A data set's CSV download (issue 19): the rows this build shows, comma-separated UTF-8.
import type { APIRoute } from 'astro';
import { dataSets, toCsv, type DataSet } from '../../lib/data/node/sets.ts';

export const getStaticPaths = async () => (await dataSets()).map((set) => ({ params: { slug: set.entry.id }, props: { set } }));

export const GET: APIRoute = ({ props }) =>
  new Response(toCsv((props as { set: DataSet }).set), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
