// A static file server for a built site (local preview and e2e tests): the site's 404 page, the
// same security headers as the hosts, and optionally a banner injected into every HTML page
// (the members preview says it has no login).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import sirv from 'sirv';
import { SECURITY_HEADERS } from '../src/lib/site/security-headers.ts';

/** The HTML file a URL path would be served from, if any (directory index or page.html). */
const htmlFileFor = (dir: string, url: string): string | undefined => {
  const path = normalize(decodeURIComponent(url.split('?')[0] ?? '/')).replace(/^([/\\]\.\.)+/, '');
  const candidates = path.endsWith('/') ? [`${path}index.html`] : path.endsWith('.html') ? [path] : [`${path}.html`, `${path}/index.html`];
  return candidates.map((c) => join(dir, c)).find((f) => existsSync(f) && statSync(f).isFile());
};

/** The admin (Decap CMS) carries its own policy in its page; the site's header would block it. */
const headersFor = (path: string): Record<string, string> => {
  if (!path.startsWith('/admin/')) return SECURITY_HEADERS;
  const { ['Content-Security-Policy']: _, ...rest } = SECURITY_HEADERS;
  return rest;
};

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export const serveDir = (dir: string, port: number, o: { host?: string; banner?: string } = {}): Promise<Server> => {
  const files = sirv(dir, {
    dev: false,
    etag: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      for (const [name, value] of Object.entries(headersFor(pathname))) res.setHeader(name, value);
      // sirv's type table has no .vcf; contact cards must say what they are to open in Outlook.
      if (pathname.endsWith('.vcf')) res.setHeader('Content-Type', 'text/vcard; charset=utf-8');
    },
  });
  const server = createServer((req, res) => {
    const html = o.banner ? htmlFileFor(dir, req.url ?? '/') : undefined;
    if (html && o.banner) {
      const banner = `<p class="preview-banner" role="note">${escapeHtml(o.banner)}</p>`;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...headersFor(req.url ?? '/') });
      res.end(readFileSync(html, 'utf8').replace(/<body[^>]*>/, (body) => body + banner));
      return;
    }
    files(req, res, () => {
      // sirv has no 404 page of its own: answer with the site's 404.html.
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...SECURITY_HEADERS });
      res.end(readFileSync(join(dir, '404.html')));
    });
  });
  return new Promise((done) => server.listen(port, o.host ?? '127.0.0.1', () => done(server)));
};
