import { z } from 'zod';
import { IdeaOrder, IdeaStatus } from '../types/enums';
import { idSchema, slugSchema } from './taxonomy';

export const IDEA_TITLE_MIN_LENGTH = 5;
export const IDEA_TITLE_MAX_LENGTH = 140;
export const IDEA_BODY_MIN_LENGTH = 20;
export const IDEA_BODY_MAX_LENGTH = 5000;
export const IDEA_GOALS_MAX = 5;
export const IDEA_PLACES_MAX = 10;
export const IDEA_SEARCH_MAX_LENGTH = 200;
export const SIMILAR_IDEAS_MAX = 10;

/** sv, fi, fit, or another ISO 639 code (two or three lower-case letters). */
export const ideaLocaleSchema = z.string().trim().regex(/^[a-z]{2,3}$/, 'locale');

export const submitIdeaSchema = z.object({
  municipalitySlug: slugSchema,
  title: z.string().trim().min(IDEA_TITLE_MIN_LENGTH).max(IDEA_TITLE_MAX_LENGTH),
  body: z.string().trim().min(IDEA_BODY_MIN_LENGTH).max(IDEA_BODY_MAX_LENGTH),
  locale: ideaLocaleSchema,
  goalIds: z.array(idSchema).min(1).max(IDEA_GOALS_MAX),
  placeIds: z.array(idSchema).max(IDEA_PLACES_MAX).default([]),
  /** A dialogue of the same municipality that takes input (see the linking rule in the API). */
  dialogueId: idSchema.nullish(),
});
export type SubmitIdeaInput = z.infer<typeof submitIdeaSchema>;

export const ideaFilterSchema = z.object({
  municipalitySlug: slugSchema,
  areaId: idSchema.nullish(),
  goalId: idSchema.nullish(),
  placeId: idSchema.nullish(),
  /** Ideas given to this dialogue. */
  dialogueId: idSchema.nullish(),
  status: z.enum(IdeaStatus).nullish(),
  originalLocale: ideaLocaleSchema.nullish(),
  /** Free text; blank means no search. */
  search: z
    .string()
    .trim()
    .max(IDEA_SEARCH_MAX_LENGTH)
    .nullish()
    .transform((value) => value || null),
});
export type IdeaFilterInput = z.infer<typeof ideaFilterSchema>;
export const ideaOrderSchema = z.enum(IdeaOrder);

/** A draft to compare with published ideas ("support this instead?"). */
export const similarIdeasSchema = z.object({
  municipalitySlug: slugSchema,
  title: z.string().trim().min(1).max(IDEA_TITLE_MAX_LENGTH),
  body: z
    .string()
    .trim()
    .max(IDEA_BODY_MAX_LENGTH)
    .nullish()
    .transform((value) => value || null),
  first: z.number().int().min(1).max(SIMILAR_IDEAS_MAX).default(5),
});
export type SimilarIdeasInput = z.infer<typeof similarIdeasSchema>;

/** Lower-cased, NFKC, whitespace collapsed: what the duplicate guard compares. */
export function normalizeIdeaText(title: string, body: string): string {
  return `${title}\n${body}`.normalize('NFKC').toLocaleLowerCase('sv').replace(/\s+/gu, ' ').trim();
}

// ---------------------------------------------------------------- personal data detectors

export type PersonalDataKind = 'PERSONAL_IDENTITY_NUMBER' | 'PHONE_NUMBER' | 'EMAIL_ADDRESS';

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The date part of a personnummer, or of a samordningsnummer (day + 60). */
function validBirthDate(years: number[], month: number, day: number): boolean {
  const d = day > 60 ? day - 60 : day;
  return years.some((year) => validDate(year, month, d));
}

const IDENTITY_NUMBER = /(?<![\d])(\d{6}|\d{8})[-+]?(\d{4})(?![\d])/gu;

/**
 * Swedish personnummer or samordningsnummer: YYYYMMDD-XXXX, YYMMDD-XXXX, YYMMDD+XXXX or the
 * digits alone (12 or 10). Only numbers with a valid date and a valid Luhn check digit count.
 */
export function containsPersonalIdentityNumber(text: string): boolean {
  for (const match of text.matchAll(IDENTITY_NUMBER)) {
    const [, datePart, tail] = match as unknown as [string, string, string];
    let years: number[];
    let short: string;
    if (datePart.length === 8) {
      const century = Number(datePart.slice(0, 2));
      if (century < 18 || century > 20) continue;
      years = [Number(datePart.slice(0, 4))];
      short = datePart.slice(2);
    } else {
      const yy = Number(datePart.slice(0, 2));
      years = [1900 + yy, 2000 + yy];
      short = datePart;
    }
    const month = Number(short.slice(2, 4));
    const day = Number(short.slice(4, 6));
    if (validBirthDate(years, month, day) && luhnValid(short + tail)) return true;
  }
  return false;
}

/** 0 + area code + subscriber number, or +46/0046 without the 0; separators spaces, hyphens, parentheses. */
const PHONE_CANDIDATE = /(?<![\w+])(?:(?:\+|00)46[\s-]?\(?0?\)?[\s-]?|0)[1-9][\d\s()-]{4,14}\d(?![\d])/gu;

export function containsPhoneNumber(text: string): boolean {
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    const raw = match[0];
    const digits = raw.replace(/\D/gu, '');
    const international = raw.startsWith('+') || raw.startsWith('00');
    // National significant number: without the leading 0 or country code.
    const national = international ? digits.replace(/^(?:00)?46/u, '').replace(/^0/u, '') : digits.slice(1);
    if (national.length >= 7 && national.length <= 9) return true;
  }
  return false;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

export function containsEmailAddress(text: string): boolean {
  return EMAIL.test(text);
}

/** The kinds of personal data found in `text`, in a fixed order; empty when none. */
export function findPersonalData(text: string): PersonalDataKind[] {
  const found: PersonalDataKind[] = [];
  if (containsPersonalIdentityNumber(text)) found.push('PERSONAL_IDENTITY_NUMBER');
  if (containsPhoneNumber(text)) found.push('PHONE_NUMBER');
  if (containsEmailAddress(text)) found.push('EMAIL_ADDRESS');
  return found;
}

export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, string> = {
  PERSONAL_IDENTITY_NUMBER: 'a personal identity number (personnummer)',
  PHONE_NUMBER: 'a phone number',
  EMAIL_ADDRESS: 'an e-mail address',
};
