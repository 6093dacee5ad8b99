// Forum rooms in the content model (issue 17): who may see a room entry, which files it may link,
// the rooms' feed tokens and paths, and the Decap admin's access choice.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture } from '../../scripts/lib/build-site.ts';
import { decapConfig, cmsOptions, oauthEndpoint } from '../../src/cms/decap-config.ts';
import { visibleTo } from '../../src/lib/content/access.ts';
import { checkContent } from '../../src/lib/content/node/content-check.ts';
import { subjectVisible } from '../../src/lib/content/node/history.ts';
import { roomFeedToken } from '../../src/lib/rooms/node/feed-token.ts';
import { roomEntryUrl, roomOfPath, roomTokenIcsPath } from '../../src/lib/rooms/rooms.ts';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const problemsAfter = (file: string, edit: (text: string) => string) => {
  const dir = copyFixture('rooms');
  made.push(dir);
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return checkContent(dir).map((p) => ({ ...p, file: relative(dir, join(process.cwd(), p.file)) }));
};

describe('room entries', () => {
  it('are visible in no members-wide or public list (only the rooms read them)', () => {
    expect(visibleTo('members', 'forum')).toBe(false);
    expect(visibleTo('public', 'forum')).toBe(false);
    expect(visibleTo('members', 'members')).toBe(true);
  });

  it('live at /pokoje/<forum>/<section>/<slug>/', () => {
    expect(roomEntryUrl('mobilnosc', 'documents', 'plan')).toBe('/pokoje/mobilnosc/baza-wiedzy/plan/');
    expect(roomOfPath('/pokoje/mobilnosc/baza-wiedzy/plan/')).toBe('mobilnosc');
    expect(roomOfPath('/baza-wiedzy/plan/')).toBeUndefined();
  });

  it('may link a room file only from an entry of that room', () => {
    const doc = 'documents/pokoj-mobilnosc-plan.md';
    expect(problemsAfter(doc, (t) => t.replace('access: forum', 'access: members'))).toEqual([
      { file: doc, field: 'files', message: 'plik z pokoju forum (/pokoje/mobilnosc/pliki/pokojowy-plan.pdf) może linkować tylko wpis z dostępem „forum”' },
    ]);
    expect(problemsAfter(doc, (t) => t.replace('forums: [mobilnosc]', 'forums: [zamowienia-publiczne]'))).toEqual([
      { file: doc, field: 'files', message: 'plik z pokoju „mobilnosc” (/pokoje/mobilnosc/pliki/pokojowy-plan.pdf) wymaga tego forum w polu forums' },
    ]);
    expect(problemsAfter(doc, (t) => t.replace('pokojowy-plan.pdf', 'brak.pdf'))).toEqual([
      { file: doc, field: 'files.0.path', message: 'brak pliku „/pokoje/mobilnosc/pliki/brak.pdf” w folderze z załącznikami' },
    ]);
  });

  it('exist only in collections where a room makes sense (not forums, gminy or contacts)', () => {
    expect(problemsAfter('contacts/jan-probny.md', (t) => t.replace('access: public', 'access: forum'))[0]).toMatchObject({ field: 'access' });
  });

  it('are offered to editors in the CMS as a third access level', () => {
    const config = decapConfig(cmsOptions({}));
    const access = (name: string) =>
      (config.collections.find((c) => c.name === name)?.fields.find((f) => f.name === 'access') as { options?: { value: string }[] } | undefined)?.options?.map((o) => o.value);
    expect(access('documents')).toEqual(['public', 'members', 'forum']);
    expect(access('contacts')).toEqual(['public', 'members']);
  });
});

describe('change history outside the room', () => {
  it('hides the subject of a commit that touched a room entry or a room file', () => {
    const folders = new Set(['documents']);
    const visible = new Set(['documents/wzor.md']);
    expect(subjectVisible({ files: ['documents/wzor.md', 'documents/pokoj-mobilnosc-plan.md'] }, visible, folders)).toBe(false);
    expect(subjectVisible({ files: ['documents/wzor.md', 'uploads-rooms/mobilnosc/plan.pdf'] }, visible, folders)).toBe(false);
    expect(subjectVisible({ files: ['documents/wzor.md'] }, visible, folders)).toBe(true);
  });
});

describe('room calendar tokens', () => {
  const env = { ROOM_FEED_SECRET: 'a'.repeat(24) };
  it('differ per room, stay stable per secret, and exist only in the members build', () => {
    const a = roomFeedToken('members', 'mobilnosc', env);
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(roomFeedToken('members', 'mobilnosc', env)).toBe(a);
    expect(roomFeedToken('members', 'edukacja', env)).not.toBe(a);
    expect(roomFeedToken('members', 'mobilnosc', { ROOM_FEED_SECRET: 'b'.repeat(24) })).not.toBe(a);
    expect(roomFeedToken('public', 'mobilnosc', env)).toBeUndefined();
    expect(roomFeedToken('members', 'mobilnosc', {})).toBeUndefined();
    expect(roomTokenIcsPath('mobilnosc', a as string)).toBe(`/pokoje/mobilnosc/subskrypcja/${a}/kalendarz.ics`);
  });

  it('refuse a weak secret in Polish', () => {
    expect(() => roomFeedToken('members', 'mobilnosc', { ROOM_FEED_SECRET: 'krotki' })).toThrow(/ROOM_FEED_SECRET musi mieć co najmniej 20 znaków/);
  });
});

describe('the CMS OAuth client address', () => {
  it('is split into origin and endpoint, because Decap compares message origins with base_url', () => {
    expect(oauthEndpoint('https://czlonkowie.example/api')).toEqual({ base_url: 'https://czlonkowie.example', auth_endpoint: 'api/auth' });
    expect(oauthEndpoint('https://oauth.example/')).toEqual({ base_url: 'https://oauth.example', auth_endpoint: 'auth' });
  });
});
