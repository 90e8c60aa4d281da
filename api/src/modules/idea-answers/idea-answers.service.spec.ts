import { IdeaEventKind, IdeaStatus } from '@medskapa/shared';
import { describe, expect, it } from 'vitest';
import type { RequestLoaders } from '../../graphql/loader-registry';
import type { Idea } from '../ideas/idea.entity';
import { IdeaAnswersLoaders, type TimelineRow } from './idea-answers.loaders';
import { IdeaAnswersService, resolveBody, translationsOf } from './idea-answers.service';

describe('resolveBody', () => {
  const bodies = { sv: 'Svar', fi: 'Vastaus' };

  it('follows the reader\'s fallback chain, then the original, then any language', () => {
    expect(resolveBody(bodies, 'sv', 'sv')).toEqual({ body: 'Svar', locale: 'sv' });
    expect(resolveBody(bodies, 'fi', 'sv')).toEqual({ body: 'Vastaus', locale: 'fi' });
    expect(resolveBody(bodies, 'fit', 'sv')).toEqual({ body: 'Vastaus', locale: 'fi' });
    expect(resolveBody({ fit: 'Vastaus fit' }, 'sv', 'fit')).toEqual({ body: 'Vastaus fit', locale: 'fit' });
    expect(resolveBody({ fit: 'Vastaus fit' }, 'sv', null)).toEqual({ body: 'Vastaus fit', locale: 'fit' });
    expect(resolveBody({ sv: '  ', fi: 'Vastaus' }, 'sv', 'sv')).toEqual({ body: 'Vastaus', locale: 'fi' });
  });

  it('lists translations in sv, fi, fit order without blanks', () => {
    expect(translationsOf({ fit: 'c', sv: 'a', fi: ' ' })).toEqual([
      { locale: 'sv', body: 'a' },
      { locale: 'fit', body: 'c' },
    ]);
  });
});

describe('IdeaAnswersService.timelineOf', () => {
  const row = (overrides: Partial<TimelineRow>): TimelineRow => ({
    id: 'e',
    ideaId: 'i',
    kind: IdeaEventKind.SUBMITTED,
    fromStatus: null,
    toStatus: null,
    actorId: 'u',
    actorName: 'Ulla',
    data: {},
    occurredAt: new Date('2026-11-22T12:00:00Z'),
    ...overrides,
  });
  const rows = [
    row({ kind: IdeaEventKind.SUBMITTED, toStatus: IdeaStatus.PUBLISHED }),
    row({ kind: IdeaEventKind.THRESHOLD_REACHED, actorId: null, data: { supportCount: 50, threshold: 50 } }),
    row({ kind: IdeaEventKind.THRESHOLD_REACHED, actorId: null, data: { exempt: true } }),
    row({ kind: IdeaEventKind.HIDDEN, actorId: 'moderator' }),
    row({
      kind: IdeaEventKind.DECIDED,
      actorId: 'officer',
      actorName: 'Olle',
      data: { body: 'Kommunstyrelsen', meetingDate: '2023-12-11', paragraph: '§ 218', diaryNumber: '2023-00497', url: null },
    }),
  ];
  const loaders = { get: (factory: unknown) => (factory === IdeaAnswersLoaders ? { timelineByIdea: { load: async () => rows } } : null) } as unknown as RequestLoaders;
  const service = new IdeaAnswersService(...(Array.from({ length: 7 }, () => undefined) as unknown as ConstructorParameters<typeof IdeaAnswersService>));

  it('maps the data of each kind and hides moderators', async () => {
    const entries = await service.timelineOf({ id: 'i' } as Idea, loaders);
    expect(entries.map((e) => [e.kind, e.actor?.displayName ?? null, e.supportCount, e.threshold, e.exempt])).toEqual([
      ['SUBMITTED', 'Ulla', null, null, null],
      ['THRESHOLD_REACHED', null, 50, 50, false],
      ['THRESHOLD_REACHED', null, null, null, true],
      ['HIDDEN', null, null, null, null],
      ['DECIDED', 'Olle', null, null, null],
    ]);
    expect(entries[4]!.decision).toEqual({ body: 'Kommunstyrelsen', meetingDate: '2023-12-11', paragraph: '§ 218', diaryNumber: '2023-00497', url: null });
    expect(entries[0]!.decision).toBeNull();
  });
});
