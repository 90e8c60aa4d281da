import { describe, expect, it } from 'vitest';
import { ModerationAction, ReportReason, ReportTargetType } from '../types/enums';
import {
  BLOCK_DAYS_MAX,
  blockUserInputSchema,
  liftUserBlockInputSchema,
  MODERATION_REASON_MAX_LENGTH,
  moderateInputSchema,
  REPORT_NOTE_MAX_LENGTH,
  reportInputSchema,
} from './moderation';

const ID = '3f2b1f1e-9a9b-4b7c-8d7e-1a2b3c4d5e6f';

describe('reportInputSchema', () => {
  const valid = { targetType: ReportTargetType.IDEA, targetId: ID, reason: ReportReason.SPAM };

  it('accepts a report without a note, and turns a blank note into null', () => {
    expect(reportInputSchema.parse(valid)).toEqual({ ...valid, note: null });
    expect(reportInputSchema.parse({ ...valid, note: '   ' }).note).toBeNull();
    expect(reportInputSchema.parse({ ...valid, note: '  Reklam för en bilfirma.  ' }).note).toBe('Reklam för en bilfirma.');
  });

  it(`allows a note of at most ${REPORT_NOTE_MAX_LENGTH} characters`, () => {
    expect(reportInputSchema.safeParse({ ...valid, note: 'x'.repeat(REPORT_NOTE_MAX_LENGTH) }).success).toBe(true);
    expect(reportInputSchema.safeParse({ ...valid, note: 'x'.repeat(REPORT_NOTE_MAX_LENGTH + 1) }).success).toBe(false);
  });

  it('refuses unknown target types and reasons and ids that are not UUIDs', () => {
    expect(reportInputSchema.safeParse({ ...valid, targetType: 'USER' }).success).toBe(false);
    expect(reportInputSchema.safeParse({ ...valid, reason: 'BORING' }).success).toBe(false);
    expect(reportInputSchema.safeParse({ ...valid, targetId: '42' }).success).toBe(false);
  });
});

describe('moderateInputSchema', () => {
  it('needs a reason of 3–500 characters after trimming', () => {
    const base = { reportId: ID, action: ModerationAction.HIDE };
    expect(moderateInputSchema.safeParse({ ...base, reason: 'Reklam' }).success).toBe(true);
    expect(moderateInputSchema.safeParse({ ...base, reason: '  ab  ' }).success).toBe(false);
    expect(moderateInputSchema.safeParse({ ...base, reason: '' }).success).toBe(false);
    expect(moderateInputSchema.safeParse({ ...base, reason: 'x'.repeat(MODERATION_REASON_MAX_LENGTH + 1) }).success).toBe(false);
    expect(moderateInputSchema.safeParse({ ...base, action: 'DELETE', reason: 'Reklam' }).success).toBe(false);
  });
});

describe('blockUserInputSchema', () => {
  const valid = { municipalitySlug: 'kalix', userId: ID, days: 7, reason: 'Upprepad reklam' };

  it('accepts 1–365 whole days', () => {
    expect(blockUserInputSchema.safeParse(valid).success).toBe(true);
    expect(blockUserInputSchema.safeParse({ ...valid, days: 1 }).success).toBe(true);
    expect(blockUserInputSchema.safeParse({ ...valid, days: BLOCK_DAYS_MAX }).success).toBe(true);
    expect(blockUserInputSchema.safeParse({ ...valid, days: 0 }).success).toBe(false);
    expect(blockUserInputSchema.safeParse({ ...valid, days: BLOCK_DAYS_MAX + 1 }).success).toBe(false);
    expect(blockUserInputSchema.safeParse({ ...valid, days: 1.5 }).success).toBe(false);
  });

  it('needs a reason and a valid municipality slug', () => {
    expect(blockUserInputSchema.safeParse({ ...valid, reason: 'no' }).success).toBe(false);
    expect(blockUserInputSchema.safeParse({ ...valid, municipalitySlug: 'Kalix kommun' }).success).toBe(false);
  });
});

describe('liftUserBlockInputSchema', () => {
  it('needs a block id and a reason', () => {
    expect(liftUserBlockInputSchema.safeParse({ blockId: ID, reason: 'Överenskommelse' }).success).toBe(true);
    expect(liftUserBlockInputSchema.safeParse({ blockId: ID, reason: ' ' }).success).toBe(false);
    expect(liftUserBlockInputSchema.safeParse({ blockId: 'x', reason: 'Överenskommelse' }).success).toBe(false);
  });
});
