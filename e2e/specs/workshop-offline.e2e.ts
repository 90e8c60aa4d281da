/**
 * A workshop's outcome captured offline in the bygdegård: Töre byaförening's workshop (set up
 * through the API, started an hour ago) is opened on the capture form while online, so the
 * service worker and IndexedDB hold what the form needs; then the connection goes, Lars Öhman
 * records participants, five inputs and a photo, reloads the page while still offline (it loads
 * from the service worker, the queue survives), and the server has nothing yet. Back online the
 * queue is sent by itself ("Allt är skickat"); the server has exactly five inputs, the counts and
 * one photo; after publishing, the public workshop page shows each input once. axe on every page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
});

const stamp = Date.now();
const TITLE = `Framtidskväll i Töre (${stamp})`;
const INPUTS = [
  { text: `Bygg en gång- och cykelväg längs älven (${stamp})`, goal: 0, priority: '1 (högst)' },
  { text: `Fler bussturer till Kalix på kvällarna (${stamp})`, goal: 1, dotVotes: '7' },
  { text: `Behåll skolan i byn (${stamp})`, goal: 0, priority: '2' },
  { text: `Fiber till alla hushåll i Nyborg (${stamp})`, goal: 2, place: 'Nyborg', dotVotes: '4' },
  { text: `Ett café i bygdegården på helgerna (${stamp})`, goal: 1, priority: '3 (lägst)' },
];

interface Setup {
  token: string;
  workshopId: string;
  goals: { id: string; code: string; title: string }[];
}

/** As forening@kalix.example: a token for the server-side checks, and the first målbilder of Kalix. */
async function lookUp(): Promise<Omit<Setup, 'workshopId'>> {
  const token = await apiLogin(baseUrl, 'forening@kalix.example');
  const data = await apiRequest<{ municipality: { currentStrategy: { areas: { goals: { id: string; code: string; title: string }[] }[] } } }>(
    baseUrl,
    token,
    `query { municipality(slug: "kalix") { currentStrategy { areas { goals { id code title } } } } }`,
  );
  return { token, goals: data.municipality.currentStrategy.areas.flatMap((a) => a.goals).slice(0, 3) };
}

/** Through the API, for the pages that need one: a workshop of Töre byaförening in Töre that started an hour ago. */
async function createWorkshop(): Promise<Setup> {
  const known = await lookUp();
  const data = await apiRequest<{ me: { organizations: { organization: { id: string; name: string } }[] }; places: { id: string; name: string }[] }>(
    baseUrl,
    known.token,
    `query { me { organizations { organization { id name } } } places(municipalitySlug: "kalix") { id name } }`,
  );
  const created = await apiRequest<{ createWorkshop: { id: string } }>(baseUrl, known.token, `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`, {
    input: {
      organizationId: data.me.organizations.find((m) => m.organization.name === 'Töre byaförening')!.organization.id,
      title: `${TITLE} (API)`,
      originalLocale: 'sv',
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      venue: 'Töre bygdegård',
      placeId: data.places.find((p) => p.name === 'Töre')!.id,
    },
  });
  return { ...known, workshopId: created.createWorkshop.id };
}

/**
 * Swedish wall-clock date and times for a workshop that started up to an hour ago and is still on
 * (kept within today, as the form plans a workshop within one day).
 */
function startedWithinTheHour(): { date: string; start: string; end: string } {
  const parts = (at: Date) =>
    Object.fromEntries(
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(at)
        .map((part) => [part.type, part.value]),
    );
  const now = parts(new Date());
  const minutesNow = Number(now.hour) * 60 + Number(now.minute);
  const startMinutes = Math.max(0, minutesNow - 60);
  const endMinutes = Math.min(23 * 60 + 59, startMinutes + 150);
  const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { date: `${now.year}-${now.month}-${now.day}`, start: clock(startMinutes), end: clock(endMinutes) };
}

