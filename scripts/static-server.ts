// A static file server for a built site (local preview and e2e tests), with the site's 404 page.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

export const serveDir = (dir: string, port: number, host = '127.0.0.1'): Promise<Server> => {
  const files = sirv(dir, {
    dev: false,
    etag: true,
    extensions: ['html'],
    // sirv's type table has no .vcf; contact cards must say what they are to open in Outlook.
    setHeaders: (res, pathname) => {
      if (pathname.endsWith('.vcf')) res.setHeader('Content-Type', 'text/vcard; charset=utf-8');
    },
  });
  const server = createServer((req, res) =>
    files(req, res, () => {
      // sirv has no 404 page of its own: answer with the site's 404.html.
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(readFileSync(`${dir}/404.html`));
    }),
  );
  return new Promise((done) => server.listen(port, host, () => done(server)));
};
