/**
 * Field builders of the content model: zod schemas that carry their editorial metadata
 * (`.meta({ label, hint, widget })`). The collection definitions in ./collections.ts are built
 * only from these, so one definition yields the validation, the TypeScript types of entries and
 * the CMS widgets (the CMS config generator walks the same schemas and reads the metadata).
 *
 * Every message is Polish and short: the content check prefixes it with the file and the field.
 */
import { z } from 'astro/zod';

/** Collections a relation field may point to. */
export type RefTarget = 'forums' | 'municipalities' | 'contacts' | 'events' | 'documents';

/**
 * What exists in the content folder: slugs per collection (from file names) and attachment
 * sizes by URL path (`/uploads/x.pdf` → bytes). References and files are checked against it.
 */
export interface Known {
  slugs: Record<RefTarget, ReadonlySet<string>>;
  uploads: ReadonlyMap<string, number>;
}

/**
 * Editorial metadata read by the CMS config generator (src/cms/decap-config.ts). Everything
 * else the CMS needs — required-ness, defaults, options, lengths, number bounds — is read from
 * the zod schema itself, so it cannot disagree with the build.
 */
export interface FieldMeta {
  label: string;
  hint?: string;
  widget:
    | 'string'
    | 'text'
    | 'date'
    | 'datetime'
    | 'select'
    | 'relation'
    | 'list'
    | 'object-list'
    | 'object'
    | 'boolean'
    | 'number'
    | 'file';
  /** For relations: the collection pointed to. */
  collection?: RefTarget;
  /** For relations: one slug or a list of slugs. */
  multiple?: boolean;
  /** A regular expression (JavaScript source) and its message, checked while the editor types. */
  pattern?: readonly [source: string, message: string];
  /** For selects: what the editor sees instead of a raw value (`members` → "tylko dla członków"). */
  optionLabels?: Readonly<Record<string, string>>;
  /** Computed at build time from another field (a file's format and size): not edited in the CMS. */
  derived?: boolean;
  [key: string]: unknown;
}

const meta = (m: FieldMeta) => m;

const REF_NOUN: Record<RefTarget, string> = {
  forums: 'nieznane forum',
  municipalities: 'nieznana gmina',
  contacts: 'nieznany kontakt',
  events: 'nieznane wydarzenie',
  documents: 'nieznany dokument',
};

const required = (what: string) => (iss: { input: unknown }) =>
  iss.input === undefined || iss.input === null ? 'pole jest wymagane' : `oczekiwano: ${what}`;

