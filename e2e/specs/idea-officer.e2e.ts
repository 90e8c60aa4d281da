import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiLogin, apiRequest } from '../support/api-client';
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

async function newPage(): Promise<WatchedPage> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  return openPage(context);
}

const sv = (key: string) => uiText('sv', key);

/** Opens the sign-in page with a way back to `path` and signs in as a demo user. */
async function signInAt(page: Page, email: string, path: string) {
  await page.goto(`${baseUrl}/login?${new URLSearchParams({ returnTo: path })}`);
  await page.getByLabel(sv('accounts:fields.email.label')).fill(email);
  await page.getByLabel(sv('accounts:fields.password.label'), { exact: true }).fill('medskapa-demo');
  await page.getByRole('button', { name: sv('accounts:login.submit') }).click();
  await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe(path);
}

interface IdeaList {
  ideas: { edges: Array<{ node: { id: string; title: string; status: string } }> };
}
const IDEAS = `{ ideas(filter: { municipalitySlug: "kalix" }, first: 100) { edges { node { id title status } } } }`;

async function ideaByTitle(title: string) {
  const { ideas } = await apiData<IdeaList>(baseUrl, 'sv', IDEAS);
  const idea = ideas.edges.map((e) => e.node).find((node) => node.title === title);
  if (!idea) throw new Error(`No seeded idea "${title}"`);
  return idea;
}

/** A catalogue text with its {{placeholders}} filled in. */
function fillIn(text: string, values: Record<string, string>): string {
  return text.replace(/{{\s*(\w+)[^}]*}}/g, (_, name: string) => values[name] ?? '');
}

