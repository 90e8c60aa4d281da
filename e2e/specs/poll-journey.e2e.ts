/**
 * A youth poll from start to results, through the UI only: the elevråd's leader builds a poll in
 * Swedish with Finnish and Meänkieli, tags it to a målbild and prints voter codes for a class;
 * three pupils vote on 360 px phones (one in Meänkieli), a fourth reuses a code and is refused;
 * results stay hidden until the leader closes the poll, then show for everyone, on the poll page
 * and under the målbild. axe on every page visited.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, type WatchedPage } from '../support/browser';
import { uiText } from '../support/catalogues';

const baseUrl = inject('baseUrl');
const sv = (key: string) => uiText('sv', key);
const fit = (key: string) => uiText('fit', key);

let browser: Browser;
const contexts: BrowserContext[] = [];
const watchedPages: WatchedPage[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
});

async function newPage(viewport: { width: number; height: number }, phone = false): Promise<Page> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport, hasTouch: phone, isMobile: phone });
  contexts.push(context);
  const watched = await openPage(context);
  watchedPages.push(watched);
  return watched.page;
}

async function signedIn(email: string): Promise<Page> {
  const page = await newPage({ width: 1280, height: 900 });
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(sv('accounts:fields.email.label')).fill(email);
  await page.getByLabel(sv('accounts:fields.password.label'), { exact: true }).fill('medskapa-demo');
  await page.getByRole('button', { name: sv('accounts:login.submit') }).click();
  await expect.poll(() => new URL(page.url()).pathname).not.toBe('/login');
  return page;
}

/** The texts of a table row's header and data cells, trimmed. */
const cells = async (row: Locator) => (await row.locator('th, td').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());

/**
 * Reads a QR code the way a phone camera would, independently of the library that drew it: the
 * rendered SVG is rasterised in the page and decoded with jsQR.
 */
async function scanQrCode(svg: Locator): Promise<string | null> {
  const side = 400;
  const pixels = await svg.evaluate(async (element, size) => {
    const image = new Image(size, size);
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(element))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, size, size);
    return Array.from(context.getImageData(0, 0, size, size).data);
  }, side);
  return jsQR(Uint8ClampedArray.from(pixels), side, side)?.data ?? null;
}

const phone = () => newPage({ width: 360, height: 740 }, true);

async function expectNoHorizontalScroll(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
}

const stamp = Date.now();
const QUESTION = {
  sv: `Vilken aktivitet vill ni ha på idrottsdagen? (${stamp})`,
  fi: `Mitä haluatte tehdä urheilupäivänä? (${stamp})`,
  fit: `Mitä tahotta tehhä urheilupäivänä? (${stamp})`,
};
const OPTIONS = [
  { sv: 'Innebandy', fi: 'Salibandy', fit: 'Salipantti' },
  { sv: 'Orientering', fi: 'Suunnistus', fit: 'Suunnistaminen mettässä' },
  { sv: 'Simning', fi: 'Uinti', fit: 'Uiminen' },
];

/** A pupil on a phone: opens the short link, types the code (unless the link carries it), picks, votes. */
async function vote(page: Page, link: string, code: string | null, option: string, language: 'sv' | 'fit' = 'sv') {
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: QUESTION.sv }).waitFor();
  if (language === 'fit') {
    await page.getByRole('button', { name: 'Meänkieli' }).click();
    await page.getByRole('heading', { level: 1, name: QUESTION.fit }).waitFor();
  }
  const text = (key: string) => uiText(language, key);
  if (code !== null) await page.getByLabel(text('vote:form.codeLabel')).fill(code);
  await page.getByRole('radio', { name: option }).check();
  await expectAccessible(page, `voting page (${language}), filled`);
  await expectNoHorizontalScroll(page, `voting page (${language})`);
  await page.getByRole('button', { name: text('vote:form.submit') }).click();
}

