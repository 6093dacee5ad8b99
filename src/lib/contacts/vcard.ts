/**
 * vCard 4.0 (RFC 6350) export of contacts: one card per person, several cards in one `.vcf`
 * for a forum or a gmina.
 *
 * Written with ical.js (Mozilla's iCalendar/vCard library, used by Thunderbird): we describe
 * each card as jCard (RFC 7095) and ical.js serialises it, escaping `\ , ; newline` and folding
 * lines at 75 octets of UTF-8 without splitting a Polish letter. Of the vCard writers on npm,
 * `vcard-creator` and `vcards-js` write vCard 3.0, and `vcard4` escapes `:` as `\:` (not in
 * RFC 6350; other readers show the backslash) and folds by characters, not octets.
 */
import { entryUrl } from '../content/urls.ts';
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { t } from '../../i18n/pl.ts';
import { telUri, type ContactView } from './rules.ts';
import { formatDay } from '../../core/dates.ts';

// ical.js folds every chunk to foldLength octets and then prefixes continuation lines with the
// folding space, so they come out one octet over RFC 6350's 75; 74 keeps every line within it.
ICAL.foldLength = 74;

type JCardProperty = [string, Record<string, string | string[]>, string, ...unknown[]];

/** A stable UID per contact (name-based UUID from the file name), so a re-import updates, not duplicates. */
const uid = (id: string): string => {
  const h = createHash('sha1').update(`metropolia-krakowska/kontakty/${id}`).digest('hex');
  const variant = ((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(18, 20)}-${h.slice(20, 32)}`;
};

/** What a reader of the card needs beyond the standard fields, in Polish, one fact a line. */
export const contactNote = (p: ContactView): string =>
  [
    `${t('contact.channel')}: ${p.channel}`,
    p.topics.length > 0 && `${t('contact.topics')}: ${p.topics.join(', ')}`,
    p.forums.length > 0 && `${t('entry.forums')}: ${p.forums.map((f) => f.title).join(', ')}`,
    ...p.coordinatesGminy.map((g) => `${t('contacts.coordinatesGmina')}: ${g.title}`),
    ...p.coordinatesForums.map((f) => t('contacts.coordinatesForum', { forum: f.title })),
    `${t('contact.verified')}: ${formatDay(p.verified)}`,
    p.example && t('contact.example'),
  ]
    .filter(Boolean)
    .join('\n');

/** The jCard of a person; `site` makes the entry page's absolute URL. */
const jcard = (p: ContactView, site: URL): JCardProperty[] => [
  ['version', {}, 'text', '4.0'],
  ['prodid', {}, 'text', `-//${t('site.owner')}//${t('section.contacts')}//PL`],
  ['uid', {}, 'uri', uid(p.id)],
  ['kind', {}, 'text', 'individual'],
  ['fn', {}, 'text', p.name],
  ['n', {}, 'text', [p.family, p.given, '', '', '']],
  ...(p.placeTitle ? [['org', {}, 'text', [p.placeTitle]] as JCardProperty] : []),
  ['title', {}, 'text', p.position],
  ['email', { type: 'work' }, 'text', p.email],
  // RFC 6350 makes a bare TEL text; VALUE=uri says the value is the `tel:` URI it recommends.
  ...(p.phone ? [['tel', { type: ['work', 'voice'], value: 'uri' }, 'uri', telUri(p.phone)] as JCardProperty] : []),
  ...(p.forums.length > 0 ? [['categories', {}, 'text', ...p.forums.map((f) => f.title)] as JCardProperty] : []),
  ['note', {}, 'text', contactNote(p)],
  ['url', {}, 'uri', new URL(entryUrl('contacts', p.id), site).href],
  // REV is when the card's data were last confirmed.
  ['rev', {}, 'timestamp', `${p.verified}T00:00:00Z`],
];

/** A `.vcf` file with one vCard 4.0 per person (CRLF line ends, UTF-8). */
export const vcardFile = (people: readonly ContactView[], site: URL): string =>
  people.map((p) => `${new ICAL.Component(['vcard', jcard(p, site), []]).toString()}\r\n`).join('');
