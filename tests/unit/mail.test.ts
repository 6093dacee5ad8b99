// Reminders and the digest as pure functions of the fixture content: what is due on which day,
// who gets it, what the mailing-list file may contain, and the shared e-mail rendering.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/node/load-content.ts';
import { buildDigest, digestMails, digestMonths, monthAfter } from '../../src/lib/mail/digest.ts';
import { readMailLists, MAIL_LISTS_FILE } from '../../src/lib/mail/node/lists.ts';
import { dueItems, reminderMails } from '../../src/lib/mail/reminders.ts';
import { escapeHtml, renderMail } from '../../src/lib/mail/render.ts';
import { isDay, warsawHour } from '../../src/lib/mail/schedule.ts';
import { smtpConfig } from '../../src/lib/mail/node/send.ts';
import { FIXTURE } from '../../scripts/lib/build-site.ts';

const content = loadContent(FIXTURE);
const lists = readMailLists(FIXTURE, new Set(content.forums.map((f) => f.id)));
const now = Temporal.Instant.from('2026-11-26T09:00:00Z');
const siteUrl = (a: 'public' | 'members') => (a === 'public' ? 'https://metropolia.example' : 'https://czlonkowie.metropolia.example');
const reminders = (today: string) => reminderMails({ today, forums: content.forums, events: content.events, lists, siteUrl, now });

