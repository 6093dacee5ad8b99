// Page weight (gzip) before search is used: content pages stay within 20 KB of JavaScript and
// 100 KB in all. The calendar page, an interactive tool, shows that the measure sees big scripts.
import { describe, expect, inject, it } from 'vitest';
import { BUDGET, pageWeight } from '../../src/lib/site/node/page-weight.ts';

const dir = inject('fixtureBuild').public;

describe('page weight budget', () => {
  it.each(['/', '/fora/zamowienia-publiczne/', '/baza-wiedzy/wzor-klauzuli-waloryzacyjnej/', '/kontakty/', '/tablica/', '/tagi/pzp/'])(
    '%s ships ≤ 20 KB of JavaScript and ≤ 100 KB in all',
    (path) => {
      const w = pageWeight(dir, path);
      expect(w.html).toBeGreaterThan(1000);
      expect(w.css).toBeGreaterThan(1000);
      expect(w.js).toBeLessThanOrEqual(BUDGET.js);
      expect(w.total).toBeLessThanOrEqual(BUDGET.total);
    },
  );

  it('counts a page’s scripts with their static imports (the calendar loads FullCalendar)', () => {
    const calendar = pageWeight(dir, '/kalendarz/');
    expect(calendar.js).toBeGreaterThan(BUDGET.js);
    expect(calendar.files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(1);
  });
});
