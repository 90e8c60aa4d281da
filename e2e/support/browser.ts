import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless; the flags keep it from reaching for the (closed) network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, CSP violations and failed requests seen so far. */
  problems: string[];
}

/** A page that records every console error, uncaught exception and CSP violation. */
export async function openPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // Navigation and a refetch in a new language cancel requests in flight; that is not a failure.
    if (reason !== 'net::ERR_ABORTED') problems.push(`requestfailed: ${request.url()} ${reason}`);
  });
  return { page, problems };
}

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page; fails on any serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // evaluate() is not subject to the page's Content-Security-Policy, unlike an injected <script>.
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    // @ts-expect-error axe is defined on window by axe.source
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  ) as axe.AxeResults;
  const blocking = results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking, `axe on ${label}`).toEqual([]);
  expect(results.passes.length, `axe ran checks on ${label}`).toBeGreaterThan(0);
}
