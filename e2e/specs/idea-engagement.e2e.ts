import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiLogin, apiRequest } from '../support/api-client';
import { expectAccessible, launchBrowser, openPage, type WatchedPage } from '../support/browser';
import { uiText } from '../support/catalogues';

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

const sv = (key: string) => uiText('sv', key);

async function newPage(): Promise<WatchedPage> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  return openPage(context);
}

async function signIn(page: Page, email: string) {
  await page.getByLabel(sv('accounts:fields.email.label')).fill(email);
  await page.getByLabel(sv('accounts:fields.password.label'), { exact: true }).fill('medskapa-demo');
  await page.getByRole('button', { name: sv('accounts:login.submit') }).click();
}

/** The idea's page, reached from the ideas list (so the id is whatever the seed gave it). */
async function openIdea(page: Page, title: string) {
  await page.goto(`${baseUrl}/kalix/ideas`);
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

describe('around an idea', () => {
  it('a resident reads the answer, decision and timeline, comments, replies, edits, deletes, follows and reports; then is told of an officer’s answer', async () => {
    const resident = await newPage();
    const { page } = resident;
    await page.goto(`${baseUrl}/login`);
    await signIn(page, 'resident@kalix.example');
    await page.getByRole('link', { name: 'Johan Karlsson' }).first().waitFor();

    // The answer, the council decision and the timeline of a seeded idea (the resident's own).
    await openIdea(page, 'Cykelväg mellan Töre och Kalix');
    const answer = page.locator('section[data-slot="answer"]');
    await answer.getByText('Beslut i Kommunstyrelsen 2026-11-09 § 187, Dnr 2026-00412').waitFor();
    await answer.getByText(/^Svarat av Erik Nilsson den /).waitFor();
    await answer.getByText(/Kommunstyrelsen har gett samhällsbyggnadsförvaltningen i uppdrag/).waitFor();
    const timeline = page.locator('section[data-slot="timeline"] ol');
    const entries = await timeline.getByRole('listitem').allTextContents();
    expect(entries.map((text) => text.replace(/^[^:]+: /, ''))).toEqual([
      'Inskickad',
      'Besvarad',
      'Status: Planerad',
      'Beslutad i Kommunstyrelsen 2026-11-09 § 187',
    ]);
    // The officer's reply, nested under the byaförening's comment, with the municipality's badge.
    const comments = page.getByRole('list', { name: sv('ideas:comments.listLabel') });
    const replies = comments.getByRole('list', { name: sv('ideas:comments.repliesLabel') }).first();
    await replies.getByText('Erik Nilsson', { exact: true }).waitFor();
    await replies.getByText(sv('ideas:comments.officer'), { exact: true }).waitFor();
    // One's own idea: following already (as its author), nothing to report.
    expect(await page.getByRole('button', { name: sv('notifications:follow.follow') }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: sv('ideas:report.idea') }).count()).toBe(0);
    await expectAccessible(page, 'idea page with answer, decision, timeline and comments');

    // Comment: too short first, then for real.
    const textarea = page.getByLabel(sv('ideas:comments.form.label'), { exact: true });
    await textarea.fill('x');
    await page.getByRole('button', { name: sv('ideas:comments.form.submit') }).click();
    await page.locator('.error-summary').getByText('Kommentaren behöver minst 2 tecken.').waitFor();
    await expectAccessible(page, 'comment form with an error');
    const body = `Bra att förstudien kommer igång! ${Date.now()}`;
    await textarea.fill(body);
    await page.getByRole('button', { name: sv('ideas:comments.form.submit') }).click();
    const mine = comments.locator(':scope > li').filter({ hasText: body });
    await mine.waitFor();
    await mine.getByText(sv('ideas:comments.ideaAuthor'), { exact: true }).waitFor();
    await expect.poll(() => textarea.inputValue()).toBe('');

    // Edit it within the window.
    await mine.getByText(/^Du kan redigera kommentaren till klockan/).waitFor();
    await mine.getByRole('button', { name: 'Redigera din kommentar' }).click();
    const editBox = page.getByLabel(sv('ideas:comments.form.editLabel'), { exact: true });
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await editBox.fill(`${body} (och tack!)`);
    await page.getByRole('button', { name: sv('ideas:comments.form.save') }).click();
    await mine.getByText(`${body} (och tack!)`).waitFor();
    await mine.getByText(`(${sv('ideas:comments.edited')})`).waitFor();

    // Reply to the byaförening's comment; focus moves into the reply form.
    const lars = comments.locator(':scope > li').filter({ hasText: 'Töre byaförening står bakom förslaget' });
    await lars.getByRole('button', { name: 'Svara på kommentaren från Lars Öhman' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('id') ?? '')).toMatch(/^reply-.*-body$/);
    const replyText = `Tack, vi ses på trafikräkningen! ${Date.now()}`;
    await page.getByLabel('Ditt svar till Lars Öhman', { exact: true }).fill(replyText);
    await page.getByRole('button', { name: sv('ideas:comments.form.submitReply') }).click();
    const myReply = lars.getByRole('listitem').filter({ hasText: replyText });
    await myReply.waitFor();
    await expectAccessible(page, 'idea page after commenting and replying');

    // Delete the reply after confirming: a placeholder stays.
    await myReply.getByRole('button', { name: 'Ta bort din kommentar' }).click();
    const confirm = page.getByRole('dialog', { name: sv('ideas:comments.deleteDialog.title') });
    await confirm.waitFor();
    await expectAccessible(page, 'delete confirmation dialog');
    await confirm.getByRole('button', { name: sv('ideas:comments.deleteDialog.confirm') }).click();
    await lars.getByText(sv('ideas:comments.deleted'), { exact: true }).waitFor();
    await expect.poll(() => page.getByText(replyText).count()).toBe(0);

    // Report the byaförening's comment (not one's own: own comments offer no report).
    expect(await mine.getByRole('button', { name: /^Anmäl/ }).count()).toBe(0);
    const reportButton = lars.getByRole('button', { name: 'Anmäl kommentaren från Lars Öhman' });
    await reportButton.click();
    const report = page.getByRole('dialog', { name: sv('ideas:report.commentTitle') });
    await report.waitFor();
    await report.getByRole('radio', { name: sv('ideas:report.reasons.OFF_TOPIC') }).check();
    await report.getByLabel(sv('ideas:report.note')).fill('Testanmälan från e2e.');
    await expectAccessible(page, 'report dialog');
    await report.getByRole('button', { name: sv('ideas:report.submit') }).click();
    await report.getByText(sv('ideas:report.thanks')).waitFor();
    await report.getByRole('button', { name: sv('ideas:report.close') }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => reportButton.evaluate((el) => el === document.activeElement)).toBe(true);

    // Follow an idea the resident has not touched yet.
    const followed = 'Sommarjobb för unga i föreningslivet';
    await openIdea(page, followed);
    const followButton = page.getByRole('button', { name: sv('notifications:follow.follow') });
    expect(await followButton.getAttribute('aria-pressed')).toBe('false');
    await followButton.click();
    await expect.poll(() => followButton.getAttribute('aria-pressed')).toBe('true');
    await page.getByText(sv('notifications:follow.following')).waitFor();
    const ideaId = new URL(page.url()).pathname.split('/').pop()!;

    // An officer answers it over GraphQL.
    const officer = await apiLogin(baseUrl, 'officer@kalix.example');
    await apiRequest(
      baseUrl,
      officer,
      `mutation($id: ID!, $input: IdeaResponseInput!) { respondToIdea(ideaId: $id, input: $input) { id status } }`,
      { id: ideaId, input: { status: 'ANSWERED', body: 'Tack! Vi tar med förslaget i budgetarbetet för sommaren.' } },
    );

    // After navigating, the header shows the unread count; the notification links to the idea.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Idéer' }).click();
    const badge = page.getByRole('link', { name: /^Notiser \(\d+ olästa? notis(er)?\)$/ });
    await badge.waitFor();
    await badge.click();
    await page.getByRole('heading', { level: 1, name: sv('notifications:title') }).waitFor();
    const list = page.getByRole('list', { name: sv('notifications:listLabel') });
    const item = list.getByRole('listitem').filter({ hasText: `Kommunen har svarat på ${followed}` }).first();
    await item.waitFor();
    await item.getByText(sv('notifications:unread'), { exact: true }).waitFor();
    await expectAccessible(page, '/notifications');
    await item.getByRole('link', { name: followed }).click();
    await page.getByRole('heading', { level: 1, name: followed }).waitFor();
    await page.locator('section[data-slot="answer"]').getByText('Tack! Vi tar med förslaget i budgetarbetet för sommaren.').waitFor();

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: sv('notifications:title') }).waitFor();
    const markAll = page.getByRole('button', { name: sv('notifications:markAllRead') });
    await markAll.click();
    await page.getByText('0 olästa notiser', { exact: true }).waitFor();
    await page.getByRole('checkbox', { name: sv('notifications:unreadOnly') }).check();
    await page.getByText(sv('notifications:emptyUnread')).waitFor();
    await page.getByRole('link', { name: 'Johan Karlsson' }).first().click();
    await page.getByRole('link', { name: 'Notiser', exact: true }).waitFor();

    // The daily digest on the profile page.
    const digest = page.getByRole('checkbox', { name: sv('notifications:preferences.dailyDigest') });
    await digest.waitFor();
    if (!(await digest.isChecked())) {
      await digest.check();
      await page.getByTestId('announcer').getByText(sv('notifications:preferences.saved')).waitFor();
    }
    expect(await digest.isChecked()).toBe(true);
    await expectAccessible(page, '/profile with notification settings');
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: sv('notifications:preferences.dailyDigest') }).isChecked()).toBe(true);
    expect(resident.problems).toEqual([]);
  });
});
