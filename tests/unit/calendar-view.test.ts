// The interactive calendar's data: what FullCalendar gets, the forum colours and the filter.
import { describe, expect, it } from 'vitest';
import { matchesFilter } from '../../src/lib/calendar/client/filter.ts';
import { googleLink, offersWebLinks, outlookLink } from '../../src/lib/calendar/add-links.ts';
import { FORUM_COLORS, calendarItems, calendarLegend } from '../../src/lib/calendar/view-data.ts';
import type { IcsEventData } from '../../src/lib/calendar/ics.ts';

const base: IcsEventData = {
  title: 'Posiedzenie Forum Prawa Zamówień Publicznych',
  summary: 'Waloryzacja umów.',
  type: 'posiedzenie forum',
  start: '2026-12-08T10:00',
  end: '2026-12-08T12:30',
  allDay: false,
  location: 'Urząd Miasta i Gminy Skawina',
  online: undefined,
  registration: undefined,
  status: 'planowane',
  movedFrom: undefined,
  revision: 0,
  recurrence: undefined,
  forums: ['zamowienia-publiczne'],
};

/** WCAG relative luminance and contrast ratio. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('calendar data', () => {
  it('gives each forum its own colour with AA contrast for white text', () => {
    const colours = Object.values(FORUM_COLORS);
    expect(new Set(colours).size).toBe(8);
    for (const c of colours) expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(4.5);
  });

  it('starts every item with the forum code, so colour is not the only cue, and explains the codes', () => {
    const [item] = calendarItems([{ id: 'pzp', data: base }]);
    expect(item).toMatchObject({
      id: 'pzp',
      title: 'ZP · Posiedzenie Forum Prawa Zamówień Publicznych',
      start: '2026-12-08T10:00+01:00',
      end: '2026-12-08T12:30+01:00',
      allDay: false,
      url: '/kalendarz/pzp/',
      color: FORUM_COLORS['zamowienia-publiczne'],
      extendedProps: { forums: ['zamowienia-publiczne'], type: 'posiedzenie-forum', cancelled: false },
    });
    expect(calendarLegend([{ slug: 'srodowisko-i-przestrzen', title: 'Forum Środowiska i Przestrzeni' }])).toEqual([
      { slug: 'srodowisko-i-przestrzen', title: 'Forum Środowiska i Przestrzeni', code: 'ŚiP', color: FORUM_COLORS['srodowisko-i-przestrzen'] },
    ]);
  });

  it('shows one item per meeting of a series, in summer time after the DST change', () => {
    const items = calendarItems([
      { id: 'dyzur', data: { ...base, end: '2026-12-08T11:30', recurrence: { frequency: 'co miesiąc', interval: 1, until: '2027-04-30', except: ['2027-01-12'] } } },
    ]);
    expect(items.map((i) => i.start)).toEqual([
      '2026-12-08T10:00+01:00',
      '2027-02-09T10:00+01:00',
      '2027-03-09T10:00+01:00',
      '2027-04-13T10:00+02:00',
    ]);
    expect(new Set(items.map((i) => i.id)).size).toBe(4);
    expect(items.every((i) => i.url === '/kalendarz/dyzur/')).toBe(true);
  });

  it('gives all-day items an exclusive end and marks cancelled ones', () => {
    const [sump] = calendarItems([{ id: 'sump', data: { ...base, start: '2026-12-01', end: '2026-12-21', allDay: true } }]);
    expect(sump).toMatchObject({ start: '2026-12-01', end: '2026-12-22', allDay: true });
    const [off] = calendarItems([{ id: 'x', data: { ...base, status: 'odwołane' } }]);
    expect(off).toMatchObject({ title: 'ZP · ODWOŁANE: Posiedzenie Forum Prawa Zamówień Publicznych', className: 'wydarzenie-odwolane' });
  });

  it('filters by forum and by event type', () => {
    const items = calendarItems([
      { id: 'a', data: base },
      { id: 'b', data: { ...base, forums: ['mobilnosc', 'zamowienia-publiczne'], type: 'szkolenie' } },
      { id: 'c', data: { ...base, forums: ['mobilnosc'], type: 'termin' } },
    ]);
    const ids = (forum: string, type: string) => items.filter((i) => matchesFilter(i, { forum, type })).map((i) => i.id);
    expect(ids('', '')).toEqual(['a', 'b', 'c']);
    expect(ids('mobilnosc', '')).toEqual(['b', 'c']);
    expect(ids('', 'szkolenie')).toEqual(['b']);
    expect(ids('zamowienia-publiczne', 'termin')).toEqual([]);
  });
});

describe('add-to-calendar links', () => {
  const page = 'https://baza.example/kalendarz/pzp/';

  it('fills in Outlook on the web with Warsaw times', () => {
    const url = new URL(outlookLink(base, page));
    expect(url.origin + url.pathname).toBe('https://outlook.office.com/calendar/deeplink/compose');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      subject: 'Posiedzenie Forum Prawa Zamówień Publicznych',
      startdt: '2026-12-08T10:00:00+01:00',
      enddt: '2026-12-08T12:30:00+01:00',
      allday: 'false',
      location: 'Urząd Miasta i Gminy Skawina',
    });
    expect(url.searchParams.get('body')).toContain(page);
    const allDay = new URL(outlookLink({ ...base, start: '2026-12-01', end: '2026-12-21', allDay: true }, page));
    expect([allDay.searchParams.get('startdt'), allDay.searchParams.get('enddt'), allDay.searchParams.get('allday')]).toEqual(['2026-12-01', '2026-12-22', 'true']);
  });

  it('fills in Google Calendar with wall-clock times in Europe/Warsaw', () => {
    const url = new URL(googleLink(base, page));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      action: 'TEMPLATE',
      text: 'Posiedzenie Forum Prawa Zamówień Publicznych',
      dates: '20261208T100000/20261208T123000',
      ctz: 'Europe/Warsaw',
    });
    expect(new URL(googleLink({ ...base, start: '2026-12-01', end: '2026-12-21', allDay: true }, page)).searchParams.get('dates')).toBe('20261201/20261222');
  });

  it('offers them only for single meetings that take place', () => {
    expect(offersWebLinks(base)).toBe(true);
    expect(offersWebLinks({ ...base, status: 'odwołane' })).toBe(false);
    expect(offersWebLinks({ ...base, recurrence: { frequency: 'co tydzień', interval: 1, until: '2027-01-31', except: [] } })).toBe(false);
  });
});

describe('titles that stay readable (issue 15)', () => {
  const base = { id: 'x', data: { title: 'Forum Metropolii 2026', type: 'wydarzenie', start: '2026-12-03T09:30', status: 'planowane', allDay: false, tags: [], access: 'public', agenda: [], decisions: [], revision: 0 } } as unknown as Parameters<typeof calendarItems>[0][number];
  const withForums = (forums: string[]) => calendarItems([{ ...base, data: { ...base.data, forums } } as typeof base])[0]!.title;

  it('names an all-forum event "Wszystkie fora" and a three-forum one by its first code and a count', () => {
    expect(withForums(['inteligentne-zarzadzanie', 'srodowisko-i-przestrzen', 'gospodarka', 'mobilnosc', 'edukacja', 'kultura-czasu-wolnego', 'uslugi-spoleczne', 'zamowienia-publiczne'])).toBe('Wszystkie fora · Forum Metropolii 2026');
    expect(withForums(['mobilnosc', 'edukacja', 'gospodarka'])).toBe('MOB +2 · Forum Metropolii 2026');
    expect(withForums(['mobilnosc', 'edukacja'])).toBe('MOB/EDU · Forum Metropolii 2026');
  });
});
