// The real commands deliver to a real SMTP server on loopback (smtp-server), and the received
// messages are parsed as a mail client would (mailparser; the .ics with ical.js): subject,
// recipients, Polish letters, the attachment. Also the dry run's .eml files.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, ROOT } from '../../scripts/lib/build-site.ts';

interface Received {
  envelopeTo: string[];
  mail: ParsedMail;
}

let received: Received[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    // A plain loopback server: no TLS to negotiate, no login.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', script), ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        CONTENT_DIR: FIXTURE,
        SITE_NOW: '2026-11-26T09:00:00Z',
        PUBLIC_URL: 'https://metropolia.example',
        MEMBERS_URL: 'https://czlonkowie.metropolia.example',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(port),
        SMTP_FROM: 'Biuro Metropolii <powiadomienia@metropolia.example>',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });

const attachmentText = (m: ParsedMail) => m.attachments[0]!.content.toString('utf8');

describe('npm run reminders', () => {
  it('delivers one Polish e-mail per forum and audience with the day’s events as .ics', async () => {
    received = [];
    const { code, output } = await run('reminders.ts', ['--date', '2026-11-30']);
    expect(output).toContain('wysłano');
    expect(code).toBe(0);
    expect(received.map((r) => r.envelopeTo).sort()).toEqual([
      ['mobilnosc-czlonkowie@listy.test'],
      ['mobilnosc@listy.test'],
      ['wszyscy-czlonkowie@listy.test'],
    ]);
    const pub = received.find((r) => r.envelopeTo[0] === 'mobilnosc@listy.test')!.mail;
    expect(pub.subject).toBe('Przypomnienie na jutro, 1 grudnia 2026 — Forum Zrównoważonego Transportu');
    expect(pub.from?.text).toContain('Biuro Metropolii');
    expect(pub.text).toContain('Dyżur doradcy mobilności – żółć gęślą');
    expect(pub.html).toContain('Dyżur doradcy mobilności – żółć gęślą');
    expect(pub.html).toContain('href="https://metropolia.example/kalendarz/dyzur-zielonej-mobilnosci/"');

    expect(pub.attachments).toHaveLength(1);
    const ics = pub.attachments[0]!;
    expect(ics.filename).toBe('przypomnienie-2026-12-01.ics');
    expect(ics.contentType).toBe('text/calendar');
    const cal = new ICAL.Component(ICAL.parse(attachmentText(pub)));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary).sort()).toEqual(['Dyżur doradcy mobilności – żółć gęślą', 'Termin konsultacji SUMP']);
    const series = events.find((e) => e.isRecurring())!;
    const iterator = series.iterator();
    const dates: string[] = [];
    for (let next = iterator.next(); next && dates.length < 3; next = iterator.next()) dates.push(next.toString());
    // The series' rule covers the reminded day (1 December, the first Tuesday).
    expect(dates).toContain('2026-12-01T12:00:00');
  });

  it('sends member-only events to members addresses only', async () => {
    received = [];
    const { code } = await run('reminders.ts', ['--date', '2026-12-09']);
    expect(code).toBe(0);
    expect(received.flatMap((r) => r.envelopeTo).sort()).toEqual(['mobilnosc-czlonkowie@listy.test', 'wszyscy-czlonkowie@listy.test']);
    expect(received[0]!.mail.text).toContain('Narada KANARKOWE-WYDARZENIE');
  });

  it('reminds of a consultation deadline three days ahead', async () => {
    received = [];
    await run('reminders.ts', ['--date', '2026-12-18']);
    const pub = received.find((r) => r.envelopeTo[0] === 'mobilnosc@listy.test')!.mail;
    expect(pub.subject).toBe('Przypomnienie: termin 21 grudnia 2026 — Forum Zrównoważonego Transportu');
    expect(pub.text).toContain('Terminy za 3 dni');
    expect(pub.text).toContain('do 21 grudnia 2026');
  });

  it('does nothing in a scheduled run that is not 07:xx in Warsaw', async () => {
    received = [];
    const { code, output } = await run('reminders.ts', ['--only-at-hour', '7'], { SITE_NOW: '2026-11-30T05:00:00Z' });
    expect(code).toBe(0);
    expect(output).toContain('Pomijam');
    expect(received).toEqual([]);
  });

  it('writes .eml files instead with --dry-run', async () => {
    received = [];
    const out = mkdtempSync(join(tmpdir(), 'eml-'));
    const { code } = await run('reminders.ts', ['--date', '2026-11-30', '--dry-run', '--out', out]);
    expect(code).toBe(0);
    expect(received).toEqual([]);
    const emls = readdirSync(out).filter((f) => f.endsWith('.eml'));
    expect(emls).toHaveLength(3);
    const parsed = await simpleParser(readFileSync(join(out, 'przypomnienie-2026-11-30-mobilnosc-public.eml')));
    expect(parsed.subject).toContain('Forum Zrównoważonego Transportu');
    expect(parsed.attachments[0]!.filename).toMatch(/\.ics$/);
  });

  it('refuses to send without SMTP settings, naming what is missing', async () => {
    const { code, output } = await run('reminders.ts', ['--date', '2026-11-30'], { SMTP_HOST: '', SMTP_FROM: '' });
    expect(code).toBe(1);
    expect(output).toContain('SMTP_HOST');
  });
});

