// /kontakty/fora/<forum>.vcf — the vCards of a forum's people and its coordinator.
import type { APIRoute, GetStaticPaths } from 'astro';
import { forumPeoplePaths, siteUrl } from '../../../lib/contacts/pages.ts';
import type { ContactView } from '../../../lib/contacts/rules.ts';
import { vcardFile } from '../../../lib/contacts/vcard.ts';

export const getStaticPaths = (() => forumPeoplePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(vcardFile((props as { people: ContactView[] }).people, siteUrl(site)), {
    headers: { 'Content-Type': 'text/vcard; charset=utf-8' },
  });
