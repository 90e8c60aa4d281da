import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kalix } from '../../../test/fixtures';
import type { StubResolver, StubResult } from '../../../test/mockClient';
import { renderApp } from '../../../test/renderApp';
import { qrModules } from '../components/QrCode';
import { voteAddress } from '../voteAddress';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const POLL_ID = 'poll-1';
const KALIX = { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix', name: 'Kalix' };

function poll(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Poll',
    id: POLL_ID,
    question: 'Vad ska byggas vid Furuhedsskolan?',
    description: 'Elevrådet vill veta vad ni tycker.',
    audience: 'Åk 7–9',
    status: 'CLOSED',
    opensAt: '2026-05-04T06:00:00Z',
    closesAt: '2026-05-15T14:00:00Z',
    liveResults: false,
    shortCode: 'KX7PQ2R',
    viewerCanManage: false,
    options: [
      { __typename: 'PollOption', id: 'o1', position: 0, text: 'Fotbollsplan' },
      { __typename: 'PollOption', id: 'o2', position: 1, text: 'Skatepark' },
      { __typename: 'PollOption', id: 'o3', position: 2, text: 'Utegym' },
    ],
    goals: [
      {
        __typename: 'Goal',
        id: 'g-511',
        code: '5.1.1',
        title: 'Kultur, idrott och friluftsliv',
        area: { __typename: 'StrategicArea', id: 'a-51', code: '5.1', title: 'En tillvaro full av möjligheter' },
      },
    ],
    organization: {
      __typename: 'Organization',
      id: 'org-elevrad',
      name: 'Elevrådet Furuhedsskolan',
      kind: 'SCHOOL_COUNCIL',
      municipality: KALIX,
    },
    ...overrides,
  };
}

const option = (id: string, position: number, text: string) => ({ __typename: 'PollOption', id, position, text });

function results(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'PollResults',
    pollId: POLL_ID,
    visible: true,
    totalVotes: 40,
    codesIssued: 50,
    turnout: 0.8,
    options: [
      { __typename: 'PollOptionResult', count: 22, share: 0.55, option: option('o1', 0, 'Fotbollsplan') },
      { __typename: 'PollOptionResult', count: 12, share: 0.3, option: option('o2', 1, 'Skatepark') },
      { __typename: 'PollOptionResult', count: 6, share: 0.15, option: option('o3', 2, 'Utegym') },
    ],
    byBatch: [],
    ...overrides,
  };
}

const HIDDEN = { visible: false, totalVotes: null, codesIssued: null, turnout: null, options: [], byBatch: [] };

const batch = (id: string, label: string | null, issuedCount: number, revokedAt: string | null = null) => ({
  __typename: 'VoterCodeBatch',
  id,
  label,
  issuedCount,
  createdAt: '2026-05-03T08:00:00Z',
  revokedAt,
});

/** Answers the poll page's operations from `answers`, everything else like Kalix; records calls. */
function world(answers: Record<string, (variables: Record<string, unknown>) => StubResult>) {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const resolve: StubResolver = (operation, variables, language) => {
    calls.push({ operation, variables });
    const answer = answers[operation];
    if (answer) return answer(variables);
    return kalix(operation, variables, language);
  };
  const callsOf = (operation: string) => calls.filter((c) => c.operation === operation).map((c) => c.variables);
  return { resolve, callsOf };
}

/** Normalizes Intl's no-break spaces ("55 %") for comparison. */
const text = (element: Element) => (element.textContent ?? '').replace(/\u00a0|\u202f/g, ' ').trim();

