// An office editor in the admin (/admin/ of the members build), in real Chromium, against
// decap-server (the local backend) on loopback. The CMS writes into a throwaway copy of the
// fixture content folder laid out like the repository (<tmp>/content/…), never into content/.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir } from '../../scripts/static-server.ts';
import { findCanaries } from '../helpers/leaks.ts';
import { decapConfig, cmsOptions } from '../../src/cms/decap-config.ts';
import { checkContent, formatProblem, readFrontmatter } from '../../src/lib/content/node/content-check.ts';
import { launch, watchErrors } from '../../scripts/lib/browser.ts';
import { FIXTURE, TMP, buildSite } from '../../scripts/lib/build-site.ts';
import { freePort, startDecapServer, type DecapServer } from '../helpers/decap-server.ts';

let repo: string;
let site: Server;
let decap: DecapServer | undefined;
let browser: Browser;
let base: string;

beforeAll(async () => {
  mkdirSync(TMP, { recursive: true });
  repo = mkdtempSync(join(TMP, 'cms-repo-'));
  cpSync(FIXTURE, join(repo, 'content'), { recursive: true });
  const [decapPort, sitePort] = [await freePort(), await freePort()];
  const outDir = join(TMP, 'e2e', 'cms-members');
  rmSync(outDir, { recursive: true, force: true });
  const build = buildSite({
    content: join(repo, 'content'),
    audience: 'members',
    outDir,
    env: { CMS_LOCAL_BACKEND_URL: `http://127.0.0.1:${decapPort}/api/v1` },
  });
  if (build.status !== 0) throw new Error(build.output);
  site = await serveDir(outDir, sitePort);
  base = `http://127.0.0.1:${sitePort}`;
  decap = await startDecapServer(repo, decapPort);
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await decap?.stop();
  await new Promise<void>((done) => (site ? site.close(() => done()) : done()));
  if (repo) rmSync(repo, { recursive: true, force: true });
});

/** Opens the admin and logs in to the local backend, as an editor does. */
const openAdmin = async (): Promise<{ page: Page; errors: string[] }> => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Europe/Warsaw', locale: 'pl-PL' });
  page.setDefaultTimeout(15_000);
  const errors = watchErrors(page);
  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: 'Zaloguj się' }).click();
  await page.getByRole('heading', { name: 'Kolekcje' }).waitFor();
  return { page, errors };
};

