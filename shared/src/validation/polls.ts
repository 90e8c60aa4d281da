import { z } from 'zod';
import { idSchema } from './taxonomy';

export const POLL_QUESTION_MAX_LENGTH = 200;
export const POLL_DESCRIPTION_MAX_LENGTH = 2000;
export const POLL_OPTION_MAX_LENGTH = 120;
export const POLL_IMAGE_ALT_MAX_LENGTH = 300;
export const POLL_OPTIONS_MIN = 2;
export const POLL_OPTIONS_MAX = 10;
export const POLL_AUDIENCE_MAX_LENGTH = 80;
export const POLL_GOALS_MAX = 5;
export const VOTER_CODES_PER_CALL_MAX = 500;
export const VOTER_CODE_BATCH_LABEL_MAX_LENGTH = 40;

/**
 * Voter codes and short codes use 31 characters that cannot be mistaken for each other: no 0/O,
 * no 1/I/l (lower case never occurs: input is upper-cased).
 */
export const VOTER_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** 8 characters: 31^8 ≈ 8.5·10^11 ≈ 2^39.6 codes. */
export const VOTER_CODE_LENGTH = 8;
export const POLL_SHORT_CODE_LENGTH = 7;

/** Upper-cases and strips spaces and dashes, so "abcd-efgh", "ABCD EFGH" and "abcdefgh" are one code. */
export function normalizeVoterCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-‐‑–—_.]/g, '');
}

/** XXXX-XXXX, as printed on the slips. */
export function formatVoterCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

const alphabetClass = `[${VOTER_CODE_ALPHABET}]`;
export const VOTER_CODE_PATTERN = new RegExp(`^${alphabetClass}{${VOTER_CODE_LENGTH}}$`);
export const POLL_SHORT_CODE_PATTERN = new RegExp(`^${alphabetClass}{6,8}$`);

/** Every language is required for polls: pupils choose sv, fi or fit on the voting page. */
const localized = (max: number) =>
  z.object({
    sv: z.string().trim().min(1).max(max),
    fi: z.string().trim().min(1).max(max),
    fit: z.string().trim().min(1).max(max),
  });

export const pollOptionInputSchema = z.object({
  text: localized(POLL_OPTION_MAX_LENGTH),
  imageAlt: localized(POLL_IMAGE_ALT_MAX_LENGTH).nullish(),
});

const pollFieldsSchema = z.object({
  question: localized(POLL_QUESTION_MAX_LENGTH),
  description: localized(POLL_DESCRIPTION_MAX_LENGTH).nullish(),
  options: z.array(pollOptionInputSchema).min(POLL_OPTIONS_MIN).max(POLL_OPTIONS_MAX),
  opensAt: z.coerce.date(),
  closesAt: z.coerce.date(),
  liveResults: z.boolean().default(false),
  audience: z.string().trim().min(1).max(POLL_AUDIENCE_MAX_LENGTH).nullish(),
  goalIds: z.array(idSchema).max(POLL_GOALS_MAX).default([]),
  /** The dialogue the poll belongs to: null unlinks; left out (undefined) keeps the current link when updating. */
  dialogueId: idSchema.nullish(),
});

const timesInOrder = (value: { opensAt: Date; closesAt: Date }, ctx: z.RefinementCtx) => {
  if (value.closesAt.getTime() <= value.opensAt.getTime()) {
    ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'Closing must come after opening.' });
  }
};

export const createPollSchema = pollFieldsSchema.extend({ organizationId: idSchema }).superRefine(timesInOrder);
export type CreatePollInput = z.infer<typeof createPollSchema>;

export const updatePollSchema = pollFieldsSchema.superRefine(timesInOrder);
export type UpdatePollInput = z.infer<typeof updatePollSchema>;

export const issueVoterCodesSchema = z.object({
  count: z.number().int().min(1).max(VOTER_CODES_PER_CALL_MAX),
  batchLabel: z.string().trim().min(1).max(VOTER_CODE_BATCH_LABEL_MAX_LENGTH).nullish(),
});
