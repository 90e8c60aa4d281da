import { describe, expect, it } from 'vitest';
import { createPollSchema, formatVoterCode, issueVoterCodesSchema, normalizeVoterCode, VOTER_CODE_ALPHABET, VOTER_CODE_PATTERN } from './polls';

const text = (s: string) => ({ sv: s, fi: `${s} fi`, fit: `${s} fit` });
const valid = {
  organizationId: '00000000-0000-4000-8000-000000000001',
  question: text('Vad ska vi göra?'),
  options: [{ text: text('A') }, { text: text('B') }],
  opensAt: '2030-01-01T08:00:00Z',
  closesAt: '2030-01-02T08:00:00Z',
};

describe('voter codes', () => {
  it('use an alphabet without 0, O, 1, I or l', () => {
    for (const c of '0O1Il') expect(VOTER_CODE_ALPHABET).not.toContain(c);
    expect(new Set(VOTER_CODE_ALPHABET).size).toBe(31);
  });

  it('normalize case, spaces and dashes', () => {
    expect(normalizeVoterCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normalizeVoterCode('AB CD EF GH')).toBe('ABCDEFGH');
    expect(formatVoterCode('ABCDEFGH')).toBe('ABCD-EFGH');
    expect(VOTER_CODE_PATTERN.test('ABCDEFGH')).toBe(true);
    expect(VOTER_CODE_PATTERN.test('ABCDEFG0')).toBe(false);
  });
});

describe('createPollSchema', () => {
  it('accepts a poll in sv, fi and fit', () => {
    expect(createPollSchema.safeParse(valid).success).toBe(true);
  });

  it('requires every language, 2–10 options and closing after opening', () => {
    const issues = (value: unknown) => createPollSchema.safeParse(value).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ ...valid, question: { sv: 'Fråga', fi: 'Kysymys' } })).toEqual(['question.fit']);
    expect(issues({ ...valid, options: [{ text: text('A') }] })).toEqual(['options']);
    expect(issues({ ...valid, options: Array.from({ length: 11 }, () => ({ text: text('A') })) })).toEqual(['options']);
    expect(issues({ ...valid, closesAt: valid.opensAt })).toEqual(['closesAt']);
  });
});

describe('issueVoterCodesSchema', () => {
  it('allows 1–500 codes per call', () => {
    expect(issueVoterCodesSchema.safeParse({ count: 500 }).success).toBe(true);
    expect(issueVoterCodesSchema.safeParse({ count: 0 }).success).toBe(false);
    expect(issueVoterCodesSchema.safeParse({ count: 501 }).success).toBe(false);
  });
});
