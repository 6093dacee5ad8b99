/**
 * The nginx snippets both self-hosted sites include (deploy/nginx/*.conf), generated from the
 * same sources as the Azure Static Web Apps configuration: security headers
 * (security-headers.ts), the admin's own policy (src/cms/admin-csp.ts) and content types
 * (host-config.ts). `npm run gen:nginx` writes them; a test fails when the committed files
 * differ, so the hosts cannot drift apart.
 */
import { adminCsp } from '../../src/cms/admin-csp.ts';
import { cmsOptions } from '../../src/cms/decap-config.ts';
import { CONTENT_TYPES, TOKEN_FEED_HEADERS } from '../../src/lib/site/host-config.ts';
import { SECURITY_HEADERS } from '../../src/lib/site/security-headers.ts';

const banner = (what: string) =>
  `# Generated from ${what} by \`npm run gen:nginx\` — do not edit.\n`;

/** nginx needs quotes around values with spaces; the policies hold no double quotes. */
const addHeaders = (headers: Record<string, string>) =>
  Object.entries(headers)
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');

/** The file name → text of every generated snippet. */
export const nginxSnippets = (env: Record<string, string | undefined> = {}): Record<string, string> => {
  const types = Object.entries(CONTENT_TYPES).map(([ext, type]) => ({ ext: ext.slice(1), type: type.split(';')[0] ?? type }));
  const byType = new Map<string, string[]>();
  for (const t of types) byType.set(t.type, [...(byType.get(t.type) ?? []), t.ext]);
  // The types the table gives a charset get nginx's `charset utf-8` (text/html has it by default).
  const textual = [...new Set(Object.values(CONTENT_TYPES).filter((t) => t.includes('charset=')).map((t) => t.split(';')[0] ?? t))];
  return {
    'headers-site.conf':
      banner('src/lib/site/security-headers.ts') +
      '# Every response of both sites. nginx drops server-level add_header lines in a location\n' +
      '# that has its own, so such locations include one of the other files instead.\n' +
      `${addHeaders(SECURITY_HEADERS)}\n`,
    'headers-admin.conf':
      banner('src/lib/site/security-headers.ts and src/cms/admin-csp.ts') +
      '# The editors\' panel (/admin/): Decap CMS needs its own policy (see src/cms/admin-csp.ts).\n' +
      '# Built for the backend in CMS_BACKEND/CMS_OAUTH_URL at generation time; regenerate with the\n' +
      '# same variables as the members build when they change.\n' +
      `${addHeaders({ ...SECURITY_HEADERS, 'Content-Security-Policy': adminCsp(cmsOptions(env)) })}\n`,
    'headers-token-feed.conf':
      banner('src/lib/site/security-headers.ts and src/lib/site/host-config.ts') +
      '# Secret-link calendar feeds: open without login, never indexed.\n' +
      `${addHeaders({ ...SECURITY_HEADERS, ...TOKEN_FEED_HEADERS })}\n`,
    'types.conf':
      banner('src/lib/site/host-config.ts') +
      `types {\n${[...byType].map(([type, exts]) => `    ${type} ${exts.join(' ')};`).join('\n')}\n}\n` +
      'default_type application/octet-stream;\n' +
      'charset utf-8;\n' +
      `charset_types ${textual.filter((t) => t !== 'text/html').join(' ')};\n`,
  };
};
