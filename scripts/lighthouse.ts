// `npm run lighthouse`: Lighthouse 12.2.3 (mobile) on the home page, a forum page and an entry
// page of the built public site, with Debian's chromium; prints the four category scores.
// Lighthouse is installed on demand into .tools/lighthouse/ (≈110 MB), not with the project's dependencies.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serveDir } from './static-server.ts';

const execFileAsync = promisify(execFile);
const VERSION = '12.2.3';
// Its own prefix: an npm install into .tools/ would prune the Node installed there by .ci/run.
const prefix = '.tools/lighthouse';
const bin = `${prefix}/node_modules/.bin/lighthouse`;
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/fora/zamowienia-publiczne/', '/baza-wiedzy/wzor-klauzuli-waloryzacyjnej/'];

if (!existsSync('dist/public/index.html')) throw new Error('Najpierw zbuduj stronę: npm run build');
if (!existsSync(bin)) {
  console.log(`Instaluję lighthouse@${VERSION} do .tools/ …`);
  spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `lighthouse@${VERSION}`], { stdio: 'inherit' });
}

const server = await serveDir('dist/public', 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
// --disable-dev-shm-usage: Lighthouse's Chrome crashed ("Target closed") on the small /dev/shm here.
const flags = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
console.log(`Lighthouse ${VERSION}, mobile, ${chromium}\n`);
console.log('strona'.padEnd(48), 'wydajność  dostępność  dobre praktyki  SEO');
for (const path of pages) {
  // Asynchronous: the site is served from this same process and must keep answering.
  const run = await execFileAsync(bin, [
    base + path, '--quiet', '--output=json', '--output-path=stdout', `--chrome-path=${chromium}`, `--chrome-flags=${flags}`,
    '--only-categories=performance,accessibility,best-practices,seo',
  ], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const { categories } = JSON.parse(run.stdout) as { categories: Record<string, { score: number }> };
  const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(5);
  console.log(path.padEnd(48), score('performance'), '     ', score('accessibility'), '     ', score('best-practices'), '         ', score('seo'));
}
server.close();
