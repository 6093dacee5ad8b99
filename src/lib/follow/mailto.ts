/**
 * `mailto:` links that open a message ready to act on (RFC 6068): the recipient, a subject that
 * sorts itself in the inbox ("[Mobilność] Pytanie: ") and a body with the fields to fill in.
 * A static site cannot take posts, so every "ask", "report a change" and "post an announcement"
 * path ends in the inbox of the person who acts on it.
 */

/** A message to prefill. Line breaks in `body` may be `\n`; they are sent as CRLF. */
export interface MailDraft {
  to: string;
  subject: string;
  body: string;
}

/**
 * Percent-encodes a header value for a mailto URL. `encodeURIComponent` leaves only
 * `A–Z a–z 0–9 - _ . ! ~ * ' ( )` as they are, so `&`, `=`, `?`, `#`, `%`, `+` and every
 * Polish letter (UTF-8) are encoded; spaces become `%20`, never `+` (mail programs would show
 * a plus sign).
 */
const encodeValue = (s: string): string => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));

/** The address part: `@` stays readable, anything unusual (a `?` or `%` in a local part) is encoded. */
const encodeAddress = (address: string): string => encodeURIComponent(address.trim()).replace(/%40/g, '@');

/** `mailto:to?subject=…&body=…`, every part encoded so that a URL parser gives back the same strings. */
export const mailtoHref = (m: MailDraft): string => {
  const fields = [
    ['subject', m.subject],
    ['body', m.body],
  ].filter(([, v]) => v !== '');
  const query = fields.map(([k, v]) => `${k}=${encodeValue(v ?? '')}`).join('&');
  return `mailto:${encodeAddress(m.to)}${query ? `?${query}` : ''}`;
};

/** Someone to write to, and why them: a coordinator from the directory or the office as fallback. */
export interface Recipient {
  name: string;
  email: string;
  /** Where the address comes from: the directory entry, or the office's contact file. */
  source: 'contact' | 'office';
  /** Set when the intended person (a forum's or gmina's coordinator) is not available in this build. */
  fallback: boolean;
  /** The directory entry, when the recipient is a person this build may link to. */
  contactId?: string;
}

/** What routing needs of a person in the directory. */
export interface Person {
  id: string;
  data: { name: string; email: string };
}

export interface Office {
  name: string;
  email: string;
}

const officeRecipient = (office: Office, fallback: boolean): Recipient => ({
  name: office.name,
  email: office.email,
  source: 'office',
  fallback,
});

/**
 * Who receives a question about a forum's domain. The members' build routes it to the forum's
 * coordinator; the public build always to the office (the public writes to the association, not
 * to one official). With no coordinator visible in this build the office gets it, and the page
 * says so (`fallback`).
 */
export const questionRecipient = (
  audience: 'public' | 'members',
  coordinator: Person | undefined,
  office: Office,
): Recipient => {
  if (audience === 'public') return officeRecipient(office, false);
  return coordinator
    ? { name: coordinator.data.name, email: coordinator.data.email, source: 'contact', fallback: false, contactId: coordinator.id }
    : officeRecipient(office, true);
};

/**
 * Who receives a correction of a contact: the coordinator of the person's gmina (who keeps the
 * gmina's entries current); for the office's staff and outside institutions, the office. A
 * coordinator this build may not show (member-only in the public build) is replaced by the office.
 */
export const changeRecipient = (
  hasMunicipality: boolean,
  gminaCoordinator: Person | undefined,
  office: Office,
): Recipient => {
  if (!hasMunicipality) return officeRecipient(office, false);
  return gminaCoordinator
    ? {
        name: gminaCoordinator.data.name,
        email: gminaCoordinator.data.email,
        source: 'contact',
        fallback: false,
        contactId: gminaCoordinator.id,
      }
    : officeRecipient(office, true);
};

/** A subject tagged with its domain in brackets, so inbox rules can sort it: "[Mobilność] Pytanie: ". */
export const taggedSubject = (tag: string, text: string): string => `[${tag}] ${text}`;
