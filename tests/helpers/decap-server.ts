// decap-server (the local backend of Decap CMS) on a free loopback port, writing into a
// throwaway "repository" folder — never into this repository's content/.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/build-site.ts';

/** A port nobody listens on right now (the OS picks it). */
export const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

export interface DecapServer {
  url: string;
  stop: () => Promise<void>;
}

/** Starts decap-server for `repoDir` (paths in the CMS config are relative to it). */
export const startDecapServer = async (repoDir: string, port: number): Promise<DecapServer> => {
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    // cwd = the repo folder, so decap-server's dotenv never reads this project's .env.
    cwd: repoDir,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const killOnExit = () => child.kill();
  process.once('exit', killOnExit);
  const url = `http://127.0.0.1:${port}/api/v1`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`decap-server zakończył działanie (kod ${child.exitCode})`);
    const ok = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error('decap-server nie odpowiada');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise((done) => {
        process.off('exit', killOnExit);
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill();
      }),
  };
};
