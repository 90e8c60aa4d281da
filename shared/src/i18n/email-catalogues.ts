import type { Locale } from '../types/locale';
import fi from './locales/fi/email.json';
import fit from './locales/fit/email.json';
import sv from './locales/sv/email.json';

/** Top-level templates, and the workshop ones as `workshops.<name>`. */
export type EmailTemplateName = Exclude<keyof typeof sv, 'workshops'> | `workshops.${keyof typeof sv.workshops}`;
export type EmailCatalogue = Record<Exclude<keyof typeof sv, 'workshops'>, { subject: string; body: string }> & {
  workshops: Record<keyof typeof sv.workshops, { subject: string; body: string }>;
};

/** E-mail texts for the server; they live with the UI strings so translators find them in one place. */
export const EMAIL_CATALOGUES: Record<Locale, EmailCatalogue> = { sv, fi, fit };
