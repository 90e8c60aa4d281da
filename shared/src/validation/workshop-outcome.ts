import { z } from 'zod';
import { AgeGroup, ParticipantGender } from '../types/enums';
import { idSchema } from './taxonomy';

export const WORKSHOP_INPUT_TEXT_MAX_LENGTH = 2000;
export const WORKSHOP_INPUTS_PER_CALL_MAX = 200;
export const WORKSHOP_INPUT_GOALS_MAX = 5;
export const WORKSHOP_PARTICIPANT_COUNT_MAX = 10_000;
export const WORKSHOP_DOT_VOTES_MAX = 1000;
/** Photos of flip charts: at most this many bytes as uploaded (the server answers 413 above it). */
export const WORKSHOP_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** Decoding refuses images with more pixels than this (a "decompression bomb" guard). */
export const WORKSHOP_ATTACHMENT_MAX_INPUT_PIXELS = 40_000_000;
/** Stored photos are scaled down to at most this many pixels on the long side. */
export const WORKSHOP_ATTACHMENT_MAX_SIDE = 2560;
export const WORKSHOP_ATTACHMENT_ALT_MAX_LENGTH = 300;
export const WORKSHOP_ATTACHMENTS_MAX = 50;
export const WORKSHOP_ATTACHMENT_CONTENT_TYPES = ['image/jpeg', 'image/png'] as const;

/** One cell of the participant table: how many of an age group and gender took part. */
export const workshopParticipantCountInputSchema = z.object({
  ageGroup: z.enum(AgeGroup),
  gender: z.enum(ParticipantGender),
  count: z.number().int().min(0).max(WORKSHOP_PARTICIPANT_COUNT_MAX),
});
export type WorkshopParticipantCountInput = z.infer<typeof workshopParticipantCountInputSchema>;

const onlyOneWeight = (value: { priority?: number | null; dotVotes?: number | null }, ctx: z.RefinementCtx) => {
  if (value.priority != null && value.dotVotes != null) {
    ctx.addIssue({ code: 'custom', path: ['dotVotes'], message: 'Give a priority or dot votes, not both.' });
  }
};

const inputFields = {
  text: z.string().trim().min(1).max(WORKSHOP_INPUT_TEXT_MAX_LENGTH),
  /** Målbilder of the municipality's strategies; checked against the database by the API. */
  goalIds: z
    .array(idSchema)
    .max(WORKSHOP_INPUT_GOALS_MAX)
    .nullish()
    .transform((ids) => [...new Set(ids ?? [])]),
  /** 1 (highest) to 3. */
  priority: z.number().int().min(1).max(3).nullish().transform((v) => v ?? null),
  dotVotes: z.number().int().min(0).max(WORKSHOP_DOT_VOTES_MAX).nullish().transform((v) => v ?? null),
  /** A place of the municipality the input is about, when not the workshop's own. */
  placeId: idSchema.nullish().transform((v) => v ?? null),
};

/** One input as captured on a device; clientId is generated there and makes retries harmless. */
export const workshopInputInputSchema = z.object({ clientId: idSchema, ...inputFields }).superRefine(onlyOneWeight);
export type WorkshopInputInput = z.infer<typeof workshopInputInputSchema>;

/** Editing an input before the outcome is published: every field is replaced. */
export const updateWorkshopInputSchema = z.object(inputFields).superRefine(onlyOneWeight);
export type UpdateWorkshopInputInput = z.infer<typeof updateWorkshopInputSchema>;

/**
 * One submission from a facilitator's device. clientMutationId (a uuid from the device) makes a
 * replay of the whole submission a no-op; each input's clientId makes an input land once.
 * Participant cells are SET: a given cell replaces that cell, omitted cells stay as they are.
 */
export const workshopOutcomeInputSchema = z
  .object({
    clientMutationId: idSchema,
    participants: z
      .array(workshopParticipantCountInputSchema)
      .max(Object.keys(AgeGroup).length * Object.keys(ParticipantGender).length)
      .nullish()
      .transform((cells) => cells ?? []),
    inputs: z
      .array(workshopInputInputSchema)
      .max(WORKSHOP_INPUTS_PER_CALL_MAX)
      .nullish()
      .transform((inputs) => inputs ?? []),
  })
  .superRefine((value, ctx) => {
    const cells = new Set<string>();
    value.participants.forEach((cell, index) => {
      const key = `${cell.ageGroup}:${cell.gender}`;
      if (cells.has(key)) ctx.addIssue({ code: 'custom', path: ['participants', index], message: 'This age group and gender is already given.' });
      cells.add(key);
    });
    const clientIds = new Set<string>();
    value.inputs.forEach((input, index) => {
      if (clientIds.has(input.clientId)) ctx.addIssue({ code: 'custom', path: ['inputs', index, 'clientId'], message: 'Each input needs its own clientId.' });
      clientIds.add(input.clientId);
    });
    if (value.participants.length === 0 && value.inputs.length === 0) {
      ctx.addIssue({ code: 'custom', path: [], message: 'Give participant counts or inputs.' });
    }
  });
export type WorkshopOutcomeInput = z.infer<typeof workshopOutcomeInputSchema>;

/** The x-alt-text header of a photo upload (URI-encoded by the client); blank means none. */
export const workshopAttachmentAltTextSchema = z
  .string()
  .trim()
  .max(WORKSHOP_ATTACHMENT_ALT_MAX_LENGTH)
  .nullish()
  .transform((v) => (v ? v : null));
