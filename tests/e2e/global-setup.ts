// Builds the bundled sample site (public audience) and serves it on a free loopback port for
// the Chromium tests. Chromium is Debian's package; without it the run stops with one line.
import { existsSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDir } from '../../scripts/static-server.ts';
import { CHROMIUM } from '../helpers/browser.ts';
import { ROOT, TMP, buildSite } from '../helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Brak przeglądarki ${CHROMIUM} — zainstaluj ją: sudo apt-get update && sudo apt-get install -y chromium`);
  }
  const outDir = join(TMP, 'e2e', 'public');
  rmSync(outDir, { recursive: true, force: true });
  const build = buildSite({ content: join(ROOT, 'content'), audience: 'public', outDir });
  if (build.status !== 0) throw new Error(`Budowanie strony do testów e2e nie powiodło się:\n${build.output}`);
  const server = await serveDir(outDir, 0);
  project.provide('baseUrl', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return () => new Promise<void>((done) => server.close(() => done()));
}
