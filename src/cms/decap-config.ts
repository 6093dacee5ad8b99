/**
 * The Decap CMS configuration, generated from the schema registry (src/schema/collections.ts).
 *
 * It walks each collection's zod schema — unwrapping optional, default, prefault and pipe
 * (preprocess/transform) layers — and reads what the build enforces: required-ness, defaults,
 * enum options, lengths, number bounds, list minimums and relation targets; the rest (labels,
 * hints, widgets, patterns) comes from each field's `.meta()`. Nothing about a field is written
 * twice, and tests/unit/decap-drift.test.ts checks the result against zod's behaviour.
 */
import { dump } from 'js-yaml';
import { z } from 'astro/zod';
import { t } from '../i18n/pl.ts';
import {
  COLLECTION_NAMES,
  UPLOAD_PREFIX,
  collections,
  type CollectionName,
} from '../schema/collections.ts';
import type { FieldMeta, Known, RefTarget } from '../schema/fields.ts';
import { ATTACHMENT_WIDGET } from './widgets.ts';

/** A Decap field: the common keys typed, widget options open (each widget has its own). */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  fields?: DecapField[];
  [option: string]: unknown;
}

export interface DecapCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  folder: string;
  extension: 'md';
  format: 'frontmatter';
  create: true;
  slug: string;
  identifier_field: string;
  summary: string;
  sortable_fields: string[];
  view_filters: { label: string; field: string; pattern: string }[];
  preview_path: string;
  fields: DecapField[];
}

/** Where the CMS writes: content paths are relative to the repository root. */
export const CMS_CONTENT_DIR = 'content';

/** Media folders per access level (repository paths) and the URL prefix each gets. */
export const MEDIA = {
  public: { media_folder: `/${CMS_CONTENT_DIR}/uploads`, public_folder: UPLOAD_PREFIX.public.slice(0, -1) },
  members: { media_folder: `/${CMS_CONTENT_DIR}/uploads-members`, public_folder: UPLOAD_PREFIX.members.slice(0, -1) },
} as const;


// ——— walking zod ———————————————————————————————————————————————————————————————

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
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}

const defOf = (s: z.ZodType): Def => s._zod.def as unknown as Def;

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

