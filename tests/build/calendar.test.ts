// The calendar in real builds of the fixture (plus a recurring event): every feed parses in an
// independent parser with Warsaw wall-clock times, the bytes do not depend on the build
// machine's TZ, member events reach only the members build, and the secret-token feeds exist
// only there.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TMP, allFiles, buildSite, copyFixture, readPage, type BuildResult } from '../../scripts/lib/build-site.ts';
import { parseIcs } from '../helpers/ical.ts';

const TOKEN = 'test-klucz-kalendarza-0123456789';
const out = join(TMP, 'build-calendar');
let content: string;
let pub: BuildResult;
let pubNewYork: BuildResult;
let members: BuildResult;

beforeAll(() => {
  rmSync(out, { recursive: true, force: true });
  content = copyFixture('calendar');
  writeFileSync(
    join(content, 'events/dyzur-mobilnosci.md'),
    [
      '---',
      'title: Dyżur online Forum Transportu',
      'type: webinar',
      'start: "2027-02-09T10:00"',
      'end: "2027-02-09T11:00"',
      'online: https://teams.microsoft.com/l/meetup-join/dyzur',
      'forums: [mobilnosc]',
      'recurrence:',
      '  frequency: co miesiąc',
      '  until: 2027-05-31',
      '  except: [2027-03-09]',
      '---',
      'Pytania na żywo.',
      '',
    ].join('\n'),
  );
  pub = buildSite({ content, audience: 'public', outDir: join(out, 'public') });
  // Another zone, and a token that a public build must ignore.
  pubNewYork = buildSite({
    content,
    audience: 'public',
    outDir: join(out, 'public-ny'),
    env: { TZ: 'America/New_York', CALENDAR_FEED_TOKEN: TOKEN },
  });
  members = buildSite({ content, audience: 'members', outDir: join(out, 'members'), env: { CALENDAR_FEED_TOKEN: TOKEN } });
});
afterAll(() => rmSync(content, { recursive: true, force: true }));

const icsFiles = (b: BuildResult) => allFiles(b.outDir).filter((f) => f.endsWith('.ics'));
const read = (b: BuildResult, path: string) => readFileSync(join(b.outDir, path), 'utf8');

