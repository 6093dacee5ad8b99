// The content check on links between entries in Markdown bodies: a link to an entry that does
// not exist, and a public entry linking a member-only one, are reported with file and field.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/node/content-check.ts';
import { FIXTURE } from '../../../scripts/lib/build-site.ts';

const withBody = (file: string, body: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'body-links-'));
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, file), body);
  return checkContent(dir).filter((p) => p.field === 'treść');
};

const practice = (access: string, body: string) => `---
title: Praktyka z odnośnikami
summary: Krótko.
date: 2026-11-01
municipality: skawina
forums: [mobilnosc]
access: ${access}
---
${body}
`;

describe('body links', () => {
  it('accepts links to existing entries', () => {
    expect(withBody('practices/z-linkami.md', practice('public', 'Wzór jest w [bazie wiedzy](/baza-wiedzy/wzor-klauzuli-waloryzacyjnej/).'))).toEqual([]);
  });

  it('reports a link to an entry that does not exist, naming file and field', () => {
    const problems = withBody('practices/z-linkami.md', practice('public', 'Zobacz [FAQ](/faq/nie-ma-takiego-pytania/) i <a href="/dobre-praktyki/brak/">to</a>.'));
    expect(problems.map((p) => p.file.endsWith('practices/z-linkami.md'))).toEqual([true, true]);
    expect(problems[0]!.message).toContain('/faq/nie-ma-takiego-pytania/');
    expect(problems[1]!.message).toContain('/dobre-praktyki/brak/');
  });

  it('reports a public entry linking a member-only one, but not a member entry doing so', () => {
    const link = 'Notatka: [tutaj](/baza-wiedzy/kanarkowa-notatka/).';
    const problems = withBody('practices/z-linkami.md', practice('public', link));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('tylko dla członków');
    expect(withBody('practices/z-linkami.md', practice('members', link))).toEqual([]);
  });

  it('knows contacts are member-only unless they say otherwise', () => {
    const problems = withBody('practices/z-linkami.md', practice('public', 'Pytaj: [Ewa](/kontakty/ewa-ukryta/).'));
    expect(problems).toHaveLength(1);
  });
});
