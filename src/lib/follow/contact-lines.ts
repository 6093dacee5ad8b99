/**
 * The current data of a contact as lines of an e-mail ("Stanowisko: …"), for "Zgłoś zmianę":
 * the coordinator corrects what changed instead of retyping the entry.
 */
import { t } from '../../i18n/pl.ts';

export interface ContactLinesSource {
  name: string;
  position: string;
  placeTitle: string;
  email: string;
  phone?: string | undefined;
  channel: string;
  topics: readonly string[];
  forums: readonly { title: string }[];
  verified: string;
}

/** One `Label: value` line per field the directory shows; empty optional fields say „—”. */
export const contactDataLines = (p: ContactLinesSource): string[] => [
  `${t('change.field.name')}: ${p.name}`,
  `${t('contact.position')}: ${p.position}`,
  `${t('change.field.place')}: ${p.placeTitle || '—'}`,
  `${t('contact.email')}: ${p.email}`,
  `${t('contact.phone')}: ${p.phone ?? '—'}`,
  `${t('contact.channel')}: ${p.channel}`,
  `${t('contact.topics')}: ${p.topics.join(', ') || '—'}`,
  `${t('section.forums')}: ${p.forums.map((f) => f.title).join(', ') || '—'}`,
  `${t('contact.verified')}: ${p.verified}`,
];
