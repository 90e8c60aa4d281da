import { z } from 'zod';
import { LOCALES } from '../types/locale';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const DISPLAY_NAME_MAX_LENGTH = 80;
/** Accounts are for people aged 13 and over (younger pupils vote with one-time codes instead). */
export const MINIMUM_AGE = 13;

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const displayNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(DISPLAY_NAME_MAX_LENGTH)
  .regex(/^[^\p{Cc}<>]*$/u, 'displayName');

export const localeSchema = z.enum(LOCALES);

export function birthYearSchema(now: Date = new Date()) {
  const year = now.getUTCFullYear();
  return z
    .number()
    .int()
    .min(year - 120)
    .max(year - MINIMUM_AGE);
}

export const registerSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
  locale: localeSchema,
  birthYear: birthYearSchema().nullish(),
  homePlaceId: z.uuid().nullish(),
  municipalitySlug: z.string().trim().min(1).max(64).nullish(),
});
export type RegisterInput = z.infer<typeof registerSchema>;

export const updateProfileSchema = z.object({
  displayName: displayNameSchema.optional(),
  locale: localeSchema.optional(),
  birthYear: birthYearSchema().nullish(),
  homePlaceId: z.uuid().nullish(),
});
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

export const loginSchema = z.object({ email: emailSchema, password: z.string().min(1).max(PASSWORD_MAX_LENGTH) });

/** Opaque tokens we send by e-mail or set as cookies: base64url, 43 characters for 32 random bytes. */
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, 'token');
