import { z } from 'zod';
import { IdeaStatus } from '../types/enums';
import { LOCALES, type Locale } from '../types/locale';
import { idSchema } from './taxonomy';

/**
 * Sweden's national minority languages (lag 2009:724 om nationella minoriteter och
 * minoritetsspråk) as ISO 639 codes: Finnish, Meänkieli, the Sami languages (North, South, Lule,
 * Pite, Ume, and the macrolanguage), Romani chib (macrolanguage, Kalo Finnish, Vlax) and Yiddish.
 * Kalix is in the administrative areas for Finnish and Meänkieli.
 */
export const NATIONAL_MINORITY_LANGUAGES = ['fi', 'fit', 'se', 'sma', 'smj', 'sje', 'sju', 'smi', 'rom', 'rmf', 'rmy', 'rmu', 'yi', 'yid'] as const;

export function isNationalMinorityLanguage(locale: string): boolean {
  return (NATIONAL_MINORITY_LANGUAGES as readonly string[]).includes(locale);
}

/** The statuses an officer's answer may set. */
export const RESPONSE_STATUSES = [
  IdeaStatus.ANSWERED,
  IdeaStatus.PLANNED,
  IdeaStatus.IN_PROGRESS,
  IdeaStatus.IMPLEMENTED,
  IdeaStatus.NOT_PLANNED,
] as const;

export const RESPONSE_BODY_MIN_LENGTH = 10;
export const RESPONSE_BODY_MAX_LENGTH = 5000;
export const DECISION_BODY_MIN_LENGTH = 2;
export const DECISION_BODY_MAX_LENGTH = 100;
export const DECISION_URL_MAX_LENGTH = 2000;
export const BULK_RESPONSE_MAX = 100;
export const ANSWER_TEMPLATE_NAME_MIN_LENGTH = 2;
export const ANSWER_TEMPLATE_NAME_MAX_LENGTH = 100;
export const SUPPORT_THRESHOLD_MAX = 100_000;
export const SUPPORT_THRESHOLD_PER_MILLE_MAX = 100;
export const POPULATION_MAX = 10_000_000;

const blankAsNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

export const responseLocaleSchema = z.enum(LOCALES, { message: 'Choose sv, fi or fit.' });
const responseBodySchema = z.string().trim().min(RESPONSE_BODY_MIN_LENGTH).max(RESPONSE_BODY_MAX_LENGTH);

// ---------------------------------------------------------------- decision references

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** YYYY-MM-DD with a real calendar date (no 30 February), years 1900–2199. */
export const meetingDateSchema = z
  .string()
  .trim()
  .regex(/^(19|20|21)\d{2}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD.')
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    return validDate(year, month, day);
  }, 'Not a calendar date.');

const PARAGRAPH = /^(?:§\s*)?0*(\d{1,4})(?:\s*\/\s*(\d{2}|\d{4}))?$/u;

/**
 * A minutes paragraph as "§ 45": accepts "45", "§45", "§ 45" and a committee's "§ 109/23".
 * Null when it is not one.
 */
export function normalizeParagraph(raw: string): string | null {
  const match = PARAGRAPH.exec(raw.trim());
  if (!match || Number(match[1]) === 0) return null;
  return `§ ${Number(match[1])}${match[2] ? `/${match[2]}` : ''}`;
}

const DIARY_NUMBER = /^(\d{4})-(\d{1,6})(?: (\d{1,4}))?$/u;

/**
 * A diarienummer as Kalix writes it: year, serial and an optional filing-plan code, e.g.
 * "2023-00439" or "2023-00439 103". Accepts a leading "Dnr" / "Dnr:", an en dash for the hyphen
 * and extra spaces ("Dnr: 2022–00342"). Null when it is not one.
 */
export function normalizeDiaryNumber(raw: string): string | null {
  const cleaned = raw
    .trim()
    .replace(/^dnr\.?\s*:?\s*/iu, '')
    .replace(/\s*[‐‑‒–—-]\s*/gu, '-')
    .replace(/\s+/gu, ' ');
  return DIARY_NUMBER.test(cleaned) ? cleaned : null;
}

/** https only: links go to the municipality's published minutes. */
export const httpsUrlSchema = z
  .string()
  .trim()
  .max(DECISION_URL_MAX_LENGTH)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'Give an https:// address.');

export const decisionReferenceSchema = z.object({
  body: z.string().trim().min(DECISION_BODY_MIN_LENGTH).max(DECISION_BODY_MAX_LENGTH),
  meetingDate: meetingDateSchema,
  paragraph: z
    .string()
    .transform((value, ctx) => {
      const normalized = normalizeParagraph(value);
      if (!normalized) {
        ctx.addIssue({ code: 'custom', message: 'Write the paragraph as "§ 45" or "45".' });
        return z.NEVER;
      }
      return normalized;
    }),
  diaryNumber: z
    .string()
    .transform((value, ctx) => {
      const normalized = normalizeDiaryNumber(value);
      if (!normalized) {
        ctx.addIssue({ code: 'custom', message: 'Write the diarienummer as "2023-00439" or "2023-00439 103".' });
        return z.NEVER;
      }
      return normalized;
    }),
  url: z.preprocess(blankAsNull, httpsUrlSchema.nullish()).transform((value) => value ?? null),
});
export type DecisionReferenceInput = z.infer<typeof decisionReferenceSchema>;

