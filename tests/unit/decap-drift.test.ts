// The Decap config must say exactly what the build enforces. For every collection and field,
// the generated Decap field is compared with the BEHAVIOUR of the zod schema (what it accepts,
// rejects and fills in), not with its structure — so a change to either side that makes the
// admin accept what the build rejects (or the reverse) fails here.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { ATTACHMENT_WIDGET } from '../../src/cms/widgets.ts';
import { decapCollection, decapConfig } from '../../src/cms/decap-config.ts';
import { CMS_CONTENT_DIR, MEDIA, type DecapField } from '../../src/cms/decap-fields.ts';
import { scanKnown } from '../../src/lib/content/node/content-dir.ts';
import { COLLECTION_NAMES, UPLOAD_PREFIX, collections, roomFilePrefix, type CollectionName } from '../../src/schema/collections.ts';
import type { Known, RefTarget } from '../../src/schema/fields.ts';

/** A content folder with one known entry per referenced collection and two attachments. */
const KNOWN_SLUG: Record<RefTarget, string> = {
  forums: 'znane-forum',
  municipalities: 'znana-gmina',
  contacts: 'znany-kontakt',
  events: 'znane-wydarzenie',
  documents: 'znany-dokument',
};
const KNOWN: Known = {
  slugs: Object.fromEntries(Object.entries(KNOWN_SLUG).map(([k, v]) => [k, new Set([v])])) as unknown as Known['slugs'],
  uploads: new Map([
    [`${UPLOAD_PREFIX.public}plik.pdf`, 10],
    [`${UPLOAD_PREFIX.members}plik.pdf`, 20],
    [`${roomFilePrefix(KNOWN_SLUG.forums)}plik.pdf`, 30],
  ]),
};
/** The admin's forum rooms: the known forum (room files of unknown forums have no folder). */
const ROOMS = [{ slug: KNOWN_SLUG.forums, title: 'Znane forum' }];

const accepts = (s: z.ZodType, v: unknown) => s.safeParse(v).success;

/** Steps through wrappers with zod's public API until `stop` holds (navigation only). */
const unwrapUntil = (s: z.ZodType, stop: (x: z.ZodType) => boolean): z.ZodType => {
  let x = s;
  for (let i = 0; i < 10 && !stop(x); i++) {
    if (x instanceof z.ZodPipe) x = x.in instanceof z.ZodTransform ? (x.out as z.ZodType) : (x.in as z.ZodType);
    else if ('unwrap' in x && typeof x.unwrap === 'function') x = x.unwrap() as z.ZodType;
    else break;
  }
  return x;
};

/** Texts of many lengths and shapes: a Decap pattern must accept exactly what zod accepts. */
const TEXT_PROBES = [
  ...[1, 2, 3, 59, 60, 61, 119, 120, 121, 159, 160, 161, 199, 200, 201, 299, 300, 301].map((n) => 'x'.repeat(n)),
  'Posiedzenie Forum Prawa Zamówień Publicznych',
  'jan.kowalski@gmina.example',
  'jan.kowalski@',
  'https://www.skawina.pl/',
  'http://bip.malopolska.pl/ugskawina',
  'ftp://pliki.example.pl/a',
  'www.skawina.pl',
  'https://',
  '+48 12 345 67 89',
  '12 34',
  '(12) 345-67-89',
];

const decapAcceptsText = (f: DecapField, v: string) => (f.pattern ? new RegExp(f.pattern[0]).test(v) : true);

