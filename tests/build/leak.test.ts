// Member-only content must never reach the public site. The fixture has a member-only entry
// with a canary string ("KANARKOW…") in every collection, plus a member-only attachment; every
// file of the public build is scanned for it — names, text, binary and gzip-compressed data.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { TMP } from '../../scripts/lib/build-site.ts';
import { findCanaries } from '../helpers/leaks.ts';

const build = inject('fixtureBuild');
const CANARIES = [
  'KANARKOWY-FORUM',
  'KANARKOWA-GMINA',
  'KANARKOWY-KONTAKT',
  'KANARKOWA-PRAKTYKA',
  'KANARKOWY-DOKUMENT',
  'KANARKOWE-PYTANIE',
  'KANARKOWE-WYDARZENIE',
  'KANARKOWE-OGLOSZENIE',
  'KANARKOWY-PLIK',
  'KANARKOWY-NABOR',
  'KANARKOWY-PROJEKT',
  'KANARKOWE-DANE',
];

describe('the public build', () => {
  it('contains no trace of member-only entries or files', () => {
    expect(findCanaries(build.public, 'kanark')).toEqual([]);
  });

  it('while the members build has every canary (so the scan can see them)', () => {
    for (const canary of CANARIES) {
      expect(findCanaries(build.members, canary).length, canary).toBeGreaterThan(0);
    }
  });
});

describe('the canary scan', () => {
  it('finds a canary in a file name, in text, in binary data and inside gzip', () => {
    const dir = mkdtempSync(join((mkdirSync(TMP, { recursive: true }), TMP), 'scan-'));
    writeFileSync(join(dir, 'clean.html'), '<p>nic tu nie ma</p>');
    writeFileSync(join(dir, 'text.html'), '<p>Kanarkowy-Dokument</p>');
    writeFileSync(join(dir, 'binary.pdf'), Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from('KANARKOWY-PLIK')]));
    writeFileSync(join(dir, 'index.pf_fragment'), gzipSync('{"content":"kanarkowe-pytanie"}'));
    mkdirSync(join(dir, 'kanarkowa-praktyka'));
    writeFileSync(join(dir, 'kanarkowa-praktyka', 'index.html'), 'x');
    expect(findCanaries(dir, 'kanark').sort()).toEqual(
      ['binary.pdf', 'index.pf_fragment', 'kanarkowa-praktyka/index.html', 'text.html'].sort(),
    );
  });
});
