// The admin's pure parts: configuration from the environment, the save-time cleanup and the
// attachment folders. The drift between the config and the schema has its own test.
import { fromJS } from 'immutable';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  attachmentProblem,
  choiceKey,
  choiceOfKey,
  choiceOfPath,
  defaultChoice,
  entryScope,
  roomFileMissesForums,
  roomsOf,
  type FileChoice,
} from '../../src/cms/attachment-choice.ts';
import { cleanEntryData } from '../../src/cms/clean-entry.ts';
import { cmsOptions, decapCollection, decapConfig, decapConfigYaml } from '../../src/cms/decap-config.ts';
import type { DecapField } from '../../src/cms/decap-fields.ts';
import { emptyKnown } from '../../src/cms/zod-walk.ts';
import { ENTRY_ACCESS, collections } from '../../src/schema/collections.ts';
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
  it('live where their path says, judged as the build judges it (rooms included)', () => {
    expect(choiceOfPath('/uploads-members/notatka.pdf')).toEqual({ kind: 'members' });
    expect(choiceOfPath('/uploads/wzor.pdf')).toEqual({ kind: 'public' });
    expect(choiceOfPath('/pokoje/mobilnosc/pliki/plan.pdf')).toEqual({ kind: 'room', forum: 'mobilnosc' });
    expect(choiceOfPath('/pokoje/zamowienia-publiczne/pliki/a/b.docx')).toEqual({ kind: 'room', forum: 'zamowienia-publiczne' });
    // A room page is not a room file: only /pokoje/<forum>/pliki/ holds files.
    expect(choiceOfPath('/pokoje/mobilnosc/plan.pdf')).toEqual({ kind: 'public' });
    expect(choiceOfPath('')).toBeUndefined();
    expect(choiceOfPath(undefined)).toBeUndefined();
    for (const c of [{ kind: 'public' }, { kind: 'members' }, { kind: 'room', forum: 'mobilnosc' }] as FileChoice[]) {
      expect(choiceOfKey(choiceKey(c))).toEqual(c);
    }
  });

  it('are refused by the widget exactly when the build refuses them: every folder × access × forums', () => {
    const k: Known = {
      ...emptyKnown(),
      slugs: { ...emptyKnown().slugs, forums: new Set(['mobilnosc', 'zamowienia-publiczne']) },
      uploads: new Map([
        ['/uploads/plan.pdf', 10],
        ['/uploads-members/plan.pdf', 10],
        ['/pokoje/mobilnosc/pliki/plan.pdf', 10],
      ]),
    };
    const base = { title: 'Plan roboczy', summary: 'Wersja robocza.', kind: 'raport', date: '2026-11-10' };
    let compared = 0;
    for (const path of k.uploads.keys()) {
      for (const access of ENTRY_ACCESS) {
        for (const forums of [['mobilnosc'], ['zamowienia-publiczne'], ['zamowienia-publiczne', 'mobilnosc']]) {
          const built = collections.documents.schema(k).safeParse({ ...base, access, forums, files: [{ path, label: 'Plan' }] }).success;
          const problem = attachmentProblem(choiceOfPath(path), { access, forums });
          expect(problem === undefined, `${path}, ${access}, ${forums.join('+')}: ${JSON.stringify(problem)}`).toBe(built);
          compared++;
        }
      }
    }
    expect(compared).toBe(27);
  });

  it('name the reason, with the forum of the room file', () => {
    const room = choiceOfPath('/pokoje/mobilnosc/pliki/plan.pdf');
    expect(attachmentProblem(room, { access: 'members', forums: ['mobilnosc'] })).toEqual({ kind: 'roomNotForum', forum: 'mobilnosc' });
    expect(attachmentProblem(room, { access: 'forum', forums: ['edukacja'] })).toEqual({ kind: 'roomForumMissing', forum: 'mobilnosc' });
    expect(attachmentProblem({ kind: 'members' }, { access: 'public', forums: [] })).toEqual({ kind: 'membersInPublic' });
    expect(attachmentProblem(undefined, { access: 'public', forums: [] })).toBeUndefined();
  });

  it('offer the rooms of the entry’s forums only while the entry is kept in rooms', () => {
    expect(roomsOf({ access: 'forum', forums: ['mobilnosc', 'edukacja', 'mobilnosc'] })).toEqual(['mobilnosc', 'edukacja']);
    expect(roomsOf({ access: 'members', forums: ['mobilnosc'] })).toEqual([]);
    expect(roomsOf({ access: 'forum', forums: [] })).toEqual([]);
  });

  it('go by default where the entry itself is seen, never public for a room or member entry', () => {
    expect(defaultChoice({ access: 'public', forums: ['mobilnosc'] })).toEqual({ kind: 'public' });
    expect(defaultChoice({ access: 'members', forums: ['mobilnosc'] })).toEqual({ kind: 'members' });
    expect(defaultChoice({ access: 'forum', forums: ['mobilnosc'] })).toEqual({ kind: 'room', forum: 'mobilnosc' });
    // In several rooms a room file would open in one of them only: members get it everywhere.
    expect(defaultChoice({ access: 'forum', forums: ['mobilnosc', 'edukacja'] })).toEqual({ kind: 'members' });
    expect(defaultChoice({ access: 'forum', forums: [] })).toEqual({ kind: 'members' });
  });

  it('warn that a room file of an entry in several rooms opens in its own room only', () => {
    const room: FileChoice = { kind: 'room', forum: 'mobilnosc' };
    expect(roomFileMissesForums(room, { access: 'forum', forums: ['mobilnosc', 'edukacja'] })).toEqual(['edukacja']);
    expect(roomFileMissesForums(room, { access: 'forum', forums: ['mobilnosc'] })).toEqual([]);
    expect(roomFileMissesForums({ kind: 'members' }, { access: 'forum', forums: ['mobilnosc', 'edukacja'] })).toEqual([]);
  });

  it('read the entry from Decap’s draft data, with the collection’s default access', () => {
    expect(entryScope(fromJS({ access: 'forum', forums: ['mobilnosc'] }) as never)).toEqual({ access: 'forum', forums: ['mobilnosc'] });
    expect(entryScope(fromJS({ forums: ['mobilnosc'] }) as never, 'public')).toEqual({ access: 'public', forums: ['mobilnosc'] });
    expect(entryScope({ access: 'members', forums: 'edukacja' })).toEqual({ access: 'members', forums: ['edukacja'] });
    expect(entryScope(undefined, 'public')).toEqual({ access: 'public', forums: [] });
  });
});

