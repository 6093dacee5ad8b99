// robots.txt per audience: the public site is open to search engines and points to its
// sitemap; the members site (behind login anyway) asks them to stay away.
import type { APIRoute } from 'astro';
import { currentAudience } from '../lib/content/access.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    currentAudience() === 'public'
      ? `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site)}\n`
      : 'User-agent: *\nDisallow: /\n',
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
