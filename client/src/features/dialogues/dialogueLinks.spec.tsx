import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../test/accountFixtures';
import { renderApp } from '../../test/renderApp';
import { ID, idea, IDEA_ID, ideaOptions } from '../ideas/ideaFixtures';
import { DIALOGUE_ID, KALIX } from './dialogueFixtures';

afterEach(cleanup);

const TITLE = 'Hur ska torget i Kalix bli?';

describe('ways into a dialogue', () => {
  it('links a dialogue notification to the dialogue', async () => {
    const node = {
      __typename: 'Notification',
      id: 'n-1',
      kind: 'DIALOGUE_FEEDBACK_PUBLISHED',
      createdAt: '2027-03-20T09:00:00Z',
      readAt: null,
      status: null,
      excerpt: null,
      reason: null,
      until: null,
      commentId: null,
      idea: null,
      dialogue: { __typename: 'Dialogue', id: DIALOGUE_ID, title: TITLE, municipality: KALIX },
    };
    const { world, resolve } = accountWorld(viewer(), {
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 1 } }),
      Notifications: () => ({
        data: {
          notifications: {
            __typename: 'NotificationConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [{ __typename: 'NotificationEdge', cursor: 'c1', node }],
          },
        },
      }),
      MarkNotificationsRead: () => ({ data: { markNotificationsRead: 1 } }),
    });
    await renderApp('/notifications', { resolve });
    const link = await screen.findByRole('link', { name: TITLE });
    expect(link.getAttribute('href')).toBe(`/kalix/dialogues/${DIALOGUE_ID}`);
    expect(link.closest('p')!.textContent).toContain('Kommunen har publicerat återkoppling i dialogen');
    fireEvent.click(link);
    await waitFor(() => expect(lastCall(world, 'MarkNotificationsRead')).toEqual({ ids: ['n-1'] }));
  });

  it('gives an idea in the dialogue named by ?dialogue=, saying so on the form', async () => {
    const { world, resolve } = accountWorld(viewer(), {
      IdeaOptions: ideaOptions,
      SimilarIdeas: () => ({ data: { similarIdeas: [] } }),
      DialogueTitle: () => ({ data: { dialogue: { __typename: 'Dialogue', id: DIALOGUE_ID, title: TITLE, status: 'OPEN' } } }),
      SubmitIdea: () => ({ data: { submitIdea: { __typename: 'Idea', id: IDEA_ID, title: 'Fler bänkar på torget', reference: 'KALIX-2026-0009' } } }),
      Idea: () => ({ data: { idea: idea({ title: 'Fler bänkar på torget' }) } }),
    });
    await renderApp(`/kalix/ideas/new?dialogue=${DIALOGUE_ID}`, { resolve });
    expect(await screen.findByText(`Idén lämnas i dialogen ”${TITLE}”.`)).toBeTruthy();
    expect(lastCall(world, 'DialogueTitle')).toEqual({ id: DIALOGUE_ID });

    fireEvent.change(screen.getByLabelText('Rubrik'), { target: { value: 'Fler bänkar på torget' } });
    fireEvent.change(screen.getByLabelText('Beskriv idén'), { target: { value: 'Det behövs fler bänkar att vila på vid torget.' } });
    fireEvent.change(screen.getByLabelText('Språk du skriver på'), { target: { value: 'sv' } });
    fireEvent.click(screen.getByLabelText('5.1.1 Kultur, idrott och friluftsliv'));
    fireEvent.click(screen.getByRole('button', { name: 'Skicka in idén' }));
    await waitFor(() =>
      expect(lastCall(world, 'SubmitIdea')).toEqual({
        input: {
          municipalitySlug: 'kalix',
          title: 'Fler bänkar på torget',
          body: 'Det behövs fler bänkar att vila på vid torget.',
          locale: 'sv',
          goalIds: [ID.goal511],
          placeIds: [],
          dialogueId: DIALOGUE_ID,
        },
      }),
    );
  });

  it('lists the open dialogues on the municipality’s start page', async () => {
    const { world, resolve } = accountWorld(null, {
      DialoguesList: () => ({
        data: {
          dialogues: [
            { __typename: 'Dialogue', id: DIALOGUE_ID, title: TITLE, purpose: 'Syfte.', status: 'OPEN', contributionCount: 3, currentPhase: null },
          ],
        },
      }),
    });
    await renderApp('/kalix', { resolve });
    const heading = await screen.findByRole('heading', { level: 2, name: 'Pågående dialoger' });
    const section = heading.closest('section')!;
    expect(within(section).getByRole('link', { name: TITLE }).getAttribute('href')).toBe(`/kalix/dialogues/${DIALOGUE_ID}`);
    expect(within(section).getByRole('link', { name: 'Alla dialoger' }).getAttribute('href')).toBe('/kalix/dialogues');
    expect(lastCall(world, 'DialoguesList')).toEqual({ municipalitySlug: 'kalix', status: 'OPEN' });
  });
});
