import { describe, expect, it } from 'vitest';
import { IdeaStatus } from '../types/enums';
import {
  answerTemplateSchema,
  bodyByLocale,
  bulkIdeaIdsSchema,
  decisionReferenceSchema,
  effectiveSupportThreshold,
  ideaResponseSchema,
  ideaSettingsSchema,
  isNationalMinorityLanguage,
  meetingDateSchema,
  normalizeDiaryNumber,
  normalizeParagraph,
} from './idea-answers';

const BODY = 'Tack för förslaget. Kommunen bygger cykelvägen 2027.';
const paths = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  result.error!.issues.map((issue) => issue.path.map(String).join('.')).sort();

describe('normalizeParagraph', () => {
  it.each([
    ['45', '§ 45'],
    ['§45', '§ 45'],
    ['§ 45', '§ 45'],
    ['  §  218 ', '§ 218'],
    ['045', '§ 45'],
    ['§ 109/23', '§ 109/23'],
    ['109 / 2023', '§ 109/2023'],
  ])('%s → %s', (raw, normalized) => expect(normalizeParagraph(raw)).toBe(normalized));

  it.each(['', '§', '0', '§ 0', 'fyrtiofem', '§ 12345', '45a', '§ 45/1'])('rejects %j', (raw) => expect(normalizeParagraph(raw)).toBeNull());
});

describe('normalizeDiaryNumber', () => {
  // Forms from the Kalix KS minutes 2023-12-11.
  it.each([
    ['2023-00439', '2023-00439'],
    ['2023-00439 103', '2023-00439 103'],
    ['Dnr 2021-00079 14', '2021-00079 14'],
    ['Dnr: 2022–00342', '2022-00342'],
    ['dnr 2023 - 00497', '2023-00497'],
    ['2023-439', '2023-439'],
  ])('%s → %s', (raw, normalized) => expect(normalizeDiaryNumber(raw)).toBe(normalized));

  it.each(['', '23-00439', '2023/00439', '2023-', '2023-0043912', 'KS 2023-00439', '2023-00439 12345', '2023-00439 abc'])('rejects %j', (raw) =>
    expect(normalizeDiaryNumber(raw)).toBeNull(),
  );
});

describe('meetingDateSchema', () => {
  it.each(['2023-12-11', '2024-02-29'])('accepts %s', (value) => expect(meetingDateSchema.safeParse(value).success).toBe(true));
  it.each(['2023-02-29', '2023-13-01', '11/12/2023', '2023-12-1', '1850-01-01', ''])('rejects %j', (value) =>
    expect(meetingDateSchema.safeParse(value).success).toBe(false),
  );
});

describe('decisionReferenceSchema', () => {
  it('normalizes a decision reference', () => {
    expect(
      decisionReferenceSchema.parse({ body: ' Kommunstyrelsen ', meetingDate: '2023-12-11', paragraph: '233', diaryNumber: 'Dnr 2023-00439 103', url: '' }),
    ).toEqual({ body: 'Kommunstyrelsen', meetingDate: '2023-12-11', paragraph: '§ 233', diaryNumber: '2023-00439 103', url: null });
  });

  it('names each bad field', () => {
    const result = decisionReferenceSchema.safeParse({ body: 'K', meetingDate: '2023-02-30', paragraph: 'x', diaryNumber: '439', url: 'http://kalix.se/protokoll' });
    expect(paths(result)).toEqual(['body', 'diaryNumber', 'meetingDate', 'paragraph', 'url']);
  });

  it('accepts https links only', () => {
    const base = { body: 'Kommunfullmäktige', meetingDate: '2024-06-17', paragraph: '§ 12', diaryNumber: '2024-00001' };
    expect(decisionReferenceSchema.safeParse({ ...base, url: 'https://www.kalix.se/protokoll/ks-2023-12-11.pdf' }).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'ftp://kalix.se/x', 'https://user:pw@kalix.se/', 'kalix.se']) {
      expect(decisionReferenceSchema.safeParse({ ...base, url }).success, url).toBe(false);
    }
  });
});

