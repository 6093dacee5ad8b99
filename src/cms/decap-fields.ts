/**
 * One zod field → one Decap field: widget, label, hint, required-ness, default, options,
 * relations and length patterns, all read from the schema (see zod-walk.ts).
 */
import type { z } from 'astro/zod';
import { t } from '../i18n/pl.ts';
import { ROOM_UPLOADS_FOLDER, UPLOAD_PREFIX, roomFilePrefix } from '../schema/collections.ts';
import type { RefTarget } from '../schema/fields.ts';
import { checkValue, defOf, identifierField, inspectField, shapeOf, type CheckDef } from './zod-walk.ts';
import { ATTACHMENT_WIDGET, MEMBERS_VARIANT, roomVariantName } from './widgets.ts';

/** Where the CMS writes: content paths are relative to the repository root. */
export const CMS_CONTENT_DIR = 'content';

/** Media folders per access level (repository paths) and the URL prefix each gets. */
export const MEDIA = {
  public: { media_folder: `/${CMS_CONTENT_DIR}/uploads`, public_folder: UPLOAD_PREFIX.public.slice(0, -1) },
  members: { media_folder: `/${CMS_CONTENT_DIR}/uploads-members`, public_folder: UPLOAD_PREFIX.members.slice(0, -1) },
} as const;

/** A forum room's media folder: content/uploads-rooms/<forum> → /pokoje/<forum>/pliki (issue 17). */
export const roomMedia = (forum: string) => ({
  media_folder: `/${CMS_CONTENT_DIR}/${ROOM_UPLOADS_FOLDER}/${forum}`,
  public_folder: roomFilePrefix(forum).slice(0, -1),
});

/** A forum whose room may hold files: its slug and the label the admin shows (from content). */
export interface RoomForum {
  slug: string;
  title: string;
}

/** What a field is generated for: where it sits (for errors) and the rooms its files may use. */
export interface FieldContext {
  /** The field's path, `collection.field.sub`, named in errors. */
  where?: string;
  /** Inside an optional group (an event's recurrence): nothing required or pre-filled. */
  inOptionalGroup?: boolean;
  /** Forums whose rooms the collection's attachments may go to (only room collections get any). */
  rooms?: readonly RoomForum[];
}

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
export const decapField = (name: string, schema: z.ZodType, ctx: FieldContext = {}): DecapField | undefined => {
  const { where = name, inOptionalGroup = false, rooms = [] } = ctx;
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
      const fields = Object.entries(shape).flatMap(([k, v]) => decapField(k, v, { where: `${where}.${k}`, rooms }) ?? []);
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
      const fields = Object.entries(shape).flatMap(([k, v]) => decapField(k, v, { where: `${where}.${k}`, inOptionalGroup: f.optional, rooms }) ?? []);
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
    case 'file': {
      // One value, several folders: the editor picks who may download it (attachment-widget.ts).
      // The field itself is the public folder; the member folder and each forum room's folder
      // are nested variants in `fields`, because Decap finds a field's media folder by looking
      // the field object up in the collection's field tree (nested `fields` included; it follows
      // only one of `fields`, `field` or `types`, so all variants share `fields`).
      const variant = (variantName: string, label: string, folders: { media_folder: string; public_folder: string }) => ({
        name: variantName,
        label,
        widget: 'file',
        required: base.required,
        ...folders,
        choose_url: false,
      });
      return {
        ...base,
        widget: ATTACHMENT_WIDGET,
        ...MEDIA.public,
        choose_url: false,
        fields: [
          variant(MEMBERS_VARIANT, t('cms.attachment.members'), MEDIA.members),
          ...rooms.map((r) => ({ ...variant(roomVariantName(r.slug), r.title, roomMedia(r.slug)), forum: r.slug })),
        ],
      };
    }
  }
};
