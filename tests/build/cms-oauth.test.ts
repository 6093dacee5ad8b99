// Editors' sign-in to the CMS through the members site's own API, in Chromium with the real
// Decap admin: "Zaloguj przez GitHub" opens /api/auth in a pop-up, which goes to a local server
// implementing GitHub's OAuth endpoints (authorize, access_token) on loopback, back to
// /api/callback, and the token reaches the admin by Decap's postMessage exchange. The site is
// served over HTTPS under a non-localhost name (localhost would switch Decap to its local backend).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttp, type Server } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, watchErrors } from '../../scripts/lib/browser.ts';
import { FIXTURE, TMP, buildSite } from '../../scripts/lib/build-site.ts';
import { run as authRun } from '../../api/src/auth.ts';
import type { AzureContext, AzureRequest } from '../../api/src/azure.ts';
import { run as callbackRun } from '../../api/src/callback.ts';
import { freePort } from '../helpers/decap-server.ts';

const HOST = 'czlonkowie.metropolia.test';
const TOKEN = 'gho_testowyToken123';
let browser: Browser;
let site: ReturnType<typeof createHttps>;
let github: Server;
let origin = '';
const seen: { authorize: URLSearchParams[]; token: Record<string, string>[]; api: { path: string; auth: string | undefined }[] } = { authorize: [], token: [], api: [] };

beforeAll(async () => {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, 'cms-oauth-'));
  // GitHub's OAuth endpoints: authorize sends the browser straight back with a code.
  github = createHttp((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/login/oauth/authorize') {
      seen.authorize.push(url.searchParams);
      const back = new URL(url.searchParams.get('redirect_uri') ?? '');
      back.searchParams.set('code', 'kod-jednorazowy');
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      res.writeHead(302, { Location: back.toString() }).end();
      return;
    }
    if (url.pathname === '/login/oauth/access_token' && req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const sent = JSON.parse(body) as Record<string, string>;
        seen.token.push(sent);
        const ok = sent['code'] === 'kod-jednorazowy' && sent['client_secret'] === 'sekret-klienta';
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(ok ? { access_token: TOKEN, token_type: 'bearer', scope: 'repo' } : { error: 'bad_verification_code' }));
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((done) => github.listen(0, '127.0.0.1', done));
  process.env['GITHUB_OAUTH_CLIENT_ID'] = 'Iv1.testowy';
  process.env['GITHUB_OAUTH_CLIENT_SECRET'] = 'sekret-klienta';
  process.env['GITHUB_OAUTH_BASE'] = `http://127.0.0.1:${(github.address() as AddressInfo).port}`;

  const port = await freePort();
  origin = `https://${HOST}:${port}`;
  const outDir = join(dir, 'members');
  const build = buildSite({
    content: FIXTURE,
    audience: 'members',
    outDir,
    env: { CMS_OAUTH_URL: `${origin}/api`, CMS_REPO: 'metropolia-test/strona', MEMBERS_URL: origin },
  });
  if (build.status !== 0) throw new Error(build.output);
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${HOST}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  const files = sirv(outDir, { dev: false });
  // The members site and its API on one origin, as on Azure Static Web Apps.
  site = createHttps({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const fn = { '/api/auth': authRun, '/api/callback': callbackRun }[url.pathname];
    if (!fn) return files(req, res, () => void res.writeHead(404).end());
    const context: AzureContext = {};
    const azureReq: AzureRequest = { url: url.toString(), method: req.method ?? 'GET', headers: req.headers as Record<string, string>, query: Object.fromEntries(url.searchParams) };
    void fn(context, azureReq).then(() => {
      const r = context.res;
      res.writeHead(r?.status ?? 500, r?.headers ?? {}).end(String(r?.body ?? ''));
    });
  });
  await new Promise<void>((done) => site.listen(port, '127.0.0.1', done));
  browser = await launch([`--host-resolver-rules=MAP ${HOST} 127.0.0.1`, '--ignore-certificate-errors']);
  return () => rmSync(dir, { recursive: true, force: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (site ? site.close(() => done()) : done()));
  await new Promise<void>((done) => (github ? github.close(() => done()) : done()));
});

describe('the editors’ GitHub sign-in in the real Decap admin', () => {
  it('hands the token from /api/callback to the admin, which then talks to GitHub with it', async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'pl-PL' });
    // GitHub's REST API, as Decap calls it after signing in.
    // GitHub answers the admin's cross-origin calls with CORS headers, so the stand-in does too.
    const cors = { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Headers': 'Authorization, Content-Type, Cache-Control', 'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE' };
    await context.route('https://api.github.com/**', (route) => {
      const url = new URL(route.request().url());
      if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
      seen.api.push({ path: url.pathname, auth: route.request().headers()['authorization'] });
      if (url.pathname === '/user') return route.fulfill({ headers: cors, json: { login: 'redaktorka', name: 'Redaktorka Biura', avatar_url: '' } });
      if (url.pathname === '/repos/metropolia-test/strona') {
        return route.fulfill({ headers: cors, json: { full_name: 'metropolia-test/strona', owner: { login: 'metropolia-test' }, default_branch: 'main', permissions: { admin: false, push: true, pull: true } } });
      }
      return route.fulfill({ status: 404, headers: cors, json: { message: 'Not Found' } });
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const errors = watchErrors(page);
    await page.goto(`${origin}/admin/`);
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Zaloguj przez GitHub' }).click();
    await (await popup).waitForEvent('close');
    const stored = await page
      .waitForFunction(() => localStorage.getItem('decap-cms-user'), null, { timeout: 30_000 })
      .then((h) => h.jsonValue(), () => null);
    expect(stored, `${JSON.stringify(seen.api)}\n${errors.join('\n')}\n${await page.locator('body').innerText()}`).toContain(TOKEN);

    const authorize = seen.authorize[0];
    expect(authorize?.get('client_id')).toBe('Iv1.testowy');
    expect(authorize?.get('redirect_uri')).toBe(`${origin}/api/callback`);
    expect(authorize?.get('scope')).toBe('repo');
    expect(seen.token).toEqual([{ client_id: 'Iv1.testowy', client_secret: 'sekret-klienta', code: 'kod-jednorazowy', redirect_uri: `${origin}/api/callback` }]);
    expect(seen.api.find((c) => c.path === '/user')?.auth).toBe(`token ${TOKEN}`);
    await context.close();
  });
});