describe('PollPage for everyone', () => {
  it('shows the poll and its results as a table with votes and shares, and the turnout', async () => {
    const { resolve } = world({
      PollPage: () => ({ data: { poll: poll() } }),
      PollPageResults: () => ({ data: { pollResults: results() } }),
    });
    await renderApp(`/kalix/polls/${POLL_ID}`, { resolve });

    expect(screen.getByRole('heading', { level: 1, name: 'Vad ska byggas vid Furuhedsskolan?' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Elevrådet Furuhedsskolan' }).getAttribute('href')).toBe('/organizations/org-elevrad');
    expect(screen.getByText('Åk 7–9')).toBeTruthy();
    expect(screen.getByText('Avslutad')).toBeTruthy();
    const breadcrumbs = screen.getByRole('navigation', { name: 'Du är här' });
    expect(within(breadcrumbs).getByRole('link', { name: 'Omröstningar' }).getAttribute('href')).toBe('/kalix/polls');

    const table = screen.getByRole('table', { name: 'Röster per svarsalternativ' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map(text));
    expect(rows).toEqual([
      ['Fotbollsplan', '22', '55 %'],
      ['Skatepark', '12', '30 %'],
      ['Utegym', '6', '15 %'],
      ['Totalt', '40', '100 %'],
    ]);
    expect(text(screen.getByText(/koder användes/))).toBe('40 av 50 koder användes (80 %)');
    // The chart repeats the numbers for the eye only.
    expect(document.querySelector('.poll-chart')?.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByRole('link', { name: /5\.1\.1 Kultur, idrott och friluftsliv/ }).getAttribute('href')).toBe('/kalix/areas/5.1');
  });

  it('says when hidden results will be shown, and shows no numbers before that', async () => {
    const { resolve } = world({
      PollPage: () => ({ data: { poll: poll({ status: 'OPEN' }) } }),
      PollPageResults: () => ({ data: { pollResults: results(HIDDEN) } }),
    });
    await renderApp(`/kalix/polls/${POLL_ID}`, { resolve });

    const section = screen.getByRole('region', { name: 'Resultat' });
    expect(text(section)).toMatch(/Resultatet visas när omröstningen har stängt 15 maj 2026/);
    expect(within(section).queryByRole('table')).toBeNull();
  });

  it('links to the voting page with a plain link and a QR code of the short link, and copies it', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { resolve } = world({
      PollPage: () => ({ data: { poll: poll({ status: 'OPEN' }) } }),
      PollPageResults: () => ({ data: { pollResults: results(HIDDEN) } }),
    });
    await renderApp(`/kalix/polls/${POLL_ID}`, { resolve });

    const address = `${window.location.origin}/r/KX7PQ2R`;
    expect(screen.getByRole('link', { name: address }).getAttribute('href')).toBe(address);
    const qr = screen.getByRole('img', { name: `QR-kod till ${address}` });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.querySelector('path')?.getAttribute('d')).toBe(qrModules(address).path);

    fireEvent.click(screen.getByRole('button', { name: 'Kopiera länken' }));
    expect(await screen.findByText('Länken är kopierad.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(address);
  });

  it('shows no management and no voter codes to those who cannot manage the poll', async () => {
    const { resolve, callsOf } = world({
      PollPage: () => ({ data: { poll: poll({ status: 'OPEN' }) } }),
      PollPageResults: () => ({ data: { pollResults: results(HIDDEN) } }),
    });
    await renderApp(`/kalix/polls/${POLL_ID}`, { resolve });

    expect(screen.queryByRole('heading', { name: 'Röstkoder' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skapa koder' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Stäng omröstningen nu' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Ladda ner resultat (CSV)' })).toBeNull();
    expect(callsOf('PollVoterCodeBatches')).toEqual([]);
  });

  it('gives a not-found page for an unknown poll', async () => {
    const { resolve } = world({
      PollPage: () => ({ errorCodes: ['NOT_FOUND'], data: { poll: null } }),
      PollPageResults: () => ({ errorCodes: ['NOT_FOUND'] }),
    });
    await renderApp(`/kalix/polls/${POLL_ID}`, { resolve });
    expect(screen.getByRole('heading', { level: 1, name: 'Omröstningen finns inte' })).toBeTruthy();
  });
});

describe('PollPage for the poll’s managers', () => {
  it('offers editing before the poll opens, the CSV, and per-class results', async () => {
    const { resolve } = world({
      PollPage: () => ({ data: { poll: poll({ status: 'SCHEDULED', viewerCanManage: true }) } }),
      PollPageResults: () => ({
        data: {
          pollResults: results({
            totalVotes: 0,
            codesIssued: 0,
            turnout: 0,
            options: [],
            byBatch: [{ __typename: 'PollBatchResult', codesIssued: 25, votes: 0, batch: batch('b1', '7B', 25) }],
          }),
        },
      }),
      PollVoterCodeBatches: () => ({ data: { voterCodeBatches: [batch('b1', '7B', 25)] } }),
    });
    await renderApp(`/kalix/polls/${POLL_ID}`, { resolve });

    expect(screen.getByRole('link', { name: 'Redigera' }).getAttribute('href')).toBe(`/kalix/polls/${POLL_ID}/edit`);
    const csv = screen.getByRole('link', { name: 'Ladda ner resultat (CSV)' });
    expect(csv.getAttribute('href')).toBe(`/polls/${POLL_ID}/results.csv`);
    expect(csv.hasAttribute('download')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Stäng omröstningen nu' })).toBeNull();
    const perClass = screen.getByRole('table', { name: 'Per klass eller grupp' });
    expect(within(perClass).getAllByRole('row')[1]!.textContent).toContain('7B');
    expect(screen.getByRole('heading', { level: 2, name: 'Röstkoder' })).toBeTruthy();
  });

  it('issues codes and shows one printable slip per code, each with the code and a QR code of its voting link', async () => {
    const codes = ['ABCD-EFGH', 'JKMN-PQRS', 'TUVW-XYZ2'];
    let issued = false;
    const { resolve, callsOf } = world({
      PollPage: () => ({ data: { poll: poll({ status: 'OPEN', viewerCanManage: true }) } }),
      PollPageResults: () => ({ data: { pollResults: results() } }),
      PollVoterCodeBatches: () => ({ data: { voterCodeBatches: issued ? [batch('b1', '7B', 3)] : [] } }),
      IssueVoterCodes: () => {
        issued = true;
        return { data: { issueVoterCodes: codes } };
      },
    });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await renderApp(`/kalix/polls/${POLL_ID}`, { resolve });

    expect(screen.getByText('Inga koder har skapats än.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Klass eller grupp (valfritt)'), { target: { value: ' 7B ' } });
    fireEvent.change(screen.getByLabelText('Antal koder'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa koder' }));

    const sheet = await screen.findByRole('region', { name: '3 röstkoder för 7B att skriva ut' });
    expect(callsOf('IssueVoterCodes')).toEqual([{ pollId: POLL_ID, count: 3, batchLabel: '7B' }]);
    expect(within(sheet).getByText('Skriv ut nu – koderna kan inte visas igen.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(sheet).getByRole('heading', { level: 3 })));

    const slips = within(within(sheet).getByRole('list', { name: 'Lappar att klippa ut' })).getAllByRole('listitem');
    expect(slips).toHaveLength(3);
    slips.forEach((slip, index) => {
      const code = codes[index]!;
      expect(within(slip).getByText(code)).toBeTruthy();
      expect(slip.textContent).toContain('Elevrådet Furuhedsskolan · Kalix');
      expect(slip.textContent).toContain(`Gå till ${window.location.origin}/r/KX7PQ2R`);
      const url = voteAddress(window.location.origin, 'KX7PQ2R', code);
      expect(url).toBe(`${window.location.origin}/r/KX7PQ2R#code=${code}`);
      const svg = slip.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.querySelector('path')?.getAttribute('d')).toBe(qrModules(url).path);
    });

    fireEvent.click(within(sheet).getByRole('button', { name: 'Skriv ut' }));
    expect(print).toHaveBeenCalledTimes(1);
    // The batch list is asked again and shows the new class.
    await waitFor(() => expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toContain('7B'));
  });

  it('refuses a count outside 1–500 without asking the API', async () => {
    const { resolve, callsOf } = world({
      PollPage: () => ({ data: { poll: poll({ status: 'OPEN', viewerCanManage: true }) } }),
      PollPageResults: () => ({ data: { pollResults: results() } }),
      PollVoterCodeBatches: () => ({ data: { voterCodeBatches: [] } }),
    });
    await renderApp(`/kalix/polls/${POLL_ID}`, { resolve });

    fireEvent.change(screen.getByLabelText('Antal koder'), { target: { value: '501' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa koder' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Skriv ett antal mellan 1 och 500.' }).getAttribute('href')).toBe('#voter-codes-count');
    expect(callsOf('IssueVoterCodes')).toEqual([]);
    expect(screen.queryByRole('region', { name: /att skriva ut/ })).toBeNull();
  });

  it('revokes a batch only after confirming, and explains that cast votes stay', async () => {
    let revoked = false;
    const { resolve, callsOf } = world({
      PollPage: () => ({ data: { poll: poll({ status: 'OPEN', viewerCanManage: true }) } }),
      PollPageResults: () => ({ data: { pollResults: results() } }),
      PollVoterCodeBatches: () => ({
        data: { voterCodeBatches: [batch('b1', '7B', 25, revoked ? '2026-05-05T09:00:00Z' : null)] },
      }),
      RevokeVoterCodes: () => {
        revoked = true;
        return { data: { revokeVoterCodes: batch('b1', '7B', 25, '2026-05-05T09:00:00Z') } };
      },
    });
    await renderApp(`/kalix/polls/${POLL_ID}`, { resolve });

    fireEvent.click(screen.getByRole('button', { name: 'Spärra koderna' }));
    let dialog = screen.getByRole('dialog', { name: 'Spärra koderna för 7B?' });
    expect(dialog.textContent).toContain('Röster som redan är lagda finns kvar i resultatet.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsOf('RevokeVoterCodes')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Spärra koderna' }));
    dialog = screen.getByRole('dialog', { name: 'Spärra koderna för 7B?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spärra koderna' }));
    await waitFor(() => expect(callsOf('RevokeVoterCodes')).toEqual([{ batchId: 'b1' }]));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Spärra koderna' })).toBeNull());
    expect(screen.getByText(/^Spärrade /)).toBeTruthy();
  });

  it('closes an open poll after confirming, and then shows the final results', async () => {
    let closed = false;
    const { resolve, callsOf } = world({
      PollPage: () => ({ data: { poll: poll({ status: closed ? 'CLOSED' : 'OPEN', viewerCanManage: true }) } }),
      PollPageResults: () => ({ data: { pollResults: results() } }),
      PollVoterCodeBatches: () => ({ data: { voterCodeBatches: [] } }),
      ClosePollNow: () => {
        closed = true;
        return { data: { closePoll: { __typename: 'Poll', id: POLL_ID, status: 'CLOSED', closesAt: '2026-05-10T10:00:00Z' } } };
      },
    });
    await renderApp(`/kalix/polls/${POLL_ID}`, { resolve });

    expect(screen.getByText('Omröstningen pågår. Bara ni som ordnar den ser resultatet innan den stänger.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stäng omröstningen nu' }));
    const dialog = screen.getByRole('dialog', { name: 'Stäng omröstningen nu?' });
    expect(callsOf('ClosePollNow')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stäng omröstningen' }));

    await waitFor(() => expect(callsOf('ClosePollNow')).toEqual([{ id: POLL_ID }]));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Stäng omröstningen nu' })).toBeNull());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getAllByText('Avslutad').length).toBeGreaterThan(0);
    expect(screen.queryByText(/Omröstningen pågår/)).toBeNull();
    expect(screen.getByRole('table', { name: 'Röster per svarsalternativ' })).toBeTruthy();
    expect(screen.getByText('Omröstningen har stängt. Det går inte att skapa fler koder.')).toBeTruthy();
  });
});