describe('calendar feeds in the built site', () => {
  it('builds both audiences', () => {
    expect(pub.status, pub.output).toBe(0);
    expect(pubNewYork.status, pubNewYork.output).toBe(0);
    expect(members.status, members.output).toBe(0);
  });

  it('writes the same bytes whatever the build machine’s TZ', () => {
    const files = icsFiles(pub).map((f) => relative(pub.outDir, f)).sort();
    expect(icsFiles(pubNewYork).map((f) => relative(pubNewYork.outDir, f)).sort()).toEqual(files);
    expect(files.length).toBeGreaterThan(10);
    for (const f of [...files, 'kalendarz/wydarzenia.json']) expect(read(pubNewYork, f), f).toBe(read(pub, f));
  });

  it('parses every feed in ical.js, each named in Polish, each meeting with one reminder', () => {
    for (const file of [...icsFiles(pub), ...icsFiles(members)]) {
      const cal = parseIcs(readFileSync(file, 'utf8'));
      // Subscription feeds are named after the site; a single event's file after the event.
      expect(cal.props['X-WR-CALNAME'], file).toMatch(file.endsWith('/wydarzenie.ics') ? /\S/ : /^Metropolia Krakowska — /);
      for (const e of cal.events) {
        expect(e.alarms, `${file} ${e.uid}`).toEqual(e.status === 'CANCELLED' ? [] : [{ action: 'DISPLAY', trigger: '-P1D' }]);
      }
    }
  });

  it('gives the right Warsaw times, cancellations and the series across the DST change', () => {
    const all = parseIcs(read(pub, 'kalendarz/wszystkie.ics'));
    const uid = (slug: string) => all.events.find((e) => e.uid === `${slug}@metropoliakrakowska.pl`)!;
    expect(uid('posiedzenie-pzp-grudzien').start).toBe('2026-12-08T10:00:00 Europe/Warsaw');
    expect(uid('posiedzenie-pzp-grudzien').startUtc).toBe('2026-12-08T09:00:00.000Z');
    expect(uid('konsultacje-sump')).toMatchObject({ allDay: true, start: '2026-12-01', end: '2026-12-22' });
    expect(uid('spotkanie-odwolane')).toMatchObject({ status: 'CANCELLED', summary: 'ODWOŁANE: Spotkanie robocze transportu' });
    const duty = uid('dyzur-mobilnosci');
    expect(duty.occurrencesWall()).toEqual(['2027-02-09T10:00:00', '2027-04-13T10:00:00', '2027-05-11T10:00:00']);
    expect(duty.occurrencesUtc()).toEqual(['2027-02-09T09:00:00.000Z', '2027-04-13T08:00:00.000Z', '2027-05-11T08:00:00.000Z']);
  });

  it('has feeds per forum and per type, and a file per event next to its page', () => {
    const forum = parseIcs(read(pub, 'kalendarz/zamowienia-publiczne.ics'));
    expect(forum.events.map((e) => e.summary)).toEqual(['Posiedzenie Forum Prawa Zamówień Publicznych']);
    expect(parseIcs(read(pub, 'kalendarz/typ/konsultacje.ics')).events.map((e) => e.summary)).toEqual(['Termin konsultacji SUMP']);
    expect(parseIcs(read(pub, 'kalendarz/posiedzenie-pzp-grudzien/wydarzenie.ics')).events).toHaveLength(1);
  });

  it('keeps member events out of every public feed and the calendar data, and puts them in the members build', () => {
    const publicCalendar = allFiles(join(pub.outDir, 'kalendarz')).filter((f) => readFileSync(f).includes('KANARKOWE'));
    expect(publicCalendar).toEqual([]);
    expect(read(members, 'kalendarz/wszystkie.ics')).toContain('Narada KANARKOWE-WYDARZENIE');
    expect(read(members, 'kalendarz/mobilnosc.ics')).toContain('Narada KANARKOWE-WYDARZENIE');
    expect(read(members, 'kalendarz/wydarzenia.json')).toContain('KANARKOWE');
    expect(parseIcs(read(members, 'kalendarz/wszystkie.ics')).props['X-WR-CALNAME']).toBe('Metropolia Krakowska — wszystkie wydarzenia (dla członków)');
  });

  it('writes the secret-token feeds only in the members build, identical to the member feeds', () => {
    expect(existsSync(join(pub.outDir, 'kalendarz/subskrypcja'))).toBe(false);
    expect(existsSync(join(pubNewYork.outDir, 'kalendarz/subskrypcja'))).toBe(false);
    for (const f of ['wszystkie.ics', 'mobilnosc.ics', 'typ/wydarzenie.ics']) {
      expect(read(members, `kalendarz/subskrypcja/${TOKEN}/${f}`), f).toBe(read(members, `kalendarz/${f}`));
    }
    // Members see the token addresses in the subscription box; the public page never has them.
    expect(readPage(members.outDir, '/kalendarz/')).toContain(`webcal://localhost:4322/kalendarz/subskrypcja/${TOKEN}/wszystkie.ics`);
    expect(allFiles(pubNewYork.outDir).filter((f) => readFileSync(f).includes(TOKEN))).toEqual([]);
  });

  it('shows the calendar, the subscription box and the list on /kalendarz/', () => {
    const page = readPage(pub.outDir, '/kalendarz/');
    expect(page).toMatch(/<section class="calendar"[^>]* data-calendar[^>]*hidden/);
    expect(page).toContain('href="webcal://localhost:4321/kalendarz/wszystkie.ics"');
    expect(page).toContain('href="http://localhost:4321/kalendarz/mobilnosc.ics"');
    expect(page).toContain('Subskrybuj z sieci Web');
    expect(page).toContain('Z adresu URL');
    expect(page).toContain('Z Internetu');
    expect(page).toMatch(/<h2 id="nadchodzace">/);
    // The series is listed by its next meeting, with its rhythm.
    expect(page).toContain('co miesiąc: 2. wtorek miesiąca, do 31 maja 2027');
  });

  it('offers "Dodaj do kalendarza" on the event page', () => {
    const page = readPage(pub.outDir, '/kalendarz/posiedzenie-pzp-grudzien/');
    expect(page).toContain('href="/kalendarz/posiedzenie-pzp-grudzien/wydarzenie.ics"');
    expect(page).toContain('href="https://outlook.office.com/calendar/deeplink/compose?');
    expect(page).toContain('href="https://calendar.google.com/calendar/render?action=TEMPLATE');
    const series = readPage(pub.outDir, '/kalendarz/dyzur-mobilnosci/');
    expect(series).toContain('9 marca 2027');
    expect(series).not.toContain('outlook.office.com');
  });
});
