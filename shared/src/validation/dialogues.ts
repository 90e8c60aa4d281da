import { z } from 'zod';
import { DialoguePhaseKind, DialogueTargetGroup } from '../types/enums';
import { decisionReferenceSchema, meetingDateSchema } from './idea-answers';
import { draftLocalizedTextSchema, machineAssistedLocalesSchema } from './localized';
import { idSchema } from './taxonomy';

export const DIALOGUE_TITLE_MAX_LENGTH = 200;
export const DIALOGUE_PURPOSE_MAX_LENGTH = 4000;
export const DIALOGUE_PROMISE_MAX_LENGTH = 2000;
export const DIALOGUE_PHASE_DESCRIPTION_MAX_LENGTH = 1000;
export const DIALOGUE_FEEDBACK_MAX_LENGTH = 8000;
export const DIALOGUE_DECISION_MAKER_MAX_LENGTH = 200;
export const DIALOGUE_DECISION_SUMMARY_MAX_LENGTH = 1000;
export const DIALOGUE_TARGET_GROUPS_MAX = 10;
export const DIALOGUE_GOALS_MAX = 20;
export const DIALOGUE_PLACES_MAX = 20;

/** The phases in the order they must come (the participation ladder). */
export const DIALOGUE_PHASE_ORDER: readonly DialoguePhaseKind[] = [
  DialoguePhaseKind.INFORM,
  DialoguePhaseKind.COLLECT,
  DialoguePhaseKind.ANALYSE,
  DialoguePhaseKind.FEEDBACK,
];

const blankAsNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** YYYY-MM-DD, a real calendar day (the same rule as decision dates). */
export const dialogueDateSchema = meetingDateSchema;

export const dialoguePhaseSchema = z.object({
  kind: z.enum(DialoguePhaseKind, { message: 'Choose INFORM, COLLECT, ANALYSE or FEEDBACK.' }),
  startsOn: dialogueDateSchema,
  endsOn: dialogueDateSchema,
  description: draftLocalizedTextSchema(DIALOGUE_PHASE_DESCRIPTION_MAX_LENGTH)
    .nullish()
    .transform((value) => value ?? null),
});
export type DialoguePhaseInputValue = z.infer<typeof dialoguePhaseSchema>;

/**
 * Each phase kind at most once, each phase ends on or after its start, and the phases follow
 * INFORM < COLLECT < ANALYSE < FEEDBACK without overlapping (the next one starts after the
 * previous one's last day). Errors name the offending phase, e.g. `phases.2.startsOn`.
 */
function phasesInOrder(phases: DialoguePhaseInputValue[], ctx: z.RefinementCtx): void {
  // A wrong date is reported by its own field; comparing it would only add noise.
  if (phases.some((phase) => !dialogueDateSchema.safeParse(phase.startsOn).success || !dialogueDateSchema.safeParse(phase.endsOn).success)) return;
  const seen = new Set<DialoguePhaseKind>();
  phases.forEach((phase, index) => {
    if (seen.has(phase.kind)) ctx.addIssue({ code: 'custom', path: [index, 'kind'], message: 'Each phase may come once.' });
    seen.add(phase.kind);
    if (phase.endsOn < phase.startsOn) ctx.addIssue({ code: 'custom', path: [index, 'endsOn'], message: 'The phase must end on or after its first day.' });
  });
  for (let index = 1; index < phases.length; index++) {
    const previous = phases[index - 1]!;
    const phase = phases[index]!;
    if (DIALOGUE_PHASE_ORDER.indexOf(phase.kind) <= DIALOGUE_PHASE_ORDER.indexOf(previous.kind)) {
      ctx.addIssue({ code: 'custom', path: [index, 'kind'], message: 'List the phases in the order inform, collect, analyse, feedback.' });
    } else if (phase.startsOn <= previous.endsOn) {
      ctx.addIssue({ code: 'custom', path: [index, 'startsOn'], message: 'A phase must start after the previous phase ends.' });
    }
  }
}

export const dialogueInputSchema = z.object({
  title: draftLocalizedTextSchema(DIALOGUE_TITLE_MAX_LENGTH),
  purpose: draftLocalizedTextSchema(DIALOGUE_PURPOSE_MAX_LENGTH),
  promise: draftLocalizedTextSchema(DIALOGUE_PROMISE_MAX_LENGTH),
  decisionMaker: z.preprocess(blankAsNull, z.string().trim().max(DIALOGUE_DECISION_MAKER_MAX_LENGTH).nullish()).transform((value) => value ?? null),
  decisionExpectedOn: z.preprocess(blankAsNull, dialogueDateSchema.nullish()).transform((value) => value ?? null),
  targetGroups: z
    .array(z.enum(DialogueTargetGroup, { message: 'Choose a known target group.' }))
    .max(DIALOGUE_TARGET_GROUPS_MAX)
    .transform((groups) => [...new Set(groups)]),
  goalIds: z
    .array(idSchema)
    .max(DIALOGUE_GOALS_MAX)
    .transform((ids) => [...new Set(ids)]),
  placeIds: z
    .array(idSchema)
    .max(DIALOGUE_PLACES_MAX)
    .transform((ids) => [...new Set(ids)]),
  phases: z.array(dialoguePhaseSchema).max(DIALOGUE_PHASE_ORDER.length).superRefine(phasesInOrder),
  machineAssistedLocales: machineAssistedLocalesSchema.nullish().transform((value) => value ?? []),
});
export type DialogueInputValue = z.infer<typeof dialogueInputSchema>;

export const dialogueFeedbackSchema = z.object({
  whatWeHeard: draftLocalizedTextSchema(DIALOGUE_FEEDBACK_MAX_LENGTH),
  whatHappensNow: draftLocalizedTextSchema(DIALOGUE_FEEDBACK_MAX_LENGTH),
  machineAssistedLocales: machineAssistedLocalesSchema.nullish().transform((value) => value ?? []),
});
export type DialogueFeedbackValue = z.infer<typeof dialogueFeedbackSchema>;

/** A council decision: the idea decision rules (body, date, §, Dnr, https link) plus a short summary. */
export const dialogueDecisionSchema = decisionReferenceSchema.extend({
  summary: draftLocalizedTextSchema(DIALOGUE_DECISION_SUMMARY_MAX_LENGTH)
    .nullish()
    .transform((value) => value ?? null),
});
export type DialogueDecisionValue = z.infer<typeof dialogueDecisionSchema>;
