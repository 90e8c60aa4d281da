import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { kalix } from '../../../test/fixtures';
import type { StubResolver, StubResult } from '../../../test/mockClient';
import { renderApp } from '../../../test/renderApp';
import { respondentTokenKey } from '../respond/respondentToken';

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const SURVEY_ID = 'survey-1';
const SERIES_ID = 'series-1';
const KALIX = { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix', name: 'Kalix' };
const place = (id: string, name: string) => ({ __typename: 'Place', id, name });
const option = (id: string, text: string) => ({ __typename: 'SurveyOption', id, text });
const area51 = { __typename: 'StrategicArea', id: 'a-51', code: '5.1', title: 'En tillvaro full av möjligheter' };
const area52 = { __typename: 'StrategicArea', id: 'a-52', code: '5.2', title: 'Hållbar tillväxt' };

function question(overrides: Record<string, unknown>) {
  return {
    __typename: 'SurveyQuestion',
    required: false,
    help: null,
    allowOther: false,
    scaleMinLabel: null,
    scaleMaxLabel: null,
    maxChoices: null,
    options: [],
    places: [],
    goals: [],
    condition: null,
    ...overrides,
  };
}

/** Two sections with every question type; Q2 is shown only to those who answer "Sällan" to Q1. */
function survey(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Survey',
    id: SURVEY_ID,
    seriesId: SERIES_ID,
    version: 1,
    status: 'PUBLISHED',
    responseMode: 'ANONYMOUS',
    collectDemographics: true,
    closesAt: '2026-12-31T22:00:00Z',
    closedAt: null,
    isOpen: true,
    viewerCanManage: false,
    title: 'Centrum i Kalix',
    description: 'Vad tycker du om centrum?',
    municipality: { ...KALIX, places: [place('p-tore', 'Töre'), place('p-nyborg', 'Nyborg')] },
    dialogue: { __typename: 'Dialogue', id: 'd-1', title: 'Framtidens centrum' },
    sections: [
      {
        __typename: 'SurveySection',
        id: 's-1',
        title: 'Om centrum',
        description: null,
        questions: [
          question({
            id: 'q1',
            number: 1,
            type: 'SINGLE_CHOICE',
            required: true,
            prompt: 'Hur ofta besöker du centrum?',
            allowOther: true,
            options: [option('o-daily', 'Varje dag'), option('o-seldom', 'Sällan')],
          }),
          question({
            id: 'q2',
            number: 2,
            type: 'MULTI_CHOICE',
            prompt: 'Vad saknar du?',
            maxChoices: 2,
            options: [option('m-cafe', 'Kaféer'), option('m-bench', 'Bänkar'), option('m-play', 'Lekplatser')],
            condition: { __typename: 'SurveyCondition', questionId: 'q1', optionIds: ['o-seldom'] },
          }),
          question({
            id: 'q3',
            number: 3,
            type: 'SCALE',
            required: true,
            prompt: 'Hur trivs du i centrum?',
            scaleMinLabel: 'Mycket dåligt',
            scaleMaxLabel: 'Mycket bra',
          }),
        ],
      },
      {
        __typename: 'SurveySection',
        id: 's-2',
        title: 'Framtiden',
        description: null,
        questions: [
          question({ id: 'q4', number: 4, type: 'FREE_TEXT', prompt: 'Vad vill du säga till kommunen?' }),
          question({
            id: 'q5',
            number: 5,
            type: 'RANKING',
            required: true,
            prompt: 'Vad är viktigast?',
            options: [option('r-school', 'Skola'), option('r-care', 'Vård'), option('r-roads', 'Vägar')],
          }),
          question({ id: 'q6', number: 6, type: 'PLACE', prompt: 'Var bor du?', places: [place('p-tore', 'Töre'), place('p-nyborg', 'Nyborg')] }),
          question({
            id: 'q7',
            number: 7,
            type: 'GOAL',
            prompt: 'Vilka målbilder är viktigast?',
            goals: [
              { __typename: 'Goal', id: 'g-511', code: '5.1.1', title: 'Kultur, idrott och friluftsliv', area: area51 },
              { __typename: 'Goal', id: 'g-521', code: '5.2.1', title: 'Ett starkt näringsliv', area: area52 },
            ],
          }),
        ],
      },
    ],
    ...overrides,
  };
}

