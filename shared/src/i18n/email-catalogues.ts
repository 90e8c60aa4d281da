import type { Locale } from '../types/locale';
import fi from './locales/fi/email.json';
import fit from './locales/fit/email.json';
import sv from './locales/sv/email.json';

export type EmailTemplateName = keyof typeof sv;
export type EmailCatalogue = Record<EmailTemplateName, { subject: string; body: string }>;

/** E-mail texts for the server; they live with the UI strings so translators find them in one place. */
export const EMAIL_CATALOGUES: Record<Locale, EmailCatalogue> = { sv, fi, fit };
