import { Role } from '@medskapa/shared';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/providers';
import { createI18n } from '../../../i18n/i18n';
import { accountWorld, lastCall, viewer, type AccountWorld } from '../../../test/accountFixtures';
import type { StubResolver } from '../../../test/mockClient';
import { createStubClient } from '../../../test/mockClient';
import { LiveAnnouncer } from '../../../ui/LiveAnnouncer';
import { IDEA_ID } from '../ideaFixtures';
import { OfficerAnswerPanel } from './OfficerAnswerPanel';

afterEach(cleanup);

async function renderPanel(resolve: StubResolver) {
  const i18n = await createI18n('sv');
  return render(
    <AppProviders i18n={i18n} createClient={(language) => createStubClient(language, resolve)}>
      <MemoryRouter>
        <LiveAnnouncer>
          <OfficerAnswerPanel ideaId={IDEA_ID} slug="kalix" />
        </LiveAnnouncer>
      </MemoryRouter>
    </AppProviders>,
  );
}

function officerIdea(response: unknown = null, status = 'UNDER_REVIEW') {
  return { data: { idea: { __typename: 'Idea', id: IDEA_ID, status, response } } };
}

const TEMPLATE = {
  __typename: 'AnswerTemplate',
  id: 'tpl-1',
  name: 'Ingår i budgetarbetet',
  status: 'PLANNED',
  body: 'Tack för idén. Den ingår i arbetet med nästa års budget.',
  bodyLocale: 'sv',
  bodyTranslations: [
    { __typename: 'BodyTranslation', locale: 'sv', body: 'Tack för idén. Den ingår i arbetet med nästa års budget.' },
    { __typename: 'BodyTranslation', locale: 'fi', body: 'Kiitos ideasta. Se on mukana ensi vuoden budjettityössä.' },
  ],
  updatedAt: '2026-05-01T10:00:00Z',
};

