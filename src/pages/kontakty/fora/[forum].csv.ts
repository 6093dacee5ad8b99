// /kontakty/fora/<forum>.csv — a forum's people for Excel and Outlook (see src/lib/contacts-csv.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { directory, siteUrl } from '../../../lib/contact-pages.ts';
import { forumPeople, type ContactView } from '../../../lib/contacts.ts';
import { contactsCsv } from '../../../lib/contacts-csv.ts';

export const getStaticPaths = (async () => {
  const dir = await directory();
  return dir.forums
    .map((f) => ({ params: { forum: f.slug }, props: { people: forumPeople(dir, f.slug) } }))
    .filter((p) => p.props.people.length > 0);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(contactsCsv((props as { people: ContactView[] }).people, siteUrl(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
