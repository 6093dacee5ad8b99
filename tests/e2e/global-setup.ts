// Builds the bundled sample site for both audiences and serves each on a free loopback port
// for the Chromium tests: `inject('baseUrl')` is the public site, `inject('membersUrl')` the
// members' site. Chromium is Debian's package; without it the run stops with one line.
import { existsSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDir } from '../../scripts/static-server.ts';
import { CHROMIUM } from '../../scripts/lib/browser.ts';
import { ROOT, TMP, buildSite } from '../../scripts/lib/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    membersUrl: string;
  }
}

const buildAndServe = async (audience: 'public' | 'members'): Promise<Server> => {
  const outDir = join(TMP, 'e2e', audience);
  rmSync(outDir, { recursive: true, force: true });
  const build = buildSite({ content: join(ROOT, 'content'), audience, outDir });
  if (build.status !== 0) throw new Error(`Budowanie strony (${audience}) do testów e2e nie powiodło się:\n${build.output}`);
  return serveDir(outDir, 0);
};

const url = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Brak przeglądarki ${CHROMIUM} — zainstaluj ją: sudo apt-get update && sudo apt-get install -y chromium`);
  }
  const servers = [await buildAndServe('public'), await buildAndServe('members')];
  project.provide('baseUrl', url(servers[0]!));
  project.provide('membersUrl', url(servers[1]!));
  return () => Promise.all(servers.map((s) => new Promise<void>((done) => s.close(() => done())))).then(() => undefined);
}
