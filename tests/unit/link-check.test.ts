import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/lib/site/node/link-check.ts';
import { TMP } from '../../scripts/lib/build-site.ts';

describe('internal link check', () => {
  it('reports links to missing pages and files, and accepts existing ones and external links', () => {
    mkdirSync(TMP, { recursive: true });
    const dir = mkdtempSync(join(TMP, 'links-'));
    mkdirSync(join(dir, 'fora/mobilnosc'), { recursive: true });
    mkdirSync(join(dir, 'uploads'));
    writeFileSync(join(dir, 'fora/mobilnosc/index.html'), '<p>forum</p>');
    writeFileSync(join(dir, 'uploads/wzor.pdf'), '%PDF');
    writeFileSync(
      join(dir, 'index.html'),
      '<a href="/fora/mobilnosc/">ok</a> <a href="/fora/mobilnosc/#spotkania">ok</a> <a href="/uploads/wzor.pdf">ok</a>' +
        '<a href="https://example.org/x">external</a> <a href="mailto:a@b.example">mail</a>' +
        '<a href="/fora/edukacja/">missing page</a> <img src="/uploads/brak.pdf" alt="">',
    );
    expect(findBrokenLinks(dir)).toEqual([
      { page: 'index.html', target: '/fora/edukacja/' },
      { page: 'index.html', target: '/uploads/brak.pdf' },
    ]);
  });
});