/** Checks one Decap field against its zod field; `path` names it in failures. */
const compareField = (path: string, f: DecapField, zf: z.ZodType, inOptionalGroup = false) => {
  // Required: the admin demands a value exactly when the build rejects a missing one — except
  // inside an optional group, where the admin requires and pre-fills nothing (decap-config.ts).
  expect(f.required, `${path}: required`).toBe(inOptionalGroup ? false : !accepts(zf, undefined));

  // Defaults: what the admin pre-fills is what the build would use.
  const missing = zf.safeParse(undefined);
  if (inOptionalGroup) {
    expect(f.default, `${path}: no pre-filled value inside an optional group`).toBeUndefined();
  } else if (f.default !== undefined) {
    expect(missing.success, `${path}: default without zod default`).toBe(true);
    expect(missing.data, `${path}: default`).toEqual(f.default);
  } else if (missing.success && !['list', 'relation'].includes(f.widget)) {
    expect(missing.data, `${path}: zod has a default the admin lacks`).toBeUndefined();
  }

  switch (f.widget) {
    case 'string':
    case 'text':
      for (const probe of TEXT_PROBES) {
        expect(decapAcceptsText(f, probe), `${path}: „${probe.slice(0, 40)}” (${probe.length} znaków)`).toBe(accepts(zf, probe));
      }
      break;
    case 'datetime': {
      const written = f['format'] === 'YYYY-MM-DD' ? '2026-12-08' : '2026-12-08T10:00';
      expect(accepts(zf, written), `${path}: accepts what the admin writes (${f['format']})`).toBe(true);
      if (f['time_format'] === false) {
        expect(accepts(zf, '2026-12-08T10:00'), `${path}: a day field must reject times`).toBe(false);
      } else {
        // All-day entries are saved as days (src/cms/clean-entry.ts).
        expect(accepts(zf, '2026-12-08'), `${path}: a time field must accept a day`).toBe(true);
      }
      expect(f['picker_utc'], `${path}: Warsaw wall-clock, not UTC`).toBe(false);
      break;
    }
    case 'select': {
      const options = (f['options'] as (string | { value: string })[]).map((o) => (typeof o === 'string' ? o : o.value));
      const zodOptions = (unwrapUntil(zf, (x) => x instanceof z.ZodEnum) as z.ZodEnum).options;
      expect(options, `${path}: options`).toEqual(zodOptions);
      for (const o of options) expect(accepts(zf, o), `${path}: option ${o}`).toBe(true);
      expect(accepts(zf, 'nie-ma-takiej'), `${path}: rejects other values`).toBe(false);
      expect(f['multiple'], `${path}: one value`).toBe(false);
      break;
    }
    case 'relation': {
      const target = f['collection'] as RefTarget;
      expect(COLLECTION_NAMES, `${path}: target is a collection`).toContain(target);
      const wrap = (slug: string) => (f['multiple'] ? [slug] : slug);
      expect(accepts(zf, wrap(KNOWN_SLUG[target])), `${path}: accepts an entry of ${target}`).toBe(true);
      expect(accepts(zf, wrap('nieznany')), `${path}: rejects an unknown slug`).toBe(false);
      for (const other of Object.keys(KNOWN_SLUG) as RefTarget[]) {
        if (other !== target) expect(accepts(zf, wrap(KNOWN_SLUG[other])), `${path}: not a relation to ${other}`).toBe(false);
      }
      expect(accepts(zf, [KNOWN_SLUG[target]]), `${path}: multiple`).toBe(f['multiple'] === true);
      if (f['multiple']) expect(accepts(zf, []), `${path}: min`).toBe(!f['min']);
      expect(f['value_field'], `${path}: stores the slug`).toBe('{{slug}}');
      break;
    }
    case 'list':
      if (f.fields) {
        expect(accepts(zf, []), `${path}: min`).toBe(!f['min']);
        const item = (unwrapUntil(zf, (x) => x instanceof z.ZodArray) as z.ZodArray).element as z.ZodObject;
        compareFields(path, f.fields, item.shape);
      } else if (accepts(zf, ['2026-12-08']) && !accepts(zf, ['PZP'])) {
        // A list of days (dates a series skips): the admin's comma list holds YYYY-MM-DD texts.
        expect(accepts(zf, ['2026-12-08', '2027-01-12']), `${path}: list of days`).toBe(true);
        expect(accepts(zf, ['PZP']), `${path}: only days`).toBe(false);
      } else {
        expect(accepts(zf, ['wymiana pieców', 'PZP']), `${path}: list of texts`).toBe(true);
        expect(accepts(zf, [1]), `${path}: only texts`).toBe(false);
      }
      break;
    case 'object': {
      // A group of fields (an event's recurrence): the same comparison, one level down.
      const inner = unwrapUntil(zf, (x) => x instanceof z.ZodObject) as z.ZodObject;
      compareFields(path, f.fields ?? [], inner.shape, accepts(zf, undefined));
      break;
    }
    case 'boolean':
      expect(accepts(zf, true) && accepts(zf, false), `${path}: true/false`).toBe(true);
      expect(accepts(zf, 'tak'), `${path}: only booleans`).toBe(false);
      break;
    case 'number':
      expect(f['value_type'], `${path}: integers`).toBe('int');
      expect(accepts(zf, 1.5), `${path}: rejects fractions`).toBe(false);
      expect(accepts(zf, f['min']), `${path}: min accepted`).toBe(true);
      expect(accepts(zf, (f['min'] as number) - 1), `${path}: below min rejected`).toBe(false);
      break;
    case ATTACHMENT_WIDGET: {
      // Whatever folder the editor picks, the path the admin writes is one the build accepts:
      // the public folder (the field itself), the member folder and each room (its variants).
      const variants = f.fields ?? [];
      expect(variants.map((v) => v.name), `${path}: folders`).toEqual(['members', ...ROOMS.map((r) => `room-${r.slug}`)]);
      for (const folder of [f, ...variants]) {
        expect(accepts(zf, `${folder['public_folder']}/plik.pdf`), `${path}: file in ${String(folder['public_folder'])}`).toBe(true);
      }
      expect(accepts(zf, '/inne/plik.pdf'), `${path}: other folders`).toBe(false);
      break;
    }
    default:
      throw new Error(`${path}: widget ${f.widget} has no drift check`);
  }
};

