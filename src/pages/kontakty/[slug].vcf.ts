// /kontakty/<slug>.vcf — one person's vCard 4.0.
import type { APIRoute, GetStaticPaths } from 'astro';
import { directory, siteUrl } from '../../lib/contacts/pages.ts';
import type { ContactView } from '../../lib/contacts/rules.ts';
import { vcardFile } from '../../lib/contacts/vcard.ts';

export const getStaticPaths = (async () =>
  (await directory()).people.map((person) => ({ params: { slug: person.id }, props: { person } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(vcardFile([(props as { person: ContactView }).person], siteUrl(site)), {
    headers: { 'Content-Type': 'text/vcard; charset=utf-8' },
  });