// ---------------------------------------------------------------- answers

/** The answer in its original language plus translations into the other two. */
const localizedBodyShape = {
  body: responseBodySchema,
  bodyLocale: z.preprocess((value) => value ?? 'sv', responseLocaleSchema),
  translations: z
    .array(z.object({ locale: responseLocaleSchema, body: responseBodySchema }))
    .max(LOCALES.length - 1)
    .nullish()
    .transform((value) => value ?? []),
};

function oneTextPerLanguage(value: { bodyLocale: Locale; translations: Array<{ locale: Locale }> }, ctx: z.RefinementCtx): void {
  const seen = new Set<Locale>([value.bodyLocale]);
  value.translations.forEach((translation, index) => {
    if (seen.has(translation.locale)) {
      ctx.addIssue({ code: 'custom', path: ['translations', index, 'locale'], message: 'One text per language.' });
    }
    seen.add(translation.locale);
  });
}

export const ideaResponseSchema = z
  .object({
    status: z.enum(RESPONSE_STATUSES, { message: 'Choose ANSWERED, PLANNED, IN_PROGRESS, IMPLEMENTED or NOT_PLANNED.' }),
    ...localizedBodyShape,
    decision: decisionReferenceSchema.nullish().transform((value) => value ?? null),
  })
  .superRefine(oneTextPerLanguage);
export type IdeaResponseInput = z.infer<typeof ideaResponseSchema>;

export const bulkIdeaIdsSchema = z
  .array(idSchema)
  .min(1)
  .max(BULK_RESPONSE_MAX)
  .transform((ids) => [...new Set(ids)]);

/** { sv: "…", fi: "…" } from an answer's original text and translations. */
export function bodyByLocale(input: { body: string; bodyLocale: Locale; translations: Array<{ locale: Locale; body: string }> }): Partial<Record<Locale, string>> {
  const body: Partial<Record<Locale, string>> = { [input.bodyLocale]: input.body };
  for (const translation of input.translations) body[translation.locale] = translation.body;
  return body;
}

// ---------------------------------------------------------------- templates

export const answerTemplateSchema = z
  .object({
    name: z.string().trim().min(ANSWER_TEMPLATE_NAME_MIN_LENGTH).max(ANSWER_TEMPLATE_NAME_MAX_LENGTH),
    ...localizedBodyShape,
    status: z
      .enum(RESPONSE_STATUSES, { message: 'Choose ANSWERED, PLANNED, IN_PROGRESS, IMPLEMENTED or NOT_PLANNED.' })
      .nullish()
      .transform((value) => value ?? null),
  })
  .superRefine(oneTextPerLanguage);
export type AnswerTemplateInput = z.infer<typeof answerTemplateSchema>;

// ---------------------------------------------------------------- municipality settings

/** Hundredths only, so that the effective count is exact. */
const perMilleSchema = z
  .number()
  .positive()
  .max(SUPPORT_THRESHOLD_PER_MILLE_MAX)
  .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, 'At most two decimals.');

/** Fields left out stay as they are; null clears. */
export const ideaSettingsSchema = z.object({
  population: z.number().int().positive().max(POPULATION_MAX).nullish(),
  supportThreshold: z.number().int().positive().max(SUPPORT_THRESHOLD_MAX).nullish(),
  supportThresholdPerMille: perMilleSchema.nullish(),
  minorityLanguageExempt: z.boolean().nullish(),
});
export type IdeaSettingsInput = z.infer<typeof ideaSettingsSchema>;

export interface IdeaSettingsValues {
  population: number | null;
  supportThreshold: number | null;
  supportThresholdPerMille: number | null;
}

/**
 * The supports an idea needs: the count when set, else per mille of the population rounded up
 * (3 ‰ of 15 400 → 47); null when there is no threshold. Computed in hundredths of a per mille
 * so that it matches PostgreSQL's exact ceil(per_mille * population / 1000).
 */
export function effectiveSupportThreshold(settings: IdeaSettingsValues): number | null {
  if (settings.supportThreshold != null) return settings.supportThreshold;
  if (settings.supportThresholdPerMille == null || settings.population == null) return null;
  const hundredths = Math.round(settings.supportThresholdPerMille * 100);
  const scaled = hundredths * settings.population;
  return Math.floor(scaled / 100_000) + (scaled % 100_000 === 0 ? 0 : 1);
}
