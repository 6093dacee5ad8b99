// /kontakty/gminy/<gmina>.vcf — the vCards of a gmina's staff.
import type { APIRoute, GetStaticPaths } from 'astro';
import { directory, siteUrl } from '../../../lib/contacts/pages.ts';
import { gminaPeople, type ContactView } from '../../../lib/contacts/rules.ts';
import { vcardFile } from '../../../lib/contacts/vcard.ts';

export const getStaticPaths = (async () => {
  const dir = await directory();
  return dir.gminy
    .map((g) => ({ params: { gmina: g.slug }, props: { people: gminaPeople(dir, g.slug) } }))
    .filter((p) => p.props.people.length > 0);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(vcardFile((props as { people: ContactView[] }).people, siteUrl(site)), {
    headers: { 'Content-Type': 'text/vcard; charset=utf-8' },
  });
