/**
 * Mailing addresses of reminders and digests: `content/poczta/listy.yaml`, kept by editors.
 * Each forum has public addresses (public items only) and members addresses (everything);
 * `wszystkie` receives the items of all forums. A bad file stops the command with the file
 * and the field named, like content does.
 *
 * ```yaml
 * fora:
 *   zamowienia-publiczne:
 *     public: [forum-pzp@lista.metropoliakrakowska.pl]
 *     members: [forum-pzp-czlonkowie@lista.metropoliakrakowska.pl]
 * wszystkie:
 *   members: [gminy@lista.metropoliakrakowska.pl]
 * ```
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { z } from 'astro/zod';
import { AUDIENCES, type Audience } from '../../content/access.ts';
import { formatProblem, type ContentProblem } from '../../content/node/content-check.ts';
import { email } from '../../../schema/fields.ts';

/** Where the lists live, inside the content folder. */
export const MAIL_LISTS_FILE = 'poczta/listy.yaml';

const addresses = z.array(email('Adres listy'), { error: 'oczekiwano listy adresów e-mail' }).default([]);
const channel = z.strictObject(
  { public: addresses, members: addresses },
  { error: (iss) => (iss.code === 'unrecognized_keys' ? 'dozwolone klucze: public, members' : 'oczekiwano pól public i members') },
);

/** The schema of listy.yaml; forum slugs must be forums of the content folder. */
export const mailListsSchema = (forums: ReadonlySet<string>) =>
  z.strictObject({
    fora: z
      .record(z.string(), channel)
      .default({})
      .superRefine((fora, ctx) => {
        for (const slug of Object.keys(fora)) {
          if (!forums.has(slug)) ctx.addIssue({ code: 'custom', path: [slug], message: `nie ma forum „${slug}” (content/forums/)` });
        }
      }),
    wszystkie: channel.default({ public: [], members: [] }),
  });

export type MailLists = z.output<ReturnType<typeof mailListsSchema>>;

/** Addresses of a forum (or of `wszystkie` when `forum` is undefined) for one audience. */
export const recipients = (lists: MailLists, forum: string | undefined, audience: Audience): string[] =>
  (forum === undefined ? lists.wszystkie : lists.fora[forum])?.[audience] ?? [];

/** A mailbox that receives one e-mail: a forum (or all forums) for one audience. */
export interface Mailbox {
  channel: { slug: string | undefined; title: string };
  audience: Audience;
  to: string[];
}

/**
 * Every mailbox with recipients: each forum, then `wszystkie` (all forums), for each audience.
 * Reminders and the digest both write one e-mail per mailbox.
 */
export const mailboxes = (
  lists: MailLists,
  forums: readonly { id: string; data: { title: string } }[],
  allTitle: string,
): Mailbox[] =>
  [...forums.map((f) => ({ slug: f.id as string | undefined, title: f.data.title })), { slug: undefined, title: allTitle }].flatMap(
    (channel) =>
      AUDIENCES.flatMap((audience) => {
        const to = recipients(lists, channel.slug, audience);
        return to.length ? [{ channel, audience, to }] : [];
      }),
  );

/** Reads and validates the lists; throws one error listing every problem with file and field. */
export const readMailLists = (dir: string, forums: ReadonlySet<string>): MailLists => {
  const full = join(dir, MAIL_LISTS_FILE);
  const file = relative(process.cwd(), full) || full;
  const fail = (problems: ContentProblem[]) =>
    new Error(`Błędy w pliku list adresowych (${problems.length}):\n${problems.map((p) => `  • ${formatProblem(p)}`).join('\n')}`);
  if (!existsSync(full)) throw fail([{ file, field: 'plik', message: 'brak pliku z adresami list (zob. docs/news-and-mail.md, „Przypomnienia e-mail”)' }]);
  let data: unknown;
  try {
    data = load(readFileSync(full, 'utf8'), { schema: CORE_SCHEMA }) ?? {};
  } catch (e) {
    throw fail([{ file, field: 'plik', message: `błąd składni YAML: ${(e as Error).message.split('\n')[0]}` }]);
  }
  const result = mailListsSchema(forums).safeParse(data);
  if (!result.success) {
    throw fail(result.error.issues.map((i) => ({ file, field: i.path.map(String).join('.') || 'plik', message: i.message })));
  }
  return result.data;
};
