// Valid HTML: the W3C Nu validator (npm's vnu-jar, run by Debian's Java) over every page of both
// audiences of the fixture build — every page type, public and members. One JVM run checks all
// files at once (its start-up is the slow part).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const build = inject('fixtureBuild');
const JAVA = process.env['JAVA'] ?? '/usr/bin/java';
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

const htmlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

const validate = (files: string[]): VnuMessage[] => {
  if (!existsSync(JAVA)) throw new Error('Brak Javy — zainstaluj: sudo apt-get install -y default-jre-headless');
  const run = spawnSync(JAVA, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`vnu nie zadziałał: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { messages: VnuMessage[] }).messages;
};

describe('HTML of every page (W3C Nu validator)', () => {
  it('has no errors on any page of the public and the members site', () => {
    const files = [...htmlFiles(build.public), ...htmlFiles(build.members)];
    // Every page type of both builds is there: entries, lists, tags, search, admin, 404.
    const rel = files.map((f) => relative(join(build.public, '..'), f));
    for (const page of ['public/index.html', 'public/szukaj/index.html', 'public/404.html', 'members/admin/index.html', 'members/redakcja/index.html']) {
      expect(rel).toContain(page);
    }
    const errors = validate(files).map((m) => `${relative(join(build.public, '..'), decodeURIComponent(m.url.replace(/^file:/, '')))}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
  });
});