/** A rule shared by the schema (build) and the CMS (while typing): one regex, one message. */
interface TextRule {
  regex: RegExp;
  message: string;
}
const PHONE: TextRule = {
  regex: /^\+?[0-9 ()-]{6,20}$/,
  message: 'niepoprawny numer telefonu (np. +48 12 345 67 89)',
};
/** What the CMS can check of an address before the build parses it with `URL`. */
const WEB_ADDRESS: TextRule = { regex: /^https?:\/\/[^\s/?#]+\S*$/, message: 'niepoprawny adres (oczekiwano https://…)' };
const EMAIL_MESSAGE = 'niepoprawny adres e-mail';
const patternOf = (rule: TextRule) => [rule.regex.source, rule.message] as const;

/** One-line text. */
export const line = (label: string, o: { min?: number; max?: number; hint?: string } = {}) =>
  z
    .string({ error: required('tekst') })
    .trim()
    .min(o.min ?? 1, { error: o.min ? `co najmniej ${o.min} znaki` : 'pole jest puste' })
    .max(o.max ?? 200, { error: `najwyżej ${o.max ?? 200} znaków` })
    .meta(meta({ label, widget: 'string', ...(o.hint ? { hint: o.hint } : {}) }));

/** Multi-line plain text (summaries). */
export const paragraph = (label: string, o: { max?: number; hint?: string } = {}) =>
  z
    .string({ error: required('tekst') })
    .trim()
    .min(1, { error: 'pole jest puste' })
    .max(o.max ?? 300, { error: `najwyżej ${o.max ?? 300} znaków` })
    .meta(meta({ label, widget: 'text', ...(o.hint ? { hint: o.hint } : {}) }));

export const email = (label: string) => {
  const schema = z.email({ error: (iss) => (iss.input === undefined ? 'pole jest wymagane' : EMAIL_MESSAGE) });
  // The CMS checks with zod's own e-mail pattern, so both accept the same addresses.
  return schema.meta(meta({ label, widget: 'string', pattern: [schema._zod.def.pattern?.source ?? '@', EMAIL_MESSAGE] }));
};

export const url = (label: string) =>
  z
    .url({
      protocol: /^https?$/,
      error: (iss) => (iss.input === undefined ? 'pole jest wymagane' : WEB_ADDRESS.message),
    })
    .meta(meta({ label, widget: 'string', pattern: patternOf(WEB_ADDRESS) }));

export const phone = (label: string) =>
  z
    .string({ error: required('numer telefonu') })
    .regex(PHONE.regex, { error: PHONE.message })
    .meta(meta({ label, widget: 'string', pattern: patternOf(PHONE) }));

const isRealDate = (s: string) => {
  const d = new Date(`${s.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s.slice(0, 10);
};

/** YAML turns an unquoted `2026-12-08` into a Date at UTC midnight; we keep plain strings. */
const dateToString = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

/** A calendar day, `YYYY-MM-DD`. */
export const day = (label: string) =>
  z
    .preprocess(
      dateToString,
      z
        .string({ error: required('data RRRR-MM-DD') })
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'oczekiwano daty RRRR-MM-DD' })
        .refine(isRealDate, { error: 'taki dzień nie istnieje' }),
    )
    .meta(meta({ label, widget: 'date' }));

/**
 * YAML reads an unquoted `2026-12-08 10:00:00` as UTC; its UTC digits are the wall-clock the
 * editor wrote. A Date at exactly midnight came from a date-only value (all-day events).
 */
const wallClockToString = (v: unknown) => {
  if (!(v instanceof Date)) return v;
  const iso = v.toISOString();
  return iso.slice(11, 19) === '00:00:00' ? iso.slice(0, 10) : iso.slice(0, 16);
};

/** Europe/Warsaw wall-clock time `YYYY-MM-DDTHH:mm`, or a day `YYYY-MM-DD` for all-day items. */
export const wallClock = (label: string) =>
  z
    .preprocess(
      wallClockToString,
      z
        .string({ error: required('czas RRRR-MM-DDTGG:MM') })
        .regex(/^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d)?$/, {
          error: 'oczekiwano czasu RRRR-MM-DDTGG:MM (czas warszawski) lub daty RRRR-MM-DD',
        })
        .refine(isRealDate, { error: 'taki dzień nie istnieje' }),
    )
    .meta(meta({ label, widget: 'datetime' }));

export const choice = <const T extends readonly [string, ...string[]]>(
  label: string,
  options: T,
  o: { hint?: string; optionLabels?: Readonly<Record<T[number], string>>; derived?: boolean } = {},
) =>
  z
    .enum(options, {
      error: (iss) =>
        iss.input === undefined
          ? 'pole jest wymagane'
          : `niedozwolona wartość „${String(iss.input)}” (dozwolone: ${options.join(', ')})`,
    })
    .meta(meta({ label, widget: 'select', ...o }));

export const bool = (label: string) =>
  z.boolean({ error: 'oczekiwano true albo false' }).meta(meta({ label, widget: 'boolean' }));

export const int = (label: string, o: { derived?: boolean } = {}) =>
  z
    .number({ error: required('liczba') })
    .int({ error: 'oczekiwano liczby całkowitej' })
    .nonnegative({ error: 'liczba nie może być ujemna' })
    .meta(meta({ label, widget: 'number', ...o }));

/** A list of short strings (tags, topics). */
export const words = (label: string, hint?: string) =>
  z
    .array(z.string().trim().min(1, { error: 'pusty element listy' }).max(60, { error: 'najwyżej 60 znaków' }), {
      error: 'oczekiwano listy',
    })
    .default([])
    .meta(meta({ label, widget: 'list', ...(hint ? { hint } : {}) }));

/** A reference by slug to another entry; an unknown slug fails the build. */
export const ref = (known: Known, target: RefTarget, label: string) =>
  z
    .string({ error: required('identyfikator (slug)') })
    .refine((slug) => known.slugs[target].has(slug), {
      error: (iss) => `${REF_NOUN[target]} „${String(iss.input)}”`,
    })
    .meta(meta({ label, widget: 'relation', collection: target }));

/**
 * A list of references. `prefault` (not `default`): the empty list is validated too, so with
 * `min` ≥ 1 a missing list fails like an empty one, with the same message.
 */
export const refList = (known: Known, target: RefTarget, label: string, min = 0) =>
  z
    .array(ref(known, target, label), { error: 'oczekiwano listy' })
    .min(min, { error: 'wybierz co najmniej jedną pozycję' })
    .prefault([])
    .meta(meta({ label, widget: 'relation', collection: target, multiple: true }));

/** A group of fields edited together (a recurrence rule). */
export const group = <S extends z.ZodRawShape>(label: string, shape: S) =>
  z.object(shape, { error: 'oczekiwano grupy pól' }).meta(meta({ label, widget: 'object' }));

/** A list of days `YYYY-MM-DD` (dates skipped by a recurring event). */
export const dayList = (label: string) =>
  z.array(day(label), { error: 'oczekiwano listy dat' }).default([]).meta(meta({ label, widget: 'list' }));

/** A list of small objects (attachments, links); missing means empty unless `min` ≥ 1. */
export const objectList = <S extends z.ZodRawShape>(label: string, shape: S, o: { min?: number; minError?: string } = {}) =>
  z
    .array(z.object(shape), { error: 'oczekiwano listy' })
    .min(o.min ?? 0, { error: o.minError ?? 'dodaj co najmniej jedną pozycję' })
    .prefault([])
    .meta(meta({ label, widget: 'object-list' }));
