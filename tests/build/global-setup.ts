// Builds the fixture content folder once per audience for all build tests.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { FIXTURE, TMP, buildSite } from '../../scripts/lib/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureBuild: { public: string; members: string };
  }
}

/** Both builds get it; only the members build may use it (rooms' secret calendar feeds, issue 17). */
export const ROOM_FEED_SECRET = 'pokoje-test-sekret-0123456789';

export default function setup(project: TestProject) {
  const out = join(TMP, 'fixture-build');
  rmSync(out, { recursive: true, force: true });
  const dirs = { public: join(out, 'public'), members: join(out, 'members') };
  for (const audience of ['public', 'members'] as const) {
    const result = buildSite({ content: FIXTURE, audience, outDir: dirs[audience], env: { ROOM_FEED_SECRET } });
    if (result.status !== 0) throw new Error(`Budowanie fixture (${audience}) nie powiodło się:\n${result.output}`);
  }
  project.provide('fixtureBuild', dirs);
}
