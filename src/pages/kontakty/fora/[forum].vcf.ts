// /kontakty/fora/<forum>.vcf — the vCards of a forum's people and its coordinator.
import type { APIRoute, GetStaticPaths } from 'astro';
import { directory, siteUrl } from '../../../lib/contact-pages.ts';
import { forumPeople, type ContactView } from '../../../lib/contacts.ts';
import { vcardFile } from '../../../lib/vcard.ts';

export const getStaticPaths = (async () => {
  const dir = await directory();
  return dir.forums
    .map((f) => ({ params: { forum: f.slug }, props: { people: forumPeople(dir, f.slug) } }))
    .filter((p) => p.props.people.length > 0);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(vcardFile((props as { people: ContactView[] }).people, siteUrl(site)), {
    headers: { 'Content-Type': 'text/vcard; charset=utf-8' },
  });