/** Every zod field has its Decap field, except those the build derives (which must be optional). */
const compareFields = (path: string, fields: readonly DecapField[], shape: Record<string, z.ZodType>, inOptionalGroup = false) => {
  const byName = new Map(fields.map((f) => [f.name, f]));
  for (const [name, zf] of Object.entries(shape)) {
    const f = byName.get(name);
    if (!f) {
      expect(z.globalRegistry.get(unwrapUntil(zf, (x) => z.globalRegistry.get(x) !== undefined))?.['derived'], `${path}.${name}: missing in the admin`).toBe(true);
      expect(accepts(zf, undefined), `${path}.${name}: derived fields must be optional`).toBe(true);
      continue;
    }
    compareField(`${path}.${name}`, f, zf, inOptionalGroup);
  }
  const extra = fields.map((f) => f.name).filter((n) => !(n in shape) && !(path.split('.').length === 1 && n === 'body'));
  expect(extra, `${path}: fields the build does not know`).toEqual([]);
};

describe('Decap config vs zod schema (drift)', () => {
  const config = decapConfig();

  it('makes every collection editable, in its content folder', () => {
    expect(config.collections.map((c) => c.name)).toEqual(COLLECTION_NAMES);
    for (const c of config.collections) {
      expect(c.folder).toBe(`content/${c.name}`);
      expect(c.create).toBe(true);
      expect(c.fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
    }
  });

  it.each(COLLECTION_NAMES)('%s: every field matches the schema', (name: CollectionName) => {
    const shape = (collections[name].schema(KNOWN) as unknown as z.ZodObject).shape;
    compareFields(name, decapCollection(name, ROOMS).fields, shape);
  });

  it('names entries by a required field the schema has', () => {
    for (const c of config.collections) {
      const id = c.fields.find((f) => f.name === c.identifier_field);
      expect(id, c.name).toMatchObject({ widget: 'string', required: true });
    }
  });

  it('puts public and member attachments in the folders the build reads', () => {
    expect(MEDIA.public).toEqual({ media_folder: '/content/uploads', public_folder: '/uploads' });
    expect(MEDIA.members).toEqual({ media_folder: '/content/uploads-members', public_folder: '/uploads-members' });
    expect(config.media_folder).toBe('content/uploads');
  });

  it('uploads every attachment variant where the build finds it under the URL the admin writes', () => {
    // A file put into each media folder (repository paths) is known to the build's content
    // scan at exactly `<public_folder>/<file>`: the admin and the build agree on every folder.
    const repo = mkdtempSync(join(tmpdir(), 'decap-media-'));
    try {
      const path = decapCollection('documents', ROOMS).fields.find((f) => f.name === 'files')!.fields!.find((f) => f.name === 'path')!;
      const folders = [path, ...(path.fields ?? [])];
      expect(folders).toHaveLength(3);
      for (const folder of folders) {
        const dir = join(repo, String(folder['media_folder']));
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'plik.pdf'), '%PDF-1.4\n');
      }
      const known = scanKnown(join(repo, CMS_CONTENT_DIR));
      expect([...known.uploads.keys()].sort()).toEqual(folders.map((folder) => `${String(folder['public_folder'])}/plik.pdf`).sort());
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
