import type { Locale } from '@medskapa/shared';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { formatVoterCodeInput, takeVoteAddress } from './address';
import type { PollStatus, VotePoll } from './poll';
import { VotePage } from './VotePage';

const text = (sv: string, fi: string, fit: string) => [
  { locale: 'sv', text: sv },
  { locale: 'fi', text: fi },
  { locale: 'fit', text: fit },
];

function poll(status: PollStatus = 'OPEN'): VotePoll {
  return {
    id: 'poll-1',
    status,
    opensAt: '2026-11-20T08:00:00.000Z',
    closesAt: '2026-12-20T15:00:00.000Z',
    liveResults: false,
    questionTranslations: text('Vad ska skolgården ha?', 'Mitä koulun pihalle?', 'Mitä koulun pihale?'),
    descriptionTranslations: text('Rösta före jul.', 'Äänestä ennen joulua.', 'Äänestä ennen joulua.'),
    options: [
      { id: 'opt-1', textTranslations: text('Fler bänkar', 'Lisää penkkejä', 'Lissää penkkiä') },
      { id: 'opt-2', textTranslations: text('En basketkorg', 'Koripallokori', 'Koripallokori') },
    ],
    organization: { name: 'Elevrådet Furuhedsskolan', municipality: { slug: 'kalix', name: 'Kalix kommun' } },
  };
}

interface Sent {
  operation: string;
  variables: Record<string, unknown>;
}

type Answer = Record<string, unknown> | Error;