function progress(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'SurveyProgress',
    surveyId: SURVEY_ID,
    status: 'IN_PROGRESS',
    locale: 'fi',
    updatedAt: '2026-11-20T10:00:00Z',
    submittedAt: null,
    answers: [],
    demographics: null,
    ...overrides,
  };
}

const answer = (questionId: string, fields: Record<string, unknown>) => ({
  __typename: 'SurveyAnswer',
  questionId,
  optionIds: [],
  otherText: null,
  value: null,
  text: null,
  placeId: null,
  goalIds: [],
  ...fields,
});

function world(answers: Record<string, (variables: Record<string, unknown>) => StubResult> = {}) {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const defaults: Record<string, (variables: Record<string, unknown>) => StubResult> = {
    Viewer: () => ({ data: { me: null } }),
    SurveyPage: () => ({ data: { survey: survey() } }),
    MySurveyResponse: () => ({ data: { mySurveyResponse: null } }),
    SaveSurveyProgress: () => ({
      data: { saveSurveyProgress: { __typename: 'SurveyProgress', surveyId: SURVEY_ID, status: 'IN_PROGRESS', updatedAt: '2026-11-22T10:00:00Z' } },
    }),
    SubmitSurveyResponse: () => ({
      data: { submitSurveyResponse: { __typename: 'SurveyReceipt', surveyId: SURVEY_ID, submittedAt: '2026-11-22T10:05:00Z' } },
    }),
  };
  const resolve: StubResolver = (operation, variables, language) => {
    calls.push({ operation, variables });
    const handler = answers[operation] ?? defaults[operation];
    if (handler) return handler(variables);
    return kalix(operation, variables, language);
  };
  const callsOf = (operation: string) => calls.filter((c) => c.operation === operation).map((c) => c.variables);
  return { resolve, callsOf };
}

const PATH = `/kalix/surveys/${SURVEY_ID}`;

async function fillFirstSection() {
  fireEvent.click(await screen.findByRole('radio', { name: 'Varje dag' }));
  fireEvent.click(screen.getByRole('radio', { name: '4' }));
  fireEvent.click(screen.getByRole('button', { name: 'Nästa' }));
  await screen.findByRole('heading', { level: 2, name: 'Framtiden' });
}