interface ServerOutcome {
  workshop: {
    inputs: { text: string; priority: number | null; dotVotes: number | null; goals: { id: string }[]; place: { name: string } | null }[];
    participants: { ageGroup: string; gender: string; count: number }[];
    participantTotal: number;
    attachments: { id: string; altText: string | null }[];
  };
}
const outcomeOnServer = (setup: Setup) =>
  apiRequest<ServerOutcome>(
    baseUrl,
    setup.token,
    `query($id: ID!) { workshop(id: $id) { inputs { text priority dotVotes goals { id } place { name } }
      participants { ageGroup gender count } participantTotal attachments { id altText } } }`,
    { id: setup.workshopId },
  );

/** A small real JPEG, drawn on a canvas in the page (any decoder reads it). */
async function writeJpeg(page: Page): Promise<string> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 40;
    canvas.height = 30;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#f5f0e0';
    context.fillRect(0, 0, 40, 30);
    context.fillStyle = '#0a3d91';
    context.fillRect(5, 5, 30, 4);
    return canvas.toDataURL('image/jpeg', 0.8);
  });
  const file = join(mkdtempSync(join(tmpdir(), 'medskapa-photo-')), 'blädderblock.jpg');
  writeFileSync(file, Buffer.from(dataUrl.split(',')[1]!, 'base64'));
  return file;
}

/** The statuses shown in the status bar. */
const statusText = async (page: Page) => ((await page.getByTestId('capture-status').textContent()) ?? '').replace(/\s+/g, ' ');

