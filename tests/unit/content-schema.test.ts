// Bad content must fail with the file and the field named. Each case breaks one thing in a
// copy of the fixture content folder and runs the same check the build runs first.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertContentValid, checkContent } from '../../src/lib/content/node/content-check.ts';
import { copyFixture } from '../../scripts/lib/build-site.ts';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the fixture with `file` edited by `edit`; returns the problems found. */
const problemsAfter = (file: string, edit: (text: string) => string) => {
  const dir = copyFixture('schema');
  made.push(dir);
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return checkContent(dir).map((p) => ({ ...p, file: relative(dir, join(process.cwd(), p.file)) }));
};

describe('content check', () => {
  it('accepts the valid fixture', () => {
    const dir = copyFixture('schema');
    made.push(dir);
    expect(checkContent(dir)).toEqual([]);
  });

  it('rejects an unknown forum slug', () => {
    expect(problemsAfter('events/konsultacje-sump.md', (t) => t.replace('[mobilnosc]', '[transport]'))).toEqual([
      { file: 'events/konsultacje-sump.md', field: 'forums.0', message: 'nieznane forum „transport”' },
    ]);
  });

  it('rejects an unknown gmina and an unknown contact', () => {
    expect(problemsAfter('contacts/jan-probny.md', (t) => t.replace('municipality: skawina', 'municipality: tarnow'))).toEqual([
      { file: 'contacts/jan-probny.md', field: 'municipality', message: 'nieznana gmina „tarnow”' },
    ]);
    expect(problemsAfter('forums/mobilnosc.md', (t) => t.replace('coordinator: ola-testowa', 'coordinator: nikt'))).toEqual([
      { file: 'forums/mobilnosc.md', field: 'coordinator', message: 'nieznany kontakt „nikt”' },
    ]);
  });

  it('rejects a missing required field', () => {
    expect(problemsAfter('faq/czy-mozna-waloryzowac.md', (t) => t.replace(/^title: .*\n/m, ''))).toEqual([
      { file: 'faq/czy-mozna-waloryzowac.md', field: 'title', message: 'pole jest wymagane' },
    ]);
  });

  it('rejects an event that ends before it starts', () => {
    expect(problemsAfter('events/posiedzenie-pzp-grudzien.md', (t) => t.replace('"2026-12-08T12:30"', '"2026-12-08T09:30"'))).toEqual([
      { file: 'events/posiedzenie-pzp-grudzien.md', field: 'end', message: 'koniec (2026-12-08T09:30) jest przed początkiem (2026-12-08T10:00)' },
    ]);
    expect(problemsAfter('events/konsultacje-sump.md', (t) => t.replace('end: 2026-12-21', 'end: 2026-11-21'))).toMatchObject([
      { file: 'events/konsultacje-sump.md', field: 'end' },
    ]);
  });

  it('rejects a bad e-mail address', () => {
    expect(problemsAfter('contacts/ola-testowa.md', (t) => t.replace('o.testowa@smk.example', 'o.testowa(at)smk'))).toEqual([
      { file: 'contacts/ola-testowa.md', field: 'email', message: 'niepoprawny adres e-mail' },
    ]);
  });

  it('rejects values outside a list, bad dates and bad URLs', () => {
    expect(problemsAfter('documents/wzor-klauzuli-waloryzacyjnej.md', (t) => t.replace('kind: wzór', 'kind: formularz'))).toMatchObject([
      { field: 'kind', message: expect.stringContaining('niedozwolona wartość „formularz”') },
    ]);
    expect(problemsAfter('news/stara-pilna.md', (t) => t.replace('date: 2026-11-01', 'date: 2026-02-30'))).toMatchObject([
      { field: 'date', message: 'taki dzień nie istnieje' },
    ]);
    expect(problemsAfter('municipalities/skawina.md', (t) => t.replace('https://www.gminaskawina.pl', 'www.gminaskawina.pl'))).toMatchObject([
      { field: 'website' },
    ]);
  });

  it('rejects a missing attachment and a member-only file linked from a public entry', () => {
    expect(problemsAfter('documents/wzor-klauzuli-waloryzacyjnej.md', (t) => t.replace('/uploads/wzor-klauzuli.pdf', '/uploads/brak.pdf'))).toEqual([
      { file: 'documents/wzor-klauzuli-waloryzacyjnej.md', field: 'files.0.path', message: 'brak pliku „/uploads/brak.pdf” w folderze z załącznikami' },
    ]);
    expect(problemsAfter('documents/kanarkowa-notatka.md', (t) => t.replace('access: members', 'access: public'))).toMatchObject([
      { file: 'documents/kanarkowa-notatka.md', field: 'files' },
    ]);
  });

  it('rejects a file name that is not an ASCII slug', () => {
    const dir = copyFixture('schema');
    made.push(dir);
    renameSync(join(dir, 'faq/czy-mozna-waloryzowac.md'), join(dir, 'faq/czy-można-waloryzować.md'));
    expect(checkContent(dir).map((p) => [p.file.split('/').slice(-2).join('/'), p.field])).toEqual([
      ['faq/czy-można-waloryzować.md', 'plik'],
    ]);
  });

  it('lists every problem at once, naming file and field, in the error the build throws', () => {
    const dir = copyFixture('schema');
    made.push(dir);
    const edit = (file: string, from: string, to: string) =>
      writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(from, to));
    edit('contacts/ola-testowa.md', 'o.testowa@smk.example', 'zły-adres');
    edit('events/konsultacje-sump.md', '[mobilnosc]', '[transport]');
    expect(() => assertContentValid(dir)).toThrow(
      /Treść zawiera błędy \(2\)[\s\S]*contacts\/ola-testowa\.md — pole „email”[\s\S]*events\/konsultacje-sump\.md — pole „forums\.0”/,
    );
  });
});
