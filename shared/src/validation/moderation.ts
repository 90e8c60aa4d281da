import { z } from 'zod';
import { ModerationAction, ReportReason, ReportTargetType } from '../types/enums';
import { idSchema, slugSchema } from './taxonomy';

/** A reporter's optional note to the moderators. */
export const REPORT_NOTE_MAX_LENGTH = 500;
/** The reason a moderator must give for every decision (told to the author). */
export const MODERATION_REASON_MIN_LENGTH = 3;
export const MODERATION_REASON_MAX_LENGTH = 500;
/** Posting blocks last 1–365 days. */
export const BLOCK_DAYS_MIN = 1;
export const BLOCK_DAYS_MAX = 365;
/** A person can be blocked only after this many upheld reports against their content in the municipality. */
export const UPHELD_REPORTS_BEFORE_BLOCK = 3;

export const moderationReasonSchema = z.string().trim().min(MODERATION_REASON_MIN_LENGTH).max(MODERATION_REASON_MAX_LENGTH);

export const reportInputSchema = z.object({
  targetType: z.enum(ReportTargetType),
  targetId: idSchema,
  reason: z.enum(ReportReason),
  /** Blank means no note. */
  note: z
    .string()
    .trim()
    .max(REPORT_NOTE_MAX_LENGTH)
    .nullish()
    .transform((value) => value || null),
});
export type ReportInput = z.infer<typeof reportInputSchema>;

export const moderateInputSchema = z.object({
  reportId: idSchema,
  action: z.enum(ModerationAction),
  reason: moderationReasonSchema,
});
export type ModerateInput = z.infer<typeof moderateInputSchema>;

export const blockUserInputSchema = z.object({
  municipalitySlug: slugSchema,
  userId: idSchema,
  days: z.number().int().min(BLOCK_DAYS_MIN).max(BLOCK_DAYS_MAX),
  reason: moderationReasonSchema,
});
export type BlockUserInput = z.infer<typeof blockUserInputSchema>;

export const liftUserBlockInputSchema = z.object({
  blockId: idSchema,
  reason: moderationReasonSchema,
});
export type LiftUserBlockInput = z.infer<typeof liftUserBlockInputSchema>;
