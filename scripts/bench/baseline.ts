/**
 * The reference figure of the weekly Bench workflow (bench/baseline.json): how long building both
 * audiences from 1,000 generated entries took when it was recorded, and the rule the job
 * enforces — no more than twice that.
 */
export interface Baseline {
  entries: number;
  /** Wall time of the public plus the members build, in seconds. */
  bothAudiencesSeconds: number;
  measured: string;
  /** 1-minute load average before the recorded run (the machine was shared). */
  load: number;
  cores: number;
}

/** The verdict on a new measurement: within twice the recorded time or not. */
export const compareWithBaseline = (seconds: number, ref: Baseline): { ok: boolean; limit: number; message: string } => {
  const limit = 2 * ref.bothAudiencesSeconds;
  const ok = seconds <= limit;
  return {
    ok,
    limit,
    message: `Budowanie ${ref.entries} wpisów (obie wersje): ${seconds.toFixed(1)} s; limit 2 × ${ref.bothAudiencesSeconds} s = ${limit.toFixed(1)} s — ${ok ? 'w limicie' : 'ponad dwa razy wolniej niż zapisany pomiar'}`,
  };
};
