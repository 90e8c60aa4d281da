import { Role } from '@medskapa/shared';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import type { StubResult } from '../../../test/mockClient';
import { renderApp } from '../../../test/renderApp';
import { ID, ideaOptions } from '../../ideas/ideaFixtures';
import { dialogue, DIALOGUE_ID, dialogueIdeas } from '../dialogueFixtures';

afterEach(cleanup);

const AXELSVIK = '00000000-0000-4000-8000-00000000a003';
const officer = () => viewer({ roles: [Role.OFFICER] });

/** Kalix's målbilder and places, the places deliberately out of order. */
function formOptions(): StubResult {
  const data = ideaOptions().data as { municipality: { places: unknown[] } };
  const [kalix, tore] = data.municipality.places;
  return {
    data: {
      municipality: {
        ...data.municipality,
        places: [tore, { __typename: 'Place', id: AXELSVIK, name: 'Axelsvik', kind: 'VILLAGE' }, kalix],
      },
    },
  };
}

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
// By label, not role: role queries over this long form are slow.
const check = (name: string) => fireEvent.click(screen.getByLabelText(name));

describe('the dialogue form', () => {
  it('creates a dialogue with exactly the input the API takes, then opens it', async () => {
    const { world, resolve } = accountWorld(officer(), {
      DialogueFormOptions: formOptions,
      CreateDialogue: () => ({ data: { createDialogue: { __typename: 'Dialogue', id: DIALOGUE_ID, status: 'DRAFT' } } }),
      DialoguePage: () => ({ data: { dialogue: dialogue({ status: 'DRAFT', viewerCanManage: true }) } }),
      DialogueIdeas: dialogueIdeas,
    });
    await renderApp('/kalix/dialogues/new', { resolve });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ny dialog' })).toBeTruthy();

    // Places: the central town first, then the villages by name.
    const places = screen.getByRole('group', { name: 'Vilka platser gäller dialogen?' });
    expect(within(places).getAllByRole<HTMLInputElement>('checkbox').map((box) => box.labels?.[0]?.textContent)).toEqual(['Kalix', 'Axelsvik', 'Töre']);
    // Phase dates appear once a phase is in the dialogue.
    expect(screen.queryByLabelText('Information: första dagen')).toBeNull();

    fill('Rubrik på svenska', 'Hur ska torget i Kalix bli?');
    fill('Rubrik på finska', 'Millainen Kalixin torista tulee?');
    fill('Syfte på svenska', 'Kommunen vill veta hur du vill använda torget.');
    fill('Så används det du säger på svenska', 'Kommunstyrelsen tar del av allt i mars 2027.');
    check('Texterna på finska är maskinöversatta');
    fill('Vem beslutar', 'Kommunstyrelsen');
    fill('När väntas beslutet', '2027-03-15');
    check('Unga');
    check('Föreningar');
    check('5.1.1 Kultur, idrott och friluftsliv');
    check('Töre');
    check('Information: med i dialogen');
    fill('Information: första dagen', '2026-11-01');
    fill('Information: sista dagen', '2026-11-14');
    check('Insamling: med i dialogen');
    fill('Insamling: första dagen', '2026-11-15');
    fill('Insamling: sista dagen', '2026-12-20');
    fill('Insamling: beskrivning på svenska (frivillig)', 'Lämna idéer och svara på enkäten.');
    fireEvent.click(screen.getByRole('button', { name: 'Skapa dialogen' }));

    // A long form on a slow machine: give the navigation time.
    expect(await screen.findByRole('heading', { level: 1, name: 'Hur ska torget i Kalix bli?' }, { timeout: 5000 })).toBeTruthy();
    expect(lastCall(world, 'CreateDialogue')).toEqual({
      municipalitySlug: 'kalix',
      input: {
        title: { sv: 'Hur ska torget i Kalix bli?', fi: 'Millainen Kalixin torista tulee?', fit: null },
        purpose: { sv: 'Kommunen vill veta hur du vill använda torget.', fi: null, fit: null },
        promise: { sv: 'Kommunstyrelsen tar del av allt i mars 2027.', fi: null, fit: null },
        decisionMaker: 'Kommunstyrelsen',
        decisionExpectedOn: '2027-03-15',
        targetGroups: ['YOUNG_PEOPLE', 'ASSOCIATIONS'],
        goalIds: [ID.goal511],
        placeIds: [ID.tore],
        phases: [
          { kind: 'INFORM', startsOn: '2026-11-01', endsOn: '2026-11-14', description: null },
          {
            kind: 'COLLECT',
            startsOn: '2026-11-15',
            endsOn: '2026-12-20',
            description: { sv: 'Lämna idéer och svara på enkäten.', fi: null, fit: null },
          },
        ],
        machineAssistedLocales: ['fi'],
      },
    });
    // Filling every field of this long form takes a while in jsdom on a busy machine.
  }, 30_000);

  it('checks the form before sending: a summary with links to each field, errors beside the fields', async () => {
    const { world, resolve } = accountWorld(officer(), { DialogueFormOptions: formOptions });
    await renderApp('/kalix/dialogues/new', { resolve });
    await screen.findByRole('heading', { level: 1, name: 'Ny dialog' });
    check('Analys: med i dialogen');
    fill('Analys: första dagen', '2027-02-01');
    fill('Analys: sista dagen', '2027-01-01');
    fireEvent.click(screen.getByRole('button', { name: 'Skapa dialogen' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Skriv texten ”Rubrik” på svenska.', '#dialogue-title-sv'],
      ['Skriv texten ”Syfte” på svenska.', '#dialogue-purpose-sv'],
      ['Skriv texten ”Så används det du säger” på svenska.', '#dialogue-promise-sv'],
      ['Fasen Analys kan inte sluta innan den börjar.', '#dialogue-phase-ANALYSE-endsOn'],
    ]);
    await waitFor(() => expect(document.activeElement?.classList.contains('error-summary')).toBe(true));
    expect(screen.getByLabelText('Rubrik på svenska').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Analys: sista dagen').getAttribute('aria-describedby')).toBe('dialogue-phase-ANALYSE-endsOn-error');
    expect(world.calls.some((c) => c.operation === 'CreateDialogue')).toBe(false);
  });

  it('puts the API’s field errors beside the fields, phases by the index of those sent', async () => {
    const { resolve } = accountWorld(officer(), {
      DialogueFormOptions: formOptions,
      CreateDialogue: () => ({
        errors: [
          {
            code: 'BAD_USER_INPUT',
            fields: [
              { path: 'input.title.fi', message: 'Required while the dialogue is open.' },
              { path: 'input.phases.1.startsOn', message: 'A phase must start after the previous phase ends.' },
            ],
          },
        ],
      }),
    });
    await renderApp('/kalix/dialogues/new', { resolve });
    await screen.findByRole('heading', { level: 1, name: 'Ny dialog' });
    fill('Rubrik på svenska', 'Torget');
    fill('Syfte på svenska', 'Syftet.');
    fill('Så används det du säger på svenska', 'Löftet.');
    check('Insamling: med i dialogen');
    fill('Insamling: första dagen', '2026-11-15');
    fill('Insamling: sista dagen', '2026-12-20');
    check('Återkoppling: med i dialogen');
    fill('Återkoppling: första dagen', '2026-12-21');
    fill('Återkoppling: sista dagen', '2027-01-31');
    fireEvent.click(screen.getByRole('button', { name: 'Skapa dialogen' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Skriv texten ”Rubrik” på finska.', '#dialogue-title-fi'],
      ['Fasen Återkoppling måste börja efter att förra fasen slutat.', '#dialogue-phase-FEEDBACK-startsOn'],
    ]);
    expect(document.getElementById('dialogue-title-fi-error')?.textContent).toContain('Skriv texten ”Rubrik” på finska.');
  });

  it('edits a dialogue from its saved texts in every language and sends updateDialogue', async () => {
    const tr = (sv: string, fi: string, fit: string) => [
      { __typename: 'Translation', locale: 'sv', text: sv, status: 'REVIEWED' },
      { __typename: 'Translation', locale: 'fi', text: fi, status: 'REVIEWED' },
      { __typename: 'Translation', locale: 'fit', text: fit, status: 'MACHINE_ASSISTED' },
    ];
    const { world, resolve } = accountWorld(officer(), {
      DialogueFormOptions: formOptions,
      DialogueForEdit: () => ({
        data: {
          dialogue: {
            __typename: 'Dialogue',
            id: DIALOGUE_ID,
            status: 'OPEN',
            viewerCanManage: true,
            titleTranslations: tr('Torget', 'Tori', 'Tori meilä'),
            purposeTranslations: tr('Syfte', 'Tarkoitus', 'Tarkotus'),
            promiseTranslations: tr('Löfte', 'Lupaus', 'Lupaus meilä'),
            decisionMaker: null,
            decisionExpectedOn: null,
            targetGroups: ['RESIDENTS'],
            goals: [],
            places: [{ __typename: 'Place', id: ID.kalix }],
            phases: [{ __typename: 'DialoguePhase', id: 'ph2', kind: 'COLLECT', startsOn: '2026-11-15', endsOn: '2026-12-20', descriptionTranslations: [] }],
          },
        },
      }),
      UpdateDialogue: () => ({ data: { updateDialogue: { __typename: 'Dialogue', id: DIALOGUE_ID, status: 'OPEN', title: 'Torget i Kalix' } } }),
      DialoguePage: () => ({ data: { dialogue: dialogue() } }),
      DialogueIdeas: dialogueIdeas,
    });
    await renderApp(`/kalix/dialogues/${DIALOGUE_ID}/edit`, { resolve });
    expect(await screen.findByRole('heading', { level: 1, name: 'Redigera dialogen' })).toBeTruthy();
    expect((screen.getByLabelText('Rubrik på meänkieli') as HTMLInputElement).value).toBe('Tori meilä');
    expect((screen.getByRole('checkbox', { name: 'Texterna på meänkieli är maskinöversatta' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Insamling: sista dagen') as HTMLInputElement).value).toBe('2026-12-20');
    fill('Rubrik på svenska', 'Torget i Kalix');
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await screen.findByRole('heading', { level: 1, name: 'Hur ska torget i Kalix bli?' }, { timeout: 5000 });
    expect(lastCall(world, 'UpdateDialogue')).toEqual({
      id: DIALOGUE_ID,
      input: {
        title: { sv: 'Torget i Kalix', fi: 'Tori', fit: 'Tori meilä' },
        purpose: { sv: 'Syfte', fi: 'Tarkoitus', fit: 'Tarkotus' },
        promise: { sv: 'Löfte', fi: 'Lupaus', fit: 'Lupaus meilä' },
        decisionMaker: null,
        decisionExpectedOn: null,
        targetGroups: ['RESIDENTS'],
        goalIds: [],
        placeIds: [ID.kalix],
        phases: [{ kind: 'COLLECT', startsOn: '2026-11-15', endsOn: '2026-12-20', description: null }],
        machineAssistedLocales: ['fit'],
      },
    });
  });

  it('tells a resident that only officers create dialogues', async () => {
    const { resolve } = accountWorld(viewer(), { DialogueFormOptions: formOptions });
    await renderApp('/kalix/dialogues/new', { resolve });
    expect(await screen.findByText('Bara kommunens tjänstepersoner kan skapa och ändra dialoger.')).toBeTruthy();
    expect(screen.queryByLabelText('Rubrik på svenska')).toBeNull();
  });
});
