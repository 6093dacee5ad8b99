// Counts on pages agree with their nouns ("1 wynik", "2 wyniki", "5 wyników", "22 wyniki", "12 wyników").
import { describe, expect, it } from 'vitest';
import { tc } from '../../src/i18n/pl.ts';

describe('a counted phrase', () => {
  it('takes the singular for one', () => {
    expect(tc('count.results', 1)).toBe('1 wynik');
  });
  it('takes the "few" form for 2–4 and for 22–24, 32–34 …, but not for 12–14', () => {
    expect([2, 3, 4, 22, 34, 102].map((n) => tc('count.results', n))).toEqual([
      '2 wyniki', '3 wyniki', '4 wyniki', '22 wyniki', '34 wyniki', '102 wyniki',
    ]);
    expect([12, 13, 14].map((n) => tc('count.results', n))).toEqual(['12 wyników', '13 wyników', '14 wyników']);
  });
  it('takes the "many" form for 0, 5–21 and 25', () => {
    expect([0, 5, 11, 21, 25].map((n) => tc('count.entries', n))).toEqual([
      '0 wpisów', '5 wpisów', '11 wpisów', '21 wpisów', '25 wpisów',
    ]);
  });
  it('writes thousands the Polish way', () => {
    expect(tc('count.entries', 1234)).toBe('1234 wpisy');
    expect(tc('count.entries', 12345)).toBe('12\u00a0345 wpisów'); // a non-breaking space keeps the number whole
  });
});