describe('room folders in the CMS configuration', () => {
  const rooms = [
    { slug: 'mobilnosc', title: 'Mobilność — Forum Zrównoważonego Transportu' },
    { slug: 'edukacja', title: 'Edukacja — Forum Edukacji' },
  ];
  const pathField = (c: { fields: DecapField[] }) => c.fields.find((f) => f.name === 'files')?.fields?.find((f) => f.name === 'path');

  it('gives every attachment of a room collection one folder per forum, after the member folder', () => {
    const config = decapConfig(cmsOptions({}), rooms);
    for (const name of ['documents', 'practices']) {
      const path = pathField(config.collections.find((c) => c.name === name)!);
      expect(path, name).toMatchObject({ widget: 'attachment', media_folder: '/content/uploads', public_folder: '/uploads' });
      expect(path?.fields, name).toEqual([
        { name: 'members', label: 'tylko członkowie (plik tylko na stronie dla członków)', widget: 'file', required: true, media_folder: '/content/uploads-members', public_folder: '/uploads-members', choose_url: false },
        { name: 'room-mobilnosc', label: rooms[0]!.title, forum: 'mobilnosc', widget: 'file', required: true, media_folder: '/content/uploads-rooms/mobilnosc', public_folder: '/pokoje/mobilnosc/pliki', choose_url: false },
        { name: 'room-edukacja', label: rooms[1]!.title, forum: 'edukacja', widget: 'file', required: true, media_folder: '/content/uploads-rooms/edukacja', public_folder: '/pokoje/edukacja/pliki', choose_url: false },
      ]);
    }
  });

  it('has no room folders for collections that cannot be kept in a room, nor without forums', () => {
    expect(JSON.stringify(decapCollection('contacts', rooms))).not.toContain('uploads-rooms');
    expect(JSON.stringify(decapCollection('calls', rooms))).not.toContain('uploads-rooms');
    expect(pathField(decapCollection('documents'))?.fields?.map((f) => f.name)).toEqual(['members']);
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
