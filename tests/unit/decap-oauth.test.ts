// Decap CMS's GitHub sign-in through the members site's own API (/api/auth, /api/callback):
// the redirect to GitHub's authorize endpoint, the state check, the code-for-token exchange with
// GitHub's access_token endpoint, and the page that hands the token to the admin by postMessage.
import { describe, expect, it } from 'vitest';
import { STATE_COOKIE, authCallback, authStart, requestOrigin, settingsFrom } from '../../src/lib/members/decap-oauth.ts';

const settings = settingsFrom({ GITHUB_OAUTH_CLIENT_ID: 'Iv1.abc', GITHUB_OAUTH_CLIENT_SECRET: 'sekret', GITHUB_OAUTH_BASE: 'http://127.0.0.1:9999/' });
const ORIGIN = 'https://czlonkowie.metropolia.example';

/** A stand-in for GitHub's POST /login/oauth/access_token that records what it was sent. */
const github = (answer: { status?: number; body: object }) => {
  const calls: { url: string; body: Record<string, string>; accept: string | null }[] = [];
  const fetcher = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), body: JSON.parse(String(init?.body)), accept: new Headers(init?.headers).get('accept') });
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  return { fetcher, calls };
};

describe('/api/auth', () => {
  it('sends the editor to GitHub’s authorize page with the client id, scope, callback and a state kept in a cookie', () => {
    const res = authStart({ settings, origin: ORIGIN });
    expect(res.status).toBe(302);
    const to = new URL(res.headers['Location'] as string);
    expect(`${to.origin}${to.pathname}`).toBe('http://127.0.0.1:9999/login/oauth/authorize');
    expect(to.searchParams.get('client_id')).toBe('Iv1.abc');
    expect(to.searchParams.get('scope')).toBe('repo');
    expect(to.searchParams.get('redirect_uri')).toBe(`${ORIGIN}/api/callback`);
    const state = to.searchParams.get('state') as string;
    expect(state.length).toBeGreaterThanOrEqual(32);
    expect(res.headers['Set-Cookie']).toBe(`${STATE_COOKIE}=${state}; Path=/api/callback; HttpOnly; Secure; SameSite=Lax; Max-Age=600`);
    expect(authStart({ settings, origin: ORIGIN }).headers['Location']).not.toContain(state);
  });

  it('says in Polish that sign-in is not configured when the secrets are missing', () => {
    const res = authStart({ settings: settingsFrom({}), origin: ORIGIN });
    expect(res.status).toBe(500);
    expect(res.body).toContain('nie jest skonfigurowane');
  });
});

describe('/api/callback', () => {
  const query = (o: Record<string, string>) => new URLSearchParams(o);

  it('exchanges the code for a token and posts it only to the admin’s origin, in Decap’s message format', async () => {
    const gh = github({ body: { access_token: 'gho_TOKEN123', token_type: 'bearer', scope: 'repo' } });
    const res = await authCallback({ settings, origin: ORIGIN, query: query({ code: 'c0de', state: 'st4te' }), cookieHeader: `x=1; ${STATE_COOKIE}=st4te`, fetch: gh.fetcher });
    expect(gh.calls).toEqual([
      {
        url: 'http://127.0.0.1:9999/login/oauth/access_token',
        accept: 'application/json',
        body: { client_id: 'Iv1.abc', client_secret: 'sekret', code: 'c0de', redirect_uri: `${ORIGIN}/api/callback` },
      },
    ]);
    expect(res.status).toBe(200);
    expect(res.body).toContain(JSON.stringify('authorization:github:success:{"token":"gho_TOKEN123","provider":"github"}'));
    expect(res.body).toContain(`window.opener.postMessage('authorizing:github',o)`);
    expect(res.body).toContain(`var o=${JSON.stringify(ORIGIN)}`);
    // The inline script is allowed by its hash only; the state cookie is cleared.
    const csp = res.headers['Content-Security-Policy'] as string;
    const script = /<script>([\s\S]*)<\/script>/.exec(res.body)?.[1] as string;
    const { createHash } = await import('node:crypto');
    expect(csp).toContain(`script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(res.headers['Set-Cookie']).toContain('Max-Age=0');
  });

  it('refuses a state that does not match the cookie, without asking GitHub', async () => {
    const gh = github({ body: { access_token: 'never' } });
    for (const cookieHeader of [`${STATE_COOKIE}=inny`, undefined]) {
      const res = await authCallback({ settings, origin: ORIGIN, query: query({ code: 'c', state: 'st4te' }), cookieHeader, fetch: gh.fetcher });
      expect(res.body).toContain('authorization:github:error:');
      expect(res.body).toContain('nieprawidłowy parametr state');
    }
    expect(gh.calls).toEqual([]);
  });

  it('reports GitHub’s refusal (a used or expired code) as an error message for Decap', async () => {
    const gh = github({ body: { error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.' } });
    const res = await authCallback({ settings, origin: ORIGIN, query: query({ code: 'old', state: 's' }), cookieHeader: `${STATE_COOKIE}=s`, fetch: gh.fetcher });
    expect(res.body).toContain('authorization:github:error:');
    expect(res.body).toContain('The code passed is incorrect or expired.');
    expect(res.body).not.toContain('success');
  });

  it('cannot be made to close its own script by an error text', async () => {
    const res = await authCallback({ settings, origin: ORIGIN, query: query({ error_description: '</script><script>alert(1)</script>' }), cookieHeader: undefined, fetch: github({ body: {} }).fetcher });
    expect(res.body.match(/<\/script>/g)).toHaveLength(1);
    expect(res.body).not.toContain('<script>alert');
  });

  it('posts to CMS_ORIGIN when set, and reads the public host SWA forwards', () => {
    expect(settingsFrom({ GITHUB_OAUTH_CLIENT_ID: 'a', GITHUB_OAUTH_CLIENT_SECRET: 'b', CMS_ORIGIN: 'https://x.example/' })?.origin).toBe('https://x.example');
    expect(requestOrigin('http://localhost:7071/api/auth', { 'x-forwarded-host': 'czlonkowie.example', 'x-forwarded-proto': 'https' })).toBe('https://czlonkowie.example');
  });
});
