// The benchmark's synthetic content (npm run gen:content) must be content the site accepts —
// the same check the build runs first — and the same for the same seed, or figures measured on
// different days would not compare.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, readFrontmatter } from '../../src/lib/content/node/content-check.ts';
import { FORUM_SLUGS } from '../../src/schema/collections.ts';
import { generateContent } from '../../scripts/gen-content/generate.ts';
import { TMP, allFiles } from '../../scripts/lib/build-site.ts';

const snapshot = (dir: string) =>
  Object.fromEntries(allFiles(dir).map((f) => [f.slice(dir.length), readFileSync(f).toString('base64')]));

describe('gen:content', () => {
  let root: string;
  let first: string;
  beforeAll(() => {
    mkdirSync(TMP, { recursive: true });
    root = mkdtempSync(join(TMP, 'gen-content-'));
    first = join(root, 'a');
    generateContent({ entries: 300, out: first, seed: 7 });
  });

  it('writes a content folder that passes the content check with zero problems', () => {
    expect(checkContent(first).map(formatProblem)).toEqual([]);
  });

  it('writes the requested number of entries, the 8 forums, the 15 gminy and ~30 % member-only', () => {
    const entries = allFiles(first).filter((f) => f.endsWith('.md'));
    expect(entries).toHaveLength(300);
    expect(allFiles(join(first, 'forums')).map((f) => f.split('/').pop()).sort()).toEqual(FORUM_SLUGS.map((s) => `${s}.md`).sort());
    expect(allFiles(join(first, 'municipalities'))).toHaveLength(15);
    const members = entries.filter((f) => (readFrontmatter(readFileSync(f, 'utf8')) as { access: string }).access === 'members');
    expect(members.length / entries.length).toBeGreaterThan(0.2);
    expect(members.length / entries.length).toBeLessThan(0.45);
    expect(allFiles(join(first, 'uploads')).length).toBeGreaterThan(0);
    expect(allFiles(join(first, 'uploads-members')).length).toBeGreaterThan(0);
  });

  it('gives byte-identical output for the same seed, and other content for another seed', () => {
    const again = join(root, 'b');
    const other = join(root, 'c');
    generateContent({ entries: 300, out: again, seed: 7 });
    generateContent({ entries: 300, out: other, seed: 8 });
    expect(snapshot(again)).toEqual(snapshot(first));
    expect(snapshot(other)).not.toEqual(snapshot(first));
  });

  it('refuses to overwrite a folder it did not generate', () => {
    const foreign = join(root, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.md'), 'mine');
    expect(() => generateContent({ entries: 50, out: foreign })).toThrow(/nie został wygenerowany/);
  });
});
