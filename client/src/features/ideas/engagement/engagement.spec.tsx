import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { accountWorld, lastCall, viewer } from '../../../test/accountFixtures';
import { renderApp } from '../../../test/renderApp';
import { idea, IDEA_ID } from '../ideaFixtures';
import { C, comment, commentsPage, engagement, myComment, officerReply, response } from './engagementFixtures';

afterEach(cleanup);

const IDEA_PATH = `/kalix/ideas/${IDEA_ID}`;

function world(me: ReturnType<typeof viewer> | null, answers: Parameters<typeof accountWorld>[1] = {}) {
  return accountWorld(me, {
    Idea: () => ({ data: { idea: idea() } }),
    IdeaEngagement: () => engagement(),
    IdeaComments: () => commentsPage([comment({ replies: [officerReply()], replyCount: 1 })], { commentCount: 2 }),
    ...answers,
  });
}

const section = (name: RegExp | string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;

describe('the answer and the decision', () => {
  it('shows the answer, who answered and when, and the council decision with a link to the minutes', async () => {
    const { resolve } = world(null);
    await renderApp(IDEA_PATH, { resolve });
    const answer = section('Kommunens svar och beslut');
    expect(await within(answer).findByText('Beslut i Kommunstyrelsen 2026-11-09 § 187, Dnr 2026-00412')).toBeTruthy();
    expect(within(answer).getByRole('heading', { level: 3, name: 'Kommunens beslut' })).toBeTruthy();
    expect(within(answer).getByRole('link', { name: 'Läs protokollet' }).getAttribute('href')).toBe(
      'https://www.kalix.se/protokoll/ks-2026-11-09.pdf',
    );
    expect(within(answer).getByText('Kommunen bygger cykelvägen under 2027.').closest('[lang]')?.getAttribute('lang')).toBe('sv');
    expect(within(answer).getByText(/^Svarat av Maria Kommunsson den 10 november 2026$/)).toBeTruthy();
    expect(within(answer).queryByRole('note')).toBeNull();
    expect(within(answer).queryByRole('button', { name: 'Visa originalet' })).toBeNull();
  });

  it('says when the answer is shown in another language and shows the original on request', async () => {
    const { resolve } = world(null, {
      IdeaEngagement: () =>
        engagement({
          response: response({
            body: 'Kunta rakentaa pyörätien.',
            bodyLocale: 'fi',
            originalLocale: 'sv',
            decision: null,
            translations: [
              { __typename: 'BodyTranslation', locale: 'sv', body: 'Kommunen bygger cykelvägen.' },
              { __typename: 'BodyTranslation', locale: 'fi', body: 'Kunta rakentaa pyörätien.' },
            ],
          }),
        }),
    });
    await renderApp(IDEA_PATH, { resolve, language: 'fit' });
    const answer = screen.getByRole('heading', { level: 2, name: 'Mitä kunta vastaa ja päättää' }).closest('section')!;
    expect((await within(answer).findByRole('note')).textContent).toBe('Vastausta ei vielä ole sinun kielelä, niin se näkyy kielelä: Suomi.');
    const toggle = within(answer).getByRole('button', { name: 'Näytä alkuperäinen teksti' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const original = within(answer).getByText('Kommunen bygger cykelvägen.');
    expect(original.closest('[lang]')?.getAttribute('lang')).toBe('sv');
    expect(within(answer).getByRole('heading', { level: 3, name: 'Alkuperäinen teksti (Svenska)' })).toBeTruthy();
  });

  it('notes a translation in the reader’s language', async () => {
    const { resolve } = world(null, {
      IdeaEngagement: () => engagement({ response: response({ body: 'Kunta rakentaa.', bodyLocale: 'fi', originalLocale: 'sv', decision: null }) }),
    });
    await renderApp(IDEA_PATH, { resolve, language: 'fi' });
    expect((await screen.findByRole('note')).textContent).toBe('Vastaus on käännetty kielestä: Svenska.');
  });

  it('says there is no answer yet', async () => {
    const { resolve } = world(null, { IdeaEngagement: () => engagement({ status: 'PUBLISHED', response: null, timeline: [] }) });
    await renderApp(IDEA_PATH, { resolve });
    expect(await within(section('Kommunens svar och beslut')).findByText('Kommunen har inte svarat på idén ännu.')).toBeTruthy();
  });
});

describe('the timeline', () => {
  it('lists what happened, oldest first, in words with dates', async () => {
    const { resolve } = world(null);
    await renderApp(IDEA_PATH, { resolve });
    const list = within(section('Vad har hänt')).getByRole('list');
    expect(list.tagName).toBe('OL');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(5));
    const texts = within(list).getAllByRole('listitem').map((li) => li.textContent?.replace(/^[^:]+: /, ''));
    expect(texts).toEqual([
      'Inskickad',
      '50 stöd – nådde gränsen',
      'Status: Utreds',
      'Besvarad',
      'Beslutad i Kommunstyrelsen 2026-11-09 § 187',
    ]);
    expect(list.querySelector('time')?.getAttribute('datetime')).toBe('2026-05-01T10:00:00Z');
  });

  it('names the minority-language exemption, in Meänkieli too', async () => {
    const exempt = {
      __typename: 'IdeaTimelineEntry', id: 'x', kind: 'THRESHOLD_REACHED', occurredAt: '2026-05-01T10:00:00Z',
      fromStatus: null, toStatus: null, supportCount: 0, threshold: 50, exempt: true, actor: null, decision: null,
    };
    const { resolve } = world(null, { IdeaEngagement: () => engagement({ timeline: [exempt] }) });
    await renderApp(IDEA_PATH, { resolve });
    expect(await screen.findByText(/Undantagen från stödgränsen: skriven på ett nationellt minoritetsspråk/)).toBeTruthy();
    cleanup();
    await renderApp(IDEA_PATH, { resolve, language: 'fit' });
    expect(await screen.findByText(/Ei tarvittu tukirajaa: kirjotettu kansalisella vähemistökielelä/)).toBeTruthy();
  });
});

describe('comments', () => {
  it('lists comments with nested replies, badges, edited marks and placeholders', async () => {
    const { resolve } = world(null, {
      IdeaComments: () =>
        commentsPage(
          [
            comment({ isIdeaAuthor: true, author: { __typename: 'PublicAuthor', id: 'u-johan', displayName: 'Johan Karlsson', removed: false }, replies: [officerReply()] }),
            comment({ id: C.deleted, deleted: true, body: '', author: null }),
            comment({ id: C.hidden, hidden: true, body: '', author: null }),
          ],
          { commentCount: 2 },
        ),
    });
    await renderApp(IDEA_PATH, { resolve });
    const comments = section('Kommentarer (2)');
    const list = await within(comments).findByRole('list', { name: 'Kommentarer' });
    const items = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(items).toHaveLength(3);
    expect(within(items[0]!).getByText('Johan Karlsson')).toBeTruthy();
    expect(within(items[0]!).getAllByText('Förslagsställare')).toHaveLength(1);
    const replies = within(items[0]!).getByRole('list', { name: 'Svar på kommentaren' });
    expect(within(replies).getByText('Maria Kommunsson')).toBeTruthy();
    expect(within(replies).getByText('Kommunen')).toBeTruthy();
    expect(within(replies).getByText('(redigerad)')).toBeTruthy();
    expect(within(items[1]!).getByText('Kommentaren är borttagen')).toBeTruthy();
    expect(within(items[2]!).getByText('Kommentaren är dold av moderator')).toBeTruthy();
    expect(within(comments).getByRole('link', { name: 'Logga in för att kommentera' }).getAttribute('href')).toBe(
      `/login?returnTo=${encodeURIComponent(IDEA_PATH)}`,
    );
    expect(within(comments).queryByRole('button', { name: /^Svara/ })).toBeNull();
    expect(within(comments).queryByRole('button', { name: /^Anmäl/ })).toBeNull();
  });

  it('loads more comments after the first page', async () => {
    const { world: w, resolve } = world(viewer(), {
      IdeaComments: (variables) =>
        variables.after
          ? commentsPage([comment({ id: C.hidden, body: 'Den andra sidan.' })], { total: 2 })
          : commentsPage([comment()], { total: 2, hasNextPage: true }),
    });
    await renderApp(IDEA_PATH, { resolve });
    fireEvent.click(await screen.findByRole('button', { name: 'Visa fler kommentarer' }));
    expect(await screen.findByText('Den andra sidan.')).toBeTruthy();
    expect(screen.getByText('Bra idé, jag cyklar där varje dag.')).toBeTruthy();
    expect(lastCall(w, 'IdeaComments')).toMatchObject({ id: IDEA_ID, after: 'cursor-1', first: 20 });
  });

  it('checks the length before sending and explains personal data and a posting block', async () => {
    let answer: 'personal' | 'blocked' = 'personal';
    const { world: w, resolve } = world(viewer(), {
      CommentOnIdea: () =>
        answer === 'personal'
          ? { errors: [{ code: 'BAD_USER_INPUT', fields: [{ path: 'body', message: 'personal data' }], personalData: [{ path: 'body', kinds: ['PHONE_NUMBER'] }] }] }
          : { errors: [{ code: 'FORBIDDEN', reason: 'POSTING_BLOCKED', until: '2026-12-24T12:00:00Z' }] },
    });
    await renderApp(IDEA_PATH, { resolve });
    const textarea = await screen.findByLabelText('Din kommentar');
    expect(textarea.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('0 av 2000 tecken')).toBeTruthy();
    fireEvent.change(textarea, { target: { value: 'a' } });
    expect(screen.getByText('1 av 2000 tecken')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Skicka kommentaren' }));
    expect(await screen.findAllByText('Kommentaren behöver minst 2 tecken.')).toHaveLength(2);
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    expect(lastCall(w, 'CommentOnIdea')).toBeUndefined();

    fireEvent.change(textarea, { target: { value: 'Ring mig på 070-123 45 67' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka kommentaren' }));
    expect(await screen.findAllByText('Kommentaren innehåller ett telefonnummer. Ta bort det, eftersom kommentarer är offentliga.')).toHaveLength(2);

    answer = 'blocked';
    fireEvent.click(screen.getByRole('button', { name: 'Skicka kommentaren' }));
    const blocked = await screen.findByText(/^Du kan inte skriva kommentarer förrän 24 december 2026/);
    expect(blocked.closest('[role="alert"]')).toBeTruthy();
  });

  it('posts a comment, shows it and refreshes the count, announcing it', async () => {
    let count = 2;
    const { world: w, resolve } = world(viewer(), {
      IdeaEngagement: () => engagement({ commentCount: count }),
      CommentOnIdea: (variables) => {
        count = 3;
        return { data: { commentOnIdea: myComment({ body: String(variables.body) }) } };
      },
    });
    await renderApp(IDEA_PATH, { resolve });
    fireEvent.change(await screen.findByLabelText('Din kommentar'), { target: { value: '  Jag håller med.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka kommentaren' }));
    await waitFor(() => expect((screen.getByLabelText('Din kommentar') as HTMLTextAreaElement).value).toBe(''));
    expect(screen.getByText('Jag håller med.').closest('li')?.textContent).toContain('Anna Niemi');
    expect(lastCall(w, 'CommentOnIdea')).toEqual({ ideaId: IDEA_ID, body: 'Jag håller med.', parentId: null });
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Din kommentar är publicerad.'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Kommentarer (3)' })).toBeTruthy();
  });

  it('replies in an inline form that takes focus, showing the reply nested', async () => {
    const { world: w, resolve } = world(viewer(), {
      IdeaComments: () => commentsPage([comment()]),
      CommentOnIdea: (variables) => ({ data: { commentOnIdea: myComment({ id: C.reply, parentId: C.first, body: String(variables.body) }) } }),
    });
    await renderApp(IDEA_PATH, { resolve });
    const reply = await screen.findByRole('button', { name: 'Svara på kommentaren från Pekka Lampinen' });
    fireEvent.click(reply);
    expect(reply.getAttribute('aria-expanded')).toBe('true');
    const textarea = screen.getByLabelText('Ditt svar till Pekka Lampinen');
    expect(document.activeElement).toBe(textarea);
    fireEvent.change(textarea, { target: { value: 'Samma här!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka svaret' }));
    const replies = await screen.findByRole('list', { name: 'Svar på kommentaren' });
    expect(within(replies).getByText('Samma här!')).toBeTruthy();
    expect(lastCall(w, 'CommentOnIdea')).toEqual({ ideaId: IDEA_ID, body: 'Samma här!', parentId: C.first });
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Ditt svar är publicerat.'));
  });

  it('edits one’s own comment within the window, saying until when', async () => {
    const { world: w, resolve } = world(viewer(), {
      IdeaComments: () => commentsPage([myComment()]),
      EditComment: (variables) => ({ data: { editComment: myComment({ body: String(variables.body), editedAt: new Date().toISOString() }) } }),
    });
    await renderApp(IDEA_PATH, { resolve });
    expect(await screen.findByText(/^Du kan redigera kommentaren till klockan \d\d:\d\d\.$/)).toBeTruthy();
    // Not one's own to report.
    expect(screen.queryByRole('button', { name: /^Anmäl din kommentar/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Redigera din kommentar' }));
    const textarea = screen.getByLabelText('Ändra din kommentar') as HTMLTextAreaElement;
    expect(textarea.value).toBe('Jag håller med.');
    expect(document.activeElement).toBe(textarea);
    fireEvent.change(textarea, { target: { value: 'Jag håller verkligen med.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringen' }));
    await waitFor(() => expect(screen.queryByLabelText('Ändra din kommentar')).toBeNull());
    expect(screen.getByText('Jag håller verkligen med.').tagName).toBe('P');
    expect(screen.getByText('(redigerad)')).toBeTruthy();
    expect(lastCall(w, 'EditComment')).toEqual({ commentId: C.mine, body: 'Jag håller verkligen med.' });
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Din ändring är sparad.'));
  });

  it('offers no edit once the window has closed, and explains the API’s refusal', async () => {
    const { resolve } = world(viewer(), {
      IdeaComments: () => commentsPage([myComment({ viewerCanEdit: false })]),
    });
    await renderApp(IDEA_PATH, { resolve });
    await screen.findByText('Jag håller med.');
    expect(screen.queryByRole('button', { name: 'Redigera din kommentar' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Ta bort din kommentar' })).toBeTruthy();

    cleanup();
    const second = world(viewer(), {
      IdeaComments: () => commentsPage([myComment()]),
      EditComment: () => ({ errors: [{ code: 'FORBIDDEN', reason: 'EDIT_WINDOW_CLOSED' }] }),
    });
    await renderApp(IDEA_PATH, { resolve: second.resolve });
    fireEvent.click(await screen.findByRole('button', { name: 'Redigera din kommentar' }));
    fireEvent.change(screen.getByLabelText('Ändra din kommentar'), { target: { value: 'Sent ändrad' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringen' }));
    expect((await screen.findByText('Tiden för att ändra kommentaren har gått ut.')).closest('[role="alert"]')).toBeTruthy();
  });

  it('deletes after confirming in a dialog, leaving a placeholder', async () => {
    const { world: w, resolve } = world(viewer(), {
      IdeaComments: () => commentsPage([myComment()]),
      DeleteComment: () => ({ data: { deleteComment: myComment({ deleted: true, body: '', author: null, viewerCanEdit: false, viewerCanDelete: false }) } }),
    });
    await renderApp(IDEA_PATH, { resolve });
    const remove = await screen.findByRole('button', { name: 'Ta bort din kommentar' });
    fireEvent.click(remove);
    const dialog = screen.getByRole('dialog', { name: 'Ta bort kommentaren?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(lastCall(w, 'DeleteComment')).toBeUndefined();

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort din kommentar' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, ta bort' }));
    expect(await screen.findByText('Kommentaren är borttagen')).toBeTruthy();
    expect(screen.queryByText('Jag håller med.')).toBeNull();
    expect(lastCall(w, 'DeleteComment')).toEqual({ commentId: C.mine });
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Kommentaren är borttagen.'));
  });
});

describe('follow and report', () => {
  it('follows and unfollows with a toggle button', async () => {
    const { world: w, resolve } = world(viewer(), {
      FollowIdea: () => ({ data: { followIdea: { __typename: 'Idea', id: IDEA_ID, viewerIsFollowing: true } } }),
      UnfollowIdea: () => ({ data: { unfollowIdea: { __typename: 'Idea', id: IDEA_ID, viewerIsFollowing: false } } }),
    });
    await renderApp(IDEA_PATH, { resolve });
    const button = await screen.findByRole('button', { name: 'Följ förslaget' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    expect(screen.getByText('Du följer förslaget och får en notis när något händer.')).toBeTruthy();
    expect(lastCall(w, 'FollowIdea')).toEqual({ ideaId: IDEA_ID });
    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('false'));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Du följer inte längre förslaget.'));
  });

  it('offers a signed-out reader a sign-in to follow', async () => {
    const { resolve } = world(null);
    await renderApp(IDEA_PATH, { resolve });
    expect(await screen.findByRole('link', { name: 'Logga in för att följa förslaget.' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Anmäl idén' })).toBeNull();
  });

  it('reports a comment with a reason and a note, thanking the reporter', async () => {
    const { world: w, resolve } = world(viewer(), {
      IdeaComments: () => commentsPage([comment()]),
      ReportContent: () => ({ data: { reportContent: { __typename: 'Report', id: 'r1' } } }),
    });
    await renderApp(IDEA_PATH, { resolve });
    const button = await screen.findByRole('button', { name: 'Anmäl kommentaren från Pekka Lampinen' });
    fireEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Anmäl kommentaren till en moderator' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Skicka anmälan' }));
    expect(await within(dialog).findAllByText('Välj varför du anmäler.')).toHaveLength(2);
    const group = within(dialog).getByRole('group', { name: /Varför anmäler du\?/ });
    expect(within(group).getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'Reklam eller spam',
      'Kränkande eller stötande',
      'Visar någons personuppgifter',
      'Hör inte hit',
    ]);
    fireEvent.click(within(group).getByRole('radio', { name: 'Visar någons personuppgifter' }));
    fireEvent.change(within(dialog).getByLabelText('Något moderatorn bör veta? (frivilligt)'), { target: { value: 'Ett telefonnummer.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Skicka anmälan' }));
    expect(await within(dialog).findByText('Tack, en moderator tittar på det.')).toBeTruthy();
    expect(lastCall(w, 'ReportContent')).toEqual({
      input: { targetType: 'COMMENT', targetId: C.first, reason: 'PERSONAL_DATA', note: 'Ett telefonnummer.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  it('reports the idea and shows a refusal', async () => {
    const { resolve } = world(viewer(), { ReportContent: () => ({ errorCodes: ['RATE_LIMITED'] }) });
    await renderApp(IDEA_PATH, { resolve, language: 'fi' });
    fireEvent.click(await screen.findByRole('button', { name: 'Ilmoita ideasta' }));
    const dialog = screen.getByRole('dialog', { name: 'Ilmoita idea moderaattorille' });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Mainos tai roskaposti' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lähetä ilmoitus' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    expect(within(dialog).queryByText('Kiitos, moderaattori katsoo asiaa.')).toBeNull();
  });
});
