import { describe, expect, it } from 'vitest';
import { isCmsSubject, shownHistory } from '../../src/lib/site/history-display.ts';

describe('entry history as pages show it (issue 15)', () => {
  it('shows a subject only where the CMS wrote it, else "zmiana treści"', () => {
    expect(isCmsSubject('Zmiana wpisu (documents): wzor-klauzuli')).toBe(true);
    expect(isCmsSubject('Fix typo in schema and refactor cards')).toBe(false);
    const h = shownHistory({
      source: 'git',
      lastUpdated: '2026-11-20',
      commits: [
        { date: '2026-11-20', subject: 'Zmiana wpisu (documents): wzor-klauzuli', entryFiles: 1 },
        { date: '2026-10-02', subject: 'Refactor sample content', entryFiles: 1 },
      ],
    });
    expect(h.changes.map((c) => c.text)).toEqual(['Zmiana wpisu (documents): wzor-klauzuli', 'zmiana treści']);
    expect(h.lastUpdated).toBe('2026-11-20');
  });

  it('does not count a bulk commit over many entries as this entry’s update', () => {
    const h = shownHistory(
      { source: 'git', lastUpdated: '2026-11-26', commits: [{ date: '2026-11-26', subject: 'Import sample content', entryFiles: 240 }] },
      '2026-03-15',
    );
    expect(h.lastUpdated).toBe('2026-03-15');
    expect(h.changes).toEqual([]);
  });

  it('takes the later of an own change and the editors’ date', () => {
    const commits = [{ date: '2026-05-01', subject: undefined, entryFiles: 1 }];
    expect(shownHistory({ source: 'git', commits }, '2026-09-09').lastUpdated).toBe('2026-09-09');
    expect(shownHistory({ source: 'git', commits }, '2026-01-09').lastUpdated).toBe('2026-05-01');
  });
});
