import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  type Locale,
  type LocalizedText,
  LOCALES,
  resolveText,
  TranslationStatus,
  weakestStatus,
} from '@medskapa/shared';

export const LocaleEnum = Object.fromEntries(LOCALES.map((l) => [l, l])) as Record<Locale, Locale>;
registerEnumType(LocaleEnum, { name: 'Locale', description: 'A language of the UI and of official content.' });
registerEnumType(TranslationStatus, {
  name: 'TranslationStatus',
  description: 'Whether a person has reviewed a translation of official content.',
});

@ObjectType({ description: 'Official content in one language.' })
export class Translation {
  @Field(() => LocaleEnum)
  locale: Locale;

  @Field()
  text: string;

  @Field(() => TranslationStatus)
  status: TranslationStatus;
}

/** Every language, in the fixed order sv, fi, fit; MISSING where no text exists. */
export function translationsOf(value: LocalizedText): Translation[] {
  return LOCALES.map((locale) => {
    const entry = value[locale];
    return entry && entry.text.trim() !== ''
      ? { locale, text: entry.text, status: entry.status }
      : { locale, text: '', status: TranslationStatus.MISSING };
  });
}

export function textIn(value: LocalizedText, locale: Locale): string {
  return resolveText(value, locale).text;
}

/** What a reader in `locale` can trust of several texts shown together. */
export function statusIn(values: LocalizedText[], locale: Locale): TranslationStatus {
  return weakestStatus(values.map((value) => resolveText(value, locale).status));
}
