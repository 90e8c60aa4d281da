import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kalix } from '../../../test/fixtures';
import type { StubResolver, StubResult } from '../../../test/mockClient';
import { renderApp } from '../../../test/renderApp';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const SURVEY_ID = 'survey-1';
const PATH = `/kalix/surveys/${SURVEY_ID}/results`;
const KALIX = { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix', name: 'Kalix' };
const place = (id: string, name: string) => ({ __typename: 'Place', id, name });

function survey(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Survey',
    id: SURVEY_ID,
    title: 'Centrum i Kalix',
    status: 'CLOSED',
    viewerCanManage: false,
    municipality: { ...KALIX, places: [place('p-tore', 'Töre'), place('p-nyborg', 'Nyborg')] },
    dialogue: { __typename: 'Dialogue', id: 'd-1', title: 'Framtidens centrum' },
    ...overrides,
  };
}

const q = (id: string, number: number, type: string, prompt: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'SurveyQuestion',
  id,
  number,
  type,
  prompt,
  allowOther: false,
  scaleMinLabel: null,
  scaleMaxLabel: null,
  ...extra,
});
const opt = (id: string, text: string) => ({ __typename: 'SurveyOption', id, text });

function freeText(id: string, text: string | null, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'SurveyFreeTextAnswer',
    id: `${id}:q4`,
    responseId: id,
    questionId: 'q4',
    text,
    isOther: false,
    hidden: false,
    hiddenReason: null,
    mayContainPersonalData: false,
    locale: 'sv',
    submittedAt: '2026-11-20T10:00:00Z',
    ...extra,
  };
}

function connection(nodes: unknown[], hasNextPage = false, totalCount = nodes.length) {
  return {
    __typename: 'SurveyFreeTextConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: null },
    edges: nodes.map((node, index) => ({ __typename: 'SurveyFreeTextAnswerEdge', cursor: String(index), node })),
  };
}

const EMPTY = { options: [], scale: [], ranking: [], places: [], goals: [], average: null, otherCount: 0, freeTexts: connection([]) };

function results(overrides: Record<string, unknown> = {}, freeTexts = connection([freeText('r1', 'Mer belysning vid torget'), freeText('r2', null, { mayContainPersonalData: true })])) {
  return {
    __typename: 'SurveyResults',
    responseCount: 12,
    totalResponseCount: 12,
    languages: [
      { __typename: 'SurveyLanguageCount', locale: 'sv', count: 8 },
      { __typename: 'SurveyLanguageCount', locale: 'fi', count: 4 },
    ],
    questions: [
      {
        __typename: 'SurveyQuestionResult',
        ...EMPTY,
        question: q('q1', 1, 'SINGLE_CHOICE', 'Hur ofta besöker du centrum?', { allowOther: true }),
        answeredCount: 12,
        shownCount: 12,
        otherCount: 1,
        options: [
          { __typename: 'SurveyOptionCount', option: opt('o1', 'Varje dag'), count: 8, share: 8 / 12 },
          { __typename: 'SurveyOptionCount', option: opt('o2', 'Sällan'), count: 3, share: 3 / 12 },
        ],
      },
      {
        __typename: 'SurveyQuestionResult',
        ...EMPTY,
        question: q('q3', 3, 'SCALE', 'Hur trivs du i centrum?', { scaleMinLabel: 'Mycket dåligt', scaleMaxLabel: 'Mycket bra' }),
        answeredCount: 10,
        shownCount: 12,
        average: 3.8,
        scale: [1, 2, 3, 4, 5].map((value, index) => ({ __typename: 'SurveyScaleCount', value, count: [0, 1, 2, 5, 2][index], share: [0, 0.1, 0.2, 0.5, 0.2][index] })),
      },
      {
        __typename: 'SurveyQuestionResult',
        ...EMPTY,
        question: q('q5', 5, 'RANKING', 'Vad är viktigast?'),
        answeredCount: 12,
        shownCount: 12,
        ranking: [
          { __typename: 'SurveyRankingResult', option: opt('r-care', 'Vård'), averageRank: 1.5, firstPlaceCount: 7 },
          { __typename: 'SurveyRankingResult', option: opt('r-school', 'Skola'), averageRank: 2.25, firstPlaceCount: 4 },
        ],
      },
      {
        __typename: 'SurveyQuestionResult',
        ...EMPTY,
        question: q('q6', 6, 'PLACE', 'Var bor du?'),
        answeredCount: 3,
        shownCount: 12,
        places: [
          { __typename: 'SurveyPlaceCount', place: place('p-tore', 'Töre'), count: 2, share: 2 / 3 },
          { __typename: 'SurveyPlaceCount', place: place('p-nyborg', 'Nyborg'), count: 1, share: 1 / 3 },
        ],
      },
      {
        __typename: 'SurveyQuestionResult',
        ...EMPTY,
        question: q('q7', 7, 'GOAL', 'Vilka målbilder?'),
        answeredCount: 4,
        shownCount: 12,
        goals: [{ __typename: 'SurveyGoalCount', goal: { __typename: 'Goal', id: 'g-511', code: '5.1.1', title: 'Kultur, idrott och friluftsliv' }, count: 3, share: 0.75 }],
      },
      {
        __typename: 'SurveyQuestionResult',
        ...EMPTY,
        question: q('q4', 4, 'FREE_TEXT', 'Vad vill du säga till kommunen?'),
        answeredCount: 2,
        shownCount: 12,
        freeTexts,
      },
    ],
    ...overrides,
  };
}

