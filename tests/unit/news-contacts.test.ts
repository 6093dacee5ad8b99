import { describe, expect, it } from 'vitest';
import { isStale } from '../../src/lib/contacts/rules.ts';
import { isExpired, isUrgentNow } from '../../src/lib/news/rules.ts';

describe('news priority and expiry', () => {
  it('keeps an urgent item on top through its last valid day, then lets it go', () => {
    const n = { priority: 'pilny' as const, expires: '2026-12-05' };
    expect(isUrgentNow(n, '2026-12-05')).toBe(true);
    expect(isUrgentNow(n, '2026-12-06')).toBe(false);
    expect(isExpired(n, '2026-12-06')).toBe(true);
    expect(isUrgentNow({ priority: 'ważny' }, '2026-12-01')).toBe(false);
    expect(isExpired({ priority: 'normalny' }, '2030-01-01')).toBe(false);
  });
});

describe('contact freshness', () => {
  it('flags contacts verified more than 6 months ago', () => {
    expect(isStale('2026-05-26', '2026-11-26')).toBe(false);
    expect(isStale('2026-05-25', '2026-11-26')).toBe(true);
  });
});
