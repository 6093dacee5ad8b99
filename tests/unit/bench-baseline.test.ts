// The weekly Bench workflow fails when building 1,000 entries takes more than twice the figure
// recorded in bench/baseline.json; the recorded file must be readable by that rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithBaseline, type Baseline } from '../../scripts/bench/baseline.ts';
import { ROOT } from '../../scripts/lib/build-site.ts';

const ref: Baseline = { entries: 1000, bothAudiencesSeconds: 30, measured: '2026-11-26T07:00:00Z', load: 6, cores: 2 };

describe('bench baseline', () => {
  it('passes a build up to twice the recorded time and fails one beyond it', () => {
    expect(compareWithBaseline(59.9, ref).ok).toBe(true);
    expect(compareWithBaseline(60, ref).ok).toBe(true);
    expect(compareWithBaseline(60.1, ref)).toMatchObject({ ok: false, limit: 60 });
  });

  it('is recorded in bench/baseline.json for 1,000 entries', () => {
    const recorded = JSON.parse(readFileSync(join(ROOT, 'bench/baseline.json'), 'utf8')) as Baseline;
    expect(recorded.entries).toBe(1000);
    expect(recorded.bothAudiencesSeconds).toBeGreaterThan(0);
  });
});