describe('what a reminder covers', () => {
  it('reminds of tomorrow’s meetings, including the occurrence of a monthly series', () => {
    const due = dueItems(content.events, '2026-11-30');
    expect(due.map((d) => [d.event.id, d.reason, d.occurrence.start])).toEqual([
      ['konsultacje-sump', 'jutro', '2026-12-01'],
      ['dyzur-zielonej-mobilnosci', 'jutro', '2026-12-01T12:00'],
    ]);
  });

  it('reminds of a consultation deadline three days ahead, not of its middle days', () => {
    expect(dueItems(content.events, '2026-12-18').map((d) => [d.event.id, d.reason])).toEqual([['konsultacje-sump', 'termin']]);
    expect(dueItems(content.events, '2026-12-10')).toEqual([]);
  });

  it('sends member-only events to members addresses only', () => {
    const mails = reminders('2026-12-09');
    expect(mails.map((m) => m.to)).toEqual([['mobilnosc-czlonkowie@listy.test'], ['wszyscy-czlonkowie@listy.test']]);
    expect(mails[0]!.text).toContain('Narada KANARKOWE-WYDARZENIE');
    expect(mails[0]!.html).toContain('https://czlonkowie.metropolia.example/kalendarz/kanarkowa-narada/');
  });

  it('writes one Polish e-mail per forum and audience with that day’s events', () => {
    const mails = reminders('2026-11-30');
    expect(mails.map((m) => m.key)).toEqual([
      'przypomnienie-2026-11-30-mobilnosc-public',
      'przypomnienie-2026-11-30-mobilnosc-members',
      'przypomnienie-2026-11-30-wszystkie-members',
    ]);
    const m = mails[0]!;
    expect(m.subject).toBe('Przypomnienie na jutro, 1 grudnia 2026 — Forum Zrównoważonego Transportu');
    expect(m.text).toContain('Dyżur doradcy mobilności – żółć gęślą');
    expect(m.text).toContain('wtorek, 1 grudnia 2026, 12:00–13:00');
    expect(m.attachments[0]!.content).toContain('SUMMARY:Dyżur doradcy mobilności – żółć gęślą');
    expect(m.attachments[0]!.content.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it('sends nothing on a day without meetings or deadlines', () => {
    expect(reminders('2026-12-25')).toEqual([]);
  });
});

describe('the mailing-list file', () => {
  const withLists = (yaml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'listy-'));
    mkdirSync(join(dir, 'poczta'));
    writeFileSync(join(dir, MAIL_LISTS_FILE), yaml);
    return dir;
  };
  const forums = new Set(['mobilnosc']);

  it('names the file and field of each mistake', () => {
    const dir = withLists('fora:\n  mobilnosc:\n    public: [nie-adres]\n  nieznane:\n    members: []\n');
    const error = (() => {
      try {
        readMailLists(dir, forums);
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toMatch(/listy\.yaml — pole „fora\.mobilnosc\.public\.0”: niepoprawny adres e-mail/);
    expect(error).toMatch(/pole „fora\.nieznane”: nie ma forum „nieznane”/);
  });

  it('says when the file is missing', () => {
    expect(() => readMailLists(mkdtempSync(join(tmpdir(), 'brak-')), forums)).toThrow(/brak pliku z adresami list/);
  });

  it('accepts the sample site’s lists', () => {
    const sample = loadContent('content');
    expect(Object.keys(readMailLists('content', new Set(sample.forums.map((f) => f.id))).fora)).toHaveLength(8);
  });
});

describe('the monthly digest', () => {
  it('gathers the month’s news, documents and practices and next month’s events', () => {
    const d = buildDigest(content, '2026-11');
    expect(d.nextMonth).toBe('2026-12');
    expect(d.news.map((n) => n.id)).toContain('pilne-termin-sprawozdan');
    expect(d.news.find((n) => n.id === 'pilne-termin-sprawozdan')?.priority).toBe('pilny');
    expect(d.events.map((e) => e.iso)).toContain('2026-12-01T12:00');
    expect(d.events.every((e) => e.iso.startsWith('2026-12'))).toBe(true);
  });

  it('keeps a forum’s digest to that forum', () => {
    const d = buildDigest(content, '2026-11', 'zamowienia-publiczne');
    expect(d.news.map((n) => n.id)).toEqual(['mam-problem-z-przetargiem', 'pilne-termin-sprawozdan']);
  });

  it('keeps member-only news out of e-mails to public addresses', () => {
    const mails = digestMails({ month: '2026-11', content, forums: content.forums, lists, siteUrl });
    const pub = mails.filter((m) => m.key.endsWith('-public'));
    const members = mails.filter((m) => m.key.endsWith('-members'));
    expect(pub.length).toBeGreaterThan(0);
    for (const m of pub) expect(m.html + m.text).not.toContain('KANARKOWE');
    expect(members.some((m) => m.text.includes('Ogłoszenie KANARKOWE-OGLOSZENIE'))).toBe(true);
  });

  it('has a page for each month with content', () => {
    expect(digestMonths(content)).toContain('2026-11');
    expect(monthAfter('2026-12')).toBe('2027-01');
  });
});

describe('e-mail rendering', () => {
  it('escapes entry text in HTML and keeps it readable in plain text', () => {
    const r = renderMail({
      title: 'Przegląd <b>',
      preheader: 'p',
      intro: 'A & B',
      sections: [{ heading: 'H', items: [{ title: 'Tytuł "x" <script>', url: 'https://a.example/?a=1&b=2' }] }],
      footer: ['stopka'],
    });
    expect(r.html).not.toContain('<script>');
    expect(r.html).toContain('Tytuł &quot;x&quot; &lt;script&gt;');
    expect(r.html).toContain('href="https://a.example/?a=1&amp;b=2"');
    expect(r.text).toContain('* Tytuł "x" <script>\n  https://a.example/?a=1&b=2');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });
});

describe('mail command settings', () => {
  it('names every missing SMTP variable', () => {
    expect(() => smtpConfig({})).toThrow(/SMTP_HOST[^]*SMTP_FROM/);
    expect(() => smtpConfig({ SMTP_HOST: 'h', SMTP_FROM: 'a@b.example', SMTP_USER: 'u' })).toThrow(/SMTP_USER i SMTP_PASS/);
    expect(smtpConfig({ SMTP_HOST: 'h', SMTP_FROM: 'a@b.example', SMTP_PORT: '465' })).toMatchObject({ port: 465, secure: true });
  });

  it('sends at 07:00 Warsaw from exactly one of the 05:00 and 06:00 UTC runs, summer and winter', () => {
    const hours = (day: string) => ['05', '06'].map((h) => warsawHour(Temporal.Instant.from(`${day}T${h}:00:00Z`)));
    expect(hours('2026-07-01')).toEqual([7, 8]);
    expect(hours('2026-12-01')).toEqual([6, 7]);
  });

  it('accepts only real days', () => {
    expect(isDay('2026-12-01')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
  });
});