const checkValue = (checks: CheckDef[], kind: 'min_length' | 'max_length'): number | undefined => {
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

// ——— zod field → Decap field ————————————————————————————————————————————————————

/** Decap checks lengths while the editor types; zod's min/max become one pattern. */
const lengthPattern = (min: number | undefined, max: number | undefined): [string, string] | undefined => {
  if (max === undefined && (min ?? 0) <= 1) return undefined;
  const lo = Math.max(min ?? 0, 0);
  const message =
    max === undefined
      ? t('cms.length.min', { min: lo })
      : lo <= 1
        ? t('cms.length.max', { max })
        : t('cms.length.range', { min: lo, max });
  return [`^[\\s\\S]{${lo},${max ?? ''}}$`, message];
};

const relationOptions = (target: RefTarget) => {
  const id = identifierField(target);
  return { collection: target, value_field: '{{slug}}', search_fields: [id], display_fields: [id] };
};

const listBounds = (checks: CheckDef[]) => {
  const min = checkValue(checks, 'min_length');
  const max = checkValue(checks, 'max_length');
  return { ...(min ? { min } : {}), ...(max !== undefined ? { max } : {}) };
};

/** The Decap field for one zod field, or undefined for fields the build derives by itself. */
export const decapField = (name: string, schema: z.ZodType, where = name, inOptionalGroup = false): DecapField | undefined => {
  const f = inspectField(schema, where);
  const { meta } = f;
  if (meta.derived) return undefined;
  // Decap checks required fields inside an optional group even when the group is left empty,
  // which would block saving every one-off event; inside such a group nothing is required or
  // pre-filled in the admin, and the build still rejects a group filled in half.
  const base: DecapField = {
    name,
    label: meta.label,
    widget: meta.widget,
    required: !inOptionalGroup && !f.optional,
    ...(meta.hint ? { hint: meta.hint } : {}),
    ...(f.default !== undefined && !inOptionalGroup ? { default: f.default } : {}),
  };
  switch (meta.widget) {
    case 'string':
    case 'text': {
      const pattern = meta.pattern ? [...meta.pattern] : lengthPattern(checkValue(f.checks, 'min_length'), checkValue(f.checks, 'max_length'));
      return { ...base, ...(pattern ? { pattern: pattern as [string, string] } : {}) };
    }
    case 'date':
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: false };
    case 'datetime':
      // Warsaw wall-clock, as typed: no zone, so the browser's zone never shifts it.
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', date_format: 'YYYY-MM-DD', time_format: 'HH:mm', picker_utc: false };
    case 'select': {
      const values = Object.values(defOf(f.core).entries ?? {});
      const labels = meta.optionLabels;
      return {
        ...base,
        multiple: false,
        options: labels ? values.map((value) => ({ label: labels[value] ?? value, value })) : values,
      };
    }
    case 'relation': {
      if (!meta.collection) throw new Error(`${where}: relacja bez kolekcji docelowej`);
      const multiple = f.coreType === 'array';
      return {
        ...base,
        ...relationOptions(meta.collection),
        multiple,
        ...(multiple ? listBounds(f.checks) : {}),
        options_length: 100,
      };
    }
    case 'list':
      return { ...base, allow_add: true, ...listBounds(f.checks) };
    case 'object-list': {
      const item = defOf(f.core).element!;
      const shape = shapeOf(item);
      const fields = Object.entries(shape).flatMap(([k, v]) => decapField(k, v, `${where}.${k}`) ?? []);
      return {
        ...base,
        widget: 'list',
        allow_add: true,
        collapsed: false,
        ...('label' in shape ? { summary: '{{fields.label}}' } : {}),
        ...listBounds(f.checks),
        fields,
      };
    }
    case 'object': {
      // A group edited together (an event's recurrence): Decap's object widget.
      const shape = shapeOf(f.core);
      const fields = Object.entries(shape).flatMap(([k, v]) => decapField(k, v, `${where}.${k}`, f.optional) ?? []);
      return { ...base, widget: 'object', collapsed: true, fields };
    }
    case 'boolean':
      return base;
    case 'number': {
      // Several lower bounds may stack (non-negative, then at least 1): the strictest wins.
      const lows = f.checks
        .filter((c) => c.check === 'greater_than')
        .map((c) => (c.inclusive ? (c.value ?? 0) : (c.value ?? 0) + 1));
      return { ...base, value_type: 'int', ...(lows.length ? { min: Math.max(...lows) } : {}) };
    }
    case 'file':
      // One value, two folders: the editor picks who may download it (attachment-widget.ts).
      // The member variant is a nested `field` because Decap finds a field's media folder by
      // looking the field object up in the collection's field tree (nested fields included).
      return {
        ...base,
        widget: ATTACHMENT_WIDGET,
        ...MEDIA.public,
        choose_url: false,
        field: { name, label: meta.label, widget: 'file', required: base.required, ...MEDIA.members, choose_url: false },
      };
  }
};

// ——— collections and the whole config ————————————————————————————————————————————

const firstDateField = (fields: DecapField[]) => fields.find((f) => f.widget === 'datetime' && f.required);

