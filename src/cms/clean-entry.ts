/**
 * What the admin does to an entry right before Decap saves it (its `preSave` event), so the
 * file it writes passes the content check and stays tidy:
 * - an optional field the editor emptied is dropped, not saved as `''` (which the schema
 *   rejects as "pole jest puste") — also inside list items, and blank list entries go;
 * - list items keep only the fields the CMS edits: values the build derives (a file's format
 *   and size) are dropped, so they can never go stale after the file is replaced;
 * - an optional group of fields left empty (an event's recurrence) is dropped whole;
 * - an all-day event keeps days (`2026-12-15`), not midnights: a day-only end lasts the whole
 *   day, a midnight end would finish the event as the day begins.
 * Pure: runs in the browser (src/cms/admin.ts) and in unit tests.
 */
import type { DecapField } from './decap-fields.ts';

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const cleanValue = (field: DecapField | undefined, value: unknown): unknown => {
  if (field?.widget === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
    const inner = cleanObject(field.fields ?? [], value as Record<string, unknown>, true);
    // An optional group left untouched (a one-off event's recurrence) is not saved at all.
    return Object.values(inner).some((v) => !(Array.isArray(v) && v.length === 0)) ? inner : undefined;
  }
  if (!Array.isArray(value)) return value;
  const items = value.filter((v) => !isEmpty(v));
  const sub = field?.fields;
  if (!sub) return items;
  return items.map((item: unknown) =>
    item && typeof item === 'object' ? cleanObject(sub, item as Record<string, unknown>, true) : item,
  );
};

const cleanObject = (
  fields: readonly DecapField[],
  data: Record<string, unknown>,
  onlyKnown: boolean,
): Record<string, unknown> => {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const field = byName.get(key);
    if (isEmpty(value) || (onlyKnown && !field)) continue;
    const cleaned = cleanValue(field, value);
    if (cleaned !== undefined) out[key] = cleaned;
  }
  return out;
};

/** A day-only value for datetime fields (those with a time) of an all-day entry. */
const allDayDates = (fields: readonly DecapField[], data: Record<string, unknown>) => {
  if (data['allDay'] !== true) return data;
  const out = { ...data };
  for (const f of fields) {
    const v = out[f.name];
    if (f.widget === 'datetime' && f['time_format'] && typeof v === 'string') out[f.name] = v.slice(0, 10);
  }
  return out;
};

/**
 * The entry data to save, given the collection's Decap fields. Top-level keys the CMS does not
 * know are kept (the schema ignores them; nothing an editor cannot see is thrown away).
 */
export const cleanEntryData = (
  fields: readonly DecapField[],
  data: Readonly<Record<string, unknown>>,
): Record<string, unknown> => allDayDates(fields, cleanObject(fields, data, false));
