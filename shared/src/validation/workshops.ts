import { z } from 'zod';
import { LOCALES } from '../types/locale';
import { idSchema } from './taxonomy';

export const WORKSHOP_TITLE_MIN_LENGTH = 2;
export const WORKSHOP_TITLE_MAX_LENGTH = 200;
export const WORKSHOP_DESCRIPTION_MAX_LENGTH = 5000;
export const WORKSHOP_VENUE_MIN_LENGTH = 2;
export const WORKSHOP_VENUE_MAX_LENGTH = 200;
export const WORKSHOP_GOALS_MAX = 10;
export const WORKSHOP_SIGNUP_LIMIT_MAX = 1000;
/** A workshop lasts at most a day. */
export const WORKSHOP_MAX_DURATION_MS = 24 * 60 * 60 * 1000;
export const WORKSHOP_CANCEL_REASON_MAX_LENGTH = 1000;
export const WORKSHOP_SIGNUP_NAME_MIN_LENGTH = 2;
export const WORKSHOP_SIGNUP_NAME_MAX_LENGTH = 100;
export const WORKSHOP_MESSAGE_SUBJECT_MAX_LENGTH = 150;
export const WORKSHOP_MESSAGE_BODY_MAX_LENGTH = 5000;

export const workshopLocaleSchema = z.enum(LOCALES);

const title = z.string().trim().min(WORKSHOP_TITLE_MIN_LENGTH).max(WORKSHOP_TITLE_MAX_LENGTH);
/** Empty means none. */
const description = z
  .string()
  .trim()
  .max(WORKSHOP_DESCRIPTION_MAX_LENGTH)
  .nullish()
  .transform((value) => (value ? value : null));

export const workshopTranslationSchema = z.object({
  locale: workshopLocaleSchema,
  title,
  description,
});

const workshopFieldsSchema = z.object({
  title,
  description,
  originalLocale: workshopLocaleSchema,
  translations: z.array(workshopTranslationSchema).max(LOCALES.length).nullish().transform((value) => value ?? []),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  venue: z.string().trim().min(WORKSHOP_VENUE_MIN_LENGTH).max(WORKSHOP_VENUE_MAX_LENGTH),
  placeId: idSchema.nullish().transform((value) => value ?? null),
  goalIds: z.array(idSchema).max(WORKSHOP_GOALS_MAX).nullish().transform((value) => [...new Set(value ?? [])]),
  signupEnabled: z.boolean().default(false),
  signupLimit: z.number().int().min(1).max(WORKSHOP_SIGNUP_LIMIT_MAX).nullish().transform((value) => value ?? null),
  /** The dialogue the workshop belongs to: null unlinks; left out (undefined) keeps the current link when updating. */
  dialogueId: idSchema.nullish(),
});

const rules = (value: z.infer<typeof workshopFieldsSchema>, ctx: z.RefinementCtx) => {
  if (Number.isNaN(value.startsAt.getTime()) || Number.isNaN(value.endsAt.getTime())) return;
  const length = value.endsAt.getTime() - value.startsAt.getTime();
  if (length <= 0) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end must come after the start.' });
  else if (length > WORKSHOP_MAX_DURATION_MS) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'A workshop lasts at most 24 hours.' });
  const seen = new Set<string>();
  value.translations.forEach((translation, index) => {
    if (translation.locale === value.originalLocale) {
      ctx.addIssue({ code: 'custom', path: ['translations', index, 'locale'], message: 'The original language is given in title and description.' });
    } else if (seen.has(translation.locale)) {
      ctx.addIssue({ code: 'custom', path: ['translations', index, 'locale'], message: 'One translation per language.' });
    }
    seen.add(translation.locale);
  });
};

export const createWorkshopSchema = workshopFieldsSchema.extend({ organizationId: idSchema }).superRefine(rules);
export type CreateWorkshopInput = z.infer<typeof createWorkshopSchema>;

export const updateWorkshopSchema = workshopFieldsSchema.superRefine(rules);
export type UpdateWorkshopInput = z.infer<typeof updateWorkshopSchema>;

export const cancelWorkshopSchema = z.object({
  reason: z.string().trim().min(2).max(WORKSHOP_CANCEL_REASON_MAX_LENGTH),
});

/** Signed-out sign-ups give a name and an address; signed-in ones only (optionally) a language. */
export const workshopSignupSchema = z.object({
  name: z
    .string()
    .trim()
    .min(WORKSHOP_SIGNUP_NAME_MIN_LENGTH)
    .max(WORKSHOP_SIGNUP_NAME_MAX_LENGTH)
    .regex(/^[^\p{Cc}<>]*$/u, 'Letters, spaces and punctuation only.'),
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email()),
  locale: workshopLocaleSchema.default('sv'),
});
export type WorkshopSignupInput = z.infer<typeof workshopSignupSchema>;

export const workshopMessageSchema = z.object({
  subject: z.string().trim().min(2).max(WORKSHOP_MESSAGE_SUBJECT_MAX_LENGTH).regex(/^[^\p{Cc}]*$/u, 'One line of text.'),
  body: z.string().trim().min(2).max(WORKSHOP_MESSAGE_BODY_MAX_LENGTH),
});

/** Cancel links carry 32 random bytes, base64url. */
export const workshopSignupTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Not a cancel link from an e-mail.');
