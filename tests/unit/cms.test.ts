// The admin's pure parts: configuration from the environment, the save-time cleanup and the
// attachment folders. The drift between the config and the schema has its own test.
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { accessOfPath } from '../../src/cms/attachment-widget.ts';
import { cleanEntryData } from '../../src/cms/clean-entry.ts';
import { cmsOptions, decapCollection, decapConfig, decapConfigYaml } from '../../src/cms/decap-config.ts';
import { emptyKnown } from '../../src/cms/zod-walk.ts';
import { collections } from '../../src/schema/collections.ts';
import type { Known } from '../../src/schema/fields.ts';

const known: Known = {
  ...emptyKnown(),
  slugs: { ...emptyKnown().slugs, forums: new Set(['mobilnosc']) },
  uploads: new Map([['/uploads/plan.pdf', 1234]]),
};

describe('CMS configuration', () => {
  it('is Polish, names files with ASCII slugs and reviews changes before publishing', () => {
    const c = decapConfig(cmsOptions({}));
    expect(c.locale).toBe('pl');
    expect(c.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    expect(c.publish_mode).toBe('editorial_workflow');
    expect(c.backend).toMatchObject({ name: 'github', repo: 'metropolia-krakowska/baza-wiedzy', branch: 'main' });
    expect(c.local_backend.url).toBe('http://localhost:8081/api/v1');
  });

  it('takes the repository, branch, OAuth client and local server from the environment', () => {
    const c = decapConfig(
      cmsOptions({
        CMS_REPO: 'smk/strona',
        CMS_BRANCH: 'produkcja',
        CMS_OAUTH_URL: 'https://oauth.smk.example',
        CMS_LOCAL_BACKEND_URL: 'http://127.0.0.1:9999/api/v1',
      }),
    );
    expect(c.backend).toMatchObject({ name: 'github', repo: 'smk/strona', branch: 'produkcja', base_url: 'https://oauth.smk.example', auth_endpoint: 'auth' });
    expect(c.local_backend.url).toBe('http://127.0.0.1:9999/api/v1');
  });

  it('supports Azure DevOps as the alternative backend, and nothing else', () => {
    const c = decapConfig(cmsOptions({ CMS_BACKEND: 'azure', CMS_REPO: 'smk/strona/tresc', CMS_AZURE_TENANT_ID: 't-1', CMS_AZURE_APP_ID: 'a-1' }));
    expect(c.backend).toMatchObject({ name: 'azure', repo: 'smk/strona/tresc', tenant_id: 't-1', app_id: 'a-1' });
    expect(() => cmsOptions({ CMS_BACKEND: 'gitlab' })).toThrow(/CMS_BACKEND/);
  });

  it('writes the YAML copy with a do-not-edit header and the same content', () => {
    const c = decapConfig(cmsOptions({}));
    const yaml = decapConfigYaml(c);
    expect(yaml.split('\n')[0]).toMatch(/^# generated from src\/schema .*— do not edit$/);
    expect(load(yaml)).toEqual(JSON.parse(JSON.stringify(c)));
  });

  it('offers list filters for members-only entries and urgent news', () => {
    expect(decapCollection('news').view_filters).toEqual(
      expect.arrayContaining([
        { label: 'Ważność: pilny', field: 'priority', pattern: '^pilny$' },
        { label: 'Dostęp: tylko dla członków', field: 'access', pattern: '^members$' },
      ]),
    );
  });
});

describe('saving an entry from the admin', () => {
  const events = decapCollection('events').fields;
  const practices = decapCollection('practices').fields;

  it('drops fields the editor emptied, which the schema would reject as empty', () => {
    const data = { title: 'Posiedzenie', type: 'webinar', start: '2026-12-08T10:00', location: '', online: '  ', end: null, forums: ['mobilnosc'], tags: ['PZP', ''], body: 'Treść' };
    const clean = cleanEntryData(events, data);
    expect(clean).toEqual({ title: 'Posiedzenie', type: 'webinar', start: '2026-12-08T10:00', forums: ['mobilnosc'], tags: ['PZP'], body: 'Treść' });
    expect(collections.events.schema(known).safeParse(clean).success).toBe(true);
    expect(collections.events.schema(known).safeParse(data).success).toBe(false);
  });

  it('drops the format and size of attachments: the build reads them from the file', () => {
    const clean = cleanEntryData(practices, {
      files: [{ path: '/uploads/plan.pdf', label: 'Plan', format: 'DOCX', bytes: 1 }],
      links: [{ url: 'https://www.skawina.pl/', label: '' }],
    });
    expect(clean['files']).toEqual([{ path: '/uploads/plan.pdf', label: 'Plan' }]);
    expect(clean['links']).toEqual([{ url: 'https://www.skawina.pl/' }]);
  });

  it('keeps fields the admin does not show', () => {
    expect(cleanEntryData(events, { title: 'X', notatka: 'ręczna' })).toEqual({ title: 'X', notatka: 'ręczna' });
  });

  it('saves all-day events as days, so the last day lasts until midnight', () => {
    const clean = cleanEntryData(events, { allDay: true, start: '2026-12-15T00:00', end: '2026-12-16T00:00', movedFrom: '2026-12-01T00:00' });
    expect(clean).toEqual({ allDay: true, start: '2026-12-15', end: '2026-12-16', movedFrom: '2026-12-01' });
    expect(cleanEntryData(events, { allDay: false, start: '2026-12-15T10:00' })).toEqual({ allDay: false, start: '2026-12-15T10:00' });
  });
});

describe('attachments', () => {
  it('belong to members when they live in the member uploads folder', () => {
    expect(accessOfPath('/uploads-members/notatka.pdf', '/uploads-members')).toBe('members');
    expect(accessOfPath('/uploads/wzor.pdf', '/uploads-members')).toBe('public');
    expect(accessOfPath('', '/uploads-members')).toBeUndefined();
    expect(accessOfPath(undefined, '/uploads-members')).toBeUndefined();
  });
});

describe('schema rules the admin relies on', () => {
  it('requires at least one forum where the collection needs one, even when the field is missing', () => {
    const schema = collections.events.schema(known);
    const base = { title: 'Posiedzenie', type: 'webinar', start: '2026-12-08T10:00' };
    expect(schema.safeParse({ ...base, forums: ['mobilnosc'] }).success).toBe(true);
    expect(schema.safeParse(base).error?.issues).toMatchObject([{ path: ['forums'], message: 'wybierz co najmniej jedną pozycję' }]);
  });
});
