// Builds a content folder with the real Astro build, as `npm run build` does, into a
// temporary output folder under tests/.tmp/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TMP = join(ROOT, 'tests/.tmp');
export const FIXTURE = join(ROOT, 'tests/fixtures/site');
/** Tests pin "now" so that "upcoming" and "expired" do not drift with the calendar. */
export const TEST_NOW = '2026-11-26T09:00:00Z';

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

export const buildSite = (o: {
  content: string;
  audience: 'public' | 'members';
  outDir: string;
  /** Extra environment, e.g. another TZ or CALENDAR_FEED_TOKEN. */
  env?: Record<string, string>;
}): BuildResult => {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--silent'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      // vitest sets NODE_ENV=test, which would give a development bundle (React's, Decap's).
      NODE_ENV: 'production',
      CONTENT_DIR: o.content,
      SITE_AUDIENCE: o.audience,
      OUT_DIR: o.outDir,
      SITE_NOW: TEST_NOW,
      ...o.env,
    },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir: o.outDir };
};

/** A fresh copy of a fixture content folder, to break on purpose. */
export const copyFixture = (name: string, from = FIXTURE): string => {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, `${name}-`));
  cpSync(from, dir, { recursive: true });
  return dir;
};

/** Every file under a folder, recursively. */
export const allFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());

export const readPage = (outDir: string, path: string): string =>
  readFileSync(join(outDir, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : ''), 'utf8');
