import { normalizeVoterCode, PollStatus, VOTER_CODE_PATTERN } from '@medskapa/shared';
import { describe, expect, it } from 'vitest';
import type { Poll } from './poll.entity';
import { statusOf } from './polls.service';
import { hashVoterCode, newShortCode, newVoterCode } from './voter-codes';

describe('statusOf', () => {
  const poll = { opensAt: new Date('2030-01-01T08:00:00Z'), closesAt: new Date('2030-01-02T08:00:00Z') } as Poll;
  it('is computed from the times, closing at closesAt exactly', () => {
    expect(statusOf(poll, new Date('2029-12-31T00:00:00Z'))).toBe(PollStatus.SCHEDULED);
    expect(statusOf(poll, new Date('2030-01-01T08:00:00Z'))).toBe(PollStatus.OPEN);
    expect(statusOf(poll, new Date('2030-01-02T08:00:00Z'))).toBe(PollStatus.CLOSED);
  });
});

describe('voter codes', () => {
  it('are 8 characters of the unambiguous alphabet and hash the same however typed', () => {
    for (let i = 0; i < 200; i++) expect(newVoterCode()).toMatch(VOTER_CODE_PATTERN);
    expect(newShortCode()).toHaveLength(7);
    expect(hashVoterCode('abcd-efgh')).toBe(hashVoterCode('ABCDEFGH'));
    expect(hashVoterCode(normalizeVoterCode(' ab cd ef gh '))).toMatch(/^[0-9a-f]{64}$/);
  });
});
