// The local preview server: the members preview says on every page that it has no login, both
// send the hosts' security headers, and unknown addresses get the site's 404 page.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveDir } from '../../scripts/static-server.ts';
import { TMP } from '../../scripts/lib/build-site.ts';

mkdirSync(TMP, { recursive: true });
const dir = mkdtempSync(join(TMP, 'serve-'));
mkdirSync(join(dir, 'fora'));
writeFileSync(join(dir, 'index.html'), '<html><body class="x"><h1>Start</h1></body></html>');
writeFileSync(join(dir, 'fora', 'index.html'), '<html><body><h1>Fora</h1></body></html>');
writeFileSync(join(dir, '404.html'), '<html><body><h1>Nie znaleziono strony</h1></body></html>');

const servers = await Promise.all([serveDir(dir, 0), serveDir(dir, 0, { banner: 'Podgląd lokalny — bez logowania' })]);
afterAll(() => servers.forEach((s) => s.close()));
const [plain, members] = servers.map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`);

describe('local preview server', () => {
  it('shows the no-login banner on every members page, right after <body>', async () => {
    for (const path of ['/', '/fora/', '/fora']) {
      const html = await (await fetch(members + path)).text();
      expect(html, path).toMatch(/<body[^>]*><p class="preview-banner" role="note">Podgląd lokalny — bez logowania<\/p><h1>/);
    }
    expect(await (await fetch(`${plain}/`)).text()).not.toContain('preview-banner');
  });

  it('sends the security headers and answers unknown paths with the 404 page', async () => {
    const ok = await fetch(`${plain}/`);
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'self'");
    const missing = await fetch(`${members}/nie-ma/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Nie znaleziono strony');
  });
});
