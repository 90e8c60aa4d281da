import {
  DIALOGUE_DECISION_MAKER_MAX_LENGTH,
  DIALOGUE_GOALS_MAX,
  DIALOGUE_PHASE_DESCRIPTION_MAX_LENGTH,
  DIALOGUE_PHASE_ORDER,
  DIALOGUE_PLACES_MAX,
  DIALOGUE_PROMISE_MAX_LENGTH,
  DIALOGUE_PURPOSE_MAX_LENGTH,
  DIALOGUE_TARGET_GROUPS_MAX,
  DIALOGUE_TITLE_MAX_LENGTH,
  dialogueInputSchema,
  ErrorCode,
  type DialoguePhaseKind,
  type DialogueTargetGroup,
} from '@medskapa/shared';
import type { CombinedError } from 'urql';
import { errorMessageKey, hasErrorCode, retryAfterSeconds, serverFieldErrors } from '../../graphql/errors';
import type { Translate } from '../../i18n/translate';
import type { FormError } from '../../ui/form/useFormErrors';
import { waitMessage } from '../accounts/validation';
import { DIALOGUE_LANGUAGES, emptyTexts, type DialogueLanguage, type DialogueTexts } from './dialogueFormat';

export const TEXT_FIELDS = ['title', 'purpose', 'promise'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const TEXT_MAX: Record<TextField, number> = {
  title: DIALOGUE_TITLE_MAX_LENGTH,
  purpose: DIALOGUE_PURPOSE_MAX_LENGTH,
  promise: DIALOGUE_PROMISE_MAX_LENGTH,
};

export interface PhaseDraft {
  included: boolean;
  startsOn: string;
  endsOn: string;
  description: DialogueTexts;
}

export interface DialogueDraft {
  title: DialogueTexts;
  purpose: DialogueTexts;
  promise: DialogueTexts;
  machineAssisted: Record<'fi' | 'fit', boolean>;
  decisionMaker: string;
  decisionExpectedOn: string;
  targetGroups: DialogueTargetGroup[];
  goalIds: string[];
  placeIds: string[];
  phases: Record<DialoguePhaseKind, PhaseDraft>;
}

export const emptyPhase = (): PhaseDraft => ({ included: false, startsOn: '', endsOn: '', description: emptyTexts() });

export function emptyDraft(): DialogueDraft {
  return {
    title: emptyTexts(),
    purpose: emptyTexts(),
    promise: emptyTexts(),
    machineAssisted: { fi: false, fit: false },
    decisionMaker: '',
    decisionExpectedOn: '',
    targetGroups: [],
    goalIds: [],
    placeIds: [],
    phases: Object.fromEntries(DIALOGUE_PHASE_ORDER.map((kind) => [kind, emptyPhase()])) as Record<DialoguePhaseKind, PhaseDraft>,
  };
}

type LocalizedInput = { sv: string; fi: string | null; fit: string | null };

/** A text as LocalizedTextInput: languages left empty go as null. */
function localized(texts: DialogueTexts): LocalizedInput {
  return { sv: texts.sv, fi: texts.fi.trim() ? texts.fi : null, fit: texts.fit.trim() ? texts.fit : null };
}

/** The kinds of the phases that are sent, in order: `phases.<index>` of the API names one of these. */
export function includedKinds(draft: DialogueDraft): DialoguePhaseKind[] {
  return DIALOGUE_PHASE_ORDER.filter((kind) => draft.phases[kind].included);
}

/** The draft as the API's DialogueInput. */
export function draftToInput(draft: DialogueDraft) {
  return {
    title: localized(draft.title),
    purpose: localized(draft.purpose),
    promise: localized(draft.promise),
    decisionMaker: draft.decisionMaker.trim() ? draft.decisionMaker : null,
    decisionExpectedOn: draft.decisionExpectedOn || null,
    targetGroups: draft.targetGroups,
    goalIds: draft.goalIds,
    placeIds: draft.placeIds,
    phases: includedKinds(draft).map((kind) => {
      const phase = draft.phases[kind];
      const hasDescription = DIALOGUE_LANGUAGES.some((lang) => phase.description[lang].trim() !== '');
      return { kind, startsOn: phase.startsOn, endsOn: phase.endsOn, description: hasDescription ? localized(phase.description) : null };
    }),
    machineAssistedLocales: (['fi', 'fit'] as const).filter((lang) => draft.machineAssisted[lang]),
  };
}

export type DialogueInputDraft = ReturnType<typeof draftToInput>;

/** The form's field for a path of the input (`['phases', 1, 'endsOn']` → `phase-COLLECT-endsOn`). */
export function dialogueFieldOfPath(path: readonly (string | number)[], kinds: readonly DialoguePhaseKind[]): string {
  const [head, second, third, fourth] = path;
  const lang = (value: unknown) => (typeof value === 'string' && (DIALOGUE_LANGUAGES as readonly string[]).includes(value) ? value : 'sv');
  switch (head) {
    case 'title':
    case 'purpose':
    case 'promise':
      return `${head}-${lang(second)}`;
    case 'phases': {
      const kind = second === undefined ? undefined : kinds[Number(second)];
      if (!kind) return 'phases';
      if (third === 'description') return `phase-${kind}-description-${lang(fourth)}`;
      if (third === 'startsOn' || third === 'endsOn') return `phase-${kind}-${third}`;
      return `phase-${kind}-included`;
    }
    default:
      return String(head ?? '');
  }
}

/** Every field of the form, top to bottom (the summary reads in this order). */
export function dialogueFieldOrder(): string[] {
  const texts = (name: string) => DIALOGUE_LANGUAGES.map((lang) => `${name}-${lang}`);
  return [
    ...texts('title'),
    ...texts('purpose'),
    ...texts('promise'),
    'decisionMaker',
    'decisionExpectedOn',
    'targetGroups',
    'goalIds',
    'placeIds',
    'phases',
    ...DIALOGUE_PHASE_ORDER.flatMap((kind) => [
      `phase-${kind}-included`,
      `phase-${kind}-startsOn`,
      `phase-${kind}-endsOn`,
      ...texts(`phase-${kind}-description`),
    ]),
  ];
}

type Problem = 'required' | 'tooLong' | 'invalid';

/** The message for a problem with a field, in the reader's language. */
export function dialogueFieldMessage(t: Translate, field: string, problem: Problem, issueMessage = ''): string {
  const parts = field.split('-');
  const last = parts[parts.length - 1] as DialogueLanguage;
  const language = (DIALOGUE_LANGUAGES as readonly string[]).includes(last) ? t(`dialogues:languages.${last}`) : '';
  const head = parts[0] as string;
  if ((TEXT_FIELDS as readonly string[]).includes(head)) {
    const name = t(`dialogues:fields.${head as TextField}`);
    if (problem === 'tooLong') return t('dialogues:form.errors.tooLong', { field: name, max: TEXT_MAX[head as TextField] });
    return t('dialogues:form.errors.required', { field: name, language });
  }
  if (head === 'phase') {
    const kind = parts[1] as DialoguePhaseKind;
    const phase = t(`dialogues:phase.${kind}`);
    const which = parts[2];
    if (which === 'description') return t('dialogues:form.errors.phaseDescription', { phase, language, max: DIALOGUE_PHASE_DESCRIPTION_MAX_LENGTH });
    if (which === 'endsOn') {
      return problem === 'required' ? t('dialogues:form.errors.endsOnRequired', { phase }) : t('dialogues:form.errors.endsOnOrder', { phase });
    }
    if (which === 'startsOn') {
      if (problem === 'required') return t('dialogues:form.errors.startsOnRequired', { phase });
      return /previous|after/i.test(issueMessage) ? t('dialogues:form.errors.startsOnOverlap', { phase }) : t('dialogues:form.errors.dateInvalid');
    }
    return t('dialogues:form.errors.phaseOrder');
  }
  switch (field) {
    case 'decisionMaker':
      return t('dialogues:form.errors.decisionMaker', { max: DIALOGUE_DECISION_MAKER_MAX_LENGTH });
    case 'decisionExpectedOn':
      return t('dialogues:form.errors.dateInvalid');
    case 'targetGroups':
      return t('dialogues:form.errors.targetGroups', { max: DIALOGUE_TARGET_GROUPS_MAX });
    case 'goalIds':
      return t('dialogues:form.errors.goalIds', { max: DIALOGUE_GOALS_MAX });
    case 'placeIds':
      return t('dialogues:form.errors.placeIds', { max: DIALOGUE_PLACES_MAX });
    case 'phases':
      return t('dialogues:form.errors.phases');
    default:
      return t('accounts:validation.other.invalid');
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);
}

function ordered(byField: Map<string, string>): FormError[] {
  const order = dialogueFieldOrder();
  const known = order.filter((f) => byField.has(f)).map((field) => ({ field, message: byField.get(field)! }));
  const rest = [...byField].filter(([f]) => !order.includes(f)).map(([, message]) => ({ message }));
  return [...known, ...rest];
}

/** Checks the draft with the shared schema the API runs: one message per field, in the form's order. */
export function validateDialogue(t: Translate, draft: DialogueDraft): { ok: true; input: DialogueInputDraft } | { ok: false; errors: FormError[] } {
  const input = draftToInput(draft);
  const kinds = includedKinds(draft);
  const result = dialogueInputSchema.safeParse(input);
  if (result.success) return { ok: true, input };
  const byField = new Map<string, string>();
  for (const issue of result.error.issues) {
    const path = issue.path as (string | number)[];
    const field = dialogueFieldOfPath(path, kinds);
    if (byField.has(field)) continue;
    const value = valueAt(input, path);
    const problem: Problem =
      (typeof value === 'string' && value.trim() === '') || value === undefined || value === null
        ? 'required'
        : issue.code === 'too_big'
          ? 'tooLong'
          : 'invalid';
    byField.set(field, dialogueFieldMessage(t, field, problem, issue.message));
  }
  return { ok: false, errors: ordered(byField) };
}

/** A refused create/update as form errors: each `extensions.fields` path beside its field; the rest at the top. */
export function dialogueServerErrors(t: Translate, error: CombinedError, kinds: readonly DialoguePhaseKind[]): FormError[] {
  const byField = new Map<string, string>();
  for (const fieldError of serverFieldErrors(error)) {
    const parts = fieldError.path.split('.');
    const path = (parts[0] === 'input' ? parts.slice(1) : parts).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const field = dialogueFieldOfPath(path, kinds);
    if (!field || byField.has(field)) continue;
    // A text the API asks for in a language (an open dialogue cannot lose one) reads as "required".
    const isText = (TEXT_FIELDS as readonly string[]).includes(String(path[0])) || path[2] === 'description';
    byField.set(field, dialogueFieldMessage(t, field, isText ? 'required' : 'invalid', fieldError.message));
  }
  if (byField.size > 0) return ordered(byField);
  if (hasErrorCode(error, ErrorCode.CONFLICT)) return [{ message: t('dialogues:form.reported') }];
  if (hasErrorCode(error, ErrorCode.FORBIDDEN)) return [{ message: t('dialogues:form.forbidden') }];
  const key = errorMessageKey(error);
  if (key === ErrorCode.RATE_LIMITED) return [{ message: waitMessage(t, retryAfterSeconds(error)) }];
  return [{ message: t(`errors:${key}`) }];
}
