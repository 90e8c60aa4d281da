/**
 * The whole idea loop in one journey, through the UI only, four people in their own browsers:
 * a resident proposes (in Meänkieli, tagged to a målbild and Töre), another supports and comments,
 * an officer answers with a council decision, the proposer is told and reads the answer, and a
 * moderator hides the comment the proposer reported. axe on every page visited.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, type WatchedPage } from '../support/browser';
import { apiData, uiText } from '../support/catalogues';

const baseUrl = inject('baseUrl');
const sv = (key: string) => uiText('sv', key);
let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
});

async function signedIn(email: string, width = 1280): Promise<WatchedPage> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width, height: 900 } });
  contexts.push(context);
  const watched = await openPage(context);
  const { page } = watched;
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(sv('accounts:fields.email.label')).fill(email);
  await page.getByLabel(sv('accounts:fields.password.label'), { exact: true }).fill('medskapa-demo');
  await page.getByRole('button', { name: sv('accounts:login.submit') }).click();
  await expect.poll(() => new URL(page.url()).pathname).not.toBe('/login');
  return watched;
}

interface Options {
  municipality: { currentStrategy: { areas: Array<{ code: string; goals: Array<{ code: string; title: string }> }> } };
}

describe('the idea loop', () => {
  it('proposal in Meänkieli → support and comment → answer with a council decision → the proposer is told → a reported comment is hidden', async () => {
    const { municipality } = await apiData<Options>(baseUrl, 'sv', `{ municipality(slug: "kalix") { currentStrategy { areas { code goals { code title } } } } }`);
    const goal = municipality.currentStrategy.areas.find((a) => a.code === '5.2')!.goals[0]!;
    const title = `Kyläpiha Töressä ${Date.now()}`;
    const comment = `Lars Öhman tukee: talkoot onnistuvat keväällä ${Date.now()}.`;

    // 1. The proposer writes in Meänkieli on a phone, tagged to a målbild and Töre.
    const proposer = await signedIn('resident@kalix.example', 390);
    let page: Page = proposer.page;
    await page.goto(`${baseUrl}/kalix/ideas/new`);
    await page.getByLabel(sv('ideas:form.fields.title.label'), { exact: true }).fill(title);
    await page
      .getByLabel(sv('ideas:form.fields.body.label'), { exact: true })
      .fill('Töressä tarvithaan kyläpiha jossa lapset, nuoret ja vanhat saattava olla yhessä kesälä ja talvela. Kyläyhistys saattaa hoitaa pihan.');
    await page.getByLabel(sv('ideas:form.fields.locale.label'), { exact: true }).selectOption('fit');
    await page.getByLabel(`${goal.code} ${goal.title}`).check();
    await page.getByRole('group', { name: sv('ideas:form.fields.places.legend') }).getByLabel('Töre', { exact: true }).check();
    await expectAccessible(page, 'journey: the filled form');
    await page.getByRole('button', { name: sv('ideas:form.submit') }).click();
    const heading = page.getByRole('heading', { level: 1, name: title });
    await heading.waitFor();
    expect(await heading.getAttribute('lang')).toBe('fit');
    const ideaUrl = page.url();
    await expectAccessible(page, 'journey: the new idea');

    // 2. Another resident supports it and comments.
    const supporter = await signedIn('forening@kalix.example');
    page = supporter.page;
    await page.goto(ideaUrl);
    await page.getByRole('button', { name: 'Stöd idén' }).click();
    await page.getByRole('button', { name: 'Ta tillbaka mitt stöd' }).waitFor();
    await page.getByLabel('Din kommentar', { exact: true }).fill(comment);
    await page.getByRole('button', { name: 'Skicka kommentaren' }).click();
    const comments = page.getByRole('list', { name: 'Kommentarer' });
    await comments.getByText(comment).waitFor();
    await expectAccessible(page, 'journey: supported and commented');

    // 3. An officer answers with the council decision.
    const officer = await signedIn('officer@kalix.example');
    page = officer.page;
    await page.goto(ideaUrl);
    const panel = page.getByTestId('officer-answer-panel');
    await panel.getByRole('radio', { name: 'Planerad' }).check();
    await panel.getByLabel('Svar', { exact: true }).fill('Tack! Kommunstyrelsen har beslutat att ta fram en kyläpiha i Töre tillsammans med byaföreningen under 2027.');
    await panel.getByLabel('Beslutande organ').fill('Kommunstyrelsen');
    await panel.getByLabel('Sammanträdesdatum').fill('2026-11-16');
    await panel.getByLabel('Paragraf').fill('45');
    await panel.getByLabel('Diarienummer').fill('2026-00439');
    await expectAccessible(page, 'journey: the officer’s answer form');
    await panel.getByRole('button', { name: 'Publicera svaret' }).click();
    const decision = 'Beslut i Kommunstyrelsen 2026-11-16 § 45, Dnr 2026-00439';
    await page.locator('section[data-slot="answer"]').getByText(decision).waitFor();

    // 4. The proposer is told (badge → notifications page → the idea) and reads the answer.
    page = proposer.page;
    await page.goto(`${baseUrl}/kalix`);
    const badge = page.getByRole('link', { name: /^Notiser \(\d+ olästa? notis(er)?\)$/ });
    await badge.click();
    await page.getByRole('heading', { level: 1, name: 'Notiser' }).waitFor();
    await expectAccessible(page, 'journey: notifications');
    const notifications = page.getByRole('list', { name: 'Dina notiser' });
    await notifications.getByText(`Ett beslut har fattats om ${title}`).waitFor();
    await notifications.getByRole('link', { name: title }).first().click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const answer = page.locator('section[data-slot="answer"]');
    await answer.getByText(decision).waitFor();
    await answer.getByText(/kyläpiha i Töre tillsammans med byaföreningen/).waitFor();
    const timeline = await page.locator('section[data-slot="timeline"] ol').getByRole('listitem').allTextContents();
    expect(timeline.some((entry) => entry.includes('Beslutad i Kommunstyrelsen 2026-11-16 § 45'))).toBe(true);
    await expectAccessible(page, 'journey: the proposer reads the answer');

    // 5. The proposer reports the comment; a moderator hides it; the public no longer sees it.
    await page.getByRole('button', { name: 'Anmäl kommentaren från Lars Öhman' }).first().click();
    const reportDialog = page.getByRole('dialog', { name: 'Anmäl kommentaren till en moderator' });
    await reportDialog.getByRole('radio', { name: 'Hör inte hit' }).check();
    await reportDialog.getByRole('button', { name: 'Skicka anmälan' }).click();
    await reportDialog.getByText('Tack, en moderator tittar på det.').waitFor();
    await reportDialog.getByRole('button', { name: 'Stäng' }).click();

    const moderator = await signedIn('moderator@kalix.example');
    page = moderator.page;
    await page.goto(`${baseUrl}/kalix/moderation`);
    await page.getByRole('heading', { level: 1, name: 'Moderering' }).waitFor();
    const report = page.getByRole('article', { name: `Kommentar till idén ”${title}”` });
    await report.getByText(comment).waitFor();
    await expectAccessible(page, 'journey: the moderation queue');
    await report.getByRole('button', { name: 'Dölj' }).click();
    const hideDialog = page.getByRole('dialog', { name: 'Dölj innehållet' });
    await hideDialog.getByLabel('Skäl').fill('Kommentaren handlar om något annat än idén.');
    await hideDialog.getByRole('button', { name: 'Dölj innehållet' }).click();
    await expect.poll(() => page.getByRole('article', { name: `Kommentar till idén ”${title}”` }).count()).toBe(0);

    const publicContext = await browser.newContext({ locale: 'sv-SE' });
    contexts.push(publicContext);
    const visitor = await openPage(publicContext);
    await visitor.page.goto(ideaUrl);
    await visitor.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await visitor.page.locator('section[data-slot="answer"]').getByText(decision).waitFor();
    expect(await visitor.page.getByText(comment).count()).toBe(0);
    await expectAccessible(visitor.page, 'journey: the public idea page after moderation');

    for (const watched of [proposer, supporter, officer, moderator, visitor]) expect(watched.problems).toEqual([]);
  });
});
