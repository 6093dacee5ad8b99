// The .ics files as a calendar program reads them: every test parses the output with ical.js
// (an independent parser) and checks what Outlook would show.
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  calendarFiles,
  eventUid,
  feedToken,
  icsCalendar,
  type IcsEvent,
  type IcsEventData,
} from '../../src/lib/calendar/ics.ts';
import { parseIcs } from '../helpers/ical.ts';
import { MEMBER_FEED_PREFIX } from '../../src/lib/content/access.ts';

const base: IcsEventData = {
  title: 'Posiedzenie Forum Prawa Zamówień Publicznych',
  summary: 'Waloryzacja umów i przegląd orzecznictwa.',
  type: 'posiedzenie forum',
  start: '2026-12-08T10:00',
  end: '2026-12-08T12:30',
  allDay: false,
  location: 'Urząd Miasta i Gminy Skawina, sala sesyjna',
  online: 'https://teams.microsoft.com/l/meetup-join/test',
  registration: undefined,
  status: 'planowane',
  movedFrom: undefined,
  revision: 0,
  recurrence: undefined,
  forums: ['zamowienia-publiczne'],
};
const ev = (id: string, data: Partial<IcsEventData> = {}): IcsEvent => ({ id, data: { ...base, ...data } });
const now = Temporal.Instant.from('2026-11-26T09:00:00Z');
const options = { name: 'Metropolia Krakowska — wszystkie wydarzenia', siteUrl: 'https://baza.example', now, subscription: true };

const events = [
  ev('posiedzenie-pzp-grudzien'),
  ev('konsultacje-sump', { title: 'Konsultacje SUMP', type: 'konsultacje', start: '2026-12-01', end: '2026-12-21', allDay: true, location: undefined, online: undefined }),
  ev('spotkanie-odwolane', { title: 'Spotkanie robocze transportu', start: '2026-12-15T09:00', end: '2026-12-15T11:00', status: 'odwołane' }),
  ev('forum-przeniesione', { start: '2026-12-15T10:00', end: '2026-12-15T13:00', status: 'przeniesione', movedFrom: '2026-12-08T10:00', revision: 1 }),
  ev('dyzur-ekodoradcow', {
    title: 'Dyżur online ekodoradców',
    start: '2026-12-08T10:00',
    end: '2026-12-08T11:30',
    recurrence: { frequency: 'co miesiąc', interval: 1, until: '2027-06-30', except: ['2027-01-12'] },
  }),
];
const text = icsCalendar(events, options);
const cal = parseIcs(text);
const byUid = (slug: string) => cal.events.find((e) => e.uid === eventUid(slug))!;

describe('an iCalendar feed', () => {
  it('names the calendar in Polish and asks subscribers to refresh it', () => {
    expect(cal.props['X-WR-CALNAME']).toBe('Metropolia Krakowska — wszystkie wydarzenia');
    expect(cal.props['REFRESH-INTERVAL']).toBe('PT6H');
    expect(cal.props['X-PUBLISHED-TTL']).toBe('PT6H');
    expect(cal.props['METHOD']).toBe('PUBLISH');
  });

  it('carries a generated VTIMEZONE for Europe/Warsaw and wall-clock times with its TZID', () => {
    expect(cal.timezones).toEqual(['Europe/Warsaw']);
    const meeting = byUid('posiedzenie-pzp-grudzien');
    expect(meeting.start).toBe('2026-12-08T10:00:00 Europe/Warsaw');
    expect(meeting.end).toBe('2026-12-08T12:30:00 Europe/Warsaw');
    expect(meeting.startUtc).toBe('2026-12-08T09:00:00.000Z');
    expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20261208T100000\r\n');
    expect(text).toMatch(/DTSTAMP:20261126T090000Z\r\n/);
  });

  it('writes all-day items with DTEND the day after the last day', () => {
    const sump = byUid('konsultacje-sump');
    expect(sump.allDay).toBe(true);
    expect(sump.start).toBe('2026-12-01');
    expect(sump.end).toBe('2026-12-22');
    expect(text).toContain('DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261222\r\n');
  });

  it('keeps a stable UID from the file name and raises SEQUENCE when an event moves or is cancelled', () => {
    expect(byUid('posiedzenie-pzp-grudzien').uid).toBe('posiedzenie-pzp-grudzien@metropoliakrakowska.pl');
    expect(byUid('posiedzenie-pzp-grudzien').sequence).toBe(0);
    expect(byUid('forum-przeniesione').sequence).toBe(2);
    expect(byUid('spotkanie-odwolane').sequence).toBe(1);
  });

  it('marks a cancelled event CANCELLED with "ODWOŁANE" first, and does not remind of it', () => {
    const cancelled = byUid('spotkanie-odwolane');
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.summary).toBe('ODWOŁANE: Spotkanie robocze transportu');
    expect(cancelled.alarms).toEqual([]);
    expect(byUid('posiedzenie-pzp-grudzien').status).toBe('CONFIRMED');
  });

  it('reminds a day before with exactly one display alarm, written after all other properties', () => {
    for (const slug of ['posiedzenie-pzp-grudzien', 'konsultacje-sump', 'forum-przeniesione', 'dyzur-ekodoradcow']) {
      expect(byUid(slug).alarms, slug).toEqual([{ action: 'DISPLAY', trigger: '-P1D' }]);
    }
    const blocks = text.split('BEGIN:VEVENT').slice(1);
    for (const block of blocks.filter((b) => b.includes('BEGIN:VALARM'))) {
      expect(block.trimEnd()).toMatch(/END:VALARM\r\nEND:VEVENT(\r\nX-WR-TIMEZONE:Europe\/Warsaw\r\nEND:VCALENDAR)?$/);
    }
  });

  it('repeats a monthly series at 10:00 Warsaw time across the DST change, skipping EXDATE', () => {
    expect(text).toContain('RRULE:FREQ=MONTHLY;UNTIL=20270630T215959Z;BYDAY=2TU\r\n');
    expect(text).toContain('EXDATE;TZID=Europe/Warsaw:20270112T100000\r\n');
    const duty = byUid('dyzur-ekodoradcow');
    expect(duty.occurrencesWall()).toEqual([
      '2026-12-08T10:00:00',
      '2027-02-09T10:00:00',
      '2027-03-09T10:00:00',
      '2027-04-13T10:00:00',
      '2027-05-11T10:00:00',
      '2027-06-08T10:00:00',
    ]);
    // Before the change Warsaw is UTC+1, after it UTC+2.
    expect(duty.occurrencesUtc()).toEqual([
      '2026-12-08T09:00:00.000Z',
      '2027-02-09T09:00:00.000Z',
      '2027-03-09T09:00:00.000Z',
      '2027-04-13T08:00:00.000Z',
      '2027-05-11T08:00:00.000Z',
      '2027-06-08T08:00:00.000Z',
    ]);
  });

  it('describes the event with its online link and its page', () => {
    expect(text.replace(/\r\n /g, '')).toContain(
      'DESCRIPTION:Waloryzacja umów i przegląd orzecznictwa.\\nSpotkanie online: https://teams.microsoft.com/l/meetup-join/test\\nSzczegóły i materiały: https://baza.example/kalendarz/posiedzenie-pzp-grudzien/',
    );
    expect(text).toContain('LOCATION:Urząd Miasta i Gminy Skawina\\, sala sesyjna\r\n');
  });

  it('folds long lines to at most 75 octets', () => {
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  });
});

