import { Role } from '@medskapa/shared';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';
import { decision, dialogue, DIALOGUE_ID, dialogueIdeas, feedbackTranslations, phase, survey } from '../dialogueFixtures';

afterEach(cleanup);

const PATH = `/kalix/dialogues/${DIALOGUE_ID}`;
const officer = () => viewer({ displayName: 'Erik Nilsson', roles: [Role.OFFICER] });

/** Normalizes Intl's no-break spaces for comparison. */
const text = (element: Element) => (element.textContent ?? '').replace(/\u00a0|\u202f/g, ' ').trim();

function section(name: string): HTMLElement {
  return screen.getByRole('heading', { level: 2, name }).closest('section')!;
}

describe('the dialogue page for residents', () => {
  it('shows purpose, phases with the current one marked, the promise, how to take part and what has come in', async () => {
    const { resolve } = accountWorld(null, {
      DialoguePage: () => ({ data: { dialogue: dialogue() } }),
      DialogueIdeas: dialogueIdeas,
    });
    await renderApp(PATH, { resolve });

    expect(await screen.findByRole('heading', { level: 1, name: 'Hur ska torget i Kalix bli?' })).toBeTruthy();
    expect(screen.getByText('Pågående', { selector: '.badge' })).toBeTruthy();
    expect(screen.getByText('Pågående fas: Insamling, 15 november 2026 – 20 december 2026')).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();

    // The timeline: an ordered list, the current phase in words and aria-current, not colour alone.
    const timeline = within(section('Dialogens faser')).getByRole('list');
    expect(timeline.tagName).toBe('OL');
    const phases = within(timeline).getAllByRole('listitem');
    expect(phases.map((li) => li.getAttribute('aria-current'))).toEqual([null, 'step', null, null]);
    expect(text(phases[1]!)).toContain('Insamling');
    expect(text(phases[1]!)).toContain('Pågår nu');
    expect(text(phases[1]!)).toContain('Lämna idéer och svara på enkäten.');
    expect(text(phases[0]!)).not.toContain('Pågår nu');

    expect(text(section('Syfte'))).toContain('Kommunen vill veta hur du vill använda torget.');
    const promise = section('Så används det du säger');
    expect(text(promise)).toContain('Kommunstyrelsen tar del av allt som kommit in i mars 2027.');
    expect(text(promise)).toContain('BeslutarKommunstyrelsen');
    expect(text(promise)).toContain('Beslut väntas15 mars 2027');

    const scope = section('Vem och vad dialogen gäller');
    expect(text(scope)).toContain('Alla invånare');
    expect(text(scope)).toContain('Unga');
    expect(within(scope).getByRole('link', { name: '5.1.1 Kultur, idrott och friluftsliv' }).getAttribute('href')).toBe('/kalix/areas/5.1');
    expect(within(scope).getByRole('link', { name: 'Kalix' }).getAttribute('href')).toBe('/kalix/places/p-kalix');

    const takePart = section('Så deltar du');
    expect(within(takePart).getByRole('link', { name: 'Svara på enkäten' }).getAttribute('href')).toBe('/kalix/surveys/s-1');
    expect(within(takePart).getByRole('link', { name: 'Lämna en idé' }).getAttribute('href')).toBe(`/kalix/ideas/new?dialogue=${DIALOGUE_ID}`);
    expect(within(takePart).getByRole('link', { name: 'Torgkväll i Folkets hus' }).getAttribute('href')).toBe('/kalix/workshops/w-1');
    expect(within(takePart).getByRole('link', { name: 'Skatepark på torget?' }).getAttribute('href')).toBe('/kalix/polls/poll-1');

    const collected = section('Det här har kommit in');
    const counts = [...collected.querySelectorAll('.dialogue__counts div')].map(text);
    expect(counts).toEqual(['Bidrag totalt57', 'Idéer4', 'Enkätsvar12', 'Workshoppar1', 'Omröstningar1']);
    expect(within(collected).getByRole('link', { name: 'Fler bänkar på torget' }).getAttribute('href')).toBe('/kalix/ideas/i-1');
    expect(within(collected).getByRole('link', { name: 'Alla idéer i dialogen' }).getAttribute('href')).toBe(`/kalix/ideas?dialogue=${DIALOGUE_ID}`);

    // Residents neither manage nor see a feedback that is not published.
    expect(screen.queryByRole('heading', { name: 'Hantera dialogen' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Återkoppling' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Skriv återkoppling' })).toBeNull();

    // Signed out: the follower count and a sign-in that comes back here.
    expect(screen.getByText('3 personer följer dialogen')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Logga in för att följa dialogen' }).getAttribute('href')).toBe(
      `/login?returnTo=${encodeURIComponent(PATH)}`,
    );
  });

  it('asks the API for the dialogue’s latest ideas by municipality and dialogue', async () => {
    const { world, resolve } = accountWorld(null, {
      DialoguePage: () => ({ data: { dialogue: dialogue() } }),
      DialogueIdeas: dialogueIdeas,
    });
    await renderApp(PATH, { resolve });
    await screen.findByRole('link', { name: 'Fler bänkar på torget' });
    expect(lastCall(world, 'DialogueIdeas')).toEqual({ municipalitySlug: 'kalix', dialogueId: DIALOGUE_ID });
  });

  it('notes a machine-translated dialogue in the reader’s language', async () => {
    const { resolve } = accountWorld(null, { DialoguePage: () => ({ data: { dialogue: dialogue() } }), DialogueIdeas: dialogueIdeas });
    await renderApp(PATH, { resolve, language: 'fit' });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('note')).toBeTruthy();
  });

  it('follows and unfollows, showing the new follower count', async () => {
    let follows = false;
    const { world, resolve } = accountWorld(viewer(), {
      DialoguePage: () => ({ data: { dialogue: dialogue() } }),
      DialogueIdeas: dialogueIdeas,
      FollowDialogue: () => {
        follows = true;
        return { data: { followDialogue: { __typename: 'Dialogue', id: DIALOGUE_ID, viewerFollows: true, followerCount: 4 } } };
      },
      UnfollowDialogue: () => {
        follows = false;
        return { data: { unfollowDialogue: { __typename: 'Dialogue', id: DIALOGUE_ID, viewerFollows: false, followerCount: 3 } } };
      },
    });
    await renderApp(PATH, { resolve });
    fireEvent.click(await screen.findByRole('button', { name: 'Följ dialogen' }));
    expect(await screen.findByText('4 personer följer dialogen')).toBeTruthy();
    expect(lastCall(world, 'FollowDialogue')).toEqual({ id: DIALOGUE_ID });
    expect(follows).toBe(true);
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Du följer nu dialogen.'));

    fireEvent.click(screen.getByRole('button', { name: 'Sluta följa dialogen' }));
    expect(await screen.findByText('3 personer följer dialogen')).toBeTruthy();
    expect(lastCall(world, 'UnfollowDialogue')).toEqual({ id: DIALOGUE_ID });
    expect(follows).toBe(false);
    expect(screen.getByRole('button', { name: 'Följ dialogen' })).toBeTruthy();
  });

  it('shows the published återkoppling with the decisions as a table', async () => {
    const reported = dialogue({
      status: 'REPORTED',
      closedAt: '2026-12-21T08:00:00.000Z',
      feedbackPublishedAt: '2027-03-20T08:00:00.000Z',
      phases: [phase('ph4', 'FEEDBACK', '2027-03-01', '2027-03-31', true)],
      whatWeHeard: 'Ni vill ha fler bänkar och mer grönska.',
      whatHappensNow: 'Torget byggs om under 2028.',
      decisions: [decision('d-1')],
      surveys: [survey('s-1', { status: 'CLOSED', isOpen: false })],
    });
    const { resolve } = accountWorld(null, { DialoguePage: () => ({ data: { dialogue: reported } }), DialogueIdeas: dialogueIdeas });
    await renderApp(PATH, { resolve });

    const feedback = section('Återkoppling');
    expect(within(feedback).getByRole('heading', { level: 3, name: 'Det här hörde vi' })).toBeTruthy();
    expect(text(feedback)).toContain('Ni vill ha fler bänkar och mer grönska.');
    expect(within(feedback).getByRole('heading', { level: 3, name: 'Det här händer nu' })).toBeTruthy();
    expect(text(feedback)).toContain('Torget byggs om under 2028.');
    const table = within(feedback).getByRole('table', { name: 'Beslut som gäller dialogen' });
    const [head, row] = within(table).getAllByRole('row');
    expect(within(head!).getAllByRole('columnheader').map(text)).toEqual(['Organ', 'Datum', 'Paragraf', 'Diarienummer', 'Beslutet']);
    expect(within(row!).getAllByRole('cell').slice(0, 4).map(text)).toEqual(['Kommunstyrelsen', '15 mars 2027', '§ 45', '2026-00123']);
    expect(within(row!).getByRole('link', { name: 'Läs beslutet (§ 45)' }).getAttribute('href')).toBe(
      'https://www.kalix.se/protokoll/ks-2027-03-15.pdf',
    );
    // No more input: the way to take part says so; the closed survey's results are linked.
    expect(text(section('Så deltar du'))).toContain('Dialogen tar inte emot fler synpunkter.');
    expect(screen.queryByRole('link', { name: 'Svara på enkäten' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Resultat: Enkät om torget' }).getAttribute('href')).toBe('/kalix/surveys/s-1/results');
  });
});

describe('the dialogue page for its managers', () => {
  it('publishes a draft, listing the missing translations the API names', async () => {
    let status = 'DRAFT';
    let publishCalls = 0;
    const { world, resolve } = accountWorld(officer(), {
      DialoguePage: () => ({ data: { dialogue: dialogue({ status, viewerCanManage: true, surveys: [] }) } }),
      DialogueIdeas: dialogueIdeas,
      PublishDialogue: () => {
        publishCalls += 1;
        if (publishCalls === 1) {
          return {
            errors: [
              {
                code: 'BAD_USER_INPUT',
                fields: [
                  { path: 'title.fi', message: 'Missing' },
                  { path: 'phases.1.description.fit', message: 'Missing' },
                ],
              },
            ],
          };
        }
        status = 'OPEN';
        return { data: { publishDialogue: { __typename: 'Dialogue', id: DIALOGUE_ID, status: 'OPEN', openedAt: '2026-11-22T10:00:00Z' } } };
      },
    });
    await renderApp(PATH, { resolve });
    const panel = section('Hantera dialogen');
    expect(within(panel).getByRole('link', { name: 'Redigera' }).getAttribute('href')).toBe(`/kalix/dialogues/${DIALOGUE_ID}/edit`);
    expect(within(panel).getByRole('link', { name: 'Ny enkät' }).getAttribute('href')).toBe(`/kalix/surveys/new?dialogue=${DIALOGUE_ID}`);
    expect(within(panel).queryByRole('button', { name: 'Stäng dialogen' })).toBeNull();

    fireEvent.click(within(panel).getByRole('button', { name: 'Publicera' }));
    const refusal = await within(panel).findByRole('alert');
    expect(within(refusal).getAllByRole('listitem').map(text)).toEqual(['Rubrik på finska', 'Beskrivning av fasen Insamling på meänkieli']);
    await waitFor(() => expect(document.activeElement).toBe(refusal));
    expect(lastCall(world, 'PublishDialogue')).toEqual({ id: DIALOGUE_ID });

    fireEvent.click(within(panel).getByRole('button', { name: 'Publicera' }));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Dialogen är publicerad.'));
    expect(await screen.findByRole('button', { name: 'Stäng dialogen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publicera' })).toBeNull();
  });

  it('closes an open dialogue after a confirmation that says its surveys close too, and lists its surveys', async () => {
    let status = 'OPEN';
    const { world, resolve } = accountWorld(officer(), {
      DialoguePage: () => ({
        data: {
          dialogue: dialogue({
            status,
            viewerCanManage: true,
            surveys: [survey('s-1'), survey('s-2', { title: 'Ny version', status: 'DRAFT', version: 2, isOpen: false, responseCount: 0 })],
          }),
        },
      }),
      DialogueIdeas: dialogueIdeas,
      CloseDialogue: () => {
        status = 'CLOSED';
        return { data: { closeDialogue: { __typename: 'Dialogue', id: DIALOGUE_ID, status: 'CLOSED', closedAt: '2026-11-22T10:00:00Z' } } };
      },
    });
    await renderApp(PATH, { resolve });
    const panel = section('Hantera dialogen');
    const surveys = within(panel).getAllByRole('listitem').filter((li) => li.classList.contains('item-list__item'));
    expect(text(surveys[0]!)).toContain('Publicerad');
    expect(text(surveys[0]!)).toContain('12 svar');
    expect(within(surveys[0]!).queryByRole('link', { name: 'Redigera enkäten Enkät om torget' })).toBeNull();
    expect(within(surveys[0]!).getByRole('link', { name: 'Resultat för enkäten Enkät om torget' }).getAttribute('href')).toBe('/kalix/surveys/s-1/results');
    expect(within(surveys[1]!).getByRole('link', { name: 'Redigera enkäten Ny version' }).getAttribute('href')).toBe('/kalix/surveys/s-2/edit');

    fireEvent.click(within(panel).getByRole('button', { name: 'Stäng dialogen' }));
    const confirm = screen.getByRole('dialog', { name: 'Stänga dialogen?' });
    expect(text(confirm)).toContain('Dialogens öppna enkäter stängs också.');
    expect(world.calls.some((c) => c.operation === 'CloseDialogue')).toBe(false);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Ja, stäng dialogen' }));
    await waitFor(() => expect(lastCall(world, 'CloseDialogue')).toEqual({ id: DIALOGUE_ID }));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Dialogen är stängd.'));
    // Closed: the feedback editor appears, and no way to give more input.
    expect(await screen.findByRole('heading', { level: 2, name: 'Skriv återkoppling' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('saves the återkoppling in three languages and publishes it after saying the followers are notified', async () => {
    let status = 'CLOSED';
    const { world, resolve } = accountWorld(officer(), {
      DialoguePage: () => ({
        data: {
          dialogue: dialogue({
            status,
            viewerCanManage: true,
            // A manager sees saved texts before they are published: still no public section.
            whatWeHeard: 'Utkast',
            whatWeHeardTranslations: feedbackTranslations('Utkast', '', ''),
            whatHappensNowTranslations: [],
          }),
        },
      }),
      DialogueIdeas: dialogueIdeas,
      SaveDialogueFeedback: () => ({
        data: { saveDialogueFeedback: { __typename: 'Dialogue', id: DIALOGUE_ID, whatWeHeard: 'Vi hörde', whatHappensNow: 'Nu händer' } },
      }),
      PublishDialogueFeedback: () => {
        status = 'REPORTED';
        return { data: { publishDialogueFeedback: { __typename: 'Dialogue', id: DIALOGUE_ID, status: 'REPORTED', feedbackPublishedAt: '2026-11-22T10:00:00Z' } } };
      },
    });
    await renderApp(PATH, { resolve });
    expect(await screen.findByRole('heading', { level: 2, name: 'Skriv återkoppling' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2, name: 'Återkoppling' })).toBeNull();
    expect((screen.getByLabelText('Det här hörde vi på svenska') as HTMLTextAreaElement).value).toBe('Utkast');

    // Swedish is required.
    fireEvent.change(screen.getByLabelText('Det här hörde vi på svenska'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map(text)).toEqual(['Skriv texten ”Det här hörde vi” på svenska.', 'Skriv texten ”Det här händer nu” på svenska.']);
    expect(world.calls.some((c) => c.operation === 'SaveDialogueFeedback')).toBe(false);

    const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
    fill('Det här hörde vi på svenska', 'Ni vill ha fler bänkar.');
    fill('Det här hörde vi på finska', 'Haluatte lisää penkkejä.');
    fill('Det här hörde vi på meänkieli', 'Työ halvaatte lissää penkkiä.');
    fill('Det här händer nu på svenska', 'Torget byggs om.');
    fill('Det här händer nu på finska', 'Tori rakennetaan uudelleen.');
    fill('Det här händer nu på meänkieli', 'Tori rakenethaan uuesti.');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Texterna på meänkieli är maskinöversatta' }));
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    const expected = {
      id: DIALOGUE_ID,
      input: {
        whatWeHeard: { sv: 'Ni vill ha fler bänkar.', fi: 'Haluatte lisää penkkejä.', fit: 'Työ halvaatte lissää penkkiä.' },
        whatHappensNow: { sv: 'Torget byggs om.', fi: 'Tori rakennetaan uudelleen.', fit: 'Tori rakenethaan uuesti.' },
        machineAssistedLocales: ['fit'],
      },
    };
    await waitFor(() => expect(lastCall(world, 'SaveDialogueFeedback')).toEqual(expected));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Återkopplingen är sparad.'));

    fireEvent.click(screen.getByRole('button', { name: 'Publicera återkoppling' }));
    const confirm = screen.getByRole('dialog', { name: 'Publicera återkopplingen?' });
    expect(text(confirm)).toContain('Följarna får en avisering.');
    expect(world.calls.some((c) => c.operation === 'PublishDialogueFeedback')).toBe(false);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Ja, publicera' }));
    await waitFor(() => expect(lastCall(world, 'PublishDialogueFeedback')).toEqual({ id: DIALOGUE_ID }));
    // What was on screen was saved right before publishing.
    const operations = world.calls.map((c) => c.operation);
    expect(operations.lastIndexOf('SaveDialogueFeedback')).toBeLessThan(operations.lastIndexOf('PublishDialogueFeedback'));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Återkopplingen är publicerad.'));
  });

  it('adds a decision with the exact input and removes one', async () => {
    let decisions = [decision('d-1')];
    const { world, resolve } = accountWorld(officer(), {
      DialoguePage: () => ({ data: { dialogue: dialogue({ status: 'CLOSED', viewerCanManage: true, decisions }) } }),
      DialogueIdeas: dialogueIdeas,
      AddDialogueDecision: () => {
        decisions = [...decisions, decision('d-2', { body: 'Kommunfullmäktige', paragraph: '§ 7', diaryNumber: '2027-00042', url: null, summary: null })];
        return { data: { addDialogueDecision: { __typename: 'Dialogue', id: DIALOGUE_ID, decisions } } };
      },
      RemoveDialogueDecision: () => {
        decisions = decisions.filter((d) => d.id !== 'd-1');
        return { data: { removeDialogueDecision: { __typename: 'Dialogue', id: DIALOGUE_ID, decisions } } };
      },
    });
    await renderApp(PATH, { resolve });
    const editor = section('Dialogens beslut');
    const fill = (label: string, value: string) => fireEvent.change(within(editor).getByLabelText(label), { target: { value } });

    fill('Organ', 'Kommunfullmäktige');
    fill('Sammanträdesdatum', '2027-04-02');
    fill('Paragraf', 'sju');
    fill('Diarienummer', '2027-00042');
    fireEvent.click(within(editor).getByRole('button', { name: 'Lägg till' }));
    const summary = await within(editor).findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Skriv paragrafen som ”§ 45” eller ”45”.', '#decision-paragraph'],
    ]);
    expect(world.calls.some((c) => c.operation === 'AddDialogueDecision')).toBe(false);

    fill('Paragraf', '§ 7');
    fireEvent.click(within(editor).getByRole('button', { name: 'Lägg till' }));
    await waitFor(() =>
      expect(lastCall(world, 'AddDialogueDecision')).toEqual({
        dialogueId: DIALOGUE_ID,
        input: { body: 'Kommunfullmäktige', meetingDate: '2027-04-02', paragraph: '§ 7', diaryNumber: '2027-00042', url: null, summary: null },
      }),
    );
    expect(await within(editor).findByRole('cell', { name: 'Kommunfullmäktige' })).toBeTruthy();
    expect((within(editor).getByLabelText('Organ') as HTMLInputElement).value).toBe('');

    fireEvent.click(within(editor).getByRole('button', { name: 'Ta bort beslutet Kommunstyrelsen § 45' }));
    await waitFor(() => expect(lastCall(world, 'RemoveDialogueDecision')).toEqual({ id: 'd-1' }));
    await waitFor(() => expect(within(editor).queryByRole('cell', { name: 'Kommunstyrelsen' })).toBeNull());
  });
});