describe('npm run digest', () => {
  it('delivers the month’s digest per forum and for all, member items only to members', async () => {
    received = [];
    const { code, output } = await run('digest.ts', ['--month', '2026-11']);
    expect(output).toContain('wysłano');
    expect(code).toBe(0);
    const to = (addr: string) => received.find((r) => r.envelopeTo.includes(addr))!.mail;
    const pzp = to('pzp@listy.test');
    expect(pzp.subject).toBe('Przegląd miesiąca: listopad 2026 — Forum Prawa Zamówień Publicznych');
    expect(pzp.text).toContain('Mam problem z przetargiem na dowozy — czy ktoś zna rozwiązanie?');
    expect(pzp.html).toContain('Wydarzenia: grudzień 2026');
    expect(pzp.text).toContain('Przegląd w serwisie: https://metropolia.example/aktualnosci/przeglad/2026-11/');
    for (const r of received.filter((x) => !x.envelopeTo.some((a) => a.includes('czlonkowie')))) {
      expect(`${r.mail.html}${r.mail.text}`).not.toContain('KANARKOWE');
    }
    expect(to('mobilnosc-czlonkowie@listy.test').text).toContain('Ogłoszenie KANARKOWE-OGLOSZENIE');
    expect(to('wszyscy-czlonkowie@listy.test').subject).toBe('Przegląd miesiąca: listopad 2026 — Wszystkie fora');
  });

  it('with --forum sends only that forum’s thematic digest, to its lists', async () => {
    received = [];
    const { code, output } = await run('digest.ts', ['--month', '2026-11', '--forum', 'zamowienia-publiczne']);
    expect(output).toContain('wysłano');
    expect(code).toBe(0);
    expect(received.map((r) => r.envelopeTo).sort()).toEqual([['pzp-czlonkowie@listy.test'], ['pzp@listy.test']]);
    for (const r of received) expect(r.mail.subject).toBe('Przegląd miesiąca: listopad 2026 — Forum Prawa Zamówień Publicznych');
    expect(received.find((r) => r.envelopeTo[0] === 'pzp@listy.test')!.mail.text).not.toContain('KANARKOWE');
  });

  it('with an unknown --forum stops and lists the forums', async () => {
    received = [];
    const { code, output } = await run('digest.ts', ['--month', '2026-11', '--forum', 'lotnictwo']);
    expect(code).toBe(2);
    expect(output).toContain('nie ma forum „lotnictwo”');
    expect(output).toContain('zamowienia-publiczne');
    expect(received).toEqual([]);
  });
});