describe('the files of a build', () => {
  const forums = [
    { slug: 'mobilnosc', title: 'Forum Zrównoważonego Transportu' },
    { slug: 'zamowienia-publiczne', title: 'Forum Prawa Zamówień Publicznych' },
  ];

  it('has one feed for all, one per forum and per type, and one file per event', () => {
    const files = calendarFiles(events, forums, { audience: 'public', siteUrl: 'https://baza.example', now });
    const paths = files.map((f) => f.path);
    expect(paths).toContain('/kalendarz/wszystkie.ics');
    expect(paths).toContain('/kalendarz/mobilnosc.ics');
    expect(paths).toContain('/kalendarz/typ/konsultacje.ics');
    expect(paths).toContain('/kalendarz/typ/posiedzenie-forum.ics');
    expect(paths).toContain('/kalendarz/konsultacje-sump/wydarzenie.ics');
    const pzp = parseIcs(files.find((f) => f.path === '/kalendarz/zamowienia-publiczne.ics')!.body);
    expect(pzp.props['X-WR-CALNAME']).toBe('Metropolia Krakowska — Forum Prawa Zamówień Publicznych');
    const single = parseIcs(files.find((f) => f.path === '/kalendarz/konsultacje-sump/wydarzenie.ics')!.body);
    expect(single.events.map((e) => e.summary)).toEqual(['Konsultacje SUMP']);
    expect(single.props['REFRESH-INTERVAL']).toBeUndefined();
  });

  it('writes the member feeds again under the secret prefix, only with a token', () => {
    const token = 'tajny-klucz-0123456789abcdef';
    const files = calendarFiles(events, forums, { audience: 'members', siteUrl: 'https://baza.example', now, token });
    const secret = files.filter((f) => f.path.startsWith(MEMBER_FEED_PREFIX));
    expect(secret.map((f) => f.path)).toContain(`/kalendarz/subskrypcja/${token}/wszystkie.ics`);
    expect(secret.find((f) => f.path.endsWith('/wszystkie.ics'))!.body).toBe(files.find((f) => f.path === '/kalendarz/wszystkie.ics')!.body);
    expect(parseIcs(secret[0]!.body).props['X-WR-CALNAME']).toBe('Metropolia Krakowska — wszystkie wydarzenia (dla członków)');
  });

  it('takes the token only in the members build and refuses a weak one', () => {
    const env = { CALENDAR_FEED_TOKEN: 'tajny-klucz-0123456789abcdef' };
    expect(feedToken('members', env)).toBe('tajny-klucz-0123456789abcdef');
    expect(feedToken('public', env)).toBeUndefined();
    expect(feedToken('members', {})).toBeUndefined();
    expect(() => feedToken('members', { CALENDAR_FEED_TOKEN: 'krotki' })).toThrow(/co najmniej 20 znaków/);
    expect(() => feedToken('members', { CALENDAR_FEED_TOKEN: 'klucz ze spacjami i ../ znakami' })).toThrow();
  });
});
