// Host configuration: what the builds tell Azure Static Web Apps, robots and sitemaps, and the
// nginx example for self-hosting the members site, run for real on loopback.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, watchErrors } from '../../scripts/lib/browser.ts';
import { ROOT, TMP } from '../../scripts/lib/build-site.ts';
import { nginxSnippets } from '../../scripts/lib/nginx-config.ts';
import { adminCsp } from '../../src/cms/admin-csp.ts';
import { cmsOptions } from '../../src/cms/decap-config.ts';
import { TOKEN_FEED_HEADERS } from '../../src/lib/site/host-config.ts';
import { SECURITY_HEADERS } from '../../src/lib/site/security-headers.ts';

const build = inject('fixtureBuild');
const json = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

describe('Azure Static Web Apps configuration', () => {
  it('requires sign-in on every members route except the secret-token feeds', () => {
    const config = json(build.members, 'staticwebapp.config.json');
    // Issue 17: the members' site needs the role `czlonek` that the roles function gives.
    expect(config.routes.at(-1)).toEqual({ route: '/*', allowedRoles: ['czlonek'] });
    expect(config.routes).toContainEqual({ route: '/kalendarz/subskrypcja/*', allowedRoles: ['anonymous'], headers: { 'X-Robots-Tag': 'noindex, nofollow' } });
    // Crawlers read "Disallow: /" without logging in.
    expect(config.routes).toContainEqual({ route: '/robots.txt', allowedRoles: ['anonymous'] });
    // The admin is for editors and gets its own policy (Decap injects styles, talks to its backend).
    const admin = config.routes.find((r: { route: string }) => r.route === '/admin/*');
    expect(admin.allowedRoles).toEqual(['redakcja']);
    expect(admin.headers['Content-Security-Policy']).toContain("style-src 'self' 'unsafe-inline'");
    // A production build (no CMS_LOCAL_BACKEND_URL) allows no local decap-server.
    expect(admin.headers['Content-Security-Policy']).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(config.responseOverrides['401'].redirect).toMatch(/^\/\.auth\/login\/aad/);
    expect(config.auth.identityProviders.azureActiveDirectory.registration.clientIdSettingName).toBe('AZURE_CLIENT_ID');
  });

  it('gives each forum room to its forum’s role, its secret feed to anyone, and names the roles function', () => {
    const config = json(build.members, 'staticwebapp.config.json');
    type Route = { route: string; allowedRoles?: string[] };
    const at = (route: string) => (config.routes as Route[]).findIndex((r) => r.route === route);
    for (const forum of ['mobilnosc', 'zamowienia-publiczne']) {
      expect(config.routes).toContainEqual({ route: `/pokoje/${forum}/*`, allowedRoles: [`forum-${forum}`] });
      expect(config.routes).toContainEqual({ route: `/pokoje/${forum}/subskrypcja/*`, allowedRoles: ['anonymous'], headers: TOKEN_FEED_HEADERS });
      // SWA uses the first matching route: the open feed must come before the room.
      expect(at(`/pokoje/${forum}/subskrypcja/*`)).toBeLessThan(at(`/pokoje/${forum}/*`));
      expect(at(`/pokoje/${forum}/*`)).toBeLessThan(at('/*'));
    }
    expect(config.auth.rolesSource).toBe('/api/roles');
    expect(config.auth.identityProviders.azureActiveDirectory.registration.openIdIssuer).toBe('https://login.microsoftonline.com/organizations/v2.0');
    expect(config.responseOverrides['403']).toEqual({ rewrite: '/brak-dostepu/index.html', statusCode: 403 });
    expect(config.routes).toContainEqual({ route: '/brak-dostepu/*', allowedRoles: ['anonymous'] });
    // Its stylesheet is open by name; the rest of /_astro/ keeps the login.
    const css = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/.exec(readFileSync(join(build.members, 'brak-dostepu/index.html'), 'utf8'))?.[1];
    expect(config.routes).toContainEqual({ route: css, allowedRoles: ['anonymous'] });
    expect((config.routes as Route[]).some((r) => r.route === '/_astro/*')).toBe(false);
    expect(config.routes).toContainEqual({ route: '/api/auth', allowedRoles: ['redakcja'] });
  });

  it('has a Polish "no access" page that says whom to ask and shows nothing of the members’ site', () => {
    const html = readFileSync(join(build.members, 'brak-dostepu/index.html'), 'utf8');
    expect(html).toContain('<h1>Brak dostępu</h1>');
    expect(html).toContain('href="mailto:dostep@metropolia.example"');
    expect(html).not.toMatch(/kanark/i);
    expect(html).not.toContain('data-urgent');
    expect(existsSync(join(build.public, 'brak-dostepu'))).toBe(false);
  });

  it('sends the security headers from both sites, and the public site needs no login', () => {
    for (const dir of [build.public, build.members]) {
      const headers = json(dir, 'staticwebapp.config.json').globalHeaders;
      expect(headers['Content-Security-Policy']).toContain("default-src 'self'");
      expect(headers['Content-Security-Policy']).toContain("'wasm-unsafe-eval'");
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['Strict-Transport-Security']).toBe('max-age=31536000');
      expect(JSON.stringify(headers)).not.toMatch(/localhost|127\.0\.0\.1/);
    }
    expect(json(build.public, 'staticwebapp.config.json').routes).toEqual([]);
  });

  it('puts a same-origin CSP and referrer policy into every page, for hosts without headers', () => {
    const home = readFileSync(join(build.public, 'index.html'), 'utf8');
    expect(home).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self';[^"]*script-src 'self' 'wasm-unsafe-eval'/);
    expect(home).toContain('<meta name="referrer" content="strict-origin-when-cross-origin">');
  });
});

