import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiLogin, apiRequest } from '../support/api-client';
import { REPO_ROOT } from '../support/app-process';
import { expectAccessible, launchBrowser, openPage, type WatchedPage } from '../support/browser';
import { uiText } from '../support/catalogues';

const baseUrl = inject('baseUrl');

/**
 * What the voting page may load, in uncompressed JavaScript. React and ReactDOM alone are about
 * 190 kB, i18next with react-i18next (the same texts, plurals and fallbacks as the main app)
 * about 55 kB, the page itself about 10 kB and each catalogue 1.5 kB: 320 kB leaves a little room
 * for library updates and still catches the main app (≈ 740 kB) or urql/react-router sneaking in.
 */
const SCRIPT_BUDGET_BYTES = 320_000;
/** The same over the wire (gzip): about 95 kB today, against ≈ 210 kB for the main app. */
const SCRIPT_BUDGET_GZIP_BYTES = 105_000;

/** The main app's entry script, as the built index.html names it (e.g. /assets/main-AbC123.js). */
function mainEntryScript(): string {
  const html = readFileSync(join(REPO_ROOT, 'client/dist/index.html'), 'utf8');
  const src = /<script[^>]+type="module"[^>]+src="([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error('No module script in client/dist/index.html');
  return src;
}

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

interface LoadedScript {
  url: string;
  bytes: number;
  gzipBytes: number;
}

/** A phone: 360 × 740, Swedish browser; records every script the page loads. */
async function phonePage(): Promise<WatchedPage & { scripts: LoadedScript[] }> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  contexts.push(context);
  const watched = await openPage(context);
  const scripts: LoadedScript[] = [];
  watched.page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    void response.body().then(
      (body) => scripts.push({ url: response.url(), bytes: body.length, gzipBytes: gzipSync(body).length }),
      () => scripts.push({ url: response.url(), bytes: Number.NaN, gzipBytes: Number.NaN }),
    );
  });
  return { ...watched, scripts };
}

async function expectNoHorizontalScroll(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
}

const translations = (sv: string, fi: string, fit: string) => ({ sv, fi, fit });
const QUESTION = translations(
  'Vad vill ni ha på skolgården?',
  'Mitä haluatte koulun pihalle?',
  'Mitä tahotta koulun pihale?',
);
const OPTIONS = [
  translations('Fler bänkar', 'Lisää penkkejä', 'Lissää penkkiä'),
  translations('En basketkorg', 'Koripallokori', 'Korispallokori'),
];

interface CreatedPoll {
  id: string;
  shortCode: string;
  codes: string[];
}

/** As Elsa Berg (elevrådet's leader): an open poll in three languages, and voter codes for it. */
async function openPollWithCodes(count: number): Promise<CreatedPoll> {
  const token = await apiLogin(baseUrl, 'elevrad@kalix.example');
  const { organizations } = await apiRequest<{ organizations: Array<{ id: string; name: string }> }>(
    baseUrl,
    token,
    `{ organizations(municipalitySlug: "kalix") { id name } }`,
  );
  const council = organizations.find((o) => o.name === 'Elevrådet Furuhedsskolan');
  if (!council) throw new Error(`No Elevrådet Furuhedsskolan among ${organizations.map((o) => o.name).join(', ')}`);
  const now = Date.now();
  const { createPoll } = await apiRequest<{ createPoll: { id: string; shortCode: string } }>(
    baseUrl,
    token,
    `mutation($input: CreatePollInput!) { createPoll(input: $input) { id shortCode } }`,
    {
      input: {
        organizationId: council.id,
        question: QUESTION,
        description: translations('Rösta före fredag.', 'Äänestä ennen perjantaita.', 'Äänestä ennen perjantaita kans.'),
        options: OPTIONS.map((text) => ({ text })),
        opensAt: new Date(now - 60_000).toISOString(),
        closesAt: new Date(now + 7 * 24 * 3_600_000).toISOString(),
      },
    },
  );
  const { issueVoterCodes } = await apiRequest<{ issueVoterCodes: string[] }>(
    baseUrl,
    token,
    `mutation($pollId: ID!, $count: Int!) { issueVoterCodes(pollId: $pollId, count: $count, batchLabel: "9A") }`,
    { pollId: createPoll.id, count },
  );
  return { ...createPoll, codes: issueVoterCodes };
}

