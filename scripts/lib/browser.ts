// Debian's Chromium driven by playwright-core (never a downloaded browser), with the flags
// this sandbox needs (no background network traffic, no sandbox as root).
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** `extraArgs`: more Chromium flags, e.g. a host-resolver rule for a test host name. */
export const launch = (extraArgs: readonly string[] = []): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });

/** Collects console errors, uncaught exceptions and failed requests of a page. */
export const watchErrors = (page: Page): string[] => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
  // A request cut short because the person navigated on (ERR_ABORTED) is not a failure they see.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return errors;
};

/** The URL of the first entry listed on a list page, as a person would click it. */
export const firstEntryHref = async (browser: Browser, listUrl: string): Promise<string> => {
  const page = await browser.newPage();
  await page.goto(listUrl);
  const href = await page.locator('main .card-title a').first().getAttribute('href');
  await page.close();
  return href!;
};
