/**
 * A workshop from planning to the day before, through the UI only: Lars Öhman (leader of Töre
 * byaförening) plans a workshop in Töre next week with a målbild and sign-ups (max 20); a
 * signed-out visitor finds it and signs up with name and e-mail; the organizer sees "1 anmäld"
 * and the name, and writes to everyone signed up (the e-mail is in the outbox); the .ics link
 * answers an iCalendar file; the list filtered by Töre shows the workshop; at 360 px the
 * workshop page does not scroll sideways. axe on every page visited.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiLogin, apiRequest } from '../support/api-client';
import { expectAccessible, launchBrowser, openPage, type WatchedPage } from '../support/browser';
import { uiText } from '../support/catalogues';

const baseUrl = inject('baseUrl');
const sv = (key: string, values: Record<string, string | number> = {}) =>
  Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{{${name}}}`, String(value)), uiText('sv', key));

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

async function newPage(viewport: { width: number; height: number } = { width: 1280, height: 900 }, phone = false): Promise<Page> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport, hasTouch: phone, isMobile: phone });
  contexts.push(context);
  const watched = await openPage(context);
  watchedPages.push(watched);
  return watched.page;
}

async function signedIn(email: string): Promise<Page> {
  const page = await newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(sv('accounts:fields.email.label')).fill(email);
  await page.getByLabel(sv('accounts:fields.password.label'), { exact: true }).fill('medskapa-demo');
  await page.getByRole('button', { name: sv('accounts:login.submit') }).click();
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).not.toBe('/login');
  return page;
}

/** The date a week from now in Swedish time, as the date field takes it: "2026-11-29". */
function nextWeek(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
  );
}

const stamp = Date.now();
const TITLE = `Byaträff om Töre 2030 ${stamp}`;
const VISITOR = { name: 'Maja Lind', email: `maja-${stamp}@example.se` };
const MESSAGE = { subject: `Ta med kaffekopp ${stamp}`, body: 'Vi bjuder på bullar. Välkomna!' };