describe('voting with a code from the slip', () => {
  it('votes in Meänkieli on a phone, on a page of its own, and refuses a used or a wrong code', async () => {
    const poll = await openPollWithCodes(2);
    const [code] = poll.codes as [string];

    // ---- the QR code on the slip: the code rides in the fragment
    const pupil = await phonePage();
    const { page } = pupil;
    await page.goto(`${baseUrl}/r/${poll.shortCode}#code=${code}`);
    await page.getByRole('heading', { level: 1, name: QUESTION.sv }).waitFor();
    const codeField = page.getByLabel(uiText('sv', 'vote:form.codeLabel'));
    expect(await codeField.inputValue()).toBe(code);
    // The code is gone from the address bar (and so from the history).
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    expect(new URL(page.url()).pathname).toBe(`/r/${poll.shortCode}`);
    expect(await page.getByText('Elevrådet Furuhedsskolan').count()).toBe(1);
    await expectAccessible(page, '/r/:shortCode');
    await expectNoHorizontalScroll(page, '/r/:shortCode');

    // ---- Meänkieli, without leaving the page
    await page.getByRole('button', { name: 'Meänkieli' }).click();
    await page.getByRole('heading', { level: 1, name: QUESTION.fit }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fit');
    expect(await page.getByRole('button', { name: 'Meänkieli' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('radio', { name: OPTIONS[1]!.fit }).check();
    await expectAccessible(page, '/r/:shortCode in Meänkieli');
    await page.getByRole('button', { name: uiText('fit', 'vote:form.submit') }).click();

    // ---- the receipt
    const thanks = page.getByRole('heading', { level: 1, name: uiText('fit', 'vote:receipt.heading') });
    await thanks.waitFor();
    await expect.poll(() => thanks.evaluate((heading) => heading === document.activeElement)).toBe(true);
    expect(await page.getByText(OPTIONS[1]!.fit, { exact: true }).count()).toBe(1);
    expect(await page.getByLabel(uiText('fit', 'vote:form.codeLabel')).count(), 'the form is gone').toBe(0);
    expect(await page.getByRole('link', { name: uiText('fit', 'vote:results.link') }).getAttribute('href')).toBe(
      `/kalix/polls/${poll.id}`,
    );
    await expectAccessible(page, '/r/:shortCode receipt');
    await expectNoHorizontalScroll(page, '/r/:shortCode receipt');

    // ---- a small page of its own: not the main app's bundle
    const mainEntry = mainEntryScript();
    await expect.poll(() => pupil.scripts.length).toBeGreaterThan(0);
    const scriptPaths = pupil.scripts.map((script) => new URL(script.url).pathname);
    expect(scriptPaths, `the voting page loaded the main app (${mainEntry})`).not.toContain(mainEntry);
    const bytes = pupil.scripts.reduce((sum, script) => sum + script.bytes, 0);
    const gzipBytes = pupil.scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
    console.info(`voting page scripts: ${scriptPaths.join(', ')} — ${bytes} bytes, ${gzipBytes} gzip`);
    expect(bytes).toBeLessThan(SCRIPT_BUDGET_BYTES);
    expect(gzipBytes).toBeLessThan(SCRIPT_BUDGET_GZIP_BYTES);

    // ---- the same slip again (say, a classmate scans it): refused, in plain language
    const classmate = await phonePage();
    await classmate.page.goto(`${baseUrl}/r/${poll.shortCode}#code=${code}`);
    await classmate.page.getByRole('heading', { level: 1, name: QUESTION.sv }).waitFor();
    await classmate.page.getByRole('radio', { name: OPTIONS[0]!.sv }).check();
    await classmate.page.getByRole('button', { name: uiText('sv', 'vote:form.submit') }).click();
    const usedCodeField = classmate.page.getByLabel(uiText('sv', 'vote:form.codeLabel'));
    await expect.poll(() => usedCodeField.getAttribute('aria-invalid')).toBe('true');
    const wrongCode = uiText('sv', 'vote:errors.wrongCode');
    expect(await usedCodeField.evaluate((field) => field === document.activeElement)).toBe(true);
    expect(await classmate.page.locator('.vote-code').getByText(wrongCode).isVisible()).toBe(true);
    expect(await classmate.page.getByRole('radio', { name: OPTIONS[0]!.sv }).isChecked(), 'the choice is kept').toBe(true);
    await expectAccessible(classmate.page, '/r/:shortCode used code');

    // ---- a mistyped code: the same answer
    await usedCodeField.fill('');
    await usedCodeField.pressSequentially('qwer tyui');
    expect(await usedCodeField.inputValue()).toBe('QWER-TYUI');
    const answered = classmate.page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('CastVote'));
    await usedCodeField.press('Enter');
    await answered;
    await expect.poll(() => classmate.page.getByRole('alert').textContent()).toContain(wrongCode);
    expect(await classmate.page.getByRole('heading', { level: 1, name: uiText('sv', 'vote:receipt.heading') }).count()).toBe(0);
    await expectNoHorizontalScroll(classmate.page, '/r/:shortCode wrong code');

    expect(pupil.problems).toEqual([]);
    expect(classmate.problems).toEqual([]);
  });

  it('says plainly when the link leads to no poll', async () => {
    const { page, problems } = await phonePage();
    await page.goto(`${baseUrl}/r/ZZZZZZ`);
    await page.getByRole('heading', { level: 1, name: uiText('sv', 'vote:errors.notFound') }).waitFor();
    await expectAccessible(page, '/r/<unknown>');
    expect(problems).toEqual([]);
  });
});
