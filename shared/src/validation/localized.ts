import { z } from 'zod';
import { LOCALES, type Locale } from '../types/locale';
import { type LocalizedText, type TranslationEntry } from '../types/localized-text';
import { TranslationStatus } from '../types/enums';

/**
 * Official content while it is being written (dialogues, surveys): Swedish is required, Finnish
 * and Meänkieli may still be missing in a draft; publishing requires every language (see
 * missingLocales). Empty strings count as missing.
 */
export const draftLocalizedTextSchema = (max: number) =>
  z.object({
    sv: z.string().trim().min(1).max(max),
    fi: z.string().trim().max(max).nullish().transform((value) => value || null),
    fit: z.string().trim().max(max).nullish().transform((value) => value || null),
  });

export type DraftLocalizedTextInput = z.infer<ReturnType<typeof draftLocalizedTextSchema>>;

/** Locales that a translator marked as machine-assisted (not yet reviewed by a person). */
export const machineAssistedLocalesSchema = z.array(z.enum(LOCALES)).max(LOCALES.length).default([]);

/** Stores a draft text: each present language REVIEWED unless listed as machine-assisted. */
export function toLocalizedText(input: DraftLocalizedTextInput, machineAssisted: readonly Locale[] = []): LocalizedText {
  const result: LocalizedText = {};
  for (const locale of LOCALES) {
    const text = input[locale];
    if (text) {
      const status = machineAssisted.includes(locale) ? TranslationStatus.MACHINE_ASSISTED : TranslationStatus.REVIEWED;
      result[locale] = { text, status } as TranslationEntry;
    }
  }
  return result;
}

/** The languages a text lacks. */
export function missingLocales(text: LocalizedText | null | undefined): Locale[] {
  return LOCALES.filter((locale) => !text?.[locale]?.text?.trim());
}
