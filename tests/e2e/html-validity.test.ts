// Valid HTML on the sample site (the e2e build of content/, both audiences): the W3C Nu validator
// over one page of every page type — the real content has longer bodies, tables and headings
// than the fixture (tests/build/html-validity.test.ts checks every fixture page).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TMP } from '../../scripts/lib/build-site.ts';

const JAVA = process.env['JAVA'] ?? '/usr/bin/java';
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const OUT = join(TMP, 'e2e');

/** One page per type: /baza-wiedzy/a/ and /baza-wiedzy/b/ are one type, so are /strona/2/ and /strona/3/. */
const onePerType = (dir: string): string[] => {
  const byType = new Map<string, string>();
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
  for (const page of pages) {
    const parts = page.split('/');
    const type = parts.length > 2 ? [...parts.slice(0, -2).map((p) => (/^\d+$/.test(p) ? 'N' : p)), '*'].join('/') : page;
    if (!byType.has(type)) byType.set(type, page);
  }
  return [...byType.values()].map((p) => join(dir, p));
};

describe('HTML of the sample site (W3C Nu validator)', () => {
  it('has no errors on any page type of the public and the members site', () => {
    if (!existsSync(JAVA)) throw new Error('Brak Javy — zainstaluj: sudo apt-get install -y default-jre-headless');
    const files = [...onePerType(join(OUT, 'public')), ...onePerType(join(OUT, 'members'))];
    expect(files.length).toBeGreaterThan(40);
    const run = spawnSync(JAVA, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`vnu nie zadziałał: ${run.stderr}`);
    const messages = (JSON.parse(run.stdout) as { messages: { url: string; message: string; lastLine?: number }[] }).messages;
    expect(messages.map((m) => `${relative(OUT, decodeURIComponent(m.url.replace(/^file:/, '')))}:${m.lastLine ?? '?'} ${m.message}`)).toEqual([]);
  }, 180_000);
});
