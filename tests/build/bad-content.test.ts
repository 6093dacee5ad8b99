// A wrong entry must stop the real build with the file and the field named.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture } from '../../scripts/lib/build-site.ts';

describe('a build with bad content', () => {
  it('fails and names the file and the field of every problem', () => {
    const dir = copyFixture('bad-build');
    const edit = (file: string, from: string, to: string) =>
      writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(from, to));
    edit('contacts/ola-testowa.md', 'o.testowa@smk.example', 'o.testowa-smk');
    edit('events/posiedzenie-pzp-grudzien.md', '"2026-12-08T12:30"', '"2026-12-07T12:30"');

    const result = buildSite({ content: dir, audience: 'public', outDir: join(dir, '..', 'bad-build-out') });

    expect(result.status).not.toBe(0);
    expect(result.output).toContain('contacts/ola-testowa.md — pole „email”: niepoprawny adres e-mail');
    expect(result.output).toContain('events/posiedzenie-pzp-grudzien.md — pole „end”: koniec (2026-12-07T12:30) jest przed początkiem');
  });
});