describe('a youth poll', () => {
  it('leader builds it in three languages and prints codes → three pupils vote on phones (one in Meänkieli) → a reused code is refused → results after closing', async () => {
    // ---- 1. The leader of Elevrådet Furuhedsskolan builds the poll.
    const leader = await signedIn('elevrad@kalix.example');
    await leader.goto(`${baseUrl}/kalix/polls`);
    await leader.getByRole('heading', { level: 1, name: 'Omröstningar' }).waitFor();
    await expectAccessible(leader, 'the polls list');
    await leader.getByRole('link', { name: 'Ny omröstning' }).click();
    await leader.getByRole('heading', { level: 1, name: 'Ny omröstning' }).waitFor();
    await leader.getByLabel('Råd som ordnar omröstningen').selectOption({ label: 'Elevrådet Furuhedsskolan' });
    await leader.getByLabel('Fråga på svenska').fill(QUESTION.sv);
    await leader.getByLabel('Fråga på finska').fill(QUESTION.fi);
    await leader.getByLabel('Fråga på meänkieli').fill(QUESTION.fit);
    await leader.getByRole('button', { name: 'Lägg till alternativ' }).click();
    for (const [index, option] of OPTIONS.entries()) {
      await leader.getByLabel(`Alternativ ${index + 1} på svenska`).fill(option.sv);
      await leader.getByLabel(`Alternativ ${index + 1} på finska`).fill(option.fi);
      await leader.getByLabel(`Alternativ ${index + 1} på meänkieli`).fill(option.fit);
    }
    await leader.getByLabel('Vem är omröstningen för? (frivilligt)').fill('Åk 8');
    await leader.getByLabel(/^5\.1\.1 /).check();
    await expectAccessible(leader, 'the poll builder, filled');
    await leader.getByRole('button', { name: 'Skapa omröstningen' }).click();
    await leader.getByRole('heading', { level: 1, name: QUESTION.sv }).waitFor();
    const pollUrl = leader.url();
    expect(new URL(pollUrl).pathname).toMatch(/^\/kalix\/polls\/[0-9a-f-]{36}$/);
    expect(await leader.getByText('Status: Öppen').count()).toBeGreaterThan(0);
    await expectAccessible(leader, 'the new poll');

    // ---- 2. Codes for class 8B, printed as slips.
    await leader.getByLabel('Klass eller grupp (valfritt)').fill('8B');
    await leader.getByLabel('Antal koder').fill('4');
    await leader.getByRole('button', { name: 'Skapa koder' }).click();
    const sheet = leader.getByRole('region', { name: '4 röstkoder för 8B att skriva ut' });
    await sheet.waitFor();
    const slips = sheet.getByTestId('voter-slip');
    expect(await slips.count()).toBe(4);
    const codes = await sheet.locator('.voter-slip__code').allTextContents();
    expect(codes).toHaveLength(4);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const shortLink = (await sheet.locator('.voter-slip__link').first().textContent())!.trim();
    expect(shortLink).toMatch(new RegExp(`^${baseUrl}/r/[2-9A-HJKMNP-Z]{7}$`));
    expect(await slips.first().locator('svg').count(), 'each slip has its QR code').toBe(1);
    // Scanning a slip opens the voting page with that slip's code filled in.
    const scanned = await scanQrCode(slips.nth(1).locator('svg'));
    expect(scanned).toBe(`${shortLink}#code=${codes[1]}`);
    await expectAccessible(leader, 'the poll with its code sheet');
    // On paper only the slips: no site header, no poll page around them.
    await leader.emulateMedia({ media: 'print' });
    expect(await leader.locator('header').first().isVisible()).toBe(false);
    expect(await leader.getByRole('heading', { name: 'Svarsalternativ' }).isVisible()).toBe(false);
    expect(await slips.first().isVisible()).toBe(true);
    expect(await slips.nth(3).getByText(codes[3]!).isVisible()).toBe(true);
    await leader.emulateMedia({ media: 'screen' });

    // ---- 3. Before closing, a visitor sees no results (the poll is not live).
    const visitor = await newPage({ width: 1280, height: 900 });
    await visitor.goto(pollUrl);
    await visitor.getByRole('heading', { level: 1, name: QUESTION.sv }).waitFor();
    await visitor.getByText(/Resultatet visas när omröstningen har stängt/).waitFor();
    expect(await visitor.getByRole('table', { name: 'Röster per svarsalternativ' }).count()).toBe(0);
    expect(await visitor.getByRole('heading', { name: 'Röstkoder' }).count(), 'codes are for managers only').toBe(0);
    await expectAccessible(visitor, 'the open poll, as a visitor');

    // ---- 4. Three pupils vote on their phones; the second in Meänkieli.
    const first = await phone();
    await vote(first, shortLink, codes[0]!, OPTIONS[0]!.sv);
    await first.getByRole('heading', { level: 1, name: sv('vote:receipt.heading') }).waitFor();
    await expectAccessible(first, 'the receipt');

    const second = await phone();
    // The second scans the QR code on the slip: the code is filled in.
    await vote(second, scanned!, null, OPTIONS[1]!.fit, 'fit');
    await second.getByRole('heading', { level: 1, name: fit('vote:receipt.heading') }).waitFor();
    expect(await second.getAttribute('html', 'lang')).toBe('fit');
    await expectAccessible(second, 'the receipt in Meänkieli');

    // The third types the code the way it comes out: lower case, a space for the dash.
    const third = await phone();
    await vote(third, shortLink, codes[2]!.toLowerCase().replace('-', ' '), OPTIONS[0]!.sv);
    await third.getByRole('heading', { level: 1, name: sv('vote:receipt.heading') }).waitFor();

    // ---- 5. A fourth pupil takes the first one's slip: refused, nothing counted.
    const fourth = await phone();
    await vote(fourth, shortLink, codes[0]!, OPTIONS[2]!.sv);
    const codeField = fourth.getByLabel(sv('vote:form.codeLabel'));
    await expect.poll(() => codeField.getAttribute('aria-invalid')).toBe('true');
    expect(await fourth.locator('.vote-code').getByText(sv('vote:errors.wrongCode')).isVisible()).toBe(true);
    expect(await fourth.getByRole('heading', { level: 1, name: sv('vote:receipt.heading') }).count()).toBe(0);
    await expectAccessible(fourth, 'the voting page, code already used');

    // ---- 6. The leader closes the poll; the results are there for everyone.
    await leader.reload();
    await leader.getByRole('heading', { level: 1, name: QUESTION.sv }).waitFor();
    await leader.getByRole('button', { name: 'Stäng omröstningen nu' }).click();
    const dialog = leader.getByRole('dialog', { name: 'Stäng omröstningen nu?' });
    await dialog.waitFor();
    await expectAccessible(leader, 'the close dialog');
    await dialog.getByRole('button', { name: 'Stäng omröstningen' }).click();
    await expect.poll(() => leader.getByText('Status: Avslutad').count()).toBeGreaterThan(0);
    const perClass = leader.getByRole('table', { name: 'Per klass eller grupp' });
    await perClass.waitFor();
    expect(await cells(perClass.getByRole('row').filter({ hasText: '8B' }))).toEqual(['8B', '4', '3', '75 %']);
    await expectAccessible(leader, 'the closed poll, as its leader');

    await visitor.reload();
    const table = visitor.getByRole('table', { name: 'Röster per svarsalternativ' });
    await table.waitFor();
    const row = (name: string) => cells(table.getByRole('row').filter({ hasText: name }));
    expect(await row(OPTIONS[0]!.sv)).toEqual([OPTIONS[0]!.sv, '2', '66,7 %']);
    expect(await row(OPTIONS[1]!.sv)).toEqual([OPTIONS[1]!.sv, '1', '33,3 %']);
    expect(await row(OPTIONS[2]!.sv)).toEqual([OPTIONS[2]!.sv, '0', '0 %']);
    expect(await row('Totalt')).toEqual(['Totalt', '3', '100 %']);
    await visitor.getByText('3 av 4 koder användes (75 %)').waitFor();
    expect(await visitor.getByRole('table', { name: 'Per klass eller grupp' }).count(), 'per class is for managers').toBe(0);
    await expectAccessible(visitor, 'the closed poll with results');

    // ---- 7. The last code no longer votes; the målbild shows the poll.
    await fourth.goto(shortLink);
    await fourth.getByText(sv('vote:errors.closed')).waitFor();
    expect(await fourth.getByLabel(sv('vote:form.codeLabel')).count()).toBe(0);
    await expectAccessible(fourth, 'the voting page, closed');

    await visitor.goto(`${baseUrl}/kalix/areas/5.1`);
    const goalPolls = visitor.getByRole('region', { name: 'Omröstningar för unga' }).filter({ hasText: QUESTION.sv });
    await goalPolls.getByRole('link', { name: QUESTION.sv }).waitFor();
    await expectAccessible(visitor, 'the strategic area with the poll');

    for (const watched of watchedPages) expect(watched.problems).toEqual([]);
  });
});
