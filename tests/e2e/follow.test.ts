// Ask and follow in real Chromium on the sample site: a person finds "Zadaj pytanie" on a forum
// page and clicks it (the browser's own URL parser reads the mailto: it would hand to the mail
// program), follows the calendar feed from "Obserwuj", goes from "Kogo zapytać" to the person,
// and filters /zmiany-prawa/ by forum.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, watchErrors } from '../../scripts/lib/browser.ts';

const base = inject('baseUrl');
const members = inject('membersUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Clicks a mailto: link and returns what the browser would open: recipient, subject, body. */
const clickMailto = async (page: Page, name: string) => {
  // Record the activated link's URL as the browser resolved it, and stop the external handler.
  await page.evaluate(() => {
    document.addEventListener('click', (e) => {
      const a = (e.target as Element).closest('a');
      if (a?.href.startsWith('mailto:')) {
        (window as unknown as { opened: string }).opened = a.href;
        e.preventDefault();
      }
    });
  });
  await page.getByRole('link', { name }).first().click();
  const href = await page.evaluate(() => (window as unknown as { opened?: string }).opened ?? '');
  const u = new URL(href);
  return { to: decodeURIComponent(u.pathname), subject: u.searchParams.get('subject'), body: u.searchParams.get('body') ?? '' };
};

describe('Zadaj pytanie', () => {
  it('on a forum page opens an e-mail to the office (public) or the coordinator (members) with the template', async () => {
    for (const [site, to] of [[base, 'biuro@metropoliakrakowska.example'], [members, 'b.sek@metropoliakrakowska.example']] as const) {
      const page = await browser.newPage();
      const errors = watchErrors(page);
      await page.goto(`${site}/fora/mobilnosc/`);
      await page.getByRole('heading', { name: 'Zadaj pytanie' }).scrollIntoViewIfNeeded();
      const mail = await clickMailto(page, 'Napisz pytanie (e-mail)');
      expect(mail.to).toBe(to);
      expect(mail.subject).toBe('[Mobilność] Pytanie: ');
      expect(mail.body).toContain('Gmina / instytucja:');
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('on the members’ board, "Dodaj ogłoszenie" opens an e-mail with the board entry’s fields', async () => {
    const page = await browser.newPage();
    await page.goto(`${members}/tablica/`);
    const mail = await clickMailto(page, 'Napisz ogłoszenie (e-mail)');
    expect(mail.to).toBe('biuro@metropoliakrakowska.example');
    expect(mail.body).toContain('Ważne do (RRRR-MM-DD):');
    await page.close();
  });
});

describe('Obserwuj and Kogo zapytać', () => {
  it('the forum calendar link serves a calendar; the person in "Kogo zapytać" opens their page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/fora/zamowienia-publiczne/`);
    const box = page.getByRole('complementary', { name: 'Obserwuj' });
    const https = await box.locator('a.follow-https').getAttribute('href');
    const res = await page.request.get(new URL(new URL(https!).pathname, base).href);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain('BEGIN:VCALENDAR');
    await expect(box.getByRole('link', { name: 'Kanał RSS aktualności' }).getAttribute('href')).resolves.toBe('/rss/forum/zamowienia-publiczne.xml');

    await page.goto(`${base}/baza-wiedzy/wzor-klauzuli-waloryzacyjnej/`);
    const whom = page.getByRole('complementary', { name: 'Kogo zapytać' });
    // The expert is member-only: the public page names the forum's coordinator and says so.
    await expect(whom.textContent()).resolves.toContain('Dane osoby odpowiedzialnej są w serwisie dla członków.');
    await whom.getByRole('link', { name: 'Krzysztof Bąk' }).click();
    await page.waitForURL('**/kontakty/krzysztof-bak/');
    await page.close();
  });
});

describe('zmiany prawa', () => {
  it('filters by forum and shows when each change enters into force', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/zmiany-prawa/`);
    await page.getByRole('navigation', { name: 'Filtruj według forum' }).getByRole('link', { name: /Środowiska/ }).click();
    await page.waitForURL('**/zmiany-prawa/forum/srodowisko-i-przestrzen/');
    await expect(page.locator('main').textContent()).resolves.toContain('Od 1 stycznia 2027 r. koniec kotłów klasy 3 i 4 w Małopolsce');
    await expect(page.locator('main').textContent()).resolves.toContain('wchodzi w życie 1 stycznia 2027');
    await page.close();
  });
});