describe('a workshop', () => {
  it('planned by a förening → a visitor signs up → the organizer sees and writes to them → .ics, the village filter and a phone', async () => {
    // ---- 1. Lars Öhman plans the workshop.
    const leader = await signedIn('forening@kalix.example');
    await leader.goto(`${baseUrl}/kalix/workshops`);
    await leader.getByRole('heading', { level: 1, name: sv('workshops:list.title') }).waitFor();
    await expectAccessible(leader, 'the workshop list, as a leader');
    await leader.getByRole('link', { name: sv('workshops:list.create') }).click();
    await leader.getByRole('heading', { level: 1, name: sv('workshops:form.newTitle') }).waitFor();
    await leader.getByLabel(sv('workshops:form.organization.label')).selectOption({ label: 'Töre byaförening' });
    await leader.getByLabel(sv('workshops:form.title.label'), { exact: true }).fill(TITLE);
    await leader.getByLabel(sv('workshops:form.description.label'), { exact: true }).fill('Vi pratar om byns framtid. Kaffe och bullar.');
    await leader.getByLabel(sv('workshops:form.when.date')).fill(nextWeek());
    await leader.getByLabel(sv('workshops:form.when.startTime')).fill('18:00');
    await leader.getByLabel(sv('workshops:form.when.endTime')).fill('20:00');
    await leader.getByLabel(sv('workshops:form.venue.label')).fill('Töre bygdegård');
    await leader.getByLabel(sv('workshops:form.place.label'), { exact: true }).selectOption({ label: 'Töre' });
    await leader.getByLabel(/^5\.1\.1 /).check();
    await leader.getByRole('checkbox', { name: sv('workshops:form.signup.enabled') }).check();
    await leader.getByLabel(sv('workshops:form.signup.limit')).fill('20');
    await expectAccessible(leader, 'the planning form, filled');
    await leader.getByRole('button', { name: sv('workshops:form.create') }).click();
    await leader.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const workshopUrl = leader.url();
    const workshopId = /\/kalix\/workshops\/([0-9a-f-]{36})$/.exec(new URL(workshopUrl).pathname)?.[1];
    expect(workshopId, 'the workshop page address').toBeTruthy();
    await leader.getByRole('heading', { name: sv('workshops:organizer.heading') }).waitFor();
    await expectAccessible(leader, 'the new workshop, as its organizer');

    // ---- 2. A signed-out visitor finds it and signs up.
    const visitor = await newPage();
    await visitor.goto(workshopUrl);
    await visitor.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await visitor.getByText('Töre bygdegård').count()).toBeGreaterThan(0);
    expect(await visitor.getByRole('link', { name: /^5\.1\.1 / }).count()).toBe(1);
    expect(await visitor.getByRole('heading', { name: sv('workshops:organizer.heading') }).count(), 'the panel is for managers').toBe(0);
    await visitor.getByText(sv('workshops:signup.privacy')).waitFor();
    await expectAccessible(visitor, 'the workshop page, signed out');
    await visitor.getByLabel(sv('workshops:signup.name'), { exact: true }).fill(VISITOR.name);
    await visitor.getByLabel(sv('workshops:signup.email'), { exact: true }).fill(VISITOR.email);
    await visitor.getByRole('button', { name: sv('workshops:signup.signUp') }).click();
    await visitor.getByText(sv('workshops:signup.done', { email: VISITOR.email })).waitFor();
    await expectAccessible(visitor, 'the workshop page, signed up');

    // ---- 3. The organizer sees the sign-up and writes to everyone signed up.
    await leader.reload();
    await leader.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await leader.getByText(sv('workshops:signup.countOfMax_one', { formatted: 1, max: 20 })).waitFor();
    const table = leader.getByRole('table', { name: sv('workshops:organizer.signups.heading') });
    await table.getByRole('cell', { name: VISITOR.name }).waitFor();
    expect(await table.getByRole('cell', { name: VISITOR.email }).count()).toBe(1);
    await leader.getByLabel(sv('workshops:organizer.message.subject')).fill(MESSAGE.subject);
    await leader.getByLabel(sv('workshops:organizer.message.body')).fill(MESSAGE.body);
    await leader.getByRole('button', { name: sv('workshops:organizer.message.send') }).click();
    await leader.getByText(sv('workshops:organizer.message.sent_one', { count: 1 })).waitFor();
    await expectAccessible(leader, 'the organizer panel after sending');
    const officer = await apiLogin(baseUrl, 'officer@kalix.example');
    await expect
      .poll(async () => {
        const data = await apiRequest<{ outbox: { edges: { node: { subject: string; bodyText: string } }[] } }>(
          baseUrl,
          officer,
          `query($to: String!) { outbox(toAddress: $to, first: 10) { edges { node { subject bodyText } } } }`,
          { to: VISITOR.email },
        );
        return data.outbox.edges.some(({ node }) => node.subject.includes(MESSAGE.subject) && node.bodyText.includes(MESSAGE.body));
      }, { timeout: 10_000 })
      .toBe(true);

    // ---- 4. The calendar file.
    const href = await visitor.getByRole('link', { name: sv('workshops:page.ics') }).getAttribute('href');
    expect(href).toBe(`/workshops/${workshopId}.ics`);
    const ics = await fetch(`${baseUrl}${href}`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect((await ics.text()).replace(/\r?\n[ \t]/g, '')).toContain(TITLE);

    // ---- 5. The list, filtered by Töre, shows it.
    await visitor.goto(`${baseUrl}/kalix/workshops`);
    await visitor.getByRole('heading', { level: 1, name: sv('workshops:list.title') }).waitFor();
    await visitor.getByLabel(sv('workshops:list.place')).selectOption({ label: 'Töre' });
    await visitor.getByRole('button', { name: sv('workshops:list.apply'), exact: true }).click();
    await expect.poll(() => new URL(visitor.url()).searchParams.get('place'), { timeout: 10_000 }).toBeTruthy();
    await visitor.getByRole('link', { name: TITLE }).waitFor();
    await expectAccessible(visitor, 'the workshop list, filtered by Töre');
    // The filter is in the address: a reload keeps it.
    await visitor.reload();
    await visitor.getByRole('link', { name: TITLE }).waitFor();
    expect(await visitor.getByLabel(sv('workshops:list.place')).evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.text)).toBe('Töre');

    // ---- 6. On a 360 px phone the workshop page does not scroll sideways.
    const phone = await newPage({ width: 360, height: 740 }, true);
    await phone.goto(workshopUrl);
    await phone.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow at 360 px').toBeLessThanOrEqual(0);
    await expectAccessible(phone, 'the workshop page at 360 px');

    for (const watched of watchedPages) expect(watched.problems).toEqual([]);
  });
});
