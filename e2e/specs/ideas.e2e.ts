import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, type WatchedPage } from '../support/browser';
import { apiData, uiText } from '../support/catalogues';

const baseUrl = inject('baseUrl');
let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

async function newPage(width = 1280, lang?: string): Promise<WatchedPage> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width, height: 900 } });
  if (lang) await context.addCookies([{ name: 'lang', value: lang, url: baseUrl }]);
  contexts.push(context);
  return openPage(context);
}

async function signIn(page: Page, email: string, locale = 'sv') {
  await page.getByLabel(uiText(locale, 'accounts:fields.email.label')).fill(email);
  await page.getByLabel(uiText(locale, 'accounts:fields.password.label'), { exact: true }).fill('medskapa-demo');
  await page.getByRole('button', { name: uiText(locale, 'accounts:login.submit') }).click();
}

interface Options {
  municipality: {
    currentStrategy: { areas: Array<{ id: string; code: string; title: string; goals: Array<{ id: string; code: string; title: string }> }> };
    places: Array<{ id: string; name: string }>;
  };
}
const OPTIONS = `{ municipality(slug: "kalix") { currentStrategy { areas { id code title goals { id code title } } } places { id name } } }`;

describe('ideas', () => {
  it('browses, filters by area and place (kept in the address through a reload) and opens an idea', async () => {
    const watched = await newPage();
    const { page } = watched;
    const { municipality } = await apiData<Options>(baseUrl, 'sv', OPTIONS);
    const area = municipality.currentStrategy.areas.find((a) => a.code === '5.4')!;
    const tore = municipality.places.find((p) => p.name === 'Töre')!;

    await page.goto(`${baseUrl}/kalix`);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Idéer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Idéer' }).waitFor();
    await page.getByRole('link', { name: 'Fiber till hela Övrebygden' }).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /\d+ idéer/ }).count()).toBe(1);
    await expectAccessible(page, '/kalix/ideas');

    await page.getByLabel('Strategiskt område').selectOption(area.id);
    await page.getByLabel('Ort eller by').selectOption(tore.id);
    await page.getByRole('button', { name: 'Visa idéer' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe(`?area=${area.id}&place=${tore.id}`);
    await page.getByRole('link', { name: 'Cykelväg mellan Töre och Kalix' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Fiber till hela Övrebygden' }).count()).toBe(0);

    await page.reload();
    await page.getByRole('link', { name: 'Cykelväg mellan Töre och Kalix' }).waitFor();
    expect(await page.getByLabel('Strategiskt område').inputValue()).toBe(area.id);
    expect(await page.getByLabel('Ort eller by').inputValue()).toBe(tore.id);
    expect(await page.getByText('1 idé', { exact: true }).count()).toBe(1);
    await expectAccessible(page, '/kalix/ideas filtered');

    await page.getByRole('link', { name: 'Cykelväg mellan Töre och Kalix' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cykelväg mellan Töre och Kalix' }).waitFor();
    await page.getByText(/^KALIX-\d{4}-\d{4}$/).first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Kommunens svar och beslut' }).waitFor();
    await expectAccessible(page, '/kalix/ideas/:id');
    // Back restores the filtered list.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe(`?area=${area.id}&place=${tore.id}`);
    await expect.poll(() => page.getByLabel('Ort eller by').inputValue()).toBe(tore.id);
    // Back once more: the unfiltered list, with its form emptied.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => page.getByLabel('Strategiskt område').inputValue()).toBe('');
    expect(watched.problems).toEqual([]);
  });

  it('a resident submits an idea in Meänkieli (UI and text) tagged to a målbild and Töre; another resident supports it', async () => {
    const { municipality } = await apiData<Options>(baseUrl, 'fit', OPTIONS);
    const goal = municipality.currentStrategy.areas.find((a) => a.code === '5.1')!.goals[0]!;
    const title = `Saunapäivä Töressä ${Date.now()}`;
    const fit = (key: string) => uiText('fit', key);

    const author = await newPage(390, 'fit');
    let page = author.page;
    await page.goto(`${baseUrl}/kalix/ideas/new`);
    await page.getByRole('heading', { level: 1, name: fit('ideas:form.title') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fit');
    await page.getByRole('link', { name: fit('accounts:signInPrompt.login') }).click();
    await signIn(page, 'resident@kalix.example', 'fit');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/kalix/ideas/new');
    await page.getByLabel(fit('ideas:form.fields.title.label'), { exact: true }).waitFor();
    await expectAccessible(page, '/kalix/ideas/new (fit)');

    // Empty first: the error summary gets focus and links to each field.
    await page.getByRole('button', { name: fit('ideas:form.submit') }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await summary.getByRole('link', { name: fit('ideas:validation.goalIds.required') }).waitFor();
    await summary.getByRole('link', { name: fit('ideas:validation.title.required') }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('idea-title');
    await expectAccessible(page, '/kalix/ideas/new with errors (fit)');

    await page.getByLabel(fit('ideas:form.fields.title.label'), { exact: true }).fill(title);
    await page
      .getByLabel(fit('ideas:form.fields.body.label'), { exact: true })
      .fill('Met tahoma yhtheisen saunapäivän Töressä joka kuukauen.\n\nKaikki saattava tulla, nuoret ja vanhat. Lisää tietoa: https://www.kalix.se/');
    expect(await page.getByLabel(fit('ideas:form.fields.locale.label'), { exact: true }).inputValue()).toBe('fit');
    await page.getByLabel(`${goal.code} ${goal.title}`).check();
    await page.getByRole('group', { name: fit('ideas:form.fields.places.legend') }).getByLabel('Töre', { exact: true }).check();
    await page.getByRole('button', { name: fit('ideas:form.submit') }).click();

    const heading = page.getByRole('heading', { level: 1, name: title });
    await heading.waitFor();
    expect(await heading.getAttribute('lang')).toBe('fit');
    await page.getByText(/^Kiitos! Sinun ajatus oon julkastu/).waitFor();
    const link = page.getByRole('link', { name: 'https://www.kalix.se/' });
    expect(await link.getAttribute('rel')).toBe('nofollow ugc noopener');
    await page.getByRole('link', { name: `${goal.code} ${goal.title}` }).waitFor();
    await page.getByText(fit('ideas:support.ownIdea')).waitFor();
    await expectAccessible(page, 'the new idea (fit)');
    const ideaUrl = page.url();
    expect(author.problems).toEqual([]);

    const supporter = await newPage();
    page = supporter.page;
    await page.goto(ideaUrl);
    await page.getByRole('link', { name: 'Logga in för att stödja idén' }).click();
    await signIn(page, 'forening@kalix.example');
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: 'Stöd idén' }).click();
    await page.getByRole('button', { name: 'Ta tillbaka mitt stöd' }).waitFor();
    await page.getByText('1 person stöder idén.').waitFor();
    await expect.poll(() => page.getByTestId('announcer').textContent()).toContain('Du stöder nu idén');
    await expectAccessible(page, 'the idea after supporting');
    expect(supporter.problems).toEqual([]);
  });
});
