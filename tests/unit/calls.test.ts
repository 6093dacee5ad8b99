import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { callDeadline, callStatus, daysLeft, sortCalls } from '../../src/lib/calls/status.ts';
import { icsCalendar } from '../../src/lib/calendar/ics.ts';
import { parseIcs } from '../helpers/ical.ts';

const call = (id: string, opens: string, closes: string) => ({ id, data: { opens, closes } });

describe('funding call status from its dates', () => {
  it('is announced before the first day, open through the last day, closed after it', () => {
    const d = { opens: '2026-12-01', closes: '2026-12-18' };
    expect(callStatus(d, '2026-11-30')).toBe('zapowiedziany');
    expect(callStatus(d, '2026-12-01')).toBe('otwarty');
    expect(callStatus(d, '2026-12-18')).toBe('otwarty');
    expect(callStatus(d, '2026-12-19')).toBe('zamknięty');
    expect(daysLeft(d, '2026-12-18')).toBe(0);
    expect(daysLeft(d, '2026-11-26')).toBe(22);
  });

  it('lists open calls by closing day, then announced by opening day, then closed, latest first', () => {
    const list = [
      call('zamkniety-stary', '2026-01-01', '2026-03-01'),
      call('zapowiedziany-pozny', '2027-03-01', '2027-04-01'),
      call('otwarty-pozny', '2026-11-01', '2027-02-19'),
      call('zamkniety-nowy', '2026-05-01', '2026-09-30'),
      call('zapowiedziany-wczesny', '2027-01-12', '2027-05-01'),
      call('otwarty-wczesny', '2026-11-02', '2026-12-04'),
    ];
    expect(sortCalls(list, '2026-11-26').map((c) => c.id)).toEqual([
      'otwarty-wczesny',
      'otwarty-pozny',
      'zapowiedziany-wczesny',
      'zapowiedziany-pozny',
      'zamkniety-nowy',
      'zamkniety-stary',
    ]);
  });
});

describe('a call in the calendar', () => {
  it('is an all-day deadline on its closing day with a stable UID and the call page as URL', () => {
    const deadline = callDeadline(
      {
        id: 'fem-retencja',
        data: {
          title: 'FEM 2.4: mała retencja',
          summary: 'Zbiorniki',
          programme: 'FEM 2021–2027',
          funder: 'UMWM',
          applicants: 'Gminy',
          amount: 'do 85%',
          opens: '2026-10-15',
          closes: '2026-12-18',
          link: 'https://www.fundusze.malopolska.pl/nabory/',
          date: '2026-10-09',
          access: 'public',
          forums: ['mobilnosc'],
          tags: [],
        },
      },
      (title) => `Termin naboru: ${title}`,
    );
    const ics = icsCalendar([deadline], {
      name: 'Test',
      siteUrl: 'https://metropolia.example/',
      now: Temporal.Instant.from('2026-11-26T09:00:00Z'),
      subscription: true,
    });
    const [e] = parseIcs(ics).events;
    expect(e?.uid).toBe('nabor-fem-retencja@metropoliakrakowska.pl');
    expect(e?.summary).toBe('Termin naboru: FEM 2.4: mała retencja');
    expect(e?.allDay).toBe(true);
    expect(e?.start).toBe('2026-12-18');
    expect(ics).toContain('URL;VALUE=URI:https://metropolia.example/nabory/fem-retencja/');
  });
});
