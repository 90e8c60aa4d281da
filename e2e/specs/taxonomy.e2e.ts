import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, type WatchedPage } from '../support/browser';
import { apiData, uiText } from '../support/catalogues';

const baseUrl = inject('baseUrl');
const LOCALES = ['sv', 'fi', 'fit'] as const;
const LANGUAGE_NAMES = { sv: 'Svenska', fi: 'Suomi', fit: 'Meänkieli' } as const;

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
});

interface StartPageData {
  municipality: { name: string; currentStrategy: { title: string; areas: Array<{ code: string; title: string }> } };
}
const START_PAGE = `{ municipality(slug: "kalix") { name currentStrategy { title areas { code title } } } }`;

async function newContext(options: { locale?: string; lang?: string; width?: number } = {}) {
  context = await browser.newContext({
    locale: options.locale ?? 'sv-SE',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  if (options.lang) {
    await context.addCookies([{ name: 'lang', value: options.lang, url: baseUrl }]);
  }
  return openPage(context);
}

async function expectNoProblems(watched: WatchedPage) {
  expect(watched.problems, 'console errors, CSP violations or failed requests').toEqual([]);
}

describe('the Kalix start page in every language', () => {
  for (const locale of LOCALES) {
    it(`shows the strategy's four areas in ${locale}, says when a translation is unreviewed, and passes axe`, async () => {
      const watched = await newContext({ lang: locale });
      const { page } = watched;
      const expected = await apiData<StartPageData>(baseUrl, locale, START_PAGE);
      await page.goto(`${baseUrl}/kalix`);
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(expected.municipality.name);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      for (const area of expected.municipality.currentStrategy.areas) {
        expect(await page.getByRole('link', { name: area.title, exact: true }).count(), area.title).toBe(1);
      }
      const note = page.getByText(uiText(locale, 'common:translation.machineAssisted'), { exact: true });
      if (locale === 'sv') expect(await note.count()).toBe(0);
      else expect(await note.count()).toBeGreaterThan(0);
      await expectAccessible(page, `/kalix (${locale})`);
      await expectNoProblems(watched);
    });
  }
});

describe('a resident finding their way', () => {
  it('goes from the start page to an area and to the places, switches language, and every page passes axe', async () => {
    const watched = await newContext();
    const { page } = watched;
    const sv = await apiData<StartPageData>(baseUrl, 'sv', START_PAGE);
    const firstArea = sv.municipality.currentStrategy.areas[0]!;

    await page.goto(`${baseUrl}/kalix`);
    await page.getByRole('link', { name: firstArea.title, exact: true }).click();
    await page.waitForURL(`${baseUrl}/kalix/areas/${firstArea.code}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(firstArea.title);
    expect(await page.getByRole('heading', { level: 2, name: 'Kultur, idrott och friluftsliv' }).count()).toBe(1);
    expect(await page.getByText('Fler möjligheter till levande kultur och nöjesliv').count()).toBe(1);
    expect(await page.getByText('Kultur, idrott och friluftsliv för alla').count()).toBeGreaterThan(0);
    await expectAccessible(page, `/kalix/areas/${firstArea.code}`);

    await page.getByRole('link', { name: uiText('sv', 'common:nav.places'), exact: true }).first().click();
    await page.waitForURL(`${baseUrl}/kalix/places`);
    const table = page.getByRole('table');
    await expect.poll(() => table.locator('caption').count()).toBe(1);
    const tore = table.getByRole('row').filter({ hasText: 'Töre' });
    expect(await tore.count()).toBe(1);
    expect((await tore.textContent())?.replace(/\s/g, '')).toContain('1051(2015)');
    await expectAccessible(page, '/kalix/places (sv)');

    await page.getByRole('button', { name: LANGUAGE_NAMES.fit, exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fit');
    expect(await page.getByRole('button', { name: LANGUAGE_NAMES.fit, exact: true }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Kainuu');
    expect((await context.cookies()).find((c) => c.name === 'lang')?.value).toBe('fit');
    await expectAccessible(page, '/kalix/places (fit)');

    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fit');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Kainuu');

    await page.getByRole('button', { name: LANGUAGE_NAMES.sv, exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Kalix');
    await expectNoProblems(watched);
  });

  it('follows the browser language when no choice is stored', async () => {
    const watched = await newContext({ locale: 'fi-FI' });
    await watched.page.goto(`${baseUrl}/kalix`);
    await expect.poll(() => watched.page.locator('h1').textContent()).toBe('Kainuu');
    expect(await watched.page.evaluate(() => document.documentElement.lang)).toBe('fi');
  });

  it('starts with a skip link that moves focus to the main content', async () => {
    const watched = await newContext();
    const { page } = watched;
    await page.goto(`${baseUrl}/kalix`);
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({ text: document.activeElement?.textContent, tag: document.activeElement?.tagName }));
    expect(skip).toEqual({ text: uiText('sv', 'common:skipLink'), tag: 'A' });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  it('fits a 360 px phone without horizontal scrolling', async () => {
    const watched = await newContext({ width: 360 });
    const { page } = watched;
    for (const path of ['/kalix', '/kalix/areas/5.3', '/kalix/places']) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator('h1').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expectAccessible(page, `${path} at 360 px`);
    }
  });

  it('shows a real not-found page for an unknown municipality or area', async () => {
    const watched = await newContext();
    const { page } = watched;
    const cases = [
      ['/haparanda', 'taxonomy:municipality.notFound.title'],
      ['/kalix/areas/9.9', 'taxonomy:area.notFound.title'],
      ['/kalix/no/such/page', 'common:notFound.title'],
    ] as const;
    for (const [path, key] of cases) {
      await page.goto(`${baseUrl}${path}`);
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe(uiText('sv', key));
      await expectAccessible(page, path);
    }
  });

  it('lists the municipalities on the platform at /', async () => {
    const watched = await newContext();
    const { page } = watched;
    await page.goto(baseUrl);
    await page.getByRole('link', { name: 'Kalix', exact: true }).waitFor();
    for (const name of ['Kalix', 'Överkalix', 'Norsjö']) {
      expect(await page.getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }
    await expectAccessible(page, '/');
    await expectNoProblems(watched);
  });
});
