// `npm run cms` as an editor runs it: decap-server and the members dev server together; the
// admin opens, logs in to the local backend and lists the collections. Ctrl+C stops both.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { ROOT } from '../../scripts/lib/build-site.ts';
import { freePort } from '../helpers/decap-server.ts';
import { COLLECTION_NAMES } from '../../src/schema/collections.ts';

let run: ChildProcess | undefined;
const stop = () => {
  // The runner's own process group: the runner, decap-server and astro dev.
  if (run?.pid && run.exitCode === null) process.kill(-run.pid, 'SIGINT');
};
process.once('exit', stop);
afterAll(stop);

// Astro's dev server listens on "localhost", which may be ::1 only; decap-server on 127.0.0.1.
const listening = (port: number, host = 'localhost') =>
  fetch(`http://${host}:${port}/favicon.svg`, { signal: AbortSignal.timeout(3000) }).then(() => true, () => false);

const outsideVitest = () =>
  Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));

describe('npm run cms', () => {
  it('serves the admin with the local backend, and stops both servers on Ctrl+C', async () => {
    const [decapPort, sitePort] = [await freePort(), await freePort()];
    run = spawn(process.execPath, [join(ROOT, 'scripts/cms.ts')], {
      cwd: ROOT,
      detached: true,
      stdio: 'ignore',
      // As from a terminal: without vitest's variables (Vite changes its behaviour under them).
      env: { ...outsideVitest(), CMS_LOCAL_PORT: String(decapPort), PORT: String(sitePort) },
    });
    const browser = await launch();
    try {
      const page = await browser.newPage();
      page.setDefaultTimeout(100_000);
      for (let i = 0; i < 120 && !(await listening(sitePort)); i++) await new Promise((r) => setTimeout(r, 500));
      expect(run.exitCode, 'npm run cms stopped early').toBeNull();
      await page.goto(`http://localhost:${sitePort}/admin/`);
      await page.getByRole('button', { name: 'Zaloguj się' }).click();
      await page.getByRole('heading', { name: 'Kolekcje' }).waitFor();
      expect(await page.locator('a[data-testid][href^="#/collections/"]').count()).toBe(COLLECTION_NAMES.length);
    } finally {
      await browser.close();
    }
    const exited = new Promise((done) => run!.once('exit', done));
    stop();
    await exited;
    // Both servers close their ports once the command has stopped them.
    await expect.poll(() => listening(sitePort), { timeout: 15_000 }).toBe(false);
    await expect.poll(() => listening(decapPort, '127.0.0.1'), { timeout: 15_000 }).toBe(false);
  }, 240_000);
});
