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
    expect(config.routes.at(-1)).toEqual({ route: '/*', allowedRoles: ['authenticated'] });
    expect(config.routes).toContainEqual({ route: '/kalendarz/subskrypcja/*', allowedRoles: ['anonymous'] });
    // The admin keeps the login and gets its own policy (Decap injects styles, talks to its backend).
    const admin = config.routes.find((r: { route: string }) => r.route === '/admin/*');
    expect(admin.allowedRoles).toEqual(['authenticated']);
    expect(admin.headers['Content-Security-Policy']).toContain("style-src 'self' 'unsafe-inline'");
    expect(config.responseOverrides['401'].redirect).toMatch(/^\/\.auth\/login\/aad/);
    expect(config.auth.identityProviders.azureActiveDirectory.registration.clientIdSettingName).toBe('AZURE_CLIENT_ID');
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
    writeFileSync(join(dir, 'htpasswd'), `jan.kowalski:${hash}\n`);
    const port = await freePort();
    const server = readFileSync(join(ROOT, 'deploy/nginx-members.conf'), 'utf8')
      .replace(/listen \d+;/, `listen 127.0.0.1:${port};`)
      .replaceAll('/srv/metropolia/members', root)
      .replaceAll('/etc/nginx/metropolia-members.htpasswd', join(dir, 'htpasswd'));
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

  it('serves secret-token calendar feeds without login, as calendar apps need', async () => {
    const res = await fetch(`${base}/kalendarz/subskrypcja/token123/wszystkie.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
  });
});
