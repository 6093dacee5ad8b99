// The calendar page in real Chromium: switching views, filtering by forum, opening an event,
// Warsaw times for a reader elsewhere, axe (WCAG 2.1 AA) in every view, and the page without
// JavaScript.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, watchErrors } from '../../scripts/lib/browser.ts';
import { axeViolations } from '../helpers/axe.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Opens the calendar on a month (`#2026-12`) and waits until FullCalendar has drawn it. */
const openCalendar = async (hash = '#2026-12', options: BrowserContextOptions = {}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${base}/kalendarz/${hash}`);
  await page.locator('[data-calendar-status]').filter({ hasText: /\d/ }).waitFor();
  return { page, errors, close: () => context.close() };
};


const eventTitles = (page: Page) => page.locator('.calendar-view a[href^="/kalendarz/"]').allTextContents();
const title = (page: Page) => page.locator('.calendar-view [role="heading"]').first().textContent();

describe('calendar page', () => {
  it('switches between month, week and list views, each passing axe', async () => {
    const { page, errors, close } = await openCalendar('#2026-12-08');
    expect(await title(page)).toBe('grudzień 2026');
    expect(await page.getByRole('tab', { name: /Miesiąc/ }).getAttribute('aria-selected')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: /Tydzień/ }).click();
    expect(await page.getByRole('tab', { name: /Tydzień/ }).getAttribute('aria-selected')).toBe('true');
    expect(await title(page)).toMatch(/^7\s*–\s*13 grudnia 2026$/);
    expect(await page.locator('.calendar-view [role="columnheader"]').allTextContents()).toContain('wt. 8');
    expect((await eventTitles(page)).join('\n')).toContain('ŚiP · Dyżur online ekodoradców EKO-TEAM');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: /Lista/ }).click();
    expect(await page.getByRole('tab', { name: /Lista/ }).getAttribute('aria-selected')).toBe('true');
    expect(await title(page)).toBe('grudzień 2026');
    expect(await page.locator('.calendar-view').textContent()).toContain('8 grudnia 2026');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /Następny miesiąc/ }).click();
    expect(await title(page)).toBe('styczeń 2027');
    expect(errors).toEqual([]);
    await close();
  });

  it('passes axe in the dark colour scheme too', async () => {
    const { page, close } = await openCalendar('#2026-12', { colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('filters by forum and by event type, and says how many events are shown', async () => {
    const { page, errors, close } = await openCalendar('#2026-12');
    await page.getByRole('tab', { name: /Lista/ }).click();
    const all = await eventTitles(page);
    expect(all.some((t) => !t.startsWith('ZP'))).toBe(true);

    await page.getByLabel('Forum', { exact: true }).selectOption({ label: 'Forum Prawa Zamówień Publicznych' });
    // An event of every forum is titled "Wszystkie fora" (issue 15), not by eight codes.
    await page.waitForFunction(() => [...document.querySelectorAll('.calendar-view a')].every((a) => /ZP|Wszystkie fora/.test(a.textContent ?? '')));
    const zp = await eventTitles(page);
    expect(zp.length).toBeGreaterThan(0);
    expect(zp.length).toBeLessThan(all.length);
    // A row reads "10:00–12:30ZP · Posiedzenie…": the forum codes stand before " · ".
    const codes = (t: string) => (/(\S+) · /.exec(t)?.[1] ?? '').replace(/^[\d:–]+/, '').split('/');
    expect(zp.filter((t) => !codes(t).includes('ZP') && !t.includes('Wszystkie fora · '))).toEqual([]);
    expect(await page.locator('[data-calendar-status]').textContent()).toMatch(/^Wydarzeń w widoku: \d+$/);

    await page.getByLabel('Rodzaj wydarzenia', { exact: true }).selectOption({ label: 'Webinary' });
    await page.waitForFunction(() => !/Posiedzenie/.test(document.querySelector('.calendar-view')?.textContent ?? ''));
    expect((await eventTitles(page)).map((t) => t.replace(/^[^A-Z]*/, ''))).toEqual(['ZP · Webinar PZP: plan postępowań na 2027 rok krok po kroku']);

    await page.getByLabel('Forum', { exact: true }).selectOption({ label: 'Wszystkie fora' });
    await page.getByLabel('Rodzaj wydarzenia', { exact: true }).selectOption({ label: 'Wszystkie rodzaje' });
    await page.waitForFunction((n) => document.querySelectorAll('.calendar-view a[href^="/kalendarz/"]').length === n, all.length);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens an event from the calendar, with "Dodaj do kalendarza"', async () => {
    const { page, errors, close } = await openCalendar('#2026-12');
    await page.getByRole('link', { name: /ZP · Posiedzenie Forum Prawa Zamówień Publicznych – grudzień 2026/ }).first().click();
    await page.waitForURL('**/kalendarz/forum-zamowien-publicznych-grudzien-2026/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Posiedzenie Forum Prawa Zamówień Publicznych – grudzień 2026');
    expect(await page.getByRole('heading', { level: 2, name: 'Dodaj do kalendarza' }).isVisible()).toBe(true);
    const ics = await page.getByRole('link', { name: /Pobierz plik \.ics/ }).getAttribute('href');
    const response = await page.request.get(base + ics!);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('UID:forum-zamowien-publicznych-grudzien-2026@metropoliakrakowska.pl');
    expect(await page.getByRole('link', { name: 'Dodaj w Outlooku w przeglądarce' }).getAttribute('href')).toMatch(/^https:\/\/outlook\.office\.com\//);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows Warsaw times to a reader in New York, before and after the DST change', async () => {
    for (const [hash, day] of [['#2027-03', '9 marca 2027'], ['#2027-04', '13 kwietnia 2027']] as const) {
      const { page, close } = await openCalendar(hash, { timezoneId: 'America/New_York' });
      await page.getByRole('tab', { name: /Lista/ }).click();
      const text = (await page.locator('.calendar-view').textContent()) ?? '';
      // The list of that day alone: up to the next day's heading.
      const rest = text.slice(text.indexOf(day) + day.length);
      const ofDay = rest.slice(0, rest.search(/\d{1,2} \p{L}+ 2027/u) >>> 0);
      expect(ofDay, day).toContain('10:00–11:30ŚiP · Dyżur online ekodoradców EKO-TEAM');
      await close();
    }
  });

  it('shows month and week on a phone as readable lists, not a seven-column grid', async () => {
    const { page, close } = await openCalendar('#2026-12', { viewport: { width: 375, height: 800 } });
    expect(await page.getByRole('tab', { name: /Miesiąc/ }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.calendar-view a[role="listitem"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.calendar-view [role="grid"], .calendar-view table').count()).toBe(0);
    await page.getByRole('tab', { name: /Tydzień/ }).click();
    expect(await page.getByRole('tab', { name: /Tydzień/ }).getAttribute('aria-selected')).toBe('true');
    // The week's title names its days; its events are list rows with whole titles.
    await expect.poll(() => page.locator('.calendar-view h2, .calendar-view [role="heading"]').first().textContent()).toMatch(/\d{1,2}.*grudnia 2026/);
    expect(await page.locator('.calendar-view [role="grid"], .calendar-view table').count()).toBe(0);
    expect(await page.getByRole('tab', { name: /Lista/ }).count()).toBe(0);
    // The week's longer title wraps in the toolbar: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await close();
  });

  it('shows whole event titles in the phone list, the time on a line of its own', async () => {
    const { page, close } = await openCalendar('#2026-11', { viewport: { width: 375, height: 800 } });
    // Month view on a phone is the list of the month.
    const rows = await page.locator('.calendar-view a[role="listitem"]').evaluateAll((as) =>
      as.map((a) => {
        const [time, title] = [...a.querySelectorAll(':scope > div:last-child > div')] as HTMLElement[];
        return {
          text: title?.textContent ?? '',
          cut: title ? title.scrollWidth > title.clientWidth + 1 : true,
          timeAbove: Boolean(time && title && time.getBoundingClientRect().bottom <= title.getBoundingClientRect().top + 1),
        };
      }),
    );
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.filter((r) => r.cut).map((r) => r.text)).toEqual([]);
    expect(rows.filter((r) => !r.timeAbove).map((r) => r.text)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await close();
  });

  it('works without JavaScript: the list and the subscription box, no empty calendar', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/kalendarz/`);
    expect(await page.locator('[data-calendar]').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 2, name: 'Nadchodzące' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /Subskrybuj — kalendarz: Wszystkie wydarzenia/ }).getAttribute('href')).toMatch(
      /^webcal:\/\/[^/]+\/kalendarz\/wszystkie\.ics$/,
    );
    await context.close();
  });
});
