// Git history of entries: a real repository made in a temp dir with fixed commit dates.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyOf, isStaleEntry, parseGitLog, readGitHistory, subjectVisible } from '../../src/lib/content/node/history.ts';

const git = (cwd: string, args: string[], date?: string) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
    cwd,
    env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    encoding: 'utf8',
  });

const repo = () => {
  const root = mkdtempSync(join(tmpdir(), 'historia-'));
  git(root, ['init', '-q']);
  const content = join(root, 'content');
  mkdirSync(join(content, 'calls'), { recursive: true });
  mkdirSync(join(content, 'faq'), { recursive: true });
  writeFileSync(join(content, 'calls/fem.md'), 'v1');
  writeFileSync(join(content, 'faq/pytanie.md'), 'v1');
  git(root, ['add', '.']);
  git(root, ['commit', '-qm', 'Dodano nabór FEM i pytanie'], '2025-03-10T10:00:00+01:00');
  writeFileSync(join(content, 'calls/fem.md'), 'v2');
  git(root, ['commit', '-qam', 'Nabór FEM: przedłużony termin'], '2026-11-20T15:30:00+01:00');
  writeFileSync(join(root, 'README.md'), 'poza treścią');
  git(root, ['add', '.']);
  git(root, ['commit', '-qm', 'README'], '2026-11-21T09:00:00+01:00');
  return content;
};

describe('entry history from Git', () => {
  it('reads one log of the content folder into file → commits, newest first, with fixed dates', () => {
    const map = readGitHistory(repo());
    expect(map.get('calls/fem.md')).toEqual([
      { date: '2026-11-20', subject: 'Nabór FEM: przedłużony termin', files: ['calls/fem.md'] },
      { date: '2025-03-10', subject: 'Dodano nabór FEM i pytanie', files: ['calls/fem.md', 'faq/pytanie.md'] },
    ]);
    expect(map.get('faq/pytanie.md')?.map((c) => c.date)).toEqual(['2025-03-10']);
    // Files outside the content folder are not part of any entry's history.
    expect([...map.keys()].sort()).toEqual(['calls/fem.md', 'faq/pytanie.md']);
  });

  it('gives the last update from Git, else from the `updated` field, else nothing', () => {
    const map = readGitHistory(repo());
    expect(historyOf(map, 'calls/fem.md', '2020-01-01')).toMatchObject({ lastUpdated: '2026-11-20', source: 'git' });
    expect(historyOf(map, 'calls/nowy.md', '2026-05-04')).toEqual({ lastUpdated: '2026-05-04', commits: [], source: 'updated' });
    expect(historyOf(map, 'calls/nowy.md')).toEqual({ commits: [], source: 'none' });
  });

  it('falls back to an empty history outside a Git repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bez-gita-'));
    expect(readGitHistory(dir).size).toBe(0);
  });

  it('parses subjects with separators-like text and empty logs', () => {
    expect(parseGitLog('').size).toBe(0);
    const map = parseGitLog('\x1e2026-01-02T10:00:00+01:00\x1fPoprawka: „cudzysłów” | pionowa kreska\n\nfaq/a.md\n');
    expect(map.get('faq/a.md')?.[0]?.subject).toBe('Poprawka: „cudzysłów” | pionowa kreska');
  });

  it('flags entries not changed for 12 months', () => {
    expect(isStaleEntry('2025-11-25', '2026-11-26')).toBe(true);
    expect(isStaleEntry('2025-11-26', '2026-11-26')).toBe(false);
    expect(isStaleEntry(undefined, '2026-11-26')).toBe(false);
  });

  it('hides a commit subject when the commit also touched an entry or file this build does not show', () => {
    const folders = new Set(['calls', 'faq']);
    const visible = new Set(['calls/fem.md']);
    expect(subjectVisible({ files: ['calls/fem.md'] }, visible, folders)).toBe(true);
    expect(subjectVisible({ files: ['calls/fem.md', 'faq/tajne.md'] }, visible, folders)).toBe(false);
    expect(subjectVisible({ files: ['calls/fem.md', 'uploads-members/notatka.pdf'] }, visible, folders)).toBe(false);
    expect(subjectVisible({ files: ['calls/fem.md', 'uploads/wzor.pdf'] }, visible, folders)).toBe(true);
  });
});
