import { Role } from '@medskapa/shared';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(cleanup);

const DIALOGUE_OPEN = '00000000-0000-4000-8000-00000000d001';
const DIALOGUE_DRAFT = '00000000-0000-4000-8000-00000000d002';
const DIALOGUE_CLOSED = '00000000-0000-4000-8000-00000000d003';
const PLACE_TORE = '00000000-0000-4000-8000-0000000000a1';
const PLACE_NYBORG = '00000000-0000-4000-8000-0000000000a2';
const GOAL_511 = '00000000-0000-4000-8000-000000000511';
const GOAL_542 = '00000000-0000-4000-8000-000000000542';
const SURVEY_ID = '00000000-0000-4000-8000-00000000e001';
const NEW_VERSION_ID = '00000000-0000-4000-8000-00000000e002';

function builderOptions() {
  const goal = (id: string, code: string, title: string) => ({ __typename: 'Goal', id, code, title });
  const dialogue = (id: string, title: string, status: string) => ({ __typename: 'Dialogue', id, title, status });
  return {
    data: {
      municipality: {
        __typename: 'Municipality',
        id: 'm-kalix',
        slug: 'kalix',
        name: 'Kalix',
        currentStrategy: {
          __typename: 'Strategy',
          id: 's-lus',
          areas: [
            { __typename: 'StrategicArea', id: 'a-51', code: '5.1', title: 'En tillvaro full av möjligheter', goals: [goal(GOAL_511, '5.1.1', 'Kultur, idrott och friluftsliv')] },
            { __typename: 'StrategicArea', id: 'a-54', code: '5.4', title: 'Hållbar infrastruktur', goals: [goal(GOAL_542, '5.4.2', 'Hållbara resor')] },
          ],
        },
      },
      places: [
        { __typename: 'Place', id: PLACE_TORE, name: 'Töre' },
        { __typename: 'Place', id: PLACE_NYBORG, name: 'Nyborg' },
      ],
      dialogues: [
        dialogue(DIALOGUE_OPEN, 'Framtidens Kalix', 'OPEN'),
        dialogue(DIALOGUE_DRAFT, 'Kollektivtrafiken', 'DRAFT'),
        dialogue(DIALOGUE_CLOSED, 'Badplatserna', 'CLOSED'),
      ],
    },
  };
}

const tr = (sv: string, fi = '', fit = '') =>
  (['sv', 'fi', 'fit'] as const).map((locale, i) => ({ __typename: 'Translation', locale, text: [sv, fi, fit][i] }));

/** A draft (or published) survey with one single-choice question, every text in three languages. */
function editedSurvey(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Survey',
    id: SURVEY_ID,
    seriesId: 'series-1',
    version: 1,
    status: 'DRAFT',
    responseMode: 'ANONYMOUS',
    collectDemographics: true,
    closesAt: null,
    viewerCanManage: true,
    title: 'Kalix framtid',
    titleTranslations: tr('Kalix framtid', 'Kalixin tulevaisuus', 'Kalixin tulevaisuus meän kielelä'),
    descriptionTranslations: [],
    translationStatus: [
      { __typename: 'LanguageStatus', locale: 'sv', status: 'REVIEWED' },
      { __typename: 'LanguageStatus', locale: 'fi', status: 'MACHINE_ASSISTED' },
      { __typename: 'LanguageStatus', locale: 'fit', status: 'REVIEWED' },
    ],
    dialogue: { __typename: 'Dialogue', id: DIALOGUE_OPEN, title: 'Framtidens Kalix', status: 'OPEN' },
    versions: [{ __typename: 'Survey', id: SURVEY_ID, version: 1, status: 'DRAFT' }],
    sections: [
      {
        __typename: 'SurveySection',
        id: 'sec-1',
        titleTranslations: tr('Om dig', 'Sinusta', 'Sinusta meän'),
        descriptionTranslations: [],
        questions: [
          {
            __typename: 'SurveyQuestion',
            id: 'q-1',
            type: 'SINGLE_CHOICE',
            required: true,
            number: 1,
            promptTranslations: tr('Bor du i Kalix?', 'Asutko Kalixissa?', 'Asutko sie Kalixissa?'),
            helpTranslations: [],
            options: [
              { __typename: 'SurveyOption', id: 'o-1', textTranslations: tr('Ja', 'Kyllä', 'Joo') },
              { __typename: 'SurveyOption', id: 'o-2', textTranslations: tr('Nej', 'Ei', 'Ei ole') },
            ],
            allowOther: false,
            scaleMinLabelTranslations: [],
            scaleMaxLabelTranslations: [],
            placeIds: [],
            goalIds: [],
            maxChoices: null,
            condition: null,
          },
        ],
      },
    ],
    ...overrides,
  };
}

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}
const check = (label: string) => fireEvent.click(screen.getByLabelText(label));
/**
 * Clicks the one button whose text (visible and visually hidden) is `name`. Faster than
 * getByRole on the builder's long form; the names are the accessible names, as the tests with
 * getByRole below confirm.
 */