describe('officers and moderators', () => {
  it('an officer answers a seeded idea with a council decision and a Meänkieli translation', async () => {
    const idea = await ideaByTitle('Valaistu hiihtolatu Nyborgiin');
    expect(['PUBLISHED', 'UNDER_REVIEW']).toContain(idea.status);
    const path = `/kalix/ideas/${idea.id}`;
    const watched = await newPage();
    const { page } = watched;
    await signInAt(page, 'officer@kalix.example', path);
    await page.getByRole('heading', { level: 1, name: idea.title }).waitFor();
    const panel = page.getByTestId('officer-answer-panel');
    await panel.getByRole('heading', { level: 3, name: sv('moderation:answer.heading') }).waitFor();
    await expectAccessible(page, 'idea page with the officer’s answer form');

    // Empty: the summary gets focus and names what is missing.
    await panel.getByRole('button', { name: sv('moderation:answer.submit') }).click();
    const summary = panel.locator('.error-summary');
    await summary.getByRole('link', { name: sv('moderation:answer.validation.status') }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await expectAccessible(page, 'answer form with errors');

    await panel.getByRole('radio', { name: sv('ideas:status.PLANNED') }).check();
    await panel.getByLabel(sv('moderation:answer.fields.body.label'), { exact: true }).fill('Kommunen anlägger ett elljusspår i Nyborg under 2027. Arbetet börjar till våren.');
    await panel.getByText(sv('moderation:answer.fields.translations.summary')).click();
    await panel
      .getByLabel(sv('moderation:answer.fields.translations.fit'), { exact: true })
      .fill('Kunta rakentaa valaistun hiihtoladun Nyborhiin vuona 2027. Työ alkaa kevväälä.');
    await panel.getByLabel(sv('moderation:answer.fields.decision.body'), { exact: true }).fill('Kommunstyrelsen');
    await panel.getByLabel(sv('moderation:answer.fields.decision.meetingDate'), { exact: true }).fill('2026-03-16');
    await panel.getByLabel(sv('moderation:answer.fields.decision.paragraph'), { exact: true }).fill('§ 45');
    await panel.getByLabel(sv('moderation:answer.fields.decision.diaryNumber'), { exact: true }).fill('2026-00439');
    await panel.getByRole('button', { name: sv('moderation:answer.submit') }).click();

    const saved = fillIn(sv('moderation:answer.saved'), { status: sv('ideas:status.PLANNED') });
    await panel.getByText(saved).waitFor();
    await expect.poll(() => page.getByTestId('announcer').textContent()).toBe(saved);
    await panel.getByRole('heading', { level: 3, name: sv('moderation:answer.headingChange') }).waitFor();
    // The answer section of the idea page shows the decision.
    const decision = fillIn(sv('ideas:answer.decision'), { body: 'Kommunstyrelsen', date: '2026-03-16', paragraph: '§ 45', diaryNumber: '2026-00439' });
    await page.getByText(decision).first().waitFor();
    await expectAccessible(page, 'idea page after answering');

    const answered = await apiData<{ idea: { status: string; response: { translations: Array<{ locale: string; body: string }>; decision: { paragraph: string; diaryNumber: string } } } }>(
      baseUrl,
      'sv',
      `{ idea(id: "${idea.id}") { status response { translations { locale body } decision { paragraph diaryNumber } } } }`,
    );
    expect(answered.idea.status).toBe('PLANNED');
    expect(answered.idea.response.decision).toEqual({ paragraph: '§ 45', diaryNumber: '2026-00439' });
    expect(answered.idea.response.translations.map((tr) => tr.locale)).toEqual(['sv', 'fit']);
    expect(watched.problems).toEqual([]);
  });

  it('an officer answers two ideas at once from the list', async () => {
    const titles = ['Kyläkauppa ja palvelupiste Töreen', 'Fiber till hela Övrebygden'];
    const ideas = await Promise.all(titles.map(ideaByTitle));
    const watched = await newPage();
    const { page } = watched;
    await signInAt(page, 'officer@kalix.example', '/kalix/ideas');
    await page.getByRole('heading', { level: 1, name: 'Idéer' }).waitFor();
    await page.getByRole('button', { name: sv('moderation:bulk.toggle') }).click();
    for (const title of titles) await page.getByRole('checkbox', { name: `${sv('moderation:bulk.select')} ${title}` }).check();
    const bar = page.getByRole('region', { name: sv('moderation:bulk.barLabel') });
    await bar.getByText(fillIn(sv('moderation:bulk.chosen_other'), { count: '2' })).waitFor();
    await expectAccessible(page, 'ideas list in bulk mode');
    await bar.getByRole('button', { name: fillIn(sv('moderation:bulk.answer_other'), { count: '2' }) }).click();

    const dialog = page.getByRole('dialog', { name: fillIn(sv('moderation:bulk.dialogTitle_other'), { count: '2' }) });
    await dialog.waitFor();
    await expectAccessible(page, 'bulk answer dialog');
    await dialog.getByRole('radio', { name: sv('ideas:status.ANSWERED') }).check();
    await dialog.getByLabel(sv('moderation:answer.fields.body.label'), { exact: true }).fill('Tack för idéerna. Kommunen tar med dem i arbetet med nästa års budget.');
    await dialog.getByRole('button', { name: fillIn(sv('moderation:bulk.submit_other'), { count: '2' }) }).click();
    const done = fillIn(sv('moderation:bulk.done_other'), { count: '2', status: sv('ideas:status.ANSWERED') });
    await bar.getByText(done).waitFor();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.getByTestId('announcer').textContent()).toBe(done);
    await expectAccessible(page, 'ideas list after answering two');

    for (const idea of ideas) {
      const data = await apiData<{ idea: { status: string } }>(baseUrl, 'sv', `{ idea(id: "${idea.id}") { status } }`);
      expect(data.idea.status).toBe('ANSWERED');
    }
    expect(watched.problems).toEqual([]);
  });

  it('a moderator hides a comment a resident reported, with a reason; the public no longer sees it', async () => {
    const idea = await ideaByTitle('Cykelväg mellan Töre och Kalix');
    const ideaPath = `/kalix/ideas/${idea.id}`;
    const COMMENTS = `{ idea(id: "${idea.id}") { comments(first: 100) { edges { node { id body hidden author { displayName } } } } } }`;
    type Comments = { idea: { comments: { edges: Array<{ node: { id: string; body: string; hidden: boolean } }> } } };
    const before = await apiData<Comments>(baseUrl, 'sv', COMMENTS);
    const comment = before.idea.comments.edges.map((e) => e.node).find((c) => c.body.startsWith('Elevrådet på Furuhedsskolan håller med'));
    if (!comment) throw new Error('No seeded comment by the pupils’ council');
    const quote = 'Elevrådet på Furuhedsskolan håller med';

    // The resident reports it over the API.
    const resident = await apiLogin(baseUrl, 'resident@kalix.example');
    await apiRequest(baseUrl, resident, `mutation($id: ID!) { reportContent(input: { targetType: COMMENT, targetId: $id, reason: OFFENSIVE, note: "Hänger ut elever." }) { id status } }`, {
      id: comment.id,
    });

    const watched = await newPage();
    const { page } = watched;
    await signInAt(page, 'moderator@kalix.example', '/kalix/moderation');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: sv('moderation:nav') }).waitFor();
    await page.getByRole('heading', { level: 1, name: sv('moderation:queue.title') }).waitFor();
    const report = page.getByRole('article').filter({ hasText: quote });
    await report.first().waitFor();
    await report.getByText(sv('moderation:reasons.OFFENSIVE')).first().waitFor();
    await report.getByRole('link', { name: fillIn(sv('moderation:queue.openIdea'), { title: idea.title }) }).first().waitFor();
    await expectAccessible(page, '/kalix/moderation');

    await report.first().getByRole('button', { name: sv('moderation:actions.HIDE.button') }).click();
    const dialog = page.getByRole('dialog', { name: sv('moderation:actions.HIDE.title') });
    await dialog.waitFor();
    await dialog.getByText(sv('moderation:actions.HIDE.toldTo')).waitFor();
    // The reason is mandatory.
    await dialog.getByRole('button', { name: sv('moderation:actions.HIDE.submit') }).click();
    await dialog.locator('.error-summary').getByRole('link', { name: sv('moderation:reason.required') }).waitFor();
    await expectAccessible(page, 'hide dialog with an error');
    await dialog.getByLabel(sv('moderation:reason.label'), { exact: true }).fill('Kommentaren hänger ut enskilda elever.');
    await dialog.getByRole('button', { name: sv('moderation:actions.HIDE.submit') }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => report.count()).toBe(0);
    await expect.poll(() => page.getByTestId('announcer').textContent()).toBe(sv('moderation:actions.HIDE.done'));
    await expectAccessible(page, '/kalix/moderation after hiding');
    expect(watched.problems).toEqual([]);

    // The public: the comment's text is gone from the idea page.
    const after = await apiData<Comments>(baseUrl, 'sv', COMMENTS);
    const hidden = after.idea.comments.edges.map((e) => e.node).find((c) => c.id === comment.id);
    expect(hidden === undefined || (hidden.hidden && hidden.body === '')).toBe(true);
    const visitor = await newPage();
    await visitor.page.goto(`${baseUrl}${ideaPath}`);
    await visitor.page.getByRole('heading', { level: 1, name: idea.title }).waitFor();
    await visitor.page.getByText(/Töre byaförening står bakom förslaget/).first().waitFor();
    expect(await visitor.page.getByText(quote).count()).toBe(0);
    await expectAccessible(visitor.page, 'the idea for the public after hiding a comment');
    expect(visitor.problems).toEqual([]);
  });
  it('an admin keeps answer templates and the idea settings (threshold and minority-language exemption)', async () => {
    const watched = await newPage();
    const { page } = watched;
    await signInAt(page, 'admin@kalix.example', '/admin/answer-templates');
    const tabs = page.getByRole('navigation', { name: sv('admin:tabs.label') });
    await tabs.getByRole('link', { name: sv('moderation:templates.tab') }).waitFor();
    await page.getByRole('link', { name: fillIn(sv('moderation:adminLink'), { municipality: 'Kalix' }) }).waitFor();
    await page.getByRole('button', { name: sv('moderation:templates.new') }).click();
    const name = `Ingår i budgetarbetet ${Date.now()}`;
    await page.getByLabel(sv('moderation:templates.fields.name'), { exact: true }).fill(name);
    await page.getByLabel(sv('moderation:templates.fields.status'), { exact: true }).selectOption('PLANNED');
    await page.getByLabel(sv('moderation:templates.fields.body'), { exact: true }).fill('Tack för idén. Den ingår i arbetet med nästa års budget.');
    await page.getByLabel(sv('moderation:answer.fields.translations.fit'), { exact: true }).fill('Kiitos ajatuksesta. Se oon mukana ens vuen puttjettityössä.');
    await expectAccessible(page, '/admin/answer-templates with the form');
    await page.getByRole('button', { name: sv('moderation:templates.create') }).click();
    await page.getByRole('main').getByText(fillIn(sv('moderation:templates.created'), { name })).waitFor();
    await page.getByRole('heading', { level: 3, name }).waitFor();
    await expectAccessible(page, '/admin/answer-templates');

    await tabs.getByRole('link', { name: sv('moderation:settings.tab') }).click();
    await page.getByRole('heading', { level: 2, name: sv('moderation:settings.tab') }).waitFor();
    const exempt = page.getByRole('checkbox', { name: sv('moderation:settings.exempt.label') });
    await exempt.waitFor();
    await page.getByTestId('effective-threshold').waitFor();
    await expectAccessible(page, '/admin/idea-settings');
    // Saving what is there changes nothing, and says so.
    await page.getByRole('button', { name: sv('moderation:settings.save') }).click();
    await page.getByRole('main').getByText(fillIn(sv('moderation:settings.saved'), { municipality: 'Kalix' })).waitFor();
    expect(watched.problems).toEqual([]);
  });
});
