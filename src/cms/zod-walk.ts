/**
 * Reads a zod 4 schema the way the build applies it: unwraps optional, default, prefault and pipe
 * (preprocess/transform) layers down to the core type and collects required-ness, defaults and
 * checks on the way. The CMS field mapper (decap-fields.ts) and the drift test read fields
 * through this one walker, so nothing about a field is written twice.
 */
import { z } from 'astro/zod';
import { collections, type CollectionName } from '../schema/collections.ts';
import type { FieldMeta, Known } from '../schema/fields.ts';

/** The zod 4 internals the walker reads (`schema._zod.def`). */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  defaultValue?: unknown;
  entries?: Record<string, string>;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  checks?: { _zod: { def: CheckDef } }[];
}
export interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}

export const defOf = (s: z.ZodType): Def => s._zod.def as unknown as Def;

/** What the build accepts for one field, read from its zod schema. */
export interface FieldInfo {
  meta: FieldMeta;
  /** The innermost schema: string, enum, boolean, number, array or object. */
  core: z.ZodType;
  coreType: string;
  /** May the field be missing from the frontmatter? */
  optional: boolean;
  /** The value the build uses when the field is missing. */
  default?: unknown;
  checks: CheckDef[];
}

/**
 * Unwraps a field schema down to its core type, collecting metadata (outer layers win),
 * required-ness, default and checks on the way.
 */
export const inspectField = (schema: z.ZodType, where = 'field'): FieldInfo => {
  let meta: Partial<FieldMeta> = {};
  let optional = false;
  let dflt: unknown;
  const checks: CheckDef[] = [];
  let s = schema;
  for (;;) {
    meta = { ...(z.globalRegistry.get(s) as Partial<FieldMeta> | undefined), ...meta };
    const d = defOf(s);
    checks.push(...(d.checks ?? []).map((c) => c._zod.def));
    if (d.type === 'optional') {
      optional = true;
      s = d.innerType!;
    } else if (d.type === 'default') {
      optional = true;
      dflt ??= d.defaultValue;
      s = d.innerType!;
    } else if (d.type === 'prefault') {
      // A prefault is parsed like input: the field may be missing only if the value is valid.
      if (d.innerType!.safeParse(d.defaultValue).success) {
        optional = true;
        dflt ??= d.defaultValue;
      }
      s = d.innerType!;
    } else if (d.type === 'pipe') {
      // preprocess = pipe(transform, schema); .transform() = pipe(schema, transform).
      s = defOf(d.in!).type === 'transform' ? d.out! : d.in!;
    } else break;
  }
  if (!meta.label || !meta.widget) throw new Error(`${where}: brak .meta({ label, widget }) w schemacie`);
  return {
    meta: meta as FieldMeta,
    core: s,
    coreType: defOf(s).type,
    optional,
    ...(dflt !== undefined ? { default: dflt } : {}),
    checks,
  };
};

export const checkValue = (checks: CheckDef[], kind: 'min_length' | 'max_length'): number | undefined => {
  const c = checks.find((x) => x.check === kind);
  return kind === 'min_length' ? c?.minimum : c?.maximum;
};

/** Fields of an object schema (the entry itself, or one item of an object list). */
export const shapeOf = (schema: z.ZodType): Record<string, z.ZodType> => {
  let s = schema;
  while (defOf(s).type !== 'object') {
    const d = defOf(s);
    s = d.innerType ?? d.in ?? d.element ?? (() => { throw new Error(`not an object schema: ${d.type}`); })();
  }
  return defOf(s).shape!;
};

/** A content folder with nothing in it: schemas need one, the generator never checks slugs. */
export const emptyKnown = (): Known => ({
  slugs: { forums: new Set(), municipalities: new Set(), contacts: new Set(), events: new Set(), documents: new Set() },
  uploads: new Map(),
});

/** The entry schema of a collection, with no content behind it. */
export const collectionSchema = (name: CollectionName, known: Known = emptyKnown()): z.ZodType =>
  collections[name].schema(known) as z.ZodType;

/** The field that names an entry (and gives its file name): `title`, or `name` for contacts. */
export const identifierField = (name: CollectionName): string =>
  'title' in shapeOf(collectionSchema(name)) ? 'title' : 'name';
