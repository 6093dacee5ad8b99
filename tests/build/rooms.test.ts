// Forum rooms (issue 17): entries with `access: forum` are built only inside the rooms of their
// forums, /pokoje/<forum>/… of the members build, with the room's own list, search bundle, RSS,
// calendar feeds and files — and appear nowhere else, in either build (gzip'd index files opened).
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { allFiles, readPage } from '../../scripts/lib/build-site.ts';
import { launch } from '../../scripts/lib/browser.ts';
import { serveDir } from '../../scripts/static-server.ts';
import { roomFeedToken } from '../../src/lib/rooms/node/feed-token.ts';
import { findCanaries } from '../helpers/leaks.ts';
import { ROOM_FEED_SECRET } from './global-setup.ts';

const build = inject('fixtureBuild');
const MOBILITY = 'KANARKOWY-POKOJ-MOBILNOSC';
const PROCUREMENT = 'KANARKOWY-POKOJ-ZP';
const FILE = 'KANARKOWY-POKOJ-PLIK';
const ROOM_TAG = 'pokojowy-kanarek-tag';

describe('a canary entry in one forum room', () => {
  it('is found in its room (pages, feeds and the room search index) and in no other file of either build', () => {
    const found = findCanaries(build.members, MOBILITY);
    expect(found).toContain('pokoje/mobilnosc/index.html');
    expect(found).toContain('pokoje/mobilnosc/baza-wiedzy/pokoj-mobilnosc-plan/index.html');
    expect(found).toContain('pokoje/mobilnosc/rss.xml');
    expect(found.some((f) => f.startsWith('pokoje/mobilnosc/pagefind/fragment/'))).toBe(true);
    expect(found.filter((f) => !f.startsWith('pokoje/mobilnosc/'))).toEqual([]);
    expect(findCanaries(build.public, MOBILITY)).toEqual([]);
  });

  it('of another forum stays in that forum’s room, calendar feeds included', () => {
    const found = findCanaries(build.members, PROCUREMENT);
    expect(found).toContain('pokoje/zamowienia-publiczne/kalendarz/pokoj-zp-narada/index.html');
    expect(found).toContain('pokoje/zamowienia-publiczne/kalendarz.ics');
    expect(found.filter((f) => !f.startsWith('pokoje/zamowienia-publiczne/'))).toEqual([]);
    expect(findCanaries(build.public, PROCUREMENT)).toEqual([]);
  });

  it('keeps its attachment in the room', () => {
    expect(findCanaries(build.members, FILE)).toEqual(['pokoje/mobilnosc/pliki/pokojowy-plan.pdf']);
    expect(findCanaries(build.public, FILE)).toEqual([]);
    const page = readPage(build.members, '/pokoje/mobilnosc/baza-wiedzy/pokoj-mobilnosc-plan/');
    expect(page).toContain('href="/pokoje/mobilnosc/pliki/pokojowy-plan.pdf"');
  });

  it('makes no tag page, list entry, sitemap line or members-wide index entry', () => {
    expect(findCanaries(build.members, ROOM_TAG).every((f) => f.startsWith('pokoje/mobilnosc/'))).toBe(true);
    expect(allFiles(join(build.members, 'tagi')).some((f) => f.includes(ROOM_TAG))).toBe(false);
    for (const f of allFiles(build.members).filter((x) => /sitemap.*\.xml$/.test(x))) {
      expect(readFileSync(f, 'utf8'), f).not.toContain('/pokoje/');
    }
    expect(findCanaries(join(build.members, 'pagefind'), 'kanarkowy-pokoj')).toEqual([]);
    expect(readPage(build.members, '/baza-wiedzy/')).not.toContain('pokoj-mobilnosc-plan');
  });

  it('leaves the public build without any room', () => {
    expect(allFiles(build.public).filter((f) => f.includes('/pokoje/'))).toEqual([]);
  });
});

describe('each room', () => {
  it('is reached from its forum page in the members build, and from nowhere in the public one', () => {
    // The members' way in: Fora → the forum → „Pokój forum na tej stronie”.
    for (const forum of ['mobilnosc', 'zamowienia-publiczne']) {
      expect(readPage(build.members, `/fora/${forum}/`), forum).toContain(`href="/pokoje/${forum}/"`);
      expect(readPage(build.public, `/fora/${forum}/`), forum).not.toContain('/pokoje/');
    }
  });

  it('has a list page of its entries, pointing into the room', () => {
    const html = readPage(build.members, '/pokoje/mobilnosc/');
    expect(html).toContain('href="/pokoje/mobilnosc/baza-wiedzy/pokoj-mobilnosc-plan/"');
    expect(html).not.toContain(PROCUREMENT);
  });

  it('has its own RSS with the room’s entries only', () => {
    const xml = new XMLParser().parse(readFileSync(join(build.members, 'pokoje/mobilnosc/rss.xml'), 'utf8'));
    const items = [xml.rss.channel.item].flat();
    expect(items.map((i: { title: string }) => i.title)).toEqual([`Robocza analiza ${MOBILITY}`]);
    expect(items[0].link).toMatch(/\/pokoje\/mobilnosc\/baza-wiedzy\/pokoj-mobilnosc-plan\/$/);
  });

  it('has its own calendar feed, also under a secret token of its own that differs per room', () => {
    const zp = roomFeedToken('members', 'zamowienia-publiczne', { ROOM_FEED_SECRET });
    const mob = roomFeedToken('members', 'mobilnosc', { ROOM_FEED_SECRET });
    expect(zp).toBeDefined();
    expect(zp).not.toBe(mob);
    const text = readFileSync(join(build.members, `pokoje/zamowienia-publiczne/subskrypcja/${zp}/kalendarz.ics`), 'utf8');
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual([`Narada robocza ${PROCUREMENT}`]);
    expect(events[0]?.component.getFirstPropertyValue('url')).toMatch(/\/pokoje\/zamowienia-publiczne\/kalendarz\/pokoj-zp-narada\/$/);
    // The token is in no page outside the room (only the room's own list shows it).
    expect(findCanaries(build.members, zp as string).filter((f) => !f.startsWith('pokoje/zamowienia-publiczne/'))).toEqual([]);
    expect(roomFeedToken('public', 'mobilnosc', { ROOM_FEED_SECRET })).toBeUndefined();
  });

  describe('search, in Chromium', () => {
    let server: Server;
    let base = '';
    beforeAll(async () => {
      server = await serveDir(build.members, 0);
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    it('finds the room’s entries with the room’s own bundle, and nothing of other rooms', async () => {
      const browser = await launch();
      try {
        const page = await browser.newPage();
        const requests: string[] = [];
        page.on('request', (r) => requests.push(new URL(r.url()).pathname));
        await page.goto(`${base}/pokoje/mobilnosc/szukaj/?q=pomiary`);
        await page.locator('[data-search-results] a').first().waitFor();
        const links = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(links).toEqual(['/pokoje/mobilnosc/baza-wiedzy/pokoj-mobilnosc-plan/']);
        await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe('1 wynik');
        expect(requests.some((p) => p.startsWith('/pokoje/mobilnosc/pagefind/'))).toBe(true);
        expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(false);
        await page.goto(`${base}/pokoje/mobilnosc/szukaj/?q=narada`);
        await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe(await page.locator('[data-room-search]').getAttribute('data-none'));
      } finally {
        await browser.close();
      }
    });
  });
});
