// Host configuration: what the builds tell Azure Static Web Apps, robots and sitemaps, and the
// nginx example for self-hosting the members site, run for real on loopback.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT, TMP } from '../../scripts/lib/build-site.ts';

const build = inject('fixtureBuild');
const json = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

describe('Azure Static Web Apps configuration', () => {
  it('requires sign-in on every members route except the secret-token feeds', () => {
    const config = json(build.members, 'staticwebapp.config.json');
    // Issue 17: the members' site needs the role `czlonek` that the roles function gives.
    expect(config.routes.at(-1)).toEqual({ route: '/*', allowedRoles: ['czlonek'] });
    expect(config.routes).toContainEqual({ route: '/kalendarz/subskrypcja/*', allowedRoles: ['anonymous'] });
    expect(config.routes).toContainEqual({ route: '/robots.txt', allowedRoles: ['anonymous'] });
    // The admin is for editors and gets its own policy (Decap injects styles, talks to its backend).
    const admin = config.routes.find((r: { route: string }) => r.route === '/admin/*');
    expect(admin.allowedRoles).toEqual(['redakcja']);
    expect(admin.headers['Content-Security-Policy']).toContain("style-src 'self' 'unsafe-inline'");
    expect(config.responseOverrides['401'].redirect).toMatch(/^\/\.auth\/login\/aad/);
    expect(config.auth.identityProviders.azureActiveDirectory.registration.clientIdSettingName).toBe('AZURE_CLIENT_ID');
  });

  it('gives each forum room to its forum’s role, its secret feed to anyone, and names the roles function', () => {
    const config = json(build.members, 'staticwebapp.config.json');
    type Route = { route: string; allowedRoles?: string[] };
    const at = (route: string) => (config.routes as Route[]).findIndex((r) => r.route === route);
    for (const forum of ['mobilnosc', 'zamowienia-publiczne']) {
      expect(config.routes).toContainEqual({ route: `/pokoje/${forum}/*`, allowedRoles: [`forum-${forum}`] });
      expect(config.routes).toContainEqual({ route: `/pokoje/${forum}/subskrypcja/*`, allowedRoles: ['anonymous'] });
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

describe('nginx example for the members site (deploy/nginx-members.conf)', () => {
  const NGINX = '/usr/sbin/nginx';
  let nginx: ChildProcess | undefined;
  let base = '';
  const login = `Basic ${Buffer.from('jan.kowalski:tajne-haslo').toString('base64')}`;

  const freePort = () =>
    new Promise<number>((done) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => done(port));
      });
    });

  beforeAll(async () => {
    if (!existsSync(NGINX)) throw new Error('Brak nginx — zainstaluj: sudo apt-get install -y nginx');
    mkdirSync(TMP, { recursive: true });
    const dir = mkdtempSync(join(TMP, 'nginx-'));
    const root = join(dir, 'members');
    cpSync(build.members, root, { recursive: true });
    mkdirSync(join(root, 'kalendarz/subskrypcja/token123'), { recursive: true });
    writeFileSync(join(root, 'kalendarz/subskrypcja/token123/wszystkie.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const hash = spawnSync('openssl', ['passwd', '-apr1', 'tajne-haslo'], { encoding: 'utf8' }).stdout.trim();
    const annaHash = spawnSync('openssl', ['passwd', '-apr1', 'haslo-anny'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(join(dir, 'htpasswd'), `jan.kowalski:${hash}\nanna.nowak:${annaHash}\n`);
    // Rooms: Jan is in the procurement forum, Anna in mobility; nobody yet in the third room.
    mkdirSync(join(dir, 'rooms'));
    writeFileSync(join(dir, 'rooms/zamowienia-publiczne.htpasswd'), `jan.kowalski:${hash}\n`);
    writeFileSync(join(dir, 'rooms/mobilnosc.htpasswd'), `anna.nowak:${annaHash}\n`);
    writeFileSync(join(dir, 'rooms/forum-kanarkowe.htpasswd'), '');
    mkdirSync(join(root, 'pokoje/mobilnosc/subskrypcja/pokojtoken'), { recursive: true });
    writeFileSync(join(root, 'pokoje/mobilnosc/subskrypcja/pokojtoken/kalendarz.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const port = await freePort();
    const server = readFileSync(join(ROOT, 'deploy/nginx-members.conf'), 'utf8')
      .replace(/listen \d+;/, `listen 127.0.0.1:${port};`)
      .replaceAll('/srv/metropolia/members', root)
      .replaceAll('/etc/nginx/metropolia-members.htpasswd', join(dir, 'htpasswd'))
      .replaceAll('/etc/nginx/metropolia-rooms/', `${join(dir, 'rooms')}/`);
    writeFileSync(join(dir, 'server.conf'), server);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join(' ');
    writeFileSync(
      join(dir, 'nginx.conf'),
      `${process.getuid?.() === 0 ? 'user root;' : ''} worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
       events {} http { access_log off; ${temp} include ${dir}/server.conf; }`,
    );
    nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 50; i++) {
      if (await fetch(base).then(() => true, () => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`nginx nie wystartował: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
  });
  afterAll(() => {
    nginx?.kill();
  });

  it('answers 401 without credentials', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic/);
  });

  it('serves member pages with credentials, with the security headers', async () => {
    const res = await fetch(`${base}/baza-wiedzy/kanarkowa-notatka/`, { headers: { Authorization: login } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('KANARKOWY-DOKUMENT');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const wrong = await fetch(`${base}/`, { headers: { Authorization: `Basic ${Buffer.from('jan.kowalski:zle').toString('base64')}` } });
    expect(wrong.status).toBe(401);
  });

  it('gives each forum room only to the members of that forum', async () => {
    const anna = `Basic ${Buffer.from('anna.nowak:haslo-anny').toString('base64')}`;
    const get = (path: string, auth?: string) => fetch(`${base}${path}`, auth ? { headers: { Authorization: auth } } : {});
    const mobility = '/pokoje/mobilnosc/baza-wiedzy/pokoj-mobilnosc-plan/';
    const procurement = '/pokoje/zamowienia-publiczne/kalendarz/pokoj-zp-narada/';
    expect((await get(mobility)).status).toBe(401);
    const annas = await get(mobility, anna);
    expect(annas.status).toBe(200);
    expect(await annas.text()).toContain('KANARKOWY-POKOJ-MOBILNOSC');
    expect((await get('/pokoje/mobilnosc/pliki/pokojowy-plan.pdf', anna)).status).toBe(200);
    expect((await get(mobility, login)).status).toBe(401);
    expect((await get('/pokoje/mobilnosc/pliki/pokojowy-plan.pdf', login)).status).toBe(401);
    const jans = await get(procurement, login);
    expect(jans.status).toBe(200);
    expect(await jans.text()).toContain('KANARKOWY-POKOJ-ZP');
    expect((await get(procurement, anna)).status).toBe(401);
    expect((await get('/pokoje/forum-kanarkowe/', login)).status).toBe(401);
    // Both still see the members' site outside the rooms.
    expect((await get('/baza-wiedzy/', anna)).status).toBe(200);
  });

  it('serves a room’s secret-token feed and robots.txt without login', async () => {
    const feed = await fetch(`${base}/pokoje/mobilnosc/subskrypcja/pokojtoken/kalendarz.ics`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect((await fetch(`${base}/robots.txt`)).status).toBe(200);
  });

  it('serves secret-token calendar feeds without login, as calendar apps need', async () => {
    const res = await fetch(`${base}/kalendarz/subskrypcja/token123/wszystkie.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
  });
});
