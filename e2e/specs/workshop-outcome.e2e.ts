/**
 * A workshop's outcome from review to the strategy view: Töre byaförening's workshop (set up
 * through the API, started an hour ago, with participants, three inputs and a photo recorded as a
 * draft). Lars Öhman sees the draft marked "only for you", edits an input inline, deletes one
 * after confirming, and publishes after confirming. A visitor then sees what came out grouped by
 * målbild with the participant table, the photo and the CSV link; the village page counts the
 * inputs and lists the workshop; the area page counts the målbild's inputs. axe on every page.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiLogin, apiRequest } from '../support/api-client';
import { expectAccessible, launchBrowser, openPage } from '../support/browser';
import { uiText } from '../support/catalogues';

const baseUrl = inject('baseUrl');
const sv = (key: string, values: Record<string, string | number> = {}) =>
  Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{{${name}}}`, String(value)), uiText('sv', key));

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
});

const stamp = Date.now();
const TITLE = `Byakväll om framtiden (${stamp})`;
const KEEP = `Skidspår runt Töre (${stamp})`;
const EDITED = `Skidspår runt Töre och Sangis (${stamp})`;
const NO_GOAL = `Fler bänkar vid älven (${stamp})`;
const DELETE = `Testinlägg som ska bort (${stamp})`;
/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

interface Setup {
  token: string;
  workshopId: string;
  toreId: string;
  goal: { id: string; code: string; title: string; areaCode: string };
}

async function setUp(): Promise<Setup> {
  const token = await apiLogin(baseUrl, 'forening@kalix.example');
  const data = await apiRequest<{
    me: { organizations: { organization: { id: string; name: string } }[] };
    municipality: {
      places: { id: string; name: string }[];
      currentStrategy: { areas: { code: string; goals: { id: string; code: string; title: string }[] }[] };
    };
  }>(
    baseUrl,
    token,
    `query { me { organizations { organization { id name } } }
      municipality(slug: "kalix") { places { id name } currentStrategy { areas { code goals { id code title } } } } }`,
  );
  const organization = data.me.organizations.find((m) => m.organization.name === 'Töre byaförening')!.organization;
  const tore = data.municipality.places.find((p) => p.name === 'Töre')!;
  const area = data.municipality.currentStrategy.areas[0]!;
  const goal = { ...area.goals[0]!, areaCode: area.code };
  const created = await apiRequest<{ createWorkshop: { id: string } }>(
    baseUrl,
    token,
    `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`,
    {
      input: {
        organizationId: organization.id,
        title: TITLE,
        originalLocale: 'sv',
        startsAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
        endsAt: new Date(Date.now() + 60 * 60 * 1000).toISOString(),
        venue: 'Töre bygdegård',
        placeId: tore.id,
        goalIds: [goal.id],
      },
    },
  );
  const workshopId = created.createWorkshop.id;
  await apiRequest(
    baseUrl,
    token,
    `mutation($id: ID!, $input: WorkshopOutcomeInput!) { recordWorkshopOutcome(workshopId: $id, input: $input) { id } }`,
    {
      id: workshopId,
      input: {
        clientMutationId: crypto.randomUUID(),
        participants: [
          { ageGroup: 'AGE_16_25', gender: 'WOMAN', count: 3 },
          { ageGroup: 'AGE_66_PLUS', gender: 'MAN', count: 2 },
        ],
        inputs: [
          { clientId: crypto.randomUUID(), text: KEEP, goalIds: [goal.id], priority: 1 },
          { clientId: crypto.randomUUID(), text: NO_GOAL, dotVotes: 4 },
          { clientId: crypto.randomUUID(), text: DELETE, goalIds: [goal.id] },
        ],
      },
    },
  );
  const upload = await fetch(`${baseUrl}/workshops/${workshopId}/attachments`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'image/png',
      'x-client-id': crypto.randomUUID(),
      'x-alt-text': encodeURIComponent('Blädderblocket med önskemål'),
    },
    body: PNG,
  });
  expect(upload.status).toBe(201);
  return { token, workshopId, toreId: tore.id, goal };
}

describe('reviewing and publishing a workshop outcome', () => {
  it('is reviewed and published by the organizer, then shown to everyone and counted on the village and area pages', async () => {
    const setup = await setUp();
    const workshopPath = `/kalix/workshops/${setup.workshopId}`;
    const goalHeading = `${setup.goal.code} ${setup.goal.title}`;

    // ---- Lars signs in and opens the workshop page.
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(uiText('sv', 'accounts:fields.email.label')).fill('forening@kalix.example');
    await page.getByLabel(uiText('sv', 'accounts:fields.password.label'), { exact: true }).fill('medskapa-demo');
    await page.getByRole('button', { name: uiText('sv', 'accounts:login.submit') }).click();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).not.toBe('/login');
    await page.goto(`${baseUrl}${workshopPath}`);

    const review = page.getByRole('region', { name: sv('workshopOutcome:review.heading') });
    await review.waitFor();
    await page.getByText(sv('workshopOutcome:view.draftNote')).waitFor();
    await expectAccessible(page, 'the workshop page with a draft outcome, as its organizer');

    // Edit the first input inline: new text and dot votes instead of a priority.
    await review.getByRole('button', { name: `${sv('workshopOutcome:review.edit')} ${sv('workshopOutcome:review.inputNumber', { number: 1 })}` }).click();
    const form = review.getByRole('group', { name: sv('workshopOutcome:review.form.legend', { number: 1 }) });
    await form.getByLabel(sv('workshopOutcome:review.form.text')).fill(EDITED);
    await form.getByRole('radio', { name: sv('workshopOutcome:review.form.weightDotVotes') }).check();
    await form.getByLabel(sv('workshopOutcome:review.form.dotVotes')).fill('9');
    await expectAccessible(page, 'editing an input');
    await form.getByRole('button', { name: sv('workshopOutcome:review.form.save') }).click();
    await review.getByText(EDITED, { exact: true }).waitFor();

    // Delete the third input, after confirming.
    await review.getByRole('button', { name: `${sv('workshopOutcome:review.delete')} ${sv('workshopOutcome:review.inputNumber', { number: 3 })}` }).click();
    const deleteDialog = page.getByRole('dialog', { name: sv('workshopOutcome:review.deleteDialog.title') });
    await deleteDialog.getByText(DELETE).waitFor();
    await expectAccessible(page, 'the delete confirmation');
    await deleteDialog.getByRole('button', { name: sv('workshopOutcome:review.deleteDialog.confirm') }).click();
    await expect.poll(() => review.getByText(DELETE, { exact: true }).count(), { timeout: 10_000 }).toBe(0);

    // Publish, after confirming.
    await review.getByRole('button', { name: sv('workshopOutcome:review.publish.button') }).click();
    const publishDialog = page.getByRole('dialog', { name: sv('workshopOutcome:review.publish.title') });
    await publishDialog.getByText(sv('workshopOutcome:review.publish.body')).waitFor();
    await publishDialog.getByRole('button', { name: sv('workshopOutcome:review.publish.confirm'), exact: true }).click();
    await review.getByText(/^Publicerat /).waitFor({ timeout: 10_000 });
    await expectAccessible(page, 'the workshop page after publishing');

    // ---- A visitor (not signed in) sees what came out.
    const visitorContext = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    contexts.push(visitorContext);
    const visitor = await openPage(visitorContext);
    const v = visitor.page;
    await v.goto(`${baseUrl}${workshopPath}`);
    const outcome = v.getByRole('region', { name: sv('workshopOutcome:view.heading') });
    await outcome.waitFor();
    await outcome.getByText(sv('workshopOutcome:view.participantSummary_other', { 'count, number': 5 })).waitFor();
    const table = outcome.getByRole('table', { name: sv('workshopOutcome:view.participantsCaption') });
    const lastRow = table.getByRole('row').last();
    expect(((await lastRow.textContent()) ?? '').replace(/\s+/g, ' ')).toBe(`${sv('workshopOutcome:view.total')}3205`);
    const headings = await outcome.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings).toEqual([goalHeading, sv('workshopOutcome:view.noGoal'), sv('workshopOutcome:view.photosHeading')]);
    expect(await outcome.getByRole('link', { name: goalHeading }).getAttribute('href')).toBe(`/kalix/areas/${setup.goal.areaCode}`);
    await outcome.getByText(EDITED, { exact: true }).waitFor();
    await outcome.getByText(sv('workshopOutcome:view.dotVotes_other', { 'count, number': 9 })).waitFor();
    expect(await outcome.getByText(DELETE).count()).toBe(0);
    expect(await v.getByRole('region', { name: sv('workshopOutcome:review.heading') }).count()).toBe(0);
    const photo = outcome.getByRole('img', { name: 'Blädderblocket med önskemål' });
    expect(await photo.getAttribute('loading')).toBe('lazy');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 10_000 }).toBe(true);
    const csv = outcome.getByRole('link', { name: sv('workshopOutcome:view.csv') });
    expect(await csv.getAttribute('href')).toBe(`/workshops/${setup.workshopId}/inputs.csv`);
    const csvResponse = await fetch(`${baseUrl}/workshops/${setup.workshopId}/inputs.csv`);
    expect(csvResponse.status).toBe(200);
    expect(await csvResponse.text()).toContain(EDITED);
    await expectAccessible(v, 'the published outcome, as a visitor');

    // ---- The village page counts the inputs and lists the workshop.
    await v.goto(`${baseUrl}/kalix/places`);
    await v.getByRole('link', { name: 'Töre', exact: true }).click();
    await v.getByRole('heading', { level: 1, name: 'Töre' }).waitFor();
    expect(new URL(v.url()).pathname).toBe(`/kalix/places/${setup.toreId}`);
    const workshops = v.getByRole('region', { name: sv('workshopOutcome:place.workshopsHeading', { place: 'Töre' }) });
    await workshops.getByRole('link', { name: TITLE }).waitFor();
    const stats = v.getByRole('region', { name: sv('workshopOutcome:place.contributionsHeading', { place: 'Töre' }) });
    await expect
      .poll(async () => Number(/(\d+) inlägg från workshoppar/.exec(((await stats.textContent()) ?? '').replace(/\s/g, ' '))?.[1] ?? 0))
      .toBeGreaterThanOrEqual(2);
    await expectAccessible(v, 'the village page');

    // ---- The area page counts the målbild's published inputs.
    await v.goto(`${baseUrl}/kalix/areas/${setup.goal.areaCode}`);
    const goalSection = v.locator('.goal').filter({ hasText: setup.goal.title }).first();
    await goalSection.getByText(/inlägg från workshoppar/).waitFor({ timeout: 10_000 });
    await expectAccessible(v, 'the area page with workshop inputs');

    expect(problems).toEqual([]);
    expect(visitor.problems).toEqual([]);
  });
});
