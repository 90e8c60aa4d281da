import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiLogin, apiRequest, linkFromOutbox } from '../support/api-client';
import { expectAccessible, launchBrowser, openPage } from '../support/browser';

const baseUrl = inject('baseUrl');
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

async function newPage(width = 1280) {
  context = await browser.newContext({ locale: 'sv-SE', viewport: { width, height: 900 } });
  return openPage(context);
}

describe('a resident creates an account', () => {
  it('registers, verifies the e-mail from the outbox, logs in and edits the profile in Meänkieli', async () => {
    const { page, problems } = await newPage(360);
    const email = `e2e.${Date.now()}@example.se`;
    const password = 'kalixälven-fryser-i-november';

    await page.goto(`${baseUrl}/register`);
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Lösenord', { exact: true }).fill(password);
    await page.getByLabel('Namn som visas').fill('Aino Berg');
    await expectAccessible(page, '/register');
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kolla din e-post' }).waitFor();
    await expectAccessible(page, 'registration done');

    await page.goto(`${baseUrl}${await linkFromOutbox(baseUrl, email)}`);
    await page.getByRole('heading', { level: 1, name: 'E-postadressen är bekräftad' }).waitFor();
    await expectAccessible(page, '/verify-email');

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('link', { name: 'Logga in' }).first().click();
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Lösenord', { exact: true }).fill(password);
    await expectAccessible(page, '/login');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('link', { name: 'Aino Berg' }).first().waitFor();

    await page.goto(`${baseUrl}/profile`);
    await page.getByRole('heading', { level: 1, name: 'Min profil' }).waitFor();
    await page.getByLabel('Namn som visas').fill('Aino Berg-Keinänen');
    await page.getByRole('combobox', { name: 'Språk', exact: true }).selectOption({ label: 'Meänkieli' });
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fit');
    await page.getByRole('status').filter({ hasText: /\S/ }).first().waitFor();
    await expectAccessible(page, '/profile (fit)');

    const token = await apiLogin(baseUrl, email, password);
    const me = await apiRequest<{ me: { displayName: string; locale: string; emailVerified: boolean } }>(baseUrl, token, `{ me { displayName locale emailVerified } }`);
    expect(me.me).toEqual({ displayName: 'Aino Berg-Keinänen', locale: 'fit', emailVerified: true });
    expect(problems).toEqual([]);
  });
});

describe('an admin grants a role', () => {
  it('finds a resident and makes them moderator; the audit log records it', async () => {
    const { page } = await newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('E-postadress').fill('admin@kalix.example');
    await page.getByLabel('Lösenord', { exact: true }).fill('medskapa-demo');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('link', { name: 'Maria Lindqvist' }).first().waitFor();

    await page.goto(`${baseUrl}/admin`);
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await page.getByLabel('Sök person').fill('Johan');
    const row = page.getByRole('row').filter({ hasText: 'Johan Karlsson' });
    await row.waitFor();
    await expectAccessible(page, '/admin');
    await row.getByRole('button', { name: 'Ge roll' }).click();
    await page.getByRole('combobox', { name: 'Roll', exact: true }).selectOption({ label: 'Moderator' });
    await page.getByRole('button', { name: 'Bekräfta' }).click();
    await expect.poll(() => row.textContent()).toContain('Moderator');
    await expectAccessible(page, '/admin after granting');

    const admin = await apiLogin(baseUrl, 'admin@kalix.example');
    const log = await apiRequest<{ auditLog: { edges: Array<{ node: { action: string; details: { role: string } } }> } }>(
      baseUrl,
      admin,
      `{ auditLog(municipalitySlug: "kalix", first: 5) { edges { node { action details } } } }`,
    );
    expect(log.auditLog.edges.map((e) => e.node)).toContainEqual({ action: 'ROLE_GRANTED', details: { role: 'MODERATOR' } });
  });

  it('shows no admin page to a resident', async () => {
    const { page } = await newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('E-postadress').fill('resident@kalix.example');
    await page.getByLabel('Lösenord', { exact: true }).fill('medskapa-demo');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('link', { name: 'Johan Karlsson' }).first().waitFor();
    await page.goto(`${baseUrl}/admin`);
    await expect.poll(() => page.locator('h1').textContent()).not.toBe('Administration');
    expect(await page.getByLabel('Sök person').count()).toBe(0);
    await expectAccessible(page, '/admin as resident');
  });
});

describe('the privacy page', () => {
  for (const locale of ['sv', 'fi', 'fit']) {
    it(`is there in ${locale} and passes axe`, async () => {
      context = await browser.newContext({ locale: 'sv-SE' });
      await context.addCookies([{ name: 'lang', value: locale, url: baseUrl }]);
      const { page } = await openPage(context);
      await page.goto(`${baseUrl}/privacy`);
      await page.locator('h1').waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      expect((await page.locator('main').textContent())?.length).toBeGreaterThan(500);
      await expectAccessible(page, `/privacy (${locale})`);
    });
  }
});
