import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { formatDay, formatWhen, isoDateTime, notFinished, wallClockInstant, warsawDay } from '../../src/core/dates.ts';

describe('dates in Polish, Europe/Warsaw', () => {
  it('writes days with Polish month names in the genitive', () => {
    expect(formatDay('2026-11-26')).toBe('26 listopada 2026');
    expect(formatDay('2027-03-01')).toBe('1 marca 2027');
  });

  it('describes a timed event with weekday and hours', () => {
    expect(formatWhen('2026-12-08T10:00', '2026-12-08T12:30', false)).toBe('wtorek, 8 grudnia 2026, 10:00–12:30');
  });

  it('describes all-day and multi-day events without hours', () => {
    expect(formatWhen('2026-12-15', undefined, true)).toBe('wtorek, 15 grudnia 2026 (cały dzień)');
    expect(formatWhen('2026-12-08', '2026-12-10', true)).toBe('8–10 grudnia 2026');
    expect(formatWhen('2026-11-30', '2026-12-21', true)).toBe('30 listopada – 21 grudnia 2026');
    expect(formatWhen('2026-12-28', '2027-01-03', true)).toBe('28 grudnia 2026 – 3 stycznia 2027');
  });

  it('keeps wall-clock hours whatever the offset, and gives the right offset on each side of DST', () => {
    expect(isoDateTime('2027-03-27T10:00')).toBe('2027-03-27T10:00+01:00');
    expect(isoDateTime('2027-03-29T10:00')).toBe('2027-03-29T10:00+02:00');
    expect(wallClockInstant('2026-10-26T10:00').toString()).toBe('2026-10-26T09:00:00Z');
  });

  it('knows the Warsaw day even when UTC is still on the previous one', () => {
    expect(warsawDay(Temporal.Instant.from('2026-11-25T23:30:00Z'))).toBe('2026-11-26');
  });

  it('treats an event as upcoming until it ends; a day-only end lasts the whole day', () => {
    const now = Temporal.Instant.from('2026-12-08T11:00:00Z'); // 12:00 in Warsaw
    expect(notFinished('2026-12-08T10:00', '2026-12-08T12:30', now)).toBe(true);
    expect(notFinished('2026-12-08T09:00', '2026-12-08T11:30', now)).toBe(false);
    expect(notFinished('2026-12-01', '2026-12-08', now)).toBe(true);
    expect(notFinished('2026-12-07', undefined, now)).toBe(false);
  });
});