describe('SurveyPage: the questions', () => {
  it('shows the survey, its dialogue, the anonymity line, the progress and every control of the first section with names', async () => {
    const { resolve } = world();
    await renderApp(PATH, { resolve });

    expect(await screen.findByRole('heading', { level: 1, name: 'Centrum i Kalix' })).toBeTruthy();
    const header = screen.getByRole('heading', { level: 1 }).closest('header')!;
    expect(within(header).getByRole('link', { name: 'Framtidens centrum' }).getAttribute('href')).toBe('/kalix/dialogues/d-1');
    expect(screen.getByText(/Enkäten är anonym/)).toBeTruthy();
    expect(screen.getByText('Dina svar sparas medan du svarar. Du kan fortsätta senare på samma enhet.')).toBeTruthy();
    // Two sections, the demographic block and the review.
    const bar = screen.getByRole('progressbar', { name: 'Del 1 av 4' });
    expect(bar.getAttribute('value')).toBe('1');
    expect(bar.getAttribute('max')).toBe('4');
    expect(screen.getByRole('heading', { level: 2, name: 'Om centrum' })).toBeTruthy();

    const q1 = screen.getByRole('group', { name: 'Fråga 1 Hur ofta besöker du centrum? (obligatorisk)' });
    expect(within(q1).getAllByRole('radio').map((r) => r.closest('.radio')?.textContent)).toEqual(['Varje dag', 'Sällan', 'Annat']);
    const q3 = screen.getByRole('group', { name: /Fråga 3 Hur trivs du i centrum\?/ });
    expect(within(q3).getAllByRole('radio').map((r) => r.closest('.radio')?.textContent)).toEqual([
      '1 – Mycket dåligt',
      '2',
      '3',
      '4',
      '5 – Mycket bra',
    ]);
    expect(within(q3).getByRole('radio', { name: '5 – Mycket bra' })).toBeTruthy();
    // Q2 depends on "Sällan".
    expect(screen.queryByRole('group', { name: /Vad saknar du/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Föregående' })).toBeNull();
  });

  it('shows a conditional question when its condition is met and hides it again', async () => {
    const { resolve } = world();
    await renderApp(PATH, { resolve });
    fireEvent.click(await screen.findByRole('radio', { name: 'Sällan' }));
    const q2 = screen.getByRole('group', { name: 'Fråga 2 Vad saknar du?' });
    expect(within(q2).getAllByRole('checkbox').map((c) => c.closest('.checkbox')?.textContent)).toEqual(['Kaféer', 'Bänkar', 'Lekplatser']);
    expect(within(q2).getByText('Välj högst 2 alternativ.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Varje dag' }));
    expect(screen.queryByRole('group', { name: /Vad saknar du/ })).toBeNull();
  });

  it('checks the section on Nästa: an error summary takes focus, links to each question, and the messages follow the problem', async () => {
    const { resolve, callsOf } = world();
    await renderApp(PATH, { resolve });
    fireEvent.click(await screen.findByRole('button', { name: 'Nästa' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary.closest('.error-summary')));
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Fråga 1: Svara på frågan. Den är obligatorisk.', 'Fråga 3: Svara på frågan. Den är obligatorisk.']);
    expect(links[0]!.getAttribute('href')).toBe('#survey-q1');
    expect(document.getElementById('survey-q1')).toBe(screen.getByRole('radio', { name: 'Varje dag' }));
    // The message beside the question describes its group.
    const q1 = screen.getByRole('group', { name: /Fråga 1/ });
    expect(q1.getAttribute('aria-describedby')).toContain('survey-q1-error');
    expect(document.getElementById('survey-q1-error')?.textContent).toMatch(/Svara på frågan/);
    expect(screen.getByRole('heading', { level: 2, name: 'Om centrum' })).toBeTruthy();

    // "Annat" without its text, and too many choices.
    fireEvent.click(screen.getByRole('radio', { name: 'Annat' }));
    expect(screen.getByRole('textbox', { name: 'Annat, nämligen' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Nästa' }));
    await waitFor(() =>
      expect(within(screen.getByRole('alert')).getAllByRole('link').map((l) => l.textContent)).toEqual([
        'Fråga 1: Skriv vad du menar med Annat.',
      ]),
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Sällan' }));
    for (const name of ['Kaféer', 'Bänkar', 'Lekplatser']) fireEvent.click(screen.getByRole('checkbox', { name }));
    fireEvent.click(screen.getByRole('button', { name: 'Nästa' }));
    await waitFor(() =>
      expect(within(screen.getByRole('alert')).getAllByRole('link').map((l) => l.textContent)).toEqual([
        'Fråga 2: Du har valt för många alternativ. Ta bort något.',
      ]),
    );
    // Nothing moved on while there were problems.
    expect(callsOf('SaveSurveyProgress')).toEqual([]);
  });

  it('offers a text area with a counter, a ranking with move buttons, places as radios and målbilder grouped by area', async () => {
    const { resolve } = world();
    await renderApp(PATH, { resolve });
    await fillFirstSection();

    const text = screen.getByRole('textbox', { name: 'Fråga 4 Vad vill du säga till kommunen?' });
    fireEvent.change(text, { target: { value: 'Mer ljus' } });
    expect(document.getElementById('survey-q4-counter')?.textContent?.replace(/\u00a0|\u202f/g, ' ')).toBe('8 av 4 000 tecken');

    const ranking = screen.getByRole('group', { name: 'Fråga 5 Vad är viktigast? (obligatorisk)' });
    const order = () => within(ranking).getAllByRole('listitem').map((li) => li.querySelector('.survey-ranking__text')?.textContent);
    expect(order()).toEqual(['Skola', 'Vård', 'Vägar']);
    expect((within(ranking).getByRole('button', { name: 'Flytta upp Skola' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(ranking).getByRole('button', { name: 'Flytta upp Vägar' }));
    expect(order()).toEqual(['Skola', 'Vägar', 'Vård']);
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Vägar är nu på plats 2 av 3'));
    fireEvent.click(within(ranking).getByRole('button', { name: 'Flytta ned Skola' }));
    expect(order()).toEqual(['Vägar', 'Skola', 'Vård']);
    expect(within(ranking).getByRole('checkbox', { name: 'Jag har rangordnat alternativen' })).toBeTruthy();

    const places = screen.getByRole('group', { name: 'Fråga 6 Var bor du?' });
    expect(within(places).getAllByRole('radio').map((r) => r.closest('.radio')?.textContent)).toEqual(['Töre', 'Nyborg']);

    const goals = screen.getByRole('group', { name: 'Fråga 7 Vilka målbilder är viktigast?' });
    const area = within(goals).getByRole('group', { name: '5.1 En tillvaro full av möjligheter' });
    expect(within(area).getByRole('checkbox', { name: '5.1.1 Kultur, idrott och friluftsliv' })).toBeTruthy();
    expect(within(goals).getByRole('group', { name: '5.2 Hållbar tillväxt' })).toBeTruthy();
  });

  it('counts a ranking as answered only once confirmed', async () => {
    const { resolve } = world();
    await renderApp(PATH, { resolve });
    await fillFirstSection();
    fireEvent.click(screen.getByRole('button', { name: 'Flytta upp Vård' }));
    fireEvent.click(screen.getByRole('button', { name: 'Nästa' }));
    await waitFor(() =>
      expect(within(screen.getByRole('alert')).getAllByRole('link').map((l) => l.textContent)).toEqual([
        'Fråga 5: Svara på frågan. Den är obligatorisk.',
      ]),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Jag har rangordnat alternativen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Om dig' })).toBeTruthy();
  });
});

describe('SurveyPage: languages', () => {
  it('asks for the survey again in the language chosen in the header, keeping the answers given', async () => {
    const TITLE: Record<string, string> = { sv: 'Centrum i Kalix', fi: 'Kalixin keskusta' };
    const { resolve } = world();
    const languageAware: StubResolver = (operation, variables, language) =>
      operation === 'SurveyPage' ? { data: { survey: survey({ title: TITLE[language] }) } } : resolve(operation, variables, language);
    const { executed } = await renderApp(PATH, { resolve: languageAware });
    fireEvent.click(await screen.findByRole('radio', { name: 'Varje dag' }));
    fireEvent.click(screen.getByRole('button', { name: 'Suomi' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Kalixin keskusta' })).toBeTruthy();
    expect(executed).toContain('fi:SurveyPage');
    expect((screen.getByRole('radio', { name: 'Varje dag' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Seuraava' })).toBeTruthy();
  });
});

describe('SurveyPage: saved as you go', () => {
  it('saves every answer with this browser’s token and the UI language after each step', async () => {
    const { resolve, callsOf } = world();
    await renderApp(PATH, { resolve, language: 'fi' });
    fireEvent.click(await screen.findByRole('radio', { name: 'Sällan' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Bänkar' }));
    fireEvent.click(screen.getByRole('radio', { name: '2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Seuraava' }));
    await screen.findByRole('heading', { level: 2, name: 'Framtiden' });

    const token = localStorage.getItem(respondentTokenKey(SERIES_ID));
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(callsOf('MySurveyResponse')[0]).toEqual({ surveyId: SURVEY_ID, respondentToken: token });
    await waitFor(() => expect(callsOf('SaveSurveyProgress').length).toBeGreaterThan(0));
    expect(callsOf('SaveSurveyProgress').at(-1)).toEqual({
      surveyId: SURVEY_ID,
      answers: [
        { questionId: 'q1', optionIds: ['o-seldom'] },
        { questionId: 'q2', optionIds: ['m-bench'] },
        { questionId: 'q3', value: 2 },
      ],
      demographics: { ageGroup: null, gender: null, homePlaceId: null },
      respondentToken: token,
      locale: 'fi',
    });
  });

  it('saves a pause after a change, without a step', async () => {
    const { resolve, callsOf } = world();
    await renderApp(PATH, { resolve });
    fireEvent.click(await screen.findByRole('radio', { name: 'Varje dag' }));
    expect(callsOf('SaveSurveyProgress')).toEqual([]);
    await waitFor(() => expect(callsOf('SaveSurveyProgress')).toHaveLength(1), { timeout: 3000 });
    expect(callsOf('SaveSurveyProgress')[0]!.answers).toEqual([{ questionId: 'q1', optionIds: ['o-daily'] }]);
  });

  it('saves at once when the phone puts the page away', async () => {
    const { resolve, callsOf } = world();
    await renderApp(PATH, { resolve });
    fireEvent.click(await screen.findByRole('radio', { name: 'Sällan' }));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as unknown as { visibilityState?: string }).visibilityState;
    }
    expect(callsOf('SaveSurveyProgress')).toHaveLength(1);
    expect(callsOf('SaveSurveyProgress')[0]!.answers).toEqual([{ questionId: 'q1', optionIds: ['o-seldom'] }]);
  });

  it('resumes with the kept token: answers restored, the first section with an unanswered required question, a welcome back', async () => {
    localStorage.setItem(respondentTokenKey(SERIES_ID), 'k'.repeat(43));
    const { resolve, callsOf } = world({
      MySurveyResponse: () => ({
        data: {
          mySurveyResponse: progress({
            answers: [answer('q1', { optionIds: ['o-daily'] }), answer('q3', { value: 4 }), answer('q4', { text: 'Mer ljus' })],
          }),
        },
      }),
    });
    await renderApp(PATH, { resolve, language: 'fi' });

    expect(await screen.findByRole('heading', { level: 2, name: 'Framtiden' })).toBeTruthy();
    expect(callsOf('MySurveyResponse')[0]).toEqual({ surveyId: SURVEY_ID, respondentToken: 'k'.repeat(43) });
    expect(screen.getByText('Tervetuloa takaisin – olemme tallentaneet vastauksesi.')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Osa 2/4' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Kysymys 4/ }) as HTMLTextAreaElement).value).toBe('Mer ljus');
    fireEvent.click(screen.getByRole('button', { name: 'Edellinen' }));
    expect(((await screen.findByRole('radio', { name: 'Varje dag' })) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: '4' }) as HTMLInputElement).checked).toBe(true);
  });

  it('tells a returning respondent who already submitted', async () => {
    const { resolve } = world({
      MySurveyResponse: () => ({ data: { mySurveyResponse: progress({ status: 'SUBMITTED', submittedAt: '2026-11-20T10:00:00Z' }) } }),
    });
    await renderApp(PATH, { resolve });
    expect(await screen.findByRole('heading', { level: 2, name: 'Du har redan svarat på enkäten' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nästa' })).toBeNull();
  });
});

async function answerEverything() {
  fireEvent.click(await screen.findByRole('radio', { name: 'Sällan' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Kaféer' }));
  // Changing Q1 hides Q2: its answer must not be sent.
  fireEvent.click(screen.getByRole('radio', { name: 'Varje dag' }));
  fireEvent.click(screen.getByRole('radio', { name: '5 – Mycket bra' }));
  fireEvent.click(screen.getByRole('button', { name: 'Nästa' }));
  await screen.findByRole('heading', { level: 2, name: 'Framtiden' });
  fireEvent.click(screen.getByRole('button', { name: 'Flytta upp Vård' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Jag har rangordnat alternativen' }));
  fireEvent.click(screen.getByRole('radio', { name: 'Töre' }));
  fireEvent.click(screen.getByRole('button', { name: 'Nästa' }));
  await screen.findByRole('heading', { level: 2, name: 'Om dig' });
  fireEvent.click(screen.getByRole('radio', { name: '26–45 år' }));
  expect(within(screen.getByRole('group', { name: 'Kön' })).getAllByRole('radio').map((r) => r.closest('.radio')?.textContent)).toEqual([
    'Kvinna',
    'Man',
    'Annat',
    'Vill inte svara',
  ]);
  fireEvent.change(screen.getByRole('combobox', { name: 'Hemort' }), { target: { value: 'p-nyborg' } });
  fireEvent.click(screen.getByRole('button', { name: 'Nästa' }));
  await screen.findByRole('heading', { level: 2, name: 'Granska och skicka' });
}

describe('SurveyPage: review and send', () => {
  it('lists the answers with Ändra, sends the shown answers, and focuses the receipt', async () => {
    const { resolve, callsOf } = world();
    await renderApp(PATH, { resolve });
    await answerEverything();

    expect(screen.getByText('Vård, Skola, Vägar'.split(', ').map((o, i) => `${i + 1}. ${o}`).join(', '))).toBeTruthy();
    expect(screen.getByText('5 – Mycket bra')).toBeTruthy();
    expect(screen.queryByText(/Vad saknar du/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ändra svaret på fråga 3' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Om centrum' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('survey-q3'));
    fireEvent.click(screen.getByRole('button', { name: 'Nästa' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Nästa' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Nästa' }));
    await screen.findByRole('heading', { level: 2, name: 'Granska och skicka' });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));

    const receipt = await screen.findByRole('heading', { level: 2, name: 'Tack för dina svar!' });
    await waitFor(() => expect(document.activeElement).toBe(receipt));
    expect(screen.getByRole('link', { name: 'Tillbaka till dialogen Framtidens centrum' }).getAttribute('href')).toBe('/kalix/dialogues/d-1');
    expect(callsOf('SubmitSurveyResponse')).toEqual([
      {
        surveyId: SURVEY_ID,
        answers: [
          { questionId: 'q1', optionIds: ['o-daily'] },
          { questionId: 'q3', value: 5 },
          { questionId: 'q5', optionIds: ['r-care', 'r-school', 'r-roads'] },
          { questionId: 'q6', placeId: 'p-tore' },
        ],
        demographics: { ageGroup: 'AGE_26_45', gender: null, homePlaceId: 'p-nyborg' },
        respondentToken: localStorage.getItem(respondentTokenKey(SERIES_ID)),
        locale: 'sv',
      },
    ]);
  });

  it('keeps the answers after a network error and sends them on the retry', async () => {
    let attempts = 0;
    const { resolve, callsOf } = world({
      SubmitSurveyResponse: () => {
        attempts += 1;
        if (attempts === 1) return { networkError: true };
        return { data: { submitSurveyResponse: { __typename: 'SurveyReceipt', surveyId: SURVEY_ID, submittedAt: '2026-11-22T10:05:00Z' } } };
      },
    });
    await renderApp(PATH, { resolve });
    await answerEverything();
    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Dina svar kunde inte skickas\. Kontrollera anslutningen/);
    await waitFor(() => expect(document.activeElement).toBe(alert.closest('.error-summary')));
    expect(screen.getByRole('heading', { level: 2, name: 'Granska och skicka' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Tack för dina svar!' })).toBeTruthy();
    expect(callsOf('SubmitSurveyResponse')[1]).toEqual(callsOf('SubmitSurveyResponse')[0]);
  });

  it('says "already responded" on CONFLICT ALREADY_RESPONDED, and that the survey closed on SURVEY_CLOSED', async () => {
    const { resolve } = world({ SubmitSurveyResponse: () => ({ errors: [{ code: 'CONFLICT', reason: 'ALREADY_RESPONDED' }] }) });
    await renderApp(PATH, { resolve });
    await answerEverything();
    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Du har redan svarat på enkäten' })).toBeTruthy();
    cleanup();

    const closed = world({ SubmitSurveyResponse: () => ({ errors: [{ code: 'CONFLICT', reason: 'SURVEY_CLOSED' }] }) });
    await renderApp(PATH, { resolve: closed.resolve });
    await answerEverything();
    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    expect((await screen.findByRole('alert')).textContent).toMatch('Enkäten har stängt, så dina svar kunde inte skickas.');
  });

  it('shows the API’s answer problems beside the question, in its section', async () => {
    const { resolve } = world({
      SubmitSurveyResponse: () => ({ errors: [{ code: 'BAD_USER_INPUT', fields: [{ path: 'answers.q5', message: 'Put every option in order.', problem: 'RANKING_INCOMPLETE' }] }] }),
    });
    await renderApp(PATH, { resolve });
    await answerEverything();
    fireEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Framtiden' })).toBeTruthy();
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
      'Fråga 5: Rangordna alla alternativ och kryssa i rutan under listan.',
    );
  });
});

describe('SurveyPage: states', () => {
  it('says a closed survey is closed and links its results', async () => {
    const { resolve } = world({ SurveyPage: () => ({ data: { survey: survey({ status: 'CLOSED', isOpen: false }) } }) });
    await renderApp(PATH, { resolve });
    expect(await screen.findByText('Enkäten är stängd. Det går inte att svara längre.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Se resultatet' }).getAttribute('href')).toBe(`/kalix/surveys/${SURVEY_ID}/results`);
    expect(screen.queryByRole('button', { name: 'Nästa' })).toBeNull();
  });

  it('is not found for a draft', async () => {
    const { resolve } = world({ SurveyPage: () => ({ data: { survey: survey({ status: 'DRAFT', isOpen: false, viewerCanManage: true }) } }) });
    await renderApp(PATH, { resolve });
    expect(await screen.findByRole('heading', { level: 1, name: 'Enkäten finns inte' })).toBeTruthy();
  });

  it('asks a signed-out person to sign in for a SIGNED_IN survey', async () => {
    const { resolve, callsOf } = world({ SurveyPage: () => ({ data: { survey: survey({ responseMode: 'SIGNED_IN' }) } }) });
    await renderApp(PATH, { resolve });
    expect((await screen.findByRole('link', { name: 'Logga in för att svara' })).getAttribute('href')).toBe(
      `/login?returnTo=%2Fkalix%2Fsurveys%2F${SURVEY_ID}`,
    );
    expect(screen.getByText(/Du behöver logga in för att svara/)).toBeTruthy();
    expect(callsOf('MySurveyResponse')).toEqual([]);
  });
});
