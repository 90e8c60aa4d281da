import { EMAIL_CATALOGUES, type EmailTemplateName, FALLBACK_CHAIN, type Locale } from '@medskapa/shared';

function interpolate(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => vars[name] ?? match);
}

/** The e-mail in the recipient's language, following the same fallback chain as the UI. */
export function renderEmail(template: EmailTemplateName, locale: Locale, vars: Record<string, string>) {
  const entry =
    FALLBACK_CHAIN[locale].map((l) => EMAIL_CATALOGUES[l][template]).find((e) => e?.subject) ?? EMAIL_CATALOGUES.sv[template];
  return { subject: interpolate(entry.subject, vars), body: interpolate(entry.body, vars) };
}
