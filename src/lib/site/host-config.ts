/**
 * Host configuration written into each build (see src/integrations/content.ts):
 * `staticwebapp.config.json` for Azure Static Web Apps. The members site requires sign-in with
 * Microsoft Entra ID (the gminy use Microsoft 365) on every route except the secret-token
 * calendar feeds; the public site is open. Both send the security headers.
 */
import { MEMBER_FEED_PREFIX, type Audience } from '../content/access.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

const MIME_TYPES = {
  '.ics': 'text/calendar; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.pagefind': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
};

/** The Azure Static Web Apps configuration for one audience's site. */
export const staticWebAppConfig = (audience: Audience) => {
  const common = {
    globalHeaders: SECURITY_HEADERS,
    mimeTypes: MIME_TYPES,
    responseOverrides: { '404': { rewrite: '/404.html', statusCode: 404 } } as Record<string, object>,
  };
  if (audience === 'public') return { ...common, routes: [] };
  return {
    ...common,
    routes: [
      // Calendar apps fetch member feeds by a secret link and cannot sign in.
      { route: `${MEMBER_FEED_PREFIX}*`, allowedRoles: ['anonymous'] },
      // Only Entra ID: other built-in providers are switched off.
      { route: '/.auth/login/github', statusCode: 404 },
      { route: '/.auth/login/twitter', statusCode: 404 },
      { route: '/*', allowedRoles: ['authenticated'] },
    ],
    responseOverrides: {
      ...common.responseOverrides,
      '401': { redirect: '/.auth/login/aad?post_login_redirect_uri=.referrer', statusCode: 302 },
    },
    auth: {
      identityProviders: {
        azureActiveDirectory: {
          registration: {
            openIdIssuer: 'https://login.microsoftonline.com/TENANT_ID/v2.0',
            clientIdSettingName: 'AZURE_CLIENT_ID',
            clientSecretSettingName: 'AZURE_CLIENT_SECRET',
          },
        },
      },
    },
  };
};
