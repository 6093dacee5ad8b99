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

export default function setup(project: TestProject) {
  const out = join(TMP, 'fixture-build');
  rmSync(out, { recursive: true, force: true });
  const dirs = { public: join(out, 'public'), members: join(out, 'members') };
  for (const audience of ['public', 'members'] as const) {
    const result = buildSite({ content: FIXTURE, audience, outDir: dirs[audience] });
    if (result.status !== 0) throw new Error(`Budowanie fixture (${audience}) nie powiodło się:\n${result.output}`);
  }
  project.provide('fixtureBuild', dirs);
}
