// /kontakty/fora/<forum>.vcf — the vCards of a forum's people and its coordinator.
import type { APIRoute, GetStaticPaths } from 'astro';
import { forumPeoplePaths, siteUrl } from '../../../lib/contact-pages.ts';
import type { ContactView } from '../../../lib/contacts.ts';
import { vcardFile } from '../../../lib/vcard.ts';

export const getStaticPaths = (() => forumPeoplePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(vcardFile((props as { people: ContactView[] }).people, siteUrl(site)), {
    headers: { 'Content-Type': 'text/vcard; charset=utf-8' },
  });
