// Recurring events: the rule written for calendars, the meetings shown on the site, and the
// editorial checks that stop a badly described series at build time.
import { rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/node/content-check.ts';
import { wallClockInstant } from '../../src/core/dates.ts';
import {
  describeRecurrence,
  isUpcoming,
  nextOccurrence,
  occurrences,
  recurrenceProblem,
  rruleValue,
  skippedStarts,
  type Timing,
} from '../../src/core/recurrence.ts';
import { copyFixture } from '../../scripts/lib/build-site.ts';

/** Monthly, 2nd Tuesday, 10:00–11:30, across the DST change of 28 March 2027. */
const duty: Timing = {
  start: '2026-12-08T10:00',
  end: '2026-12-08T11:30',
  allDay: false,
  recurrence: { frequency: 'co miesiąc', interval: 1, until: '2027-06-30', except: ['2027-01-12'] },
};

describe('recurring events', () => {
  it('writes an RRULE Outlook accepts: BYDAY with the week number, UNTIL in UTC at the end of the last day', () => {
    expect(rruleValue(duty)).toBe('FREQ=MONTHLY;UNTIL=20270630T215959Z;BYDAY=2TU');
    expect(rruleValue({ ...duty, start: '2027-01-28T13:00', end: undefined, recurrence: { ...duty.recurrence!, week: 'ostatni', except: [] } })).toBe(
      'FREQ=MONTHLY;UNTIL=20270630T215959Z;BYDAY=-1TH',
    );
    expect(rruleValue({ ...duty, recurrence: { ...duty.recurrence!, frequency: 'co tydzień', interval: 2 } })).toBe(
      'FREQ=WEEKLY;INTERVAL=2;UNTIL=20270630T215959Z;BYDAY=TU',
    );
    expect(rruleValue({ ...duty, recurrence: undefined })).toBeUndefined();
  });

  it('skips meetings at the start time of the series (what EXDATE must match)', () => {
    expect(skippedStarts(duty)).toEqual(['2027-01-12T10:00']);
  });

  it('keeps 10:00 Warsaw time on both sides of the DST change, without the skipped day', () => {
    const list = occurrences(duty);
    expect(list.map((o) => o.start)).toEqual([
      '2026-12-08T10:00',
      '2027-02-09T10:00',
      '2027-03-09T10:00',
      '2027-04-13T10:00',
      '2027-05-11T10:00',
      '2027-06-08T10:00',
    ]);
    expect(list.every((o) => o.end === `${o.start.slice(0, 10)}T11:30`)).toBe(true);
    // Winter meetings are at 09:00 UTC, summer ones at 08:00 UTC.
    expect(wallClockInstant('2027-03-09T10:00').toString()).toBe('2027-03-09T09:00:00Z');
    expect(wallClockInstant('2027-04-13T10:00').toString()).toBe('2027-04-13T08:00:00Z');
  });

  it('expands a last-Thursday series through months of 4 and 5 Thursdays', () => {
    const last: Timing = { start: '2027-01-28T13:00', end: '2027-01-28T14:00', allDay: false, recurrence: { frequency: 'co miesiąc', interval: 1, week: 'ostatni', until: '2027-06-30', except: [] } };
    expect(occurrences(last).map((o) => o.start.slice(0, 10))).toEqual(['2027-01-28', '2027-02-25', '2027-03-25', '2027-04-29', '2027-05-27', '2027-06-24']);
  });

  it('is upcoming while any meeting is left, and shows the next one', () => {
    const now = Temporal.Instant.from('2026-12-20T12:00:00Z');
    expect(nextOccurrence(duty, now)?.start).toBe('2027-02-09T10:00');
    expect(isUpcoming(duty, now)).toBe(true);
    expect(isUpcoming(duty, Temporal.Instant.from('2027-06-08T10:00:00Z'))).toBe(false);
  });

  it('describes the series in Polish', () => {
    expect(describeRecurrence(duty)).toBe('co miesiąc: 2. wtorek miesiąca, do 30 czerwca 2027');
    expect(describeRecurrence({ ...duty, start: '2027-03-31T10:00', end: undefined, recurrence: { ...duty.recurrence!, week: 'ostatni', except: [] } })).toBe(
      'co miesiąc: ostatnia środa miesiąca, do 30 czerwca 2027',
    );
    expect(describeRecurrence({ ...duty, recurrence: { ...duty.recurrence!, frequency: 'co tydzień', interval: 2 } })).toBe(
      'co 2 tygodnie: wtorek, do 30 czerwca 2027',
    );
  });

  it('finds what is wrong with a series, naming the field', () => {
    const r = duty.recurrence!;
    expect(recurrenceProblem(duty)).toBeUndefined();
    expect(recurrenceProblem({ ...duty, recurrence: { ...r, except: ['2027-01-13'] } })).toEqual({
      path: 'recurrence.except',
      message: 'dzień 2027-01-13 nie jest terminem tego cyklu',
    });
    expect(recurrenceProblem({ ...duty, recurrence: { ...r, week: 'ostatni' } })?.path).toBe('recurrence.week');
    expect(recurrenceProblem({ ...duty, recurrence: { ...r, until: '2026-11-30' } })?.path).toBe('recurrence.until');
    expect(recurrenceProblem({ ...duty, start: '2026-12-08', end: undefined, allDay: true })?.path).toBe('recurrence');
    expect(recurrenceProblem({ ...duty, end: '2026-12-09T11:30' })?.path).toBe('end');
  });
});

describe('content check of recurring events', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

  const check = (frontmatter: string) => {
    const dir = copyFixture('recurrence');
    made.push(dir);
    writeFileSync(
      join(dir, 'events/dyzur-testowy.md'),
      `---\ntitle: Dyżur testowy\ntype: webinar\nstart: "2026-12-08T10:00"\nend: "2026-12-08T11:00"\nforums: [mobilnosc]\n${frontmatter}---\nTreść.\n`,
    );
    return checkContent(dir).map((p) => ({ ...p, file: relative(dir, join(process.cwd(), p.file)) }));
  };

  it('accepts a well-formed series and reports a skipped day that is not a meeting', () => {
    expect(check('recurrence:\n  frequency: co miesiąc\n  until: 2027-06-30\n  except: [2027-01-12]\n')).toEqual([]);
    expect(check('recurrence:\n  frequency: co miesiąc\n  until: 2027-06-30\n  except: [2027-01-13]\n')).toEqual([
      { file: 'events/dyzur-testowy.md', field: 'recurrence.except', message: 'dzień 2027-01-13 nie jest terminem tego cyklu' },
    ]);
  });

  it('rejects an unknown frequency and a missing end of the series', () => {
    const problems = check('recurrence:\n  frequency: co roku\n');
    expect(problems.map((p) => p.field).sort()).toEqual(['recurrence.frequency', 'recurrence.until']);
    expect(problems.find((p) => p.field === 'recurrence.frequency')?.message).toContain('dozwolone: co tydzień, co miesiąc');
  });
});
