import { Role } from '@medskapa/shared';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';

afterEach(cleanup);

const TEMPLATE = {
  __typename: 'AnswerTemplate',
  id: 'tpl-1',
  name: 'Ingår i budgetarbetet',
  status: 'PLANNED',
  body: 'Tack för idén. Den ingår i arbetet med nästa års budget.',
  bodyLocale: 'sv',
  bodyTranslations: [{ __typename: 'BodyTranslation', locale: 'sv', body: 'Tack för idén. Den ingår i arbetet med nästa års budget.' }],
  updatedAt: '2026-05-01T10:00:00Z',
};

describe('answer templates', { timeout: 15_000 }, () => {
  it('lists, creates (checked with the shared schema), edits and deletes after confirming', async () => {
    let templates: Array<Omit<typeof TEMPLATE, 'status'> & { status: string | null }> = [TEMPLATE];
    const { world, resolve } = accountWorld(viewer({ roles: [Role.OFFICER] }), {
      AnswerTemplates: () => ({ data: { answerTemplates: templates } }),
      CreateAnswerTemplate: (v) => {
        const input = v.input as { name: string };
        const created = { ...TEMPLATE, id: 'tpl-2', name: input.name, status: null };
        templates = [...templates, created];
        return { data: { createAnswerTemplate: created } };
      },
      UpdateAnswerTemplate: () => ({ data: { updateAnswerTemplate: TEMPLATE } }),
      DeleteAnswerTemplate: () => {
        templates = templates.filter((t) => t.id !== 'tpl-1');
        return { data: { deleteAnswerTemplate: true } };
      },
    });
    await renderApp('/admin/answer-templates', { resolve });
    expect(await screen.findByRole('heading', { level: 3, name: 'Ingår i budgetarbetet' })).toBeTruthy();
    expect(screen.getByText('Förvald status: Planerad')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Ny svarsmall' }));
    fireEvent.click(screen.getByRole('button', { name: 'Spara mallen' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual(['#template-name', '#template-body']);
    fireEvent.change(screen.getByLabelText('Mallens namn'), { target: { value: 'Skickas till nämnden' } });
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Idén skickas till den nämnd som ansvarar.' } });
    fireEvent.change(screen.getByLabelText('Svaret på meänkieli'), { target: { value: 'Ajatus lähetethään lautakunthaan.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara mallen' }));
    await waitFor(() => expect(lastCall(world, 'CreateAnswerTemplate')).toBeTruthy());
    expect(lastCall(world, 'CreateAnswerTemplate')).toEqual({
      municipalitySlug: 'kalix',
      input: {
        name: 'Skickas till nämnden',
        status: null,
        body: 'Idén skickas till den nämnd som ansvarar.',
        bodyLocale: 'sv',
        translations: [{ locale: 'fit', body: 'Ajatus lähetethään lautakunthaan.' }],
      },
    });
    expect(await screen.findByText('Mallen ”Skickas till nämnden” är sparad.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Ändra mallen Ingår i budgetarbetet' }));
    expect((screen.getByLabelText('Mallens namn') as HTMLInputElement).value).toBe('Ingår i budgetarbetet');
    expect((screen.getByLabelText('Förvald status') as HTMLSelectElement).value).toBe('PLANNED');
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    await waitFor(() => expect(lastCall(world, 'UpdateAnswerTemplate')).toMatchObject({ id: 'tpl-1', input: { name: 'Ingår i budgetarbetet', status: 'PLANNED' } }));

    fireEvent.click(await screen.findByRole('button', { name: 'Ta bort mallen Ingår i budgetarbetet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ta bort mallen ”Ingår i budgetarbetet”?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ta bort mallen' }));
    await waitFor(() => expect(lastCall(world, 'DeleteAnswerTemplate')).toEqual({ id: 'tpl-1' }));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Mallen ”Ingår i budgetarbetet” är borttagen.'));
  });

  it('names a taken name beside the field', async () => {
    const { resolve } = accountWorld(viewer({ roles: [Role.OFFICER] }), {
      AnswerTemplates: () => ({ data: { answerTemplates: [] } }),
      CreateAnswerTemplate: () => ({ errors: [{ code: 'CONFLICT' }] }),
    });
    await renderApp('/admin/answer-templates', { resolve });
    expect(await screen.findByText('Det finns inga svarsmallar ännu.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ny svarsmall' }));
    fireEvent.change(screen.getByLabelText('Mallens namn'), { target: { value: 'Tack' } });
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Tack för idén, vi återkommer.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara mallen' }));
    await waitFor(() => expect(document.getElementById('template-name-error')?.textContent).toContain('Det finns redan en mall med det namnet.'));
  });
});
