import { DialogueStatus, Role } from '@medskapa/shared';
import { intlLocale } from '../../i18n/languages';
import { hasRoleIn, type Viewer } from '../accounts/useViewer';

/** Official dialogue texts are written in all three languages. */
export const DIALOGUE_LANGUAGES = ['sv', 'fi', 'fit'] as const;
export type DialogueLanguage = (typeof DIALOGUE_LANGUAGES)[number];
export type DialogueTexts = Record<DialogueLanguage, string>;
export const emptyTexts = (): DialogueTexts => ({ sv: '', fi: '', fit: '' });

/** The texts of a field by language (the API lists them as translations; MISSING ones have ""). */
export function textsOf(translations: readonly { locale: string; text: string }[] | null | undefined): DialogueTexts {
  const texts = emptyTexts();
  for (const lang of DIALOGUE_LANGUAGES) texts[lang] = translations?.find((tr) => tr.locale === lang)?.text ?? '';
  return texts;
}

/** The list's status filters, in the order of its links; "all" is the empty value. Managers also see drafts. */
export const PUBLIC_STATUS_FILTERS = [DialogueStatus.OPEN, DialogueStatus.CLOSED, DialogueStatus.REPORTED] as const;

/** The status the address's `?status=` names, or undefined for "all" (or one the reader may not filter by). */
export function readDialogueStatusFilter(params: URLSearchParams, canManage: boolean): DialogueStatus | undefined {
  const value = params.get('status') ?? '';
  if ((PUBLIC_STATUS_FILTERS as readonly string[]).includes(value)) return value as DialogueStatus;
  if (canManage && value === DialogueStatus.DRAFT) return DialogueStatus.DRAFT;
  return undefined;
}

/** Officers (and admins) of the municipality create and manage its dialogues. */
export function canManageDialogues(viewer: Viewer | null, slug: string): boolean {
  return hasRoleIn(viewer, slug, Role.OFFICER);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day `YYYY-MM-DD` for the reader ("3 maj 2026"). Read at UTC so the day never
 * shifts with the reader's time zone.
 */
export function formatDay(day: string, language: string): string {
  const locale = intlLocale(language);
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : format.format(date);
}