const viewFilters = (fields: DecapField[]) =>
  fields.flatMap((f) =>
    f.widget === 'select' && Array.isArray(f['options'])
      ? (f['options'] as (string | { label: string; value: string })[]).map((o) => {
          const { label, value } = typeof o === 'string' ? { label: o, value: o } : o;
          return {
            label: t('cms.filter', { field: f.label, option: label }),
            field: f.name,
            pattern: `^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
          };
        })
      : [],
  );

/** The Decap collection of one content collection: every schema field, plus the body. */
export const decapCollection = (name: CollectionName): DecapCollection => {
  const def = collections[name];
  const shape = shapeOf(collectionSchema(name));
  const fields = Object.entries(shape).flatMap(([k, v]) => decapField(k, v, `${name}.${k}`) ?? []);
  const id = identifierField(name);
  const date = firstDateField(fields);
  return {
    name,
    label: def.label,
    label_singular: t(`kind.${name}`),
    folder: `${CMS_CONTENT_DIR}/${name}`,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    // {{slug}} is the identifier (title or name) turned into an ASCII file name by `slug` below.
    slug: '{{slug}}',
    identifier_field: id,
    summary: date ? `{{fields.${date.name} | date('DD.MM.YYYY')}} — {{fields.${id}}}` : `{{fields.${id}}}`,
    sortable_fields: [id, ...(date ? [date.name] : [])],
    view_filters: viewFilters(fields),
    preview_path: `${def.route}/{{slug}}/`,
    fields: [...fields, { name: 'body', label: def.body, widget: 'markdown', required: false }],
  };
};

export interface CmsOptions {
  /** `github` (default) or `azure` (Azure DevOps). */
  backend: 'github' | 'azure';
  /** GitHub `owner/name`, or Azure DevOps `organisation/project/repository`. */
  repo: string;
  branch: string;
  /** The OAuth client's address (GitHub backend): Decap opens `<base_url>/auth`. */
  oauthUrl?: string | undefined;
  azureTenantId?: string | undefined;
  azureAppId?: string | undefined;
  /** decap-server's API, used when the admin is opened on localhost. */
  localBackendUrl: string;
  /** The members site, for "view live" links. */
  siteUrl: string;
}

/**
 * Decap accepts the sign-in pop-up's messages only from `base_url` compared with the message's
 * origin, so an OAuth client under a path (the SWA API: `https://site/api`) must be given as
 * origin + `auth_endpoint` (`api/auth`), never as a base_url with a path.
 */
export const oauthEndpoint = (oauthUrl: string): { base_url: string; auth_endpoint: string } => {
  const u = new URL(oauthUrl);
  const path = u.pathname.replace(/^\/+|\/+$/g, '');
  return { base_url: u.origin, auth_endpoint: path ? `${path}/auth` : 'auth' };
};

/**
 * CMS options from the environment at build time: CMS_BACKEND, CMS_REPO, CMS_BRANCH,
 * CMS_OAUTH_URL, CMS_AZURE_TENANT_ID, CMS_AZURE_APP_ID, CMS_LOCAL_BACKEND_URL, CMS_SITE_URL.
 */
export const cmsOptions = (env: Record<string, string | undefined> = process.env): CmsOptions => {
  const backend = env['CMS_BACKEND'] ?? 'github';
  if (backend !== 'github' && backend !== 'azure') {
    throw new Error(`CMS_BACKEND musi mieć wartość github albo azure, a ma „${backend}”`);
  }
  return {
    backend,
    repo: env['CMS_REPO'] ?? 'metropolia-krakowska/baza-wiedzy',
    branch: env['CMS_BRANCH'] ?? 'main',
    oauthUrl: env['CMS_OAUTH_URL'],
    azureTenantId: env['CMS_AZURE_TENANT_ID'],
    azureAppId: env['CMS_AZURE_APP_ID'],
    localBackendUrl: env['CMS_LOCAL_BACKEND_URL'] ?? 'http://localhost:8081/api/v1',
    siteUrl: env['CMS_SITE_URL'] ?? env['MEMBERS_URL'] ?? 'http://localhost:4322',
  };
};

const backendConfig = (o: CmsOptions) => {
  const commit_messages = {
    create: t('cms.commit.create'),
    update: t('cms.commit.update'),
    delete: t('cms.commit.delete'),
    uploadMedia: t('cms.commit.uploadMedia'),
    deleteMedia: t('cms.commit.deleteMedia'),
  };
  return o.backend === 'azure'
    ? {
        name: 'azure',
        repo: o.repo,
        branch: o.branch,
        ...(o.azureTenantId ? { tenant_id: o.azureTenantId } : {}),
        ...(o.azureAppId ? { app_id: o.azureAppId } : {}),
        commit_messages,
      }
    : {
        name: 'github',
        repo: o.repo,
        branch: o.branch,
        ...(o.oauthUrl ? oauthEndpoint(o.oauthUrl) : {}),
        commit_messages,
      };
};

/** The whole Decap configuration, for `CMS.init({ config })`. */
export const decapConfig = (o: CmsOptions = cmsOptions()) => ({
  load_config_file: false,
  locale: 'pl',
  backend: backendConfig(o),
  // Draft → in review → ready, as pull requests; decap-server (local editing) saves directly.
  publish_mode: 'editorial_workflow' as const,
  local_backend: { url: o.localBackendUrl, allowed_hosts: ['localhost', '127.0.0.1'] },
  site_url: o.siteUrl,
  display_url: o.siteUrl,
  logo: { src: '/favicon.svg' },
  media_folder: MEDIA.public.media_folder.slice(1),
  public_folder: MEDIA.public.public_folder,
  // File names are ASCII slugs: "Łódź: zażółć" → lodz-zazolc (what the content check expects).
  slug: { encoding: 'ascii' as const, clean_accents: true, sanitize_replacement: '-' },
  collections: COLLECTION_NAMES.map(decapCollection),
});

export type DecapConfig = ReturnType<typeof decapConfig>;

/** The same configuration as YAML, for people to read (served as /admin/config.yml). */
export const decapConfigYaml = (config: DecapConfig): string =>
  '# generated from src/schema by src/cms/decap-config.ts — do not edit\n' +
  '# The admin (/admin/) passes the same object to CMS.init({ config }).\n' +
  dump(config, { lineWidth: 120, noRefs: true });