function world(answers: Record<string, (variables: Record<string, unknown>) => StubResult> = {}) {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const defaults: Record<string, (variables: Record<string, unknown>) => StubResult> = {
    Viewer: () => ({ data: { me: null } }),
    SurveyResultsSurvey: () => ({ data: { survey: survey() } }),
    SurveyResults: () => ({ data: { surveyResults: results() } }),
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

const text = (element: Element) => (element.textContent ?? '').replace(/\u00a0|\u202f/g, ' ').trim();
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map(text));

const manager = () => world({ SurveyResultsSurvey: () => ({ data: { survey: survey({ viewerCanManage: true, status: 'PUBLISHED' }) } }) });

describe('SurveyResultsPage for everyone', () => {
  it('shows counts, shares, the scale average and the ranking in tables, with the charts hidden from screen readers', async () => {
    const { resolve, callsOf } = world();
    await renderApp(PATH, { resolve });

    expect(await screen.findByRole('heading', { level: 1, name: 'Resultat: Centrum i Kalix' })).toBeTruthy();
    expect(screen.getByText('12 svar')).toBeTruthy();
    expect(text(screen.getByText(/Svarsspråk:/))).toBe('Svarsspråk: Svenska 8, Suomi 4');

    const q1 = screen.getByRole('region', { name: 'Fråga 1: Hur ofta besöker du centrum?' });
    expect(text(within(q1).getByText(/som fick frågan svarade/))).toBe('12 av 12 som fick frågan svarade');
    expect(rowsOf(within(q1).getByRole('table', { name: 'Svar på fråga 1' }))).toEqual([
      ['Varje dag', '8', '66,7 %'],
      ['Sällan', '3', '25 %'],
      ['Annat', '1', '8,3 %'],
    ]);
    expect(within(q1).getAllByRole('columnheader').map(text)).toEqual(['Svar', 'Antal', 'Andel']);
    expect(q1.querySelector('.survey-chart')?.getAttribute('aria-hidden')).toBe('true');

    const q3 = screen.getByRole('region', { name: 'Fråga 3: Hur trivs du i centrum?' });
    expect(within(q3).getByText('Medelvärde 3,8')).toBeTruthy();
    expect(rowsOf(within(q3).getByRole('table'))[0]).toEqual(['1 – Mycket dåligt', '0', '0 %']);
    expect(rowsOf(within(q3).getByRole('table'))[3]).toEqual(['4', '5', '50 %']);

    const q5 = screen.getByRole('region', { name: 'Fråga 5: Vad är viktigast?' });
    const ranking = within(q5).getByRole('table', { name: 'Rangordning i fråga 5' });
    expect(within(ranking).getAllByRole('columnheader').map(text)).toEqual(['Placering', 'Svar', 'Genomsnittlig placering', 'Antal förstaplatser']);
    expect(rowsOf(ranking)).toEqual([
      ['1', 'Vård', '1,5', '7'],
      ['2', 'Skola', '2,3', '4'],
    ]);

    expect(rowsOf(within(screen.getByRole('region', { name: 'Fråga 6: Var bor du?' })).getByRole('table'))).toEqual([
      ['Töre', '2', '66,7 %'],
      ['Nyborg', '1', '33,3 %'],
    ]);
    expect(rowsOf(within(screen.getByRole('region', { name: 'Fråga 7: Vilka målbilder?' })).getByRole('table'))).toEqual([
      ['5.1.1 Kultur, idrott och friluftsliv', '3', '75 %'],
    ]);

    const q4 = screen.getByRole('region', { name: 'Fråga 4: Vad vill du säga till kommunen?' });
    const answers = within(q4).getByRole('list', { name: /Svaren/ });
    const items = within(answers).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Mer belysning vid torget');
    expect(items[1]!.textContent).toContain('Svaret kan innehålla personuppgifter och visas inte.');
    expect(items[1]!.textContent).toContain('Kan innehålla personuppgifter');

    // Nothing for managers only.
    expect(screen.queryByRole('link', { name: 'Ladda ned svaren (CSV)' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Filtrera' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Dölj' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Till dialogen' }).getAttribute('href')).toBe('/kalix/dialogues/d-1');
    expect(callsOf('SurveyResults')[0]).toEqual({ surveyId: SURVEY_ID, filter: null, freeTextFirst: 20 });
  });

  it('says the results are shown when the survey has closed (CONFLICT RESULTS_NOT_PUBLIC)', async () => {
    const { resolve } = world({
      SurveyResultsSurvey: () => ({ data: { survey: survey({ status: 'PUBLISHED' }) } }),
      SurveyResults: () => ({ errors: [{ code: 'CONFLICT', reason: 'RESULTS_NOT_PUBLIC' }] }),
    });
    await renderApp(PATH, { resolve });
    expect(await screen.findByText('Resultaten visas när enkäten har stängt.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('loads more free-text answers', async () => {
    const first = connection([freeText('r1', 'Ett')], true, 2);
    const more = connection([freeText('r1', 'Ett'), freeText('r2', 'Två')], false, 2);
    const { resolve, callsOf } = world({
      SurveyResults: (variables) => ({ data: { surveyResults: results({}, variables.freeTextFirst === 20 ? first : more) } }),
    });
    await renderApp(PATH, { resolve });
    fireEvent.click(await screen.findByRole('button', { name: 'Visa fler svar' }));
    await waitFor(() => expect(screen.getByText('Två')).toBeTruthy());
    expect(callsOf('SurveyResults').at(-1)).toEqual({ surveyId: SURVEY_ID, filter: null, freeTextFirst: 21 });
    expect(screen.queryByRole('button', { name: 'Visa fler svar' })).toBeNull();
  });
});

describe('SurveyResultsPage for managers', () => {
  const demographics = {
    __typename: 'SurveyDemographicsResult',
    ageGroups: [
      { __typename: 'SurveyAgeGroupCount', ageGroup: 'AGE_16_25', count: 3 },
      { __typename: 'SurveyAgeGroupCount', ageGroup: 'AGE_46_65', count: 6 },
    ],
    genders: [{ __typename: 'SurveyGenderCount', gender: 'WOMAN', count: 9 }],
    homePlaces: [{ __typename: 'SurveyHomePlaceCount', place: place('p-tore', 'Töre'), count: 4 }],
    skippedCount: 3,
  };

  it('shows who answered per age group, gender and home village, for managers only', async () => {
    const { resolve } = world({
      SurveyResultsSurvey: () => ({ data: { survey: survey({ viewerCanManage: true }) } }),
      SurveyResults: () => ({ data: { surveyResults: results({ demographics }) } }),
    });
    await renderApp(PATH, { resolve });
    const section = await screen.findByRole('region', { name: 'Vilka svarade' });
    const rowsOf = (caption: string) =>
      within(within(section).getByRole('table', { name: caption }))
        .getAllByRole('row')
        .slice(1)
        .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent?.replace(/\s+/g, ' ')));
    expect(rowsOf('Svarande per åldersgrupp')).toEqual([
      ['16–25 år', '3', '25 %'],
      ['46–65 år', '6', '50 %'],
    ]);
    expect(rowsOf('Svarande per kön')).toEqual([['Kvinna', '9', '75 %']]);
    expect(rowsOf('Svarande per hemort')).toEqual([['Töre', '4', '33,3 %']]);
    expect(within(section).getByText('3 svarande hoppade över frågorna om sig själva.')).toBeTruthy();
    cleanup();

    const visitor = world({
      SurveyResultsSurvey: () => ({ data: { survey: survey() } }),
      SurveyResults: () => ({ data: { surveyResults: results({ demographics }) } }),
    });
    await renderApp(PATH, { resolve: visitor.resolve });
    await screen.findByRole('heading', { level: 1 });
    await screen.findAllByRole('table');
    expect(screen.queryByRole('region', { name: 'Vilka svarade' })).toBeNull();
  });

  it('links the CSV of the responses', async () => {
    const { resolve } = manager();
    await renderApp(PATH, { resolve });
    const link = await screen.findByRole('link', { name: 'Ladda ned svaren (CSV)' });
    expect(link.getAttribute('href')).toBe(`/surveys/${SURVEY_ID}/responses.csv`);
  });

  it('reads the filter from the address and applies a new one as query variables', async () => {
    const { resolve, callsOf } = world({
      SurveyResultsSurvey: () => ({ data: { survey: survey({ viewerCanManage: true }) } }),
      SurveyResults: (variables) => ({
        data: { surveyResults: results(variables.filter ? { responseCount: 5 } : {}) },
      }),
    });
    await renderApp(`${PATH}?age=AGE_46_65&place=p-tore`, { resolve });

    const form = await screen.findByRole('form', { name: 'Filtrera svaren' });
    expect((within(form).getByRole('checkbox', { name: '46–65 år' }) as HTMLInputElement).checked).toBe(true);
    expect((within(form).getByRole('checkbox', { name: 'Töre' }) as HTMLInputElement).checked).toBe(true);
    expect(callsOf('SurveyResults')[0]).toEqual({
      surveyId: SURVEY_ID,
      filter: { ageGroups: ['AGE_46_65'], homePlaceIds: ['p-tore'] },
      freeTextFirst: 20,
    });
    expect(await screen.findByText('5 av 12 svar matchar filtret')).toBeTruthy();

    fireEvent.click(within(form).getByRole('checkbox', { name: '16–25 år' }));
    fireEvent.click(within(within(form).getByRole('group', { name: 'Kön' })).getByRole('checkbox', { name: 'Kvinna' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Töre' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Filtrera' }));
    await waitFor(() =>
      expect(callsOf('SurveyResults').at(-1)).toEqual({
        surveyId: SURVEY_ID,
        filter: { ageGroups: ['AGE_16_25', 'AGE_46_65'], genders: ['WOMAN'] },
        freeTextFirst: 20,
      }),
    );
    // The new filter came back from the address into the form.
    expect((screen.getByRole('checkbox', { name: '16–25 år' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Rensa' }));
    await waitFor(() => expect(callsOf('SurveyResults').at(-1)).toEqual({ surveyId: SURVEY_ID, filter: null, freeTextFirst: 20 }));
    expect(await screen.findByText('12 svar')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: '46–65 år' }) as HTMLInputElement).checked).toBe(false);
  });

  it('hides a free-text answer with a reason, and shows it again', async () => {
    const { resolve, callsOf } = world({
      SurveyResultsSurvey: () => ({ data: { survey: survey({ viewerCanManage: true }) } }),
      HideSurveyAnswer: (variables) => ({
        data: { hideSurveyAnswer: freeText('r1', 'Mer belysning vid torget', { hidden: true, hiddenReason: variables.reason }) },
      }),
      RestoreSurveyAnswer: () => ({ data: { restoreSurveyAnswer: freeText('r1', 'Mer belysning vid torget') } }),
    });
    await renderApp(PATH, { resolve });

    const q4 = await screen.findByRole('region', { name: 'Fråga 4: Vad vill du säga till kommunen?' });
    fireEvent.click(within(q4).getAllByRole('button', { name: 'Dölj' })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Dölj svaret' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dölj svaret' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Skriv varför svaret döljs.');
    expect(callsOf('HideSurveyAnswer')).toEqual([]);

    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Varför döljs svaret?' }), { target: { value: 'Namn på en granne' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dölj svaret' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsOf('HideSurveyAnswer')).toEqual([{ responseId: 'r1', questionId: 'q4', reason: 'Namn på en granne' }]);
    const item = within(q4).getAllByRole('listitem')[0]!;
    expect(item.textContent).toContain('Dolt: Namn på en granne');

    fireEvent.click(within(item).getByRole('button', { name: 'Visa igen' }));
    await waitFor(() => expect(within(q4).getAllByRole('listitem')[0]!.textContent).not.toContain('Dolt'));
    expect(callsOf('RestoreSurveyAnswer')).toEqual([{ responseId: 'r1', questionId: 'q4' }]);
  });
});