/** A stubbed /graphql: answers by operation name; records what was sent. */
function stubApi(answers: { VotePoll?: Answer; CastVote?: Answer | Answer[] }) {
  const sent: Sent[] = [];
  const castAnswers = Array.isArray(answers.CastVote) ? [...answers.CastVote] : [answers.CastVote];
  const fetchStub = vi.fn(async (_url: string, init: RequestInit) => {
    const { query, variables } = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    const operation = /(?:query|mutation) (\w+)/.exec(query)![1]!;
    sent.push({ operation, variables });
    const answer = operation === 'CastVote' ? (castAnswers.length > 1 ? castAnswers.shift() : castAnswers[0]) : answers.VotePoll;
    if (answer instanceof Error) throw answer;
    return new Response(JSON.stringify(answer ?? { data: null }), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchStub);
  return { sent, fetchStub };
}

const pollAnswer = (status: PollStatus = 'OPEN') => ({ data: { pollByShortCode: poll(status) } });
const badInput = (extensions: Record<string, unknown>) => ({
  data: null,
  errors: [{ message: 'Bad input', extensions: { code: 'BAD_USER_INPUT', ...extensions } }],
});
const wrongCode = badInput({ fields: [{ path: 'voterCode', message: 'That code does not work.' }] });

async function renderPage(language: Locale = 'sv', initialCode = '') {
  const i18n = await createI18n(language, ['vote']);
  render(
    <I18nextProvider i18n={i18n}>
      <VotePage shortCode="FURU42" initialCode={initialCode} />
    </I18nextProvider>,
  );
  await screen.findByRole('heading', { level: 1 });
  return i18n;
}

const codeField = () => screen.getByLabelText('Din kod') as HTMLInputElement;
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Rösta' }));

function clearLangCookie() {
  document.cookie = 'lang=; path=/; max-age=0';
}

describe('the voting page', () => {
  beforeEach(clearLangCookie);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    clearLangCookie();
    window.history.replaceState(null, '', '/');
  });

  it('takes the voter code from the QR fragment and removes it from the address bar', async () => {
    window.history.replaceState(null, '', '/r/FURU42#code=abcd-efgh');
    const address = takeVoteAddress();
    expect(address).toEqual({ shortCode: 'FURU42', voterCode: 'ABCD-EFGH' });
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/r/FURU42');

    stubApi({ VotePoll: pollAnswer() });
    await renderPage('sv', address.voterCode);
    expect(codeField().value).toBe('ABCD-EFGH');
  });

  it('formats the code as the slip shows it while it is typed', () => {
    expect(formatVoterCodeInput('abcd')).toBe('ABCD');
    expect(formatVoterCodeInput('abcde')).toBe('ABCD-E');
    expect(formatVoterCodeInput('ab cd efgh xyz')).toBe('ABCD-EFGH');
  });

  it('shows the question in the chosen language without asking the server again, and remembers the choice', async () => {
    const { sent } = stubApi({ VotePoll: pollAnswer() });
    await renderPage('sv');
    expect(screen.getByRole('heading', { level: 1, name: 'Vad ska skolgården ha?' })).toBeTruthy();
    expect(sent.map((s) => s.operation)).toEqual(['VotePoll']);
    expect(sent[0]!.variables).toEqual({ shortCode: 'FURU42' });

    fireEvent.click(screen.getByRole('button', { name: 'Meänkieli' }));
    await screen.findByRole('heading', { level: 1, name: 'Mitä koulun pihale?' });
    expect(screen.getByRole('radio', { name: 'Lissää penkkiä' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Äänestä' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Meänkieli' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('fit');
    expect(document.cookie).toContain('lang=fit');
    expect(sent).toHaveLength(1);
  });

  it('asks for an answer and a code before sending anything, and moves focus to the first problem', async () => {
    const { sent } = stubApi({ VotePoll: pollAnswer() });
    await renderPage();
    submit();

    const options = screen.getByRole('group', { name: 'Välj ett svar' });
    expect(options.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(options.getAttribute('aria-describedby')!)?.textContent).toBe('Välj ett av svaren.');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Fler bänkar' }));
    expect(codeField().getAttribute('aria-invalid')).toBe('true');
    expect(codeField().getAttribute('aria-describedby')).toContain(screen.getByText('Skriv koden från din lapp.').id);

    // With an answer chosen, the code is the first (and only) problem left.
    fireEvent.click(screen.getByRole('radio', { name: 'En basketkorg' }));
    submit();
    expect(screen.queryByText('Välj ett av svaren.')).toBeNull();
    expect(document.activeElement).toBe(codeField());
    expect(sent.map((s) => s.operation)).toEqual(['VotePoll']);
  });

  it('says a refused code in plain language on the code field, and keeps the choices', async () => {
    const { sent } = stubApi({ VotePoll: pollAnswer(), CastVote: wrongCode });
    await renderPage('sv', 'ABCD-EFGH');
    fireEvent.click(screen.getByRole('radio', { name: 'Fler bänkar' }));
    submit();

    const message = 'Koden fungerar inte. Kontrollera att du skrev rätt. En kod kan bara användas en gång.';
    await waitFor(() => expect(codeField().getAttribute('aria-invalid')).toBe('true'));
    const described = codeField()
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain(message);
    expect(screen.getByRole('alert').textContent).toContain(message);
    expect(document.activeElement).toBe(codeField());
    expect((screen.getByRole('radio', { name: 'Fler bänkar' }) as HTMLInputElement).checked).toBe(true);
    expect(codeField().value).toBe('ABCD-EFGH');
    expect(sent[1]).toEqual({ operation: 'CastVote', variables: { pollId: 'poll-1', optionId: 'opt-1', voterCode: 'ABCD-EFGH' } });
  });

  it('says when the poll closed while the pupil voted, with a link to the results', async () => {
    stubApi({ VotePoll: pollAnswer(), CastVote: badInput({ reason: 'POLL_CLOSED', fields: [{ path: 'pollId', message: 'closed' }] }) });
    await renderPage('sv', 'ABCD-EFGH');
    fireEvent.click(screen.getByRole('radio', { name: 'En basketkorg' }));
    submit();

    const alert = screen.getByRole('alert');
    await waitFor(() => expect(alert.textContent).toContain('Omröstningen har stängt.'));
    expect(screen.getByRole('link', { name: 'Se resultatet' }).getAttribute('href')).toBe('/kalix/polls/poll-1');
    expect((screen.getByRole('radio', { name: 'En basketkorg' }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows a closed poll without a form', async () => {
    stubApi({ VotePoll: pollAnswer('CLOSED') });
    await renderPage();
    expect(screen.getByText('Omröstningen har stängt.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Se resultatet' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Rösta' })).toBeNull();
  });

  it('shows when a poll that has not opened will open, without a form', async () => {
    stubApi({ VotePoll: pollAnswer('SCHEDULED') });
    await renderPage();
    expect(screen.getByText(/^Omröstningen öppnar 20 nov\. 2026/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Rösta' })).toBeNull();
  });

  it('keeps the choices and says so when the connection drops, then waits the minutes the server asks for', async () => {
    stubApi({
      VotePoll: pollAnswer(),
      CastVote: [new TypeError('Failed to fetch'), { data: null, errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfter: 240 } }] }],
    });
    await renderPage('sv', 'ABCD-EFGH');
    fireEvent.click(screen.getByRole('radio', { name: 'Fler bänkar' }));
    submit();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Ingen anslutning. Dina val finns kvar – försök igen.'));
    expect((screen.getByRole('radio', { name: 'Fler bänkar' }) as HTMLInputElement).checked).toBe(true);

    submit();
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('För många felaktiga koder. Vänta 4 minuter och försök igen.'),
    );
  });

  it('says plainly when the link leads to no poll', async () => {
    stubApi({ VotePoll: { data: null, errors: [{ message: 'No poll', extensions: { code: 'NOT_FOUND' } }] } });
    await renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Vi hittar ingen omröstning med den länken' })).toBeTruthy();
  });

  it('shows a receipt instead of the form once the vote is counted, with focus on the thanks', async () => {
    stubApi({
      VotePoll: pollAnswer(),
      CastVote: { data: { castVote: { pollId: 'poll-1', optionId: 'opt-2', receiptCode: 'R7K2-PQ9X', castAt: '2026-11-22T14:00:00.000Z' } } },
    });
    await renderPage('sv', 'ABCD-EFGH');
    fireEvent.click(screen.getByRole('radio', { name: 'En basketkorg' }));
    submit();

    const heading = await screen.findByRole('heading', { level: 1, name: 'Tack! Din röst är räknad.' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('En basketkorg')).toBeTruthy();
    expect(screen.getByText('R7K2-PQ9X')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Se resultatet' }).getAttribute('href')).toBe('/kalix/polls/poll-1');
    // A code works once: no form to vote again with.
    expect(screen.queryByRole('button', { name: 'Rösta' })).toBeNull();
    expect(screen.queryByLabelText('Din kod')).toBeNull();
  });
});