function officerWorld(answers: AccountWorld['answers'] = {}) {
  return accountWorld(viewer({ roles: [Role.OFFICER] }), {
    OfficerIdea: () => officerIdea(),
    AnswerTemplates: () => ({ data: { answerTemplates: [] } }),
    ...answers,
  });
}

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the officer’s answer panel', { timeout: 15_000 }, () => {
  it('is shown to officers of the municipality only', async () => {
    await renderPanel(accountWorld(viewer(), { OfficerIdea: () => officerIdea() }).resolve);
    expect(screen.queryByRole('heading', { name: 'Besvara idén' })).toBeNull();
    cleanup();
    await renderPanel(accountWorld(viewer({ roles: [Role.MODERATOR] }), { OfficerIdea: () => officerIdea() }).resolve);
    expect(screen.queryByRole('heading', { name: 'Besvara idén' })).toBeNull();
    cleanup();
    await renderPanel(officerWorld().resolve);
    expect(screen.getByRole('heading', { level: 3, name: 'Besvara idén' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Idéns nya status' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Politiskt beslut (valfritt)' })).toBeTruthy();
    expect(screen.getByLabelText('Sammanträdesdatum').getAttribute('type')).toBe('date');
  });

  it('validates with the shared schema: summary with links, errors beside the fields, the decision as a whole', async () => {
    const { world, resolve } = officerWorld();
    await renderPanel(resolve);
    fireEvent.click(screen.getByRole('button', { name: 'Publicera svaret' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Välj idéns nya status.', '#answer-status'],
      ['Skriv svaret.', '#answer-body'],
    ]);
    await waitFor(() => expect(document.activeElement?.classList.contains('error-summary')).toBe(true));
    expect(screen.getByLabelText('Svar').getAttribute('aria-invalid')).toBe('true');

    // A decision is all or nothing: one field given asks for the rest; a wrong diarienummer is named.
    fireEvent.click(screen.getByRole('radio', { name: 'Planerad' }));
    fill('Svar', 'Kommunen bygger cykelvägen under 2027.');
    fill('Beslutande organ', 'Kommunstyrelsen');
    fill('Diarienummer', 'KS 439');
    fireEvent.click(screen.getByRole('button', { name: 'Publicera svaret' }));
    await waitFor(() => expect(document.getElementById('answer-meetingDate-error')?.textContent).toContain('Ange sammanträdets datum.'));
    expect(document.getElementById('answer-paragraph-error')?.textContent).toContain('Ange beslutets paragraf');
    expect(document.getElementById('answer-diaryNumber-error')?.textContent).toContain('Skriv diarienumret som 2026-00439');
    expect(document.getElementById('answer-status-error')).toBeNull();
    expect(world.calls.map((c) => c.operation)).not.toContain('RespondToIdea');
  });

  it('sends the answer with a Meänkieli translation and the council decision, and announces it', async () => {
    const { world, resolve } = officerWorld({
      RespondToIdea: () => ({ data: { respondToIdea: officerIdea(null, 'PLANNED').data.idea } }),
    });
    await renderPanel(resolve);
    fireEvent.click(screen.getByRole('radio', { name: 'Planerad' }));
    fill('Svar', 'Kommunen bygger cykelvägen under 2027.');
    fireEvent.click(screen.getByText('Översättningar av svaret (valfritt)'));
    fill('Svaret på meänkieli', 'Kunta rakentaa pyörätien vuona 2027.');
    fill('Beslutande organ', 'Kommunstyrelsen');
    fill('Sammanträdesdatum', '2026-03-16');
    fill('Paragraf', '45');
    fill('Diarienummer', 'Dnr 2026-00439');
    fireEvent.click(screen.getByRole('button', { name: 'Publicera svaret' }));
    await waitFor(() => expect(lastCall(world, 'RespondToIdea')).toBeTruthy());
    expect(lastCall(world, 'RespondToIdea')).toEqual({
      ideaId: IDEA_ID,
      input: {
        status: 'PLANNED',
        body: 'Kommunen bygger cykelvägen under 2027.',
        bodyLocale: 'sv',
        translations: [{ locale: 'fit', body: 'Kunta rakentaa pyörätien vuona 2027.' }],
        decision: { body: 'Kommunstyrelsen', meetingDate: '2026-03-16', paragraph: '§ 45', diaryNumber: '2026-00439', url: null },
      },
    });
    expect(await screen.findByText('Svaret är publicerat. Idéns status är nu ”Planerad”.')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Svaret är publicerat. Idéns status är nu ”Planerad”.'));
  });

  it('shows the API’s field errors beside their fields, opening the translations when one is wrong', async () => {
    const { resolve } = officerWorld({
      RespondToIdea: () => ({
        errors: [
          {
            code: 'BAD_USER_INPUT',
            fields: [
              { path: 'input.decision.diaryNumber', message: 'Write the diarienummer as "2023-00439".' },
              { path: 'input.translations.0.body', message: 'Too short.' },
            ],
          },
        ],
      }),
    });
    await renderPanel(resolve);
    fireEvent.click(screen.getByRole('radio', { name: 'Besvarad' }));
    fill('Svar', 'Tack för idén, vi har tittat på den.');
    fill('Svaret på finska', 'Kiitos ideasta, olemme katsoneet sen.');
    fill('Beslutande organ', 'Kommunstyrelsen');
    fill('Sammanträdesdatum', '2026-03-16');
    fill('Paragraf', '§ 45');
    fill('Diarienummer', '2026-00439');
    fireEvent.click(screen.getByRole('button', { name: 'Publicera svaret' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual(['#answer-translation-fi', '#answer-diaryNumber']);
    expect(document.getElementById('answer-diaryNumber-error')?.textContent).toContain('Skriv diarienumret som 2026-00439');
    expect((document.querySelector('details') as HTMLDetailsElement).open).toBe(true);
  });

  it('fills text and status from a template, and starts from the earlier answer when re-answering', async () => {
    const { resolve } = officerWorld({ AnswerTemplates: () => ({ data: { answerTemplates: [TEMPLATE] } }) });
    await renderPanel(resolve);
    const apply = screen.getByRole('button', { name: 'Fyll i från mallen' }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Använd en mall'), { target: { value: 'tpl-1' } });
    fireEvent.click(apply);
    expect((screen.getByRole('radio', { name: 'Planerad' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Svar') as HTMLTextAreaElement).value).toBe(TEMPLATE.body);
    expect((screen.getByLabelText('Svaret på finska') as HTMLTextAreaElement).value).toBe('Kiitos ideasta. Se on mukana ensi vuoden budjettityössä.');
    expect(screen.getByText('Mallen ”Ingår i budgetarbetet” är ifylld. Läs igenom texten innan du publicerar.')).toBeTruthy();
    cleanup();

    const response = {
      __typename: 'IdeaResponse',
      body: 'Kunta rakentaa pyörätien.',
      bodyLocale: 'fit',
      originalLocale: 'fit',
      respondedAt: '2026-05-02T10:00:00Z',
      translations: [
        { __typename: 'BodyTranslation', locale: 'sv', body: 'Kommunen bygger cykelvägen.' },
        { __typename: 'BodyTranslation', locale: 'fit', body: 'Kunta rakentaa pyörätien.' },
      ],
      decision: { __typename: 'DecisionReference', body: 'Kommunstyrelsen', meetingDate: '2026-03-16', paragraph: '§ 45', diaryNumber: '2026-00439', url: null },
    };
    await renderPanel(officerWorld({ OfficerIdea: () => officerIdea(response, 'IN_PROGRESS') }).resolve);
    expect(screen.getByRole('heading', { name: 'Ändra kommunens svar' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Pågår' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Svarets språk') as HTMLSelectElement).value).toBe('fit');
    expect((screen.getByLabelText('Svar') as HTMLTextAreaElement).value).toBe('Kunta rakentaa pyörätien.');
    expect((screen.getByLabelText('Svaret på svenska') as HTMLTextAreaElement).value).toBe('Kommunen bygger cykelvägen.');
    expect((screen.getByLabelText('Paragraf') as HTMLInputElement).value).toBe('§ 45');
    expect(screen.getByRole('button', { name: 'Publicera det ändrade svaret' })).toBeTruthy();
  });
});