describe('robots and sitemap', () => {
  it('lets search engines index the public site only', () => {
    expect(readFileSync(join(build.public, 'robots.txt'), 'utf8')).toMatch(/Allow: \/\n\nSitemap: http:\/\/localhost:4321\/sitemap-index\.xml/);
    expect(readFileSync(join(build.members, 'robots.txt'), 'utf8')).toContain('Disallow: /');
    const sitemap = readFileSync(join(build.public, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>http://localhost:4321/dobre-praktyki/wspolne-zakupy-energii/</loc>');
  });
});

describe('nginx snippets (deploy/nginx/, generated)', () => {
  it('are what `npm run gen:nginx` writes from the header and type sources, marked as generated', () => {
    for (const [name, text] of Object.entries(nginxSnippets({}))) {
      expect(readFileSync(join(ROOT, 'deploy/nginx', name), 'utf8'), `deploy/nginx/${name} — uruchom npm run gen:nginx`).toBe(text);
      expect(text.split('\n')[0]).toMatch(/^# Generated from .* — do not edit\.$/);
    }
    expect(readFileSync(join(ROOT, 'deploy/nginx/headers-admin.conf'), 'utf8')).not.toMatch(/localhost|127\.0\.0\.1/);
  });
});

const NGINX = '/usr/sbin/nginx';
const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

/** Runs one of deploy/nginx-*.conf for real on loopback, over a copy of a build, with its includes. */
const startNginx = async (conf: string, site: string, prepare: (root: string, dir: string) => void = () => {}) => {
  if (!existsSync(NGINX)) throw new Error('Brak nginx — zainstaluj: sudo apt-get install -y nginx');
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, 'nginx-'));
  const root = join(dir, 'site');
  cpSync(site, root, { recursive: true });
  prepare(root, dir);
  const port = await freePort();
  const server = readFileSync(join(ROOT, 'deploy', conf), 'utf8')
    .replace(/listen \d+;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/srv\/metropolia\/\w+;/, `root ${root};`)
    .replaceAll('/etc/nginx/metropolia/', `${join(ROOT, 'deploy/nginx')}/`)
    .replaceAll('/etc/nginx/metropolia-members.htpasswd', join(dir, 'htpasswd'))
    .replaceAll('/etc/nginx/metropolia-rooms/', `${join(dir, 'rooms')}/`);
  writeFileSync(join(dir, 'server.conf'), server);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;' : ''} worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
     events {} http { access_log off; ${temp} include ${dir}/server.conf; }`,
  );
  const child = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    if (await fetch(base).then(() => true, () => false)) return { child, base };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`nginx nie wystartował: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
};

/** Every security header with the value the source gives it. */
const expectSecurityHeaders = (res: Response, csp = SECURITY_HEADERS['Content-Security-Policy']) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(res.headers.get(name), name).toBe(name === 'Content-Security-Policy' ? csp : value);
  }
};

