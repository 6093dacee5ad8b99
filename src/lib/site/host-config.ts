/**
 * Host configuration written into each build (see src/integrations/content.ts):
 * `staticwebapp.config.json` for Azure Static Web Apps. The members site requires sign-in with
 * Microsoft Entra ID (the gminy use Microsoft 365) and the role `czlonek` on every route except
 * the secret-token calendar feeds, robots.txt and the no-access page; rooms need `forum-<slug>`,
 * the admin `redakcja`. The public site is open. Both send the security headers.
 */
import { MEMBER_FEED_PREFIX, type Audience } from '../content/access.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { ROLE_EDITOR, ROLE_MEMBER, forumRole } from '../members/roles.ts';
import { roomFeedPrefix, roomUrl } from '../rooms/rooms.ts';

/**
 * Shown (with status 403) to a signed-in person without the role a route needs: says whom to ask.
 * Open to everyone, like the styles it uses and robots.txt.
 */
export const DENIED_PAGE = '/brak-dostepu/';

/**
 * Sign-in to the members' site (issue 17): one Entra ID app registration accepting work accounts
 * of any organisation (`organizations`); who gets in is decided by the roles function
 * (`rolesSource`, api/) from the directory and the gminy's allow-list, not by the issuer.
 */
export const ENTRA_ISSUER = 'https://login.microsoftonline.com/organizations/v2.0';
export const ROLES_SOURCE = '/api/roles';

/**
 * Content types by extension, for both hosts (this table for Azure Static Web Apps, and
 * deploy/nginx/types.conf generated from it). Feeds, calendars and contact cards carry their
 * charset so Polish letters survive every client; Pagefind's index files are binary.
 */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.odp': 'application/vnd.oasis.opendocument.presentation',
  '.pagefind': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
};

/** Secret-link feeds are open without login; search engines must never list them. */
export const TOKEN_FEED_HEADERS: Record<string, string> = { 'X-Robots-Tag': 'noindex, nofollow' };


/** The Azure Static Web Apps configuration for one audience's site. */
export const staticWebAppConfig = (audience: Audience, o: { forums?: readonly string[] } = {}) => {
  const common = {
    globalHeaders: SECURITY_HEADERS,
    mimeTypes: CONTENT_TYPES,
    responseOverrides: { '404': { rewrite: '/404.html', statusCode: 404 } } as Record<string, object>,
  };
  if (audience === 'public') return { ...common, routes: [] };
  const forums = [...(o.forums ?? [])].sort();
  return {
    ...common,
    routes: [
      // Calendar apps fetch member feeds by a secret link and cannot sign in.
      { route: `${MEMBER_FEED_PREFIX}*`, allowedRoles: ['anonymous'], headers: TOKEN_FEED_HEADERS },
      // Each room's own secret-token feed (the token differs per room).
      ...forums.map((f) => ({ route: `${roomFeedPrefix(f)}*`, allowedRoles: ['anonymous'], headers: TOKEN_FEED_HEADERS })),
      // Crawlers must read "Disallow: /" without logging in, or they keep trying the pages.
      { route: '/robots.txt', allowedRoles: ['anonymous'] },
      // The "no access" page and its icon are open; they hold nothing private. Its stylesheet is
      // opened by name after the build (src/integrations/members.ts), not all of /_astro/.
      { route: `${DENIED_PAGE}*`, allowedRoles: ['anonymous'] },
      { route: '/favicon.svg', allowedRoles: ['anonymous'] },
      // Only Entra ID: other built-in providers are switched off.
      { route: '/.auth/login/github', statusCode: 404 },
      { route: '/.auth/login/twitter', statusCode: 404 },
      // Decap's GitHub sign-in (api/) is for editors only.
      { route: '/api/auth', allowedRoles: [ROLE_EDITOR] },
      { route: '/api/callback', allowedRoles: [ROLE_EDITOR] },
      // A room only for the members of its forum.
      ...forums.map((f) => ({ route: `${roomUrl(f)}*`, allowedRoles: [forumRole(f)] })),
      { route: '/*', allowedRoles: [ROLE_MEMBER] },
    ],
    responseOverrides: {
      ...common.responseOverrides,
      '401': { redirect: '/.auth/login/aad?post_login_redirect_uri=.referrer', statusCode: 302 },
      '403': { rewrite: `${DENIED_PAGE}index.html`, statusCode: 403 },
    },
    // The API (api/) is compiled in the deploy workflow; SWA runs it on this Node version.
    platform: { apiRuntime: 'node:20' },
    auth: {
      rolesSource: ROLES_SOURCE,
      identityProviders: {
        azureActiveDirectory: {
          registration: {
            openIdIssuer: ENTRA_ISSUER,
            clientIdSettingName: 'AZURE_CLIENT_ID',
            clientSecretSettingName: 'AZURE_CLIENT_SECRET',
          },
        },
      },
    },
  };
};
