import { TranslationStatus } from './enums';
import { FALLBACK_CHAIN, LOCALES, type Locale } from './locale';

export interface TranslationEntry {
  text: string;
  status: TranslationStatus.REVIEWED | TranslationStatus.MACHINE_ASSISTED;
}

/** Official multilingual content as stored in JSONB: one entry per language that has a text. */
export type LocalizedText = Partial<Record<Locale, TranslationEntry>>;

export interface ResolvedText {
  text: string;
  /** The language the text is actually in (differs from the requested one after a fallback). */
  locale: Locale;
  /** REVIEWED only when the text is in the requested language and reviewed. */
  status: TranslationStatus;
}

/** Picks the best text for a reader, following the fallback chain. */
export function resolveText(value: LocalizedText, requested: Locale): ResolvedText {
  for (const locale of FALLBACK_CHAIN[requested]) {
    const entry = value[locale];
    if (entry && entry.text.trim() !== '') {
      const status = locale === requested ? entry.status : TranslationStatus.MISSING;
      return { text: entry.text, locale, status };
    }
  }
  for (const locale of LOCALES) {
    const entry = value[locale];
    if (entry && entry.text.trim() !== '') return { text: entry.text, locale, status: TranslationStatus.MISSING };
  }
  return { text: '', locale: requested, status: TranslationStatus.MISSING };
}

const STATUS_RANK: Record<TranslationStatus, number> = {
  [TranslationStatus.REVIEWED]: 0,
  [TranslationStatus.MACHINE_ASSISTED]: 1,
  [TranslationStatus.MISSING]: 2,
};

/** The least trustworthy of several statuses: what a page made of these texts can promise. */
export function weakestStatus(statuses: Iterable<TranslationStatus>): TranslationStatus {
  let weakest = TranslationStatus.REVIEWED;
  for (const status of statuses) if (STATUS_RANK[status] > STATUS_RANK[weakest]) weakest = status;
  return weakest;
}