describe('ideaResponseSchema', () => {
  it('defaults the language to sv and has no translations or decision', () => {
    expect(ideaResponseSchema.parse({ status: IdeaStatus.PLANNED, body: `  ${BODY}  ` })).toEqual({
      status: IdeaStatus.PLANNED,
      body: BODY,
      bodyLocale: 'sv',
      translations: [],
      decision: null,
    });
  });

  it.each([IdeaStatus.PUBLISHED, IdeaStatus.UNDER_REVIEW, IdeaStatus.HIDDEN])('refuses the status %s', (status) => {
    expect(paths(ideaResponseSchema.safeParse({ status, body: BODY }))).toEqual(['status']);
  });

  it('names bad bodies, languages and duplicate translations', () => {
    const result = ideaResponseSchema.safeParse({
      status: IdeaStatus.ANSWERED,
      body: 'Kort',
      bodyLocale: 'en',
      translations: [{ locale: 'fi', body: 'x'.repeat(5001) }],
    });
    expect(paths(result)).toEqual(['body', 'bodyLocale', 'translations.0.body']);
    const duplicate = ideaResponseSchema.safeParse({
      status: IdeaStatus.ANSWERED,
      body: BODY,
      bodyLocale: 'fi',
      translations: [{ locale: 'fi', body: BODY }],
    });
    expect(paths(duplicate)).toEqual(['translations.0.locale']);
  });

  it('keeps the body per language', () => {
    const input = ideaResponseSchema.parse({ status: IdeaStatus.ANSWERED, body: BODY, bodyLocale: 'fit', translations: [{ locale: 'sv', body: BODY }] });
    expect(bodyByLocale(input)).toEqual({ fit: BODY, sv: BODY });
  });
});

describe('answerTemplateSchema', () => {
  it('allows no status and refuses a non-answer status', () => {
    expect(answerTemplateSchema.parse({ name: 'Tack', body: BODY })).toMatchObject({ name: 'Tack', status: null, bodyLocale: 'sv' });
    expect(paths(answerTemplateSchema.safeParse({ name: 'T', body: BODY, status: IdeaStatus.HIDDEN }))).toEqual(['name', 'status']);
  });
});

describe('bulkIdeaIdsSchema', () => {
  const id = '3f2b1f1e-9a9b-4b7c-8d7e-1a2b3c4d5e6f';
  it('takes 1–100 ids and drops repeats', () => {
    expect(bulkIdeaIdsSchema.parse([id, id])).toEqual([id]);
    expect(bulkIdeaIdsSchema.safeParse([]).success).toBe(false);
    expect(bulkIdeaIdsSchema.safeParse(Array.from({ length: 101 }, () => id)).success).toBe(false);
  });
});

describe('idea settings', () => {
  it('computes the effective threshold, per mille rounded up and exact', () => {
    expect(effectiveSupportThreshold({ population: 15400, supportThreshold: 50, supportThresholdPerMille: null })).toBe(50);
    expect(effectiveSupportThreshold({ population: 15400, supportThreshold: null, supportThresholdPerMille: 3 })).toBe(47);
    // 0.07 * 100000 is 7000.000000000001 in floating point; the threshold is exactly 7.
    expect(effectiveSupportThreshold({ population: 100000, supportThreshold: null, supportThresholdPerMille: 0.07 })).toBe(7);
    expect(effectiveSupportThreshold({ population: 1000, supportThreshold: null, supportThresholdPerMille: 2.5 })).toBe(3);
    expect(effectiveSupportThreshold({ population: null, supportThreshold: null, supportThresholdPerMille: 3 })).toBeNull();
    expect(effectiveSupportThreshold({ population: 15400, supportThreshold: null, supportThresholdPerMille: null })).toBeNull();
  });

  it('validates the input', () => {
    expect(ideaSettingsSchema.safeParse({ supportThreshold: 50, minorityLanguageExempt: true }).success).toBe(true);
    expect(paths(ideaSettingsSchema.safeParse({ supportThreshold: 0, supportThresholdPerMille: 1.234, population: -1 }))).toEqual([
      'population',
      'supportThreshold',
      'supportThresholdPerMille',
    ]);
  });

  it('knows the national minority languages', () => {
    for (const locale of ['fi', 'fit', 'se', 'sma', 'smj', 'yi', 'rmf']) expect(isNationalMinorityLanguage(locale), locale).toBe(true);
    for (const locale of ['sv', 'en', 'de']) expect(isNationalMinorityLanguage(locale), locale).toBe(false);
  });
});