describe('capturing a workshop outcome offline', () => {
  it('works offline in the bygdegård, survives a reload, syncs once when back online, and is published once', async () => {
    const known = await lookUp();

    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const watched: WatchedPage = await openPage(context);
    const { page } = watched;

    // ---- Lars signs in through the UI and plans tonight's workshop in Töre bygdegård.
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(uiText('sv', 'accounts:fields.email.label')).fill('forening@kalix.example');
    await page.getByLabel(uiText('sv', 'accounts:fields.password.label'), { exact: true }).fill('medskapa-demo');
    await page.getByRole('button', { name: uiText('sv', 'accounts:login.submit') }).click();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).not.toBe('/login');
    const when = startedWithinTheHour();
    await page.goto(`${baseUrl}/kalix/workshops/new`);
    await page.getByLabel(sv('workshops:form.organization.label')).selectOption({ label: 'Töre byaförening' });
    await page.getByLabel(sv('workshops:form.title.label'), { exact: true }).fill(TITLE);
    await page.getByLabel(sv('workshops:form.when.date')).fill(when.date);
    await page.getByLabel(sv('workshops:form.when.startTime')).fill(when.start);
    await page.getByLabel(sv('workshops:form.when.endTime')).fill(when.end);
    await page.getByLabel(sv('workshops:form.venue.label')).fill('Töre bygdegård');
    await page.getByLabel(sv('workshops:form.place.label'), { exact: true }).selectOption({ label: 'Töre' });
    await page.getByLabel(`${known.goals[0]!.code} ${known.goals[0]!.title}`, { exact: true }).check();
    await expectAccessible(page, 'the planning form, filled');
    await page.getByRole('button', { name: sv('workshops:form.create') }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const workshopId = new URL(page.url()).pathname.split('/').pop()!;
    const setup: Setup = { ...known, workshopId };
    const capturePath = `/kalix/workshops/${setup.workshopId}/capture`;

    // ---- … and opens the capture form from the workshop page, online.
    expect(await page.getByRole('link', { name: sv('workshops:organizer.capture') }).getAttribute('href')).toBe(capturePath);
    await page.goto(`${baseUrl}${capturePath}`);
    const heading = page.getByRole('heading', { level: 1, name: sv('workshopCapture:title', { title: TITLE }) });
    await heading.waitFor();
    await page.getByText(sv('workshopCapture:stored')).waitFor();
    // The service worker controls the page (it claims clients on activation; reload once if not yet).
    const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    if (!(await controlled())) {
      await page.reload();
      await heading.waitFor();
    }
    await expect.poll(controlled, { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'))).toBe('/manifest.webmanifest');
    await expectAccessible(page, 'the capture form, online');
    const jpeg = await writeJpeg(page);

    // ---- The connection goes.
    const problemsBeforeOffline = watched.problems.length;
    await context.setOffline(true);
    await page.getByText(sv('workshopCapture:status.offline')).waitFor();

    // Participants: 3 women 16–25, 4 men 46–65, 2 other/unstated 66+.
    await page.getByLabel('16–25 år, kvinnor', { exact: true }).fill('3');
    await page.getByLabel('46–65 år, män', { exact: true }).fill('4');
    await page.getByLabel('66 år och äldre, annat eller vill inte uppge', { exact: true }).fill('2');
    await page.getByText(sv('workshopCapture:participants.total_other', { count: 9 })).waitFor();
    await page.getByRole('button', { name: sv('workshopCapture:participants.save') }).click();
    await page.getByText(sv('workshopCapture:status.waitingParticipants')).waitFor();

    // Five inputs with målbilder, priorities or dot votes, one about another place.
    const text = page.getByLabel(sv('workshopCapture:input.text'));
    for (const [index, input] of INPUTS.entries()) {
      await text.fill(input.text);
      const goal = setup.goals[input.goal]!;
      await page.getByLabel(`${goal.code} ${goal.title}`, { exact: true }).check();
      if (input.priority) await page.getByRole('radio', { name: input.priority, exact: true }).check();
      if (input.dotVotes) await page.getByLabel(sv('workshopCapture:input.dotVotes')).fill(input.dotVotes);
      if (input.place) await page.getByLabel(sv('workshopCapture:input.place')).selectOption({ label: input.place });
      await page.getByRole('button', { name: sv('workshopCapture:input.add') }).click();
      await page.getByText(sv(`workshopCapture:status.waitingInputs_${index === 0 ? 'one' : 'other'}`, { count: index + 1 })).waitFor();
      // The form is cleared and the text field has the focus again.
      await expect.poll(() => text.inputValue(), { timeout: 5_000 }).toBe('');
      expect(await text.evaluate((element) => element === document.activeElement)).toBe(true);
    }
    expect(await page.getByTestId('capture-entry').count()).toBe(6);

    // A photo of the flip chart.
    await page.getByLabel(sv('workshopCapture:photos.file'), { exact: true }).setInputFiles(jpeg);
    await page.getByLabel(sv('workshopCapture:photos.alt')).fill('Blädderblocket med önskemål');
    await page.getByRole('button', { name: sv('workshopCapture:photos.add') }).click();
    await page.getByText(sv('workshopCapture:status.waitingPhotos_one', { count: 1 })).waitFor();
    await page.getByRole('img', { name: sv('workshopCapture:photos.thumbnailWithAlt', { number: 1, alt: 'Blädderblocket med önskemål' }) }).waitFor();

    // Something half-typed stays too.
    await text.fill('Halvskrivet inlägg');
    const status = await statusText(page);
    expect(status).toContain(sv('workshopCapture:status.waitingInputs_other', { count: 5 }));
    expect(status).toContain(sv('workshopCapture:status.waitingPhotos_one', { count: 1 }));
    await expectAccessible(page, 'the capture form, offline with a queue');

    // ---- Reload while still offline: the page comes from the service worker; the queue survives.
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker(), 'the offline reload is answered by the service worker').toBe(true);
    await heading.waitFor();
    await page.getByText(sv('workshopCapture:status.offline')).waitFor();
    await page.getByText(sv('workshopCapture:status.waitingInputs_other', { count: 5 })).waitFor();
    for (const input of INPUTS) expect(await page.getByText(input.text, { exact: true }).count()).toBe(1);
    expect(await page.getByLabel('46–65 år, män', { exact: true }).inputValue()).toBe('4');
    expect(await page.getByLabel(sv('workshopCapture:input.text')).inputValue()).toBe('Halvskrivet inlägg');
    expect(await page.getByTestId('capture-photo').count()).toBe(1);
    expect(await page.getByRole('button', { name: sv('workshopCapture:status.sendNow') }).count(), 'no "send now" offline').toBe(0);
    await expectAccessible(page, 'the capture form, reloaded offline');

    // The server has nothing yet (asked from Node, not through the browser).
    const before = await outcomeOnServer(setup);
    expect(before.workshop.inputs).toEqual([]);
    expect(before.workshop.participantTotal).toBe(0);
    expect(before.workshop.attachments).toEqual([]);
    await text.fill('');

    // ---- Back online: the queue goes out by itself.
    await context.setOffline(false);
    await page.getByText(sv('workshopCapture:status.allSent')).waitFor({ timeout: 30_000 });
    // Six entries (participants and five inputs) and the photo.
    expect(await page.getByText(sv('workshopCapture:queue.sent'), { exact: true }).count()).toBe(7);
    const offlineProblems = watched.problems.splice(problemsBeforeOffline);
    // Offline, only the app's own GraphQL requests (who is signed in, the workshop) failed.
    const unexpected = offlineProblems.filter(
      (problem) =>
        !/^requestfailed: http:\/\/127\.0\.0\.1:\d+\/graphql net::ERR_INTERNET_DISCONNECTED$/.test(problem) &&
        problem !== 'console: Failed to load resource: net::ERR_INTERNET_DISCONNECTED',
    );
    expect(unexpected).toEqual([]);

    const after = await outcomeOnServer(setup);
    expect(after.workshop.inputs.map((i) => i.text).sort()).toEqual(INPUTS.map((i) => i.text).sort());
    const byText = new Map(after.workshop.inputs.map((i) => [i.text, i]));
    expect(byText.get(INPUTS[0]!.text)).toMatchObject({ priority: 1, dotVotes: null, goals: [{ id: setup.goals[0]!.id }] });
    expect(byText.get(INPUTS[1]!.text)).toMatchObject({ priority: null, dotVotes: 7 });
    expect(byText.get(INPUTS[3]!.text)?.place?.name).toBe('Nyborg');
    expect(after.workshop.participantTotal).toBe(9);
    expect(after.workshop.participants.filter((c) => c.count > 0).sort((a, b) => a.ageGroup.localeCompare(b.ageGroup))).toEqual([
      { ageGroup: 'AGE_16_25', gender: 'WOMAN', count: 3 },
      { ageGroup: 'AGE_46_65', gender: 'MAN', count: 4 },
      { ageGroup: 'AGE_66_PLUS', gender: 'OTHER_OR_UNSTATED', count: 2 },
    ]);
    expect(after.workshop.attachments).toHaveLength(1);
    expect(after.workshop.attachments[0]!.altText).toBe('Blädderblocket med önskemål');

    // A reload online sends nothing twice.
    await page.reload();
    await heading.waitFor();
    await page.getByText(sv('workshopCapture:status.allSent')).waitFor();
    expect((await outcomeOnServer(setup)).workshop.inputs).toHaveLength(5);
    expect(watched.problems).toEqual([]);

    // ---- The organizer publishes; the public page shows each input once.
    await apiRequest(baseUrl, setup.token, `mutation($id: ID!) { publishWorkshopOutcome(workshopId: $id) { id outcomeStatus } }`, {
      id: setup.workshopId,
    });
    const publicContext = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    contexts.push(publicContext);
    const visitor = await openPage(publicContext);
    await visitor.page.goto(`${baseUrl}/kalix/workshops/${setup.workshopId}`);
    await visitor.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await visitor.page.getByText(INPUTS[0]!.text, { exact: true }).waitFor();
    for (const input of INPUTS) expect(await visitor.page.getByText(input.text, { exact: true }).count(), input.text).toBe(1);
    await expectAccessible(visitor.page, 'the public workshop page');
    expect(visitor.problems).toEqual([]);
  });

  it('a signed-out visitor of the capture page is told to sign in, with a way back', async () => {
    const setup = await createWorkshop();
    const context = await browser.newContext({ locale: 'sv-SE' });
    contexts.push(context);
    const watched = await openPage(context);
    await watched.page.goto(`${baseUrl}/kalix/workshops/${setup.workshopId}/capture`);
    await watched.page.getByRole('heading', { level: 1, name: sv('workshopCapture:access.signedOutTitle') }).waitFor();
    expect(await watched.page.getByRole('main').getByRole('link', { name: sv('workshopCapture:access.signIn') }).getAttribute('href')).toContain('/login?returnTo=');
    expect(await watched.page.getByRole('main').getByRole('link', { name: sv('workshopCapture:backToWorkshop') }).getAttribute('href')).toBe(`/kalix/workshops/${setup.workshopId}`);
    await expectAccessible(watched.page, 'the capture page, signed out');
    expect(watched.problems).toEqual([]);
  });
});
