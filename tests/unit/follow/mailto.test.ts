// mailto: links are read back with the WHATWG URL parser (what a browser hands to the mail
// program): recipient, subject and body must come out exactly as written, Polish letters,
// line breaks and reserved characters included.
import { describe, expect, it } from 'vitest';
import { changeRecipient, mailtoHref, questionRecipient, taggedSubject } from '../../../src/lib/follow/mailto.ts';
import { contactDataLines } from '../../../src/lib/follow/contact-lines.ts';

const parse = (href: string) => {
  const u = new URL(href);
  return { scheme: u.protocol, to: decodeURIComponent(u.pathname), subject: u.searchParams.get('subject'), body: u.searchParams.get('body'), raw: href };
};

const office = { name: 'Biuro Stowarzyszenia', email: 'biuro@metropolia.example' };
const coordinator = { id: 'bartlomiej-sek', data: { name: 'Bartłomiej Sęk', email: 'b.sek@metropolia.example' } };

describe('mailtoHref', () => {
  it('round-trips recipient, subject and body through a URL parser', () => {
    const body = 'Gmina / instytucja: Świątniki Górne\nPytanie:\nCzy 50% + VAT & opłaty? #1 a=b?\n';
    const m = parse(mailtoHref({ to: 'b.sek@metropolia.example', subject: '[Mobilność] Pytanie: żółć', body }));
    expect(m.scheme).toBe('mailto:');
    expect(m.to).toBe('b.sek@metropolia.example');
    expect(m.subject).toBe('[Mobilność] Pytanie: żółć');
    // RFC 6068: line breaks travel as CRLF.
    expect(m.body).toBe(body.replace(/\n/g, '\r\n'));
  });

  it('never encodes spaces as "+", which mail programs would show literally', () => {
    const href = mailtoHref({ to: 'a@b.example', subject: 'a + b c', body: '' });
    expect(href).toBe('mailto:a@b.example?subject=a%20%2B%20b%20c');
    expect(parse(href).body).toBeNull();
  });
});

describe('who receives what', () => {
  it('public build: questions always go to the office', () => {
    expect(questionRecipient('public', coordinator, office)).toMatchObject({ email: office.email, source: 'office', fallback: false });
  });
  it('members build: to the forum coordinator, or to the office saying it is a fallback', () => {
    expect(questionRecipient('members', coordinator, office)).toMatchObject({ email: 'b.sek@metropolia.example', source: 'contact', fallback: false });
    expect(questionRecipient('members', undefined, office)).toMatchObject({ email: office.email, source: 'office', fallback: true });
  });
  it('changes go to the gmina coordinator; office staff and outside bodies to the office', () => {
    expect(changeRecipient(true, coordinator, office).email).toBe('b.sek@metropolia.example');
    expect(changeRecipient(true, undefined, office)).toMatchObject({ email: office.email, fallback: true });
    expect(changeRecipient(false, undefined, office)).toMatchObject({ email: office.email, fallback: false });
  });
  it('tags the subject with the domain', () => {
    expect(taggedSubject('Mobilność', 'Pytanie: ')).toBe('[Mobilność] Pytanie: ');
  });
});

describe('contact data for a correction', () => {
  it('lists every field the directory shows, with a dash for empty ones', () => {
    const lines = contactDataLines({
      name: 'Anna Nowak', position: 'inspektorka', placeTitle: 'Gmina Skawina', email: 'a.nowak@skawina.example',
      channel: 'e-mail', topics: [], forums: [{ title: 'Forum Prawa Zamówień Publicznych' }], verified: '2026-05-01',
    });
    expect(lines).toContain('Imię i nazwisko: Anna Nowak');
    expect(lines).toContain('Telefon: —');
    expect(lines).toContain('Fora: Forum Prawa Zamówień Publicznych');
    expect(lines).toContain('Dane zweryfikowane: 2026-05-01');
  });
});
