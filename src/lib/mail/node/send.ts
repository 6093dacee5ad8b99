/**
 * Delivery of reminders and digests with nodemailer: by SMTP (configured from SMTP_* variables,
 * which the scheduled workflow takes from repository secrets) or, for `--dry-run`, as .eml files
 * in a folder (nodemailer's stream transport writes the exact message SMTP would carry).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { OutgoingMail } from '../outgoing.ts';

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  pass?: string;
  from: string;
}

/** Sender used by dry runs when SMTP_FROM is not set. */
export const DEFAULT_FROM = 'Metropolia Krakowska <powiadomienia@metropoliakrakowska.pl>';

/** SMTP settings from the environment; names every missing or bad variable at once. */
export const smtpConfig = (env: Record<string, string | undefined> = process.env): SmtpConfig => {
  const problems: string[] = [];
  const host = env['SMTP_HOST']?.trim();
  const from = env['SMTP_FROM']?.trim();
  const port = Number(env['SMTP_PORT'] ?? '587');
  if (!host) problems.push('SMTP_HOST: brak adresu serwera poczty');
  if (!from) problems.push('SMTP_FROM: brak adresu nadawcy, np. "Metropolia Krakowska <powiadomienia@…>"');
  if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push(`SMTP_PORT: „${env['SMTP_PORT']}” nie jest numerem portu`);
  if (Boolean(env['SMTP_USER']) !== Boolean(env['SMTP_PASS'])) problems.push('SMTP_USER i SMTP_PASS: podaj oba albo żadnego');
  if (problems.length) throw new Error(`Brak ustawień SMTP (zob. docs/news-and-mail.md):\n${problems.map((p) => `  • ${p}`).join('\n')}`);
  return {
    host: host!,
    port,
    secure: port === 465,
    ...(env['SMTP_USER'] ? { user: env['SMTP_USER'], pass: env['SMTP_PASS'] ?? '' } : {}),
    from: from!,
  };
};

const message = (m: OutgoingMail, from: string) => ({
  from,
  to: m.to,
  subject: m.subject,
  text: m.text,
  html: m.html,
  attachments: m.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
});

/** Sends each e-mail by SMTP; returns the accepted recipients per e-mail. */
export const sendBySmtp = async (mails: readonly OutgoingMail[], config: SmtpConfig): Promise<{ key: string; accepted: string[] }[]> => {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.user ? { auth: { user: config.user, pass: config.pass ?? '' } } : {}),
  });
  try {
    const sent: { key: string; accepted: string[] }[] = [];
    for (const m of mails) {
      const info = await transport.sendMail(message(m, config.from));
      sent.push({ key: m.key, accepted: (info.accepted as (string | { address: string })[]).map((a) => (typeof a === 'string' ? a : a.address)) });
    }
    return sent;
  } finally {
    transport.close();
  }
};

/** Writes each e-mail as `<key>.eml` (and its HTML as `<key>.html`, for pasting) into `dir`. */
export const writeEml = async (mails: readonly OutgoingMail[], dir: string, from = DEFAULT_FROM): Promise<string[]> => {
  mkdirSync(dir, { recursive: true });
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const files: string[] = [];
  for (const m of mails) {
    const info = await transport.sendMail(message(m, from));
    const file = join(dir, `${m.key}.eml`);
    writeFileSync(file, info.message as Buffer);
    writeFileSync(join(dir, `${m.key}.html`), m.html);
    files.push(file);
  }
  return files;
};

/**
 * What both commands do with their e-mails: write them to `out` on a dry run, otherwise send
 * them by SMTP. Returns lines for the console.
 */
export const deliver = async (
  mails: readonly OutgoingMail[],
  o: { dryRun: boolean; out: string; env?: Record<string, string | undefined> },
): Promise<string[]> => {
  const env = o.env ?? process.env;
  if (mails.length === 0) return ['Brak wiadomości do wysłania.'];
  if (o.dryRun) {
    const files = await writeEml(mails, o.out, env['SMTP_FROM'] || DEFAULT_FROM);
    return files.map((f, i) => `zapisano ${f} — „${mails[i]!.subject}” → ${mails[i]!.to.join(', ')}`);
  }
  const sent = await sendBySmtp(mails, smtpConfig(env));
  return sent.map((s, i) => `wysłano „${mails[i]!.subject}” → ${s.accepted.join(', ')}`);
};