describe('nginx for the members site (deploy/nginx-members.conf)', () => {
  let nginx: ChildProcess | undefined;
  let base = '';
  let browser: Browser | undefined;
  const user = { username: 'jan.kowalski', password: 'tajne-haslo' };
  const login = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
  const get = (path: string, auth = true) => fetch(`${base}${path}`, { headers: auth ? { Authorization: login } : {}, redirect: 'manual' });

  beforeAll(async () => {
    const started = await startNginx('nginx-members.conf', build.members, (root, dir) => {
      mkdirSync(join(root, 'kalendarz/subskrypcja/token123'), { recursive: true });
      writeFileSync(join(root, 'kalendarz/subskrypcja/token123/wszystkie.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
      const hash = spawnSync('openssl', ['passwd', '-apr1', user.password], { encoding: 'utf8' }).stdout.trim();
      const annaHash = spawnSync('openssl', ['passwd', '-apr1', 'haslo-anny'], { encoding: 'utf8' }).stdout.trim();
      writeFileSync(join(dir, 'htpasswd'), `${user.username}:${hash}\nanna.nowak:${annaHash}\n`);
      // Rooms: Jan is in the procurement forum, Anna in mobility; nobody yet in the third room.
      mkdirSync(join(dir, 'rooms'));
      writeFileSync(join(dir, 'rooms/zamowienia-publiczne.htpasswd'), `${user.username}:${hash}\n`);
      writeFileSync(join(dir, 'rooms/mobilnosc.htpasswd'), `anna.nowak:${annaHash}\n`);
      writeFileSync(join(dir, 'rooms/forum-kanarkowe.htpasswd'), '');
      mkdirSync(join(root, 'pokoje/mobilnosc/subskrypcja/pokojtoken'), { recursive: true });
      writeFileSync(join(root, 'pokoje/mobilnosc/subskrypcja/pokojtoken/kalendarz.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    });
    nginx = started.child;
    base = started.base;
  });
  afterAll(async () => {
    await browser?.close();
    nginx?.kill();
  });

  it('answers 401 without credentials', async () => {
    const res = await get('/', false);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic/);
    const wrong = await fetch(`${base}/`, { headers: { Authorization: `Basic ${Buffer.from('jan.kowalski:zle').toString('base64')}` } });
    expect(wrong.status).toBe(401);
  });

  it('serves member pages with credentials and every security header, HSTS included', async () => {
    const res = await get('/baza-wiedzy/kanarkowa-notatka/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('KANARKOWY-DOKUMENT');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(res);
    expectSecurityHeaders(await get('/', false));
  });

  it('redirects a path without its trailing slash with a relative Location (the scheme stays https behind TLS)', async () => {
    const res = await get('/kalendarz');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/kalendarz/');
  });

  it('serves secret-token calendar feeds without login, never to be indexed', async () => {
    const res = await get('/kalendarz/subskrypcja/token123/wszystkie.ics', false);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('x-robots-tag')).toBe(TOKEN_FEED_HEADERS['X-Robots-Tag']);
    expectSecurityHeaders(res);
    expect((await get('/kalendarz/', true)).headers.get('x-robots-tag')).toBeNull();
  });

  it('gives each forum room only to the members of that forum', async () => {
    const anna = `Basic ${Buffer.from('anna.nowak:haslo-anny').toString('base64')}`;
    const as = (path: string, auth?: string) => fetch(`${base}${path}`, auth ? { headers: { Authorization: auth } } : {});
    const mobility = '/pokoje/mobilnosc/baza-wiedzy/pokoj-mobilnosc-plan/';
    const procurement = '/pokoje/zamowienia-publiczne/kalendarz/pokoj-zp-narada/';
    expect((await as(mobility)).status).toBe(401);
    const annas = await as(mobility, anna);
    expect(annas.status).toBe(200);
    expect(await annas.text()).toContain('KANARKOWY-POKOJ-MOBILNOSC');
    expect((await as('/pokoje/mobilnosc/pliki/pokojowy-plan.pdf', anna)).status).toBe(200);
    expect((await as(mobility, login)).status).toBe(401);
    expect((await as('/pokoje/mobilnosc/pliki/pokojowy-plan.pdf', login)).status).toBe(401);
    const jans = await as(procurement, login);
    expect(jans.status).toBe(200);
    expect(await jans.text()).toContain('KANARKOWY-POKOJ-ZP');
    expect((await as(procurement, anna)).status).toBe(401);
    expect((await as('/pokoje/forum-kanarkowe/', login)).status).toBe(401);
    // Both still see the members' site outside the rooms.
    expect((await as('/baza-wiedzy/', anna)).status).toBe(200);
  });

  it('serves a room’s secret-token feed without login, never to be indexed', async () => {
    const feed = await get('/pokoje/mobilnosc/subskrypcja/pokojtoken/kalendarz.ics', false);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(feed.headers.get('x-robots-tag')).toBe(TOKEN_FEED_HEADERS['X-Robots-Tag']);
  });

  it('lets crawlers read robots.txt (Disallow: /) without login, as text', async () => {
    const res = await get('/robots.txt', false);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toContain('Disallow: /');
  });

  it('sends the right content type for calendars, feeds, contact cards and the search index', async () => {
    const pagefind = readdirSync(join(build.members, 'pagefind'));
    const meta = pagefind.find((f) => f.endsWith('.pf_meta'));
    const cases: [string, string][] = [
      ['/kalendarz/wszystkie.ics', 'text/calendar; charset=utf-8'],
      ['/rss/aktualnosci.xml', 'application/xml; charset=utf-8'],
      ['/kontakty/jan-probny.vcf', 'text/vcard; charset=utf-8'],
      ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
      ['/pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
      [`/pagefind/${meta}`, 'application/octet-stream'],
      ['/favicon.svg', 'image/svg+xml'],
    ];
    for (const [path, type] of cases) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe(type);
    }
  });

  it('gives the admin its own policy (generated from src/cms/admin-csp.ts, no localhost)', async () => {
    const res = await get('/admin/');
    expect(res.status).toBe(200);
    expectSecurityHeaders(res, adminCsp(cmsOptions({})));
    expect(res.headers.get('content-security-policy')).not.toMatch(/localhost|127\.0\.0\.1/);
    expect((await get('/admin', true)).headers.get('location')).toBe('/admin/');
  });

  it('loads the Decap admin and its configuration in Chromium', async () => {
    browser = await launch();
    const context = await browser.newContext({ httpCredentials: user, locale: 'pl-PL' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${base}/admin/`);
    // Decap shows its sign-in once the configuration is loaded and valid.
    await page.getByRole('button', { name: /GitHub/ }).waitFor({ timeout: 30_000 });
    expect(errors.filter((e) => /EvalError|configuration|konfiguracj|unsafe-eval/i.test(e))).toEqual([]);
    expect(await page.locator('body').innerText()).not.toMatch(/Error loading the CMS configuration|Błąd ładowania konfiguracji/i);
    await context.close();
  });
});

describe('nginx for the public site (deploy/nginx-public.conf)', () => {
  let nginx: ChildProcess | undefined;
  let base = '';
  beforeAll(async () => {
    ({ child: nginx, base } = await startNginx('nginx-public.conf', build.public));
  });
  afterAll(() => {
    nginx?.kill();
  });

  it('serves every page without login, with the same headers as the members site', async () => {
    const res = await fetch(`${base}/dobre-praktyki/wspolne-zakupy-energii/`);
    expect(res.status).toBe(200);
    expectSecurityHeaders(res);
    const robots = await fetch(`${base}/robots.txt`);
    expect(robots.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await robots.text()).toContain('Allow: /');
  });

  it('redirects with a relative Location and answers unknown paths with the 404 page', async () => {
    const res = await fetch(`${base}/faq`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/faq/');
    const missing = await fetch(`${base}/nie-ma-takiej-strony/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<html lang="pl"');
  });
});