function click(name: string) {
  const buttons = [...document.querySelectorAll('button')].filter((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name);
  expect(buttons, name).toHaveLength(1);
  fireEvent.click(buttons[0]!);
}

/** Adds a question of `type` at the end of section `section` (its type chosen in the section's select). */
function addQuestion(section: number, type: string) {
  fireEvent.change(screen.getByLabelText(`Typ av ny fråga (del ${section})`), { target: { value: type } });
  click(`Lägg till fråga (del ${section})`);
}

const officer = () => viewer({ roles: [Role.OFFICER] });

describe('the survey builder', () => {
  it('asks a signed-out visitor to sign in and tells a resident only officers build surveys', async () => {
    await renderApp(`/kalix/surveys/new?dialogue=${DIALOGUE_OPEN}`, { resolve: accountWorld(null, { SurveyBuilderOptions: builderOptions }).resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Ny enkät' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gå till inloggningen' }).getAttribute('href')).toBe(
      `/login?returnTo=${encodeURIComponent(`/kalix/surveys/new?dialogue=${DIALOGUE_OPEN}`)}`,
    );
    cleanup();

    const { world, resolve } = accountWorld(viewer(), { SurveyBuilderOptions: builderOptions });
    await renderApp('/kalix/surveys/new', { resolve });
    expect(await screen.findByText('Bara kommunens tjänstepersoner kan bygga enkäter.')).toBeTruthy();
    expect(screen.queryByLabelText('Enkätens titel, svenska')).toBeNull();
    expect(world.calls.map((c) => c.operation)).not.toContain('SurveyBuilderOptions');
  });

  it('builds a survey with every question type and sends the exact createSurvey input', async () => {
    const { world, resolve } = accountWorld(officer(), {
      SurveyBuilderOptions: builderOptions,
      CreateSurvey: () => ({ data: { createSurvey: { __typename: 'Survey', id: SURVEY_ID, status: 'DRAFT' } } }),
    });
    await renderApp(`/kalix/surveys/new?dialogue=${DIALOGUE_DRAFT}`, { resolve });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ny enkät' })).toBeTruthy();

    // The dialogue comes from the address; only DRAFT and OPEN dialogues are offered.
    const dialogue = screen.getByLabelText('Dialog') as HTMLSelectElement;
    expect(dialogue.value).toBe(DIALOGUE_DRAFT);
    expect([...dialogue.options].map((o) => o.text)).toEqual(['Ingen dialog', 'Framtidens Kalix', 'Kollektivtrafiken (utkast)']);

    fill('Enkätens titel, svenska', 'Kalix framtid');
    fireEvent.click(screen.getByRole('radio', { name: 'Inloggade – en gång per konto' }));
    check('Fråga om ålder, kön och hemort (frivilligt för den som svarar)');
    fill('Stänger, datum', '2030-03-09');
    fill('Stänger, klockslag', '16:00');
    fill('Del 1, rubrik, svenska', 'Om dig');

    // Fråga 1: one choice (the first question is there from the start), "Annat" allowed, required.
    expect((screen.getByLabelText('Fråga 1, typ') as HTMLSelectElement).value).toBe('SINGLE_CHOICE');
    fill('Fråga 1, frågetext, svenska', 'Bor du i Kalix?');
    fill('Fråga 1, hjälptext (frivillig), svenska', 'Tänk på var du sover mest.');
    fill('Fråga 1, alternativ 1, svenska', 'Ja');
    fill('Fråga 1, alternativ 2, svenska', 'Nej');
    check('Tillåt svaret Annat (fråga 1)');
    check('Obligatorisk (fråga 1)');

    // Fråga 2: several choices, at most 2, shown only if Fråga 1 is "Ja".
    addQuestion(1, 'MULTI_CHOICE');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Fråga 2, typ')));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Fråga 2 har lagts till.'));
    expect((screen.getByLabelText('Fråga 2, typ') as HTMLSelectElement).value).toBe('MULTI_CHOICE');
    fill('Fråga 2, frågetext, svenska', 'Vad gör du på fritiden?');
    fill('Fråga 2, alternativ 1, svenska', 'Idrott');
    fill('Fråga 2, alternativ 2, svenska', 'Musik');
    click('Lägg till alternativ (fråga 2)');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Fråga 2, alternativ 3, svenska')));
    fill('Fråga 2, alternativ 3, svenska', 'Friluftsliv');
    click('Flytta upp (fråga 2, alternativ 3)');
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Alternativ 3 är nu alternativ 2 i fråga 2.'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flytta upp (fråga 2, alternativ 2)' }));
    expect((screen.getByLabelText('Fråga 2, alternativ 2, svenska') as HTMLInputElement).value).toBe('Friluftsliv');
    fill('Fråga 2, högst antal val (frivilligt)', '2');
    const condition2 = screen.getByLabelText('Fråga 2, visa bara om …') as HTMLSelectElement;
    expect([...condition2.options].map((o) => o.text)).toEqual(['Visa alltid', 'Fråga 1: Bor du i Kalix?']);
    fireEvent.change(condition2, { target: { value: condition2.options[1]!.value } });
    const conditionGroup = screen.getByRole('group', { name: 'Fråga 2 visas om svaret på fråga 1 är något av' });
    expect(within(conditionGroup).getAllByRole('checkbox').map((c) => c.closest('.checkbox')?.textContent)).toEqual(['Ja', 'Nej']);
    fireEvent.click(within(conditionGroup).getByRole('checkbox', { name: 'Ja' }));

    // Fråga 3: a scale with both ends labelled.
    addQuestion(1, 'SCALE');
    fill('Fråga 3, frågetext, svenska', 'Hur trivs du?');
    fill('Fråga 3, text vid 1, svenska', 'Inte alls');
    fill('Fråga 3, text vid 5, svenska', 'Mycket');

    // Del 2 with free text, ranking, place and målbild.
    click('Lägg till del');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Del 2' })));
    fill('Del 2, rubrik, svenska', 'Om Kalix');
    addQuestion(2, 'FREE_TEXT');
    fill('Fråga 4, frågetext, svenska', 'Vad vill du säga?');
    addQuestion(2, 'RANKING');
    fill('Fråga 5, frågetext, svenska', 'Vad är viktigast?');
    fill('Fråga 5, alternativ 1, svenska', 'Skolan');
    fill('Fråga 5, alternativ 2, svenska', 'Vägarna');
    expect(screen.queryByRole('checkbox', { name: 'Tillåt svaret Annat (fråga 5)' })).toBeNull();
    addQuestion(2, 'PLACE');
    fill('Fråga 6, frågetext, svenska', 'Var bor du?');
    fireEvent.click(within(screen.getByRole('group', { name: 'Fråga 6, orter att välja bland' })).getByRole('checkbox', { name: 'Töre' }));
    addQuestion(2, 'GOAL');
    fill('Fråga 7, frågetext, svenska', 'Vilken målbild är viktigast?');
    fireEvent.click(within(screen.getByRole('group', { name: 'Fråga 7, målbilder att välja bland' })).getByRole('checkbox', { name: '5.4.2 Hållbara resor' }));
    fill('Fråga 7, högst antal val (frivilligt)', '1');

    // The condition of a later question offers only the earlier choice questions.
    const condition7 = screen.getByLabelText('Fråga 7, visa bara om …') as HTMLSelectElement;
    expect([...condition7.options].map((o) => o.text)).toEqual(['Visa alltid', 'Fråga 1: Bor du i Kalix?', 'Fråga 2: Vad gör du på fritiden?']);

    click('Spara utkast');
    await waitFor(() => expect(lastCall(world, 'CreateSurvey')).toBeDefined());
    const sent = lastCall(world, 'CreateSurvey') as { municipalitySlug: string; input: { sections: { id: string; questions: { id: string; options: { id: string }[] }[] }[] } };
    const ids = [
      ...sent.input.sections.map((s) => s.id),
      ...sent.input.sections.flatMap((s) => s.questions.map((q) => q.id)),
      ...sent.input.sections.flatMap((s) => s.questions.flatMap((q) => q.options.map((o) => o.id))),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const q1 = sent.input.sections[0]!.questions[0]!;
    const sv = (text: string) => ({ sv: text, fi: null, fit: null });
    const any = expect.any(String);
    const option = (text: string) => ({ id: any, text: sv(text) });
    const base = { help: null, options: [], allowOther: false, scaleMinLabel: null, scaleMaxLabel: null, placeIds: [], goalIds: [], maxChoices: null, condition: null };
    expect(sent).toEqual({
      municipalitySlug: 'kalix',
      input: {
        title: sv('Kalix framtid'),
        description: null,
        responseMode: 'SIGNED_IN',
        collectDemographics: true,
        // 16:00 Swedish winter time.
        closesAt: '2030-03-09T15:00:00.000Z',
        dialogueId: DIALOGUE_DRAFT,
        machineAssistedLocales: [],
        sections: [
          {
            id: any,
            title: sv('Om dig'),
            description: null,
            questions: [
              {
                ...base,
                id: any,
                type: 'SINGLE_CHOICE',
                required: true,
                prompt: sv('Bor du i Kalix?'),
                help: sv('Tänk på var du sover mest.'),
                options: [option('Ja'), option('Nej')],
                allowOther: true,
              },
              {
                ...base,
                id: any,
                type: 'MULTI_CHOICE',
                required: false,
                prompt: sv('Vad gör du på fritiden?'),
                options: [option('Idrott'), option('Friluftsliv'), option('Musik')],
                maxChoices: 2,
                condition: { questionId: q1.id, optionIds: [q1.options[0]!.id] },
              },
              {
                ...base,
                id: any,
                type: 'SCALE',
                required: false,
                prompt: sv('Hur trivs du?'),
                scaleMinLabel: sv('Inte alls'),
                scaleMaxLabel: sv('Mycket'),
              },
            ],
          },
          {
            id: any,
            title: sv('Om Kalix'),
            description: null,
            questions: [
              { ...base, id: any, type: 'FREE_TEXT', required: false, prompt: sv('Vad vill du säga?') },
              { ...base, id: any, type: 'RANKING', required: false, prompt: sv('Vad är viktigast?'), options: [option('Skolan'), option('Vägarna')] },
              { ...base, id: any, type: 'PLACE', required: false, prompt: sv('Var bor du?'), placeIds: [PLACE_TORE] },
              { ...base, id: any, type: 'GOAL', required: false, prompt: sv('Vilken målbild är viktigast?'), goalIds: [GOAL_542], maxChoices: 1 },
            ],
          },
        ],
      },
    });

    // Saved: the address is the edit page's, the form (and what was typed) stays, and later saves update.
    expect(await screen.findByText('Utkastet är sparat.', { selector: '[role="status"]' })).toBeTruthy();
    // (The router moves in a transition, a moment after the save.)
    expect(await screen.findByRole('heading', { level: 1, name: 'Ändra enkäten' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ta bort utkast' })).toBeTruthy();
    expect((screen.getByLabelText('Fråga 7, frågetext, svenska') as HTMLInputElement).value).toBe('Vilken målbild är viktigast?');
    expect(world.calls.map((c) => c.operation)).not.toContain('SurveyForEdit');
  }, 90_000);

  it('edits in Finnish with the Swedish text beside each field, counts missing texts and jumps to the next one', async () => {
    const { resolve } = accountWorld(officer(), { SurveyBuilderOptions: builderOptions });
    await renderApp('/kalix/surveys/new', { resolve });
    await screen.findByLabelText('Enkätens titel, svenska');
    fill('Enkätens titel, svenska', 'Kalix framtid');
    fill('Del 1, rubrik, svenska', 'Om dig');
    fill('Fråga 1, frågetext, svenska', 'Bor du i Kalix?');
    fill('Fråga 1, alternativ 1, svenska', 'Ja');
    fill('Fråga 1, alternativ 2, svenska', 'Nej');
    const counts = () => within(screen.getByTestId('survey-missing-counts')).getAllByRole('listitem').map((li) => li.textContent);
    expect(counts()).toEqual(['Svenska: alla texter finns', 'Suomi: 5 texter saknas', 'Meänkieli: 5 texter saknas']);

    const languages = screen.getByRole('group', { name: 'Redigera på:' });
    expect(within(languages).getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).toEqual(['Svenska', 'Suomi', 'Meänkieli']);
    fireEvent.click(within(languages).getByRole('radio', { name: 'Suomi' }));
    // Every text field now shows Finnish; the Swedish text is the field's description.
    expect(screen.queryByLabelText('Enkätens titel, svenska')).toBeNull();
    const titleFi = screen.getByLabelText('Enkätens titel, finska') as HTMLInputElement;
    expect(titleFi.getAttribute('lang')).toBe('fi');
    const hintId = titleFi.getAttribute('aria-describedby')!;
    expect(document.getElementById(hintId)?.textContent).toBe('Svenska: Kalix framtid');
    expect(screen.getByLabelText('Fråga 1, alternativ 2, finska')).toBeTruthy();
    expect(screen.getByText('Svenska: Nej')).toBeTruthy();

    fill('Enkätens titel, finska', 'Kalixin tulevaisuus');
    expect(counts()).toEqual(['Svenska: alla texter finns', 'Suomi: 4 texter saknas', 'Meänkieli: 5 texter saknas']);
    check('Maskinöversatt (finska)');

    click('Visa nästa saknade text');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Del 1, rubrik, finska')));
    click('Visa nästa saknade text');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Fråga 1, frågetext, finska')));
    fill('Fråga 1, frågetext, finska', 'Asutko Kalixissa?');
    fill('Del 1, rubrik, finska', 'Sinusta');
    fill('Fråga 1, alternativ 1, finska', 'Kyllä');
    fill('Fråga 1, alternativ 2, finska', 'Ei');
    expect(counts()[1]).toBe('Suomi: alla texter finns');

    // Finnish is done: the next missing text is in Meänkieli, and the language switches.
    click('Visa nästa saknade text');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Enkätens titel, meänkieli')));
    expect((within(languages).getByRole('radio', { name: 'Meänkieli' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('checkbox', { name: 'Maskinöversatt (finska)' })).toBeNull();
  }, 20_000);

  it('publishes after a confirmation; the API’s missing texts switch the language and focus the field', async () => {
    let publishCalls = 0;
    const { world, resolve } = accountWorld(officer(), {
      SurveyBuilderOptions: builderOptions,
      SurveyForEdit: () => ({ data: { survey: editedSurvey() } }),
      UpdateSurvey: () => ({ data: { updateSurvey: { __typename: 'Survey', id: SURVEY_ID, status: 'DRAFT', updatedAt: '2030-01-01T00:00:00Z' } } }),
      PublishSurvey: () => {
        publishCalls += 1;
        if (publishCalls === 1) {
          return {
            errors: [
              {
                code: 'BAD_USER_INPUT',
                fields: [
                  { path: 'title.fi', message: 'Missing.' },
                  { path: 'sections.0.questions.0.options.1.text.fit', message: 'Missing.' },
                ],
              },
            ],
          };
        }
        return { data: { publishSurvey: { __typename: 'Survey', id: SURVEY_ID, status: 'PUBLISHED', publishedAt: '2030-01-01T00:00:00Z' } } };
      },
    });
    await renderApp(`/kalix/surveys/${SURVEY_ID}/edit`, { resolve });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ändra enkäten' })).toBeTruthy();
    expect((screen.getByLabelText('Fråga 1, alternativ 2, svenska') as HTMLInputElement).value).toBe('Nej');
    expect((screen.getByLabelText('Dialog') as HTMLSelectElement).value).toBe(DIALOGUE_OPEN);

    click('Publicera');
    const dialog = await screen.findByRole('dialog', { name: 'Publicera enkäten?' });
    expect(dialog.textContent).toContain('När enkäten publiceras låses frågorna');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, publicera' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(lastCall(world, 'PublishSurvey')).toEqual({ id: SURVEY_ID }));
    // Saved first (the whole definition, with the machine-assisted Finnish kept), then published.
    const operations = world.calls.map((c) => c.operation);
    expect(operations.indexOf('UpdateSurvey')).toBeLessThan(operations.indexOf('PublishSurvey'));
    expect((lastCall(world, 'UpdateSurvey') as { input: { machineAssistedLocales: string[] } }).input.machineAssistedLocales).toEqual(['fi']);
    expect(within(summary).getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Kontrollera: Enkätens titel, finska.', '#survey-title-fi'],
      ['Kontrollera: Fråga 1, alternativ 2, meänkieli.', '#survey-sections-0-questions-0-options-1-text-fit'],
    ]);

    fireEvent.click(within(summary).getByRole('link', { name: 'Kontrollera: Fråga 1, alternativ 2, meänkieli.' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Fråga 1, alternativ 2, meänkieli')));
    expect((screen.getByRole('radio', { name: 'Meänkieli' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByLabelText('Fråga 1, alternativ 2, meänkieli').getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(within(summary).getByRole('link', { name: 'Kontrollera: Enkätens titel, finska.' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Enkätens titel, finska')));

    // Second try succeeds: on to the answering page.
    click('Publicera');
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ja, publicera' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 1, name: 'Ändra enkäten' })).toBeNull());
    expect(publishCalls).toBe(2);
  }, 20_000);

  it('refuses to publish while a translation is missing, listing each missing text', async () => {
    const survey = editedSurvey();
    survey.titleTranslations = tr('Kalix framtid', '', 'Kalixin tulevaisuus meän kielelä');
    const { world, resolve } = accountWorld(officer(), { SurveyBuilderOptions: builderOptions, SurveyForEdit: () => ({ data: { survey } }) });
    await renderApp(`/kalix/surveys/${SURVEY_ID}/edit`, { resolve });
    await screen.findByLabelText('Enkätens titel, svenska');
    fill('Fråga 1, alternativ 2, svenska', '');
    click('Publicera');
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Fråga 1, alternativ 2: texten saknas på svenska.',
      'Enkätens titel: texten saknas på finska.',
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(world.calls.map((c) => c.operation)).not.toContain('PublishSurvey');
  });

  it('deletes a draft after a confirmation', async () => {
    const { world, resolve } = accountWorld(officer(), {
      SurveyBuilderOptions: builderOptions,
      SurveyForEdit: () => ({ data: { survey: editedSurvey() } }),
      DeleteSurveyDraft: () => ({ data: { deleteSurveyDraft: true } }),
    });
    await renderApp(`/kalix/surveys/${SURVEY_ID}/edit`, { resolve });
    await screen.findByLabelText('Enkätens titel, svenska');
    click('Ta bort utkast');
    const dialog = await screen.findByRole('dialog', { name: 'Ta bort utkastet?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ta bort utkast' }));
    expect(world.calls.map((c) => c.operation)).not.toContain('DeleteSurveyDraft');

    click('Ta bort utkast');
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ja, ta bort' }));
    await waitFor(() => expect(lastCall(world, 'DeleteSurveyDraft')).toEqual({ id: SURVEY_ID }));
    await waitFor(() => expect(screen.queryByLabelText('Enkätens titel, svenska')).toBeNull());
  });

  it('shows a published survey as locked and makes a new version of it', async () => {
    const { world, resolve } = accountWorld(officer(), {
      SurveyBuilderOptions: builderOptions,
      SurveyForEdit: (variables) =>
        variables.id === NEW_VERSION_ID
          ? { data: { survey: editedSurvey({ id: NEW_VERSION_ID, version: 2 }) } }
          : { data: { survey: editedSurvey({ status: 'PUBLISHED', versions: [{ __typename: 'Survey', id: SURVEY_ID, version: 1, status: 'PUBLISHED' }] }) } },
      CreateSurveyVersion: () => ({ data: { createSurveyVersion: { __typename: 'Survey', id: NEW_VERSION_ID, version: 2, status: 'DRAFT' } } }),
    });
    await renderApp(`/kalix/surveys/${SURVEY_ID}/edit`, { resolve });
    expect(await screen.findByText('Publicerad – frågorna är låsta')).toBeTruthy();
    expect(screen.queryByLabelText('Enkätens titel, svenska')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Publicera' })).toBeNull();
    click('Skapa ny version');
    await waitFor(() => expect(lastCall(world, 'CreateSurveyVersion')).toEqual({ id: SURVEY_ID }));
    // The new draft opens in the builder.
    expect(((await screen.findByLabelText('Enkätens titel, svenska')) as HTMLInputElement).value).toBe('Kalix framtid');
    expect(lastCall(world, 'SurveyForEdit')).toEqual({ id: NEW_VERSION_ID });
  });
});
