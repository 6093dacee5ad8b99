/**
 * Decap CMS's sign-in with GitHub through the site's own API (Azure Static Web Apps functions):
 * the OAuth secret stays on the server. Decap opens `/api/auth` in a pop-up; it redirects to
 * GitHub's authorize page; GitHub sends the browser back to `/api/callback?code&state`; the
 * callback exchanges the code for a token and hands it to the admin window with Decap's
 * postMessage exchange ("authorizing:github" → the admin answers → "authorization:github:…").
 *
 * Settings (SWA application settings): GITHUB_OAUTH_CLIENT_ID, GITHUB_OAUTH_CLIENT_SECRET,
 * optional GITHUB_OAUTH_SCOPE (default `repo`), GITHUB_OAUTH_BASE (default https://github.com,
 * e.g. GitHub Enterprise), CMS_ORIGIN (the admin's origin; default: the request's own).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { t } from '../../i18n/pl.ts';

export interface OAuthSettings {
  clientId: string;
  clientSecret: string;
  scope: string;
  base: string;
  origin?: string | undefined;
}

export const settingsFrom = (env: Record<string, string | undefined>): OAuthSettings | undefined => {
  const clientId = env['GITHUB_OAUTH_CLIENT_ID']?.trim();
  const clientSecret = env['GITHUB_OAUTH_CLIENT_SECRET']?.trim();
  if (!clientId || !clientSecret) return undefined;
  return {
    clientId,
    clientSecret,
    scope: env['GITHUB_OAUTH_SCOPE']?.trim() || 'repo',
    base: (env['GITHUB_OAUTH_BASE']?.trim() || 'https://github.com').replace(/\/$/, ''),
    origin: env['CMS_ORIGIN']?.trim().replace(/\/$/, '') || undefined,
  };
};

export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const STATE_COOKIE = 'decap_oauth_state';

const html = (status: number, body: string, extra: Record<string, string> = {}): HttpAnswer => ({
  status,
  headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
  body,
});

/** The origin the request came to (SWA forwards the public host in x-forwarded-host). */
export const requestOrigin = (url: string, headers: Record<string, string | undefined>): string => {
  const u = new URL(url);
  const host = headers['x-forwarded-host'] ?? headers['host'] ?? u.host;
  const proto = headers['x-forwarded-proto'] ?? u.protocol.replace(':', '');
  return `${proto}://${host}`;
};

/** `/api/auth`: redirect to GitHub's authorize page with a fresh state kept in a cookie. */
export const authStart = (o: { settings: OAuthSettings | undefined; origin: string; state?: string }): HttpAnswer => {
  if (!o.settings) return html(500, page(t('oauth.notConfigured')));
  const state = o.state ?? randomBytes(24).toString('base64url');
  const target = new URL(`${o.settings.base}/login/oauth/authorize`);
  target.searchParams.set('client_id', o.settings.clientId);
  target.searchParams.set('redirect_uri', `${o.origin}/api/callback`);
  target.searchParams.set('scope', o.settings.scope);
  target.searchParams.set('state', state);
  return {
    status: 302,
    headers: {
      Location: target.toString(),
      'Cache-Control': 'no-store',
      'Set-Cookie': `${STATE_COOKIE}=${state}; Path=/api/callback; HttpOnly; Secure; SameSite=Lax; Max-Age=600`,
    },
    body: '',
  };
};

const cookie = (header: string | undefined, name: string) =>
  header
    ?.split(';')
    .map((c) => c.trim().split('='))
    .find(([k]) => k === name)?.[1];

const sameSecret = (a: string, b: string) => {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
};

/** A minimal Polish page for the pop-up (it closes itself after a success). */
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (text: string, script = '') =>
  `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>${t('oauth.title')}</title></head><body><main><p>${escapeHtml(text)}</p></main>${script}</body></html>`;

/**
 * The handshake script: tell the admin window we are authorising, wait for its answer from the
 * allowed origin, then send the result only to that origin.
 */
/** A JavaScript string literal that cannot close the <script> it sits in. */
const jsString = (v: string) => JSON.stringify(v).replace(/</g, '\\u003c');

export const handshakeScript = (message: string, origin: string): string =>
  `<script>(function(){var o=${jsString(origin)},m=${jsString(message)};` +
  `function r(e){if(e.origin!==o)return;window.removeEventListener('message',r);window.opener.postMessage(m,o);}` +
  `window.addEventListener('message',r);window.opener.postMessage('authorizing:github',o);})();</script>`;

export const callbackPage = (message: string, origin: string, text: string): HttpAnswer => {
  const script = handshakeScript(message, origin);
  const inner = script.replace(/^<script>|<\/script>$/g, '');
  const hash = createHash('sha256').update(inner).digest('base64');
  return html(200, page(text, script), {
    'Content-Security-Policy': `default-src 'none'; script-src 'sha256-${hash}'; base-uri 'none'; frame-ancestors 'none'`,
  });
};

/** `/api/callback`: check the state, exchange the code for a token, hand it to the admin. */
export const authCallback = async (o: {
  settings: OAuthSettings | undefined;
  origin: string;
  query: URLSearchParams;
  cookieHeader: string | undefined;
  fetch: typeof fetch;
}): Promise<HttpAnswer> => {
  const target = o.settings?.origin ?? o.origin;
  const fail = (why: string) =>
    callbackPage(`authorization:github:error:${JSON.stringify({ message: why })}`, target, t('oauth.failed', { why }));
  if (!o.settings) return fail(t('oauth.notConfigured'));
  const code = o.query.get('code');
  const state = o.query.get('state') ?? '';
  const expected = cookie(o.cookieHeader, STATE_COOKIE) ?? '';
  if (!code) return fail(o.query.get('error_description') ?? t('oauth.noCode'));
  if (!state || !expected || !sameSecret(state, expected)) return fail(t('oauth.badState'));
  const res = await o.fetch(`${o.settings.base}/login/oauth/access_token`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({
      client_id: o.settings.clientId,
      client_secret: o.settings.clientSecret,
      code,
      redirect_uri: `${o.origin}/api/callback`,
    }),
  });
  const data = (await res.json().catch(() => ({}))) as { access_token?: string; error_description?: string; error?: string };
  if (!res.ok || !data.access_token) return fail(data.error_description ?? data.error ?? t('oauth.githubStatus', { status: String(res.status) }));
  const ok = callbackPage(
    `authorization:github:success:${JSON.stringify({ token: data.access_token, provider: 'github' })}`,
    target,
    t('oauth.done'),
  );
  return { ...ok, headers: { ...ok.headers, 'Set-Cookie': `${STATE_COOKIE}=; Path=/api/callback; HttpOnly; Secure; SameSite=Lax; Max-Age=0` } };
};