/** A form field by its label; Decap adds "(opcjonalne)" to optional ones. */
const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(opcjonalne\\))?$`));

/** Picks an option in one of Decap's select or relation fields (react-select). */
const choose = async (page: Page, label: string, typed: string, option: string) => {
  await field(page, label).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
};

/** Publishes the open entry ("Opublikuj" → "Opublikuj teraz", confirm) and waits until saved. */
const publish = async (page: Page) => {
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Opublikuj', exact: true }).click();
  await page.getByText('Opublikuj teraz', { exact: true }).click();
  await page.getByText(/Pozycja (zapisana|opublikowana)/).first().waitFor();
};

const frontmatter = (file: string) => readFrontmatter(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('the admin', () => {
  it('lists every collection of the content model, in Polish', async () => {
    const { page, errors } = await openAdmin();
    const nav = page.locator('a[data-testid][href^="#/collections/"]');
    await nav.first().waitFor();
    const labels = (await nav.allTextContents()).map((s) => s.trim());
    expect(labels).toEqual(decapConfig(cmsOptions({})).collections.map((c) => c.label));
    expect(labels).toEqual(['Fora', 'Gminy', 'Kontakty', 'Dobre praktyki', 'Baza wiedzy', 'Pytania i odpowiedzi', 'Kalendarz', 'Aktualności', 'Nabory', 'Projekty i inwestycje', 'Metropolia w liczbach']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('creates an event with Polish letters: an ASCII file name, the expected frontmatter, valid content', async () => {
    const { page, errors } = await openAdmin();
    await page.goto(`${base}/admin/#/collections/events/new`);
    await field(page, 'Tytuł').fill('Łódź: zażółć gęślą jaźń — spotkanie forum');
    await choose(page, 'Rodzaj wydarzenia', 'webi', 'webinar');
    await field(page, 'Początek (czas warszawski)').fill('2026-12-15T10:00');
    await field(page, 'Koniec (czas warszawski)').fill('2026-12-15T12:30');
    await field(page, 'Miejsce').fill('Urząd Miasta i Gminy Skawina, sala sesyjna');
    await choose(page, 'Dostęp', 'tylko', 'tylko dla członków');
    await choose(page, 'Fora', 'Zrówno', 'Forum Zrównoważonego Transportu');
    await field(page, 'Tagi').fill('SUMP, węzły przesiadkowe');

    // The preview looks like the site's event page.
    const preview = page.frameLocator('#preview-pane');
    await expect(preview.locator('h1').textContent()).resolves.toBe('Łódź: zażółć gęślą jaźń — spotkanie forum');
    await expect(preview.locator('.badge-members').textContent()).resolves.toBe('Tylko dla członków');
    await expect(preview.locator('.facts').textContent()).resolves.toContain('wtorek, 15 grudnia 2026, 10:00–12:30');

    await publish(page);
    const file = join(repo, 'content/events/lodz-zazolc-gesla-jazn-spotkanie-forum.md');
    expect(readdirSync(join(repo, 'content/events'))).toContain('lodz-zazolc-gesla-jazn-spotkanie-forum.md');
    expect(frontmatter(file)).toEqual({
      title: 'Łódź: zażółć gęślą jaźń — spotkanie forum',
      type: 'webinar',
      start: '2026-12-15T10:00',
      end: '2026-12-15T12:30',
      allDay: false,
      location: 'Urząd Miasta i Gminy Skawina, sala sesyjna',
      status: 'planowane',
      revision: 0,
      agenda: [],
      decisions: [],
      opinions: [],
      access: 'members',
      forums: ['mobilnosc'],
      tags: ['SUMP', 'węzły przesiadkowe'],
    });
    expect(checkContent(join(repo, 'content')).map(formatProblem)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('attaches a member-only file to a good practice: uploaded to the member folder, linked from there', async () => {
    const { page, errors } = await openAdmin();
    await page.goto(`${base}/admin/#/collections/practices/new`);
    await field(page, 'Tytuł').fill('Wspólny przetarg na energię — notatka');
    await field(page, 'Streszczenie').fill('Jak gminy przygotowały wspólne zamówienie energii.');
    await field(page, 'Data publikacji').fill('2026-11-20');
    await choose(page, 'Gmina', 'Skaw', 'Gmina Skawina');
    await choose(page, 'Dostęp', 'tylko', 'tylko dla członków');
    await choose(page, 'Fora', 'Prawa', 'Forum Prawa Zamówień Publicznych');

    await page.getByRole('button', { name: 'Dodaj załączniki' }).click();
    await page.getByRole('radio', { name: /^tylko członkowie \(/ }).check();
    await page.getByRole('button', { name: 'Wybierz plik' }).click();
    await page.locator('input[type="file"]').setInputFiles({ name: 'notatka-przetarg.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%test\n') });
    // The uploaded file is selected at once.
    await page.getByRole('button', { name: 'Wybierz zaznaczone' }).click();
    await field(page, 'Opis pliku').fill('Notatka z przetargu (PDF)');

    await publish(page);
    expect(existsSync(join(repo, 'content/uploads-members/notatka-przetarg.pdf'))).toBe(true);
    const data = frontmatter(join(repo, 'content/practices/wspolny-przetarg-na-energie-notatka.md'));
    expect(data['files']).toEqual([{ path: '/uploads-members/notatka-przetarg.pdf', label: 'Notatka z przetargu (PDF)' }]);
    expect(checkContent(join(repo, 'content')).map(formatProblem)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('attaches a room file to a document kept in a forum room: uploaded to the room’s folder, linked under the room', async () => {
    const { page, errors } = await openAdmin();
    await page.goto(`${base}/admin/#/collections/documents/new`);
    await field(page, 'Tytuł').fill('Koncepcja węzłów przesiadkowych — wersja robocza');
    await field(page, 'Streszczenie').fill('Robocza wersja koncepcji do uwag członków forum.');
    await choose(page, 'Rodzaj dokumentu', 'rap', 'raport');
    await field(page, 'Data dokumentu').fill('2026-11-20');
    await choose(page, 'Dostęp', 'pokoju', 'tylko w pokoju forum (członkowie wybranych forów)');
    await choose(page, 'Fora', 'Zrówno', 'Forum Zrównoważonego Transportu');

    await page.getByRole('button', { name: 'Dodaj załączniki' }).click();
    // The room of the entry's forum, named as on the site; a room entry defaults to its room.
    const room = page.getByRole('radio', { name: 'tylko członkowie forum — pokój „Mobilność — Forum Zrównoważonego Transportu”' });
    await expect.poll(() => room.isChecked()).toBe(true);
    await room.check();
    await page.getByRole('button', { name: 'Wybierz plik' }).click();
    await page.locator('input[type="file"]').setInputFiles({ name: 'koncepcja-wezlow-z-panelu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%pokoj\n') });
    await page.getByRole('button', { name: 'Wybierz zaznaczone' }).click();
    await field(page, 'Opis pliku').fill('Koncepcja węzłów — wersja robocza (PDF)');

    // The entry leaves the room: the widget says at once that the build would refuse the file…
    const problem = page.getByRole('alert').filter({ hasText: 'a wpis nie ma dostępu „tylko w pokoju forum”' });
    await choose(page, 'Dostęp', 'tylko dla', 'tylko dla członków');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('Plik jest w pokoju forum „Mobilność — Forum Zrównoważonego Transportu”');
    // …and does not save it: the reason is listed at the field, nothing is written.
    const before = errors.length;
    await page.getByRole('button', { name: 'Opublikuj', exact: true }).click();
    await page.getByText('Opublikuj teraz', { exact: true }).click();
    await page.locator('li').filter({ hasText: 'a wpis nie ma dostępu „tylko w pokoju forum”' }).first().waitFor();
    expect(existsSync(join(repo, 'content/documents/koncepcja-wezlow-przesiadkowych-wersja-robocza.md'))).toBe(false);
    // Decap refuses an invalid entry by rejecting its save with no reason (persistEntry in
    // decap-cms-core's actions/entries.ts), which the page reports as an uncaught exception.
    await expect.poll(() => errors.slice(before)).toEqual(['exception: undefined']);
    errors.splice(before);
    // Back in the room, the problem is gone.
    await choose(page, 'Dostęp', 'pokoju', 'tylko w pokoju forum (członkowie wybranych forów)');
    await problem.waitFor({ state: 'detached' });

    await publish(page);
    expect(readdirSync(join(repo, 'content/uploads-rooms/mobilnosc'))).toContain('koncepcja-wezlow-z-panelu.pdf');
    expect(existsSync(join(repo, 'content/uploads/koncepcja-wezlow-z-panelu.pdf'))).toBe(false);
    const data = frontmatter(join(repo, 'content/documents/koncepcja-wezlow-przesiadkowych-wersja-robocza.md'));
    expect(data).toMatchObject({ access: 'forum', forums: ['mobilnosc'] });
    expect(data['files']).toEqual([{ path: '/pokoje/mobilnosc/pliki/koncepcja-wezlow-z-panelu.pdf', label: 'Koncepcja węzłów — wersja robocza (PDF)' }]);
    expect(checkContent(join(repo, 'content')).map(formatProblem)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves content that builds: the new pages exist, the member file is linked', () => {
    const outDir = join(TMP, 'e2e', 'cms-rebuilt');
    rmSync(outDir, { recursive: true, force: true });
    const build = buildSite({ content: join(repo, 'content'), audience: 'members', outDir });
    expect(build.status, build.output).toBe(0);
    const event = readFileSync(join(outDir, 'kalendarz/lodz-zazolc-gesla-jazn-spotkanie-forum/index.html'), 'utf8');
    expect(event).toContain('Łódź: zażółć gęślą jaźń — spotkanie forum');
    const practice = readFileSync(join(outDir, 'dobre-praktyki/wspolny-przetarg-na-energie-notatka/index.html'), 'utf8');
    expect(practice).toContain('href="/uploads-members/notatka-przetarg.pdf"');
    expect(existsSync(join(outDir, 'uploads-members/notatka-przetarg.pdf'))).toBe(true);
    // The room file: in the room only, linked from the room's page of the document only.
    const roomDoc = readFileSync(join(outDir, 'pokoje/mobilnosc/baza-wiedzy/koncepcja-wezlow-przesiadkowych-wersja-robocza/index.html'), 'utf8');
    expect(roomDoc).toContain('href="/pokoje/mobilnosc/pliki/koncepcja-wezlow-z-panelu.pdf"');
    const found = findCanaries(outDir, 'koncepcja-wezlow-z-panelu');
    expect(found).toContain('pokoje/mobilnosc/pliki/koncepcja-wezlow-z-panelu.pdf');
    expect(found.filter((f) => !f.startsWith('pokoje/mobilnosc/'))).toEqual([]);
  }, 120_000);

  it('serves the room file at its room address only', async () => {
    const outDir = join(TMP, 'e2e', 'cms-rebuilt');
    const server = await serveDir(outDir, await freePort());
    try {
      const { port } = server.address() as { port: number };
      const status = (path: string) => fetch(`http://127.0.0.1:${port}${path}`).then((r) => r.status);
      expect(await status('/pokoje/mobilnosc/pliki/koncepcja-wezlow-z-panelu.pdf')).toBe(200);
      expect(await status('/uploads/koncepcja-wezlow-z-panelu.pdf')).toBe(404);
      expect(await status('/uploads-members/koncepcja-wezlow-z-panelu.pdf')).toBe(404);
      expect(await status('/pokoje/zamowienia-publiczne/pliki/koncepcja-wezlow-z-panelu.pdf')).toBe(404);
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});
