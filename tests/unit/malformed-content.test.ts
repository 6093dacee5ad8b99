// Bad input, broadly: tests/fixtures/malformed/ holds malformed content files laid out like a
// content folder. Laid over a copy of the valid fixture, each one either fails the content
// check with its file and field named, or is valid and renders safely (tests/build/
// malformed-content.test.ts builds those). None may crash the check, and none may pass unnamed.
import { cpSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, checkContent } from '../../src/lib/content/node/content-check.ts';
import { copyFixture } from '../../scripts/lib/build-site.ts';
import { EXPECTED, MALFORMED, RENDERS } from '../helpers/malformed.ts';

const malformedFiles = () =>
  readdirSync(MALFORMED, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(MALFORMED, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The fixture with the malformed files laid over it (and `extra` written), checked. */
const check = (extra: Record<string, string | Buffer> = {}) => {
  const dir = copyFixture('malformed');
  made.push(dir);
  cpSync(MALFORMED, dir, { recursive: true });
  for (const [file, data] of Object.entries(extra)) writeFileSync(join(dir, file), data);
  return checkContent(dir).map((p) => ({ ...p, file: relative(dir, join(process.cwd(), p.file)).split('\\').join('/') }));
};

describe('malformed content files', () => {
  const problems = check();

  it('are at least 30, and every one is either named by the check or renders safely', () => {
    const files = malformedFiles();
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.filter((f) => !(f in EXPECTED) && !RENDERS.includes(f))).toEqual([]);
  });

  it.each(Object.entries(EXPECTED))('%s fails the check with file and field named', (file, e) => {
    expect(problems).toContainEqual(expect.objectContaining({ file: e.file ?? file, field: e.field, message: expect.any(String) }));
  });

  it('says every problem in Polish', () => {
    expect(problems.filter((p) => /\b(Invalid|expected|received|Required)\b/.test(p.message))).toEqual([]);
  });

  it('accepts the BOM, CRLF and HTML-in-the-title files (they render, see the build test)', () => {
    expect(problems.filter((p) => RENDERS.includes(p.file))).toEqual([]);
  });

  it('names a 20 MB body and two file names differing only in case', () => {
    const big = `---\ntitle: Ogromna treść\nsummary: x\ndate: 2026-11-01\nforums: [mobilnosc]\n---\n${'Akapit treści. '.repeat(20 * 1024 * 1024 / 15)}\n`;
    expect(big.length).toBeGreaterThan(20 * 1024 * 1024);
    const dup = '---\ntitle: Wielkość liter\nsummary: x\ndate: 2026-11-01\nforums: [mobilnosc]\n---\nTreść.\n';
    // Case twins are made here, not committed: on macOS or Windows they would be one file.
    const found = check({ 'news/ogromna-tresc.md': big, 'news/Duplikat.md': dup, 'news/duplikat.md': dup });
    expect(found).toContainEqual({ file: 'news/ogromna-tresc.md', field: 'body', message: expect.stringContaining(`najwyżej ${MAX_BODY_BYTES / 1024 / 1024} MB`) });
    expect(found).toContainEqual({ file: 'news/duplikat.md', field: 'plik', message: 'ten sam adres co news/Duplikat.md — zmień nazwę jednego z plików' });
  });
});
