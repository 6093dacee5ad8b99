// A data set's JSON download (issue 19): its description and the rows as objects.
import type { APIRoute } from 'astro';
import { dataSets, toJson, type DataSet } from '../../lib/data/node/sets.ts';
import { DATA_LICENCES } from '../../schema/data-model.ts';

export const getStaticPaths = async () => (await dataSets()).map((set) => ({ params: { slug: set.entry.id }, props: { set } }));

export const GET: APIRoute = ({ props, site }) => {
  const { set } = props as { set: DataSet };
  return new Response(toJson(set, String(site), DATA_LICENCES[set.entry.data.licence]), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
