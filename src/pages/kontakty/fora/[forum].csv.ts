// /kontakty/fora/<forum>.csv — a forum's people for Excel and Outlook (see src/lib/contacts/csv.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { forumPeoplePaths, siteUrl } from '../../../lib/contacts/pages.ts';
import type { ContactView } from '../../../lib/contacts/rules.ts';
import { contactsCsv } from '../../../lib/contacts/csv.ts';

export const getStaticPaths = (() => forumPeoplePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(contactsCsv((props as { people: ContactView[] }).people, siteUrl(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
