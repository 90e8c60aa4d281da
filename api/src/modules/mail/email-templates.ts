import { EMAIL_CATALOGUES, type EmailTemplateName, FALLBACK_CHAIN, type Locale } from '@medskapa/shared';

function interpolate(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => vars[name] ?? match);
}

/** A template by name; `workshops.<name>` for those grouped under `workshops`. */
function entryOf(locale: Locale, template: EmailTemplateName): { subject: string; body: string } | undefined {
  const catalogue = EMAIL_CATALOGUES[locale];
  if (template.startsWith('workshops.')) return catalogue.workshops[template.slice('workshops.'.length) as keyof typeof catalogue.workshops];
  return catalogue[template as Exclude<EmailTemplateName, `workshops.${string}`>];
}

/** The e-mail in the recipient's language, following the same fallback chain as the UI. */
export function renderEmail(template: EmailTemplateName, locale: Locale, vars: Record<string, string>) {
  const entry = FALLBACK_CHAIN[locale].map((l) => entryOf(l, template)).find((e) => e?.subject) ?? entryOf('sv', template)!;
  return { subject: interpolate(entry.subject, vars), body: interpolate(entry.body, vars) };
}
