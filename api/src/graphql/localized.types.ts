import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
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

/** Official content being written: Swedish required; Finnish and Meänkieli may be missing in a draft. */
@InputType({ description: 'Official text in sv (required), fi and fit (required before publishing).' })
export class LocalizedTextInput {
  @Field()
  sv: string;

  @Field(() => String, { nullable: true })
  fi?: string | null;

  @Field(() => String, { nullable: true })
  fit?: string | null;
}

@ObjectType({ description: 'How far a piece of official content is translated into one language.' })
export class LanguageStatus {
  @Field(() => LocaleEnum)
  locale: Locale;

  @Field(() => TranslationStatus, { description: 'MISSING if any text lacks this language, else MACHINE_ASSISTED if any is, else REVIEWED.' })
  status: TranslationStatus;
}

/** Per language, the weakest status over all the texts of one piece of content (a dialogue, a survey). */
export function languageStatuses(values: ReadonlyArray<LocalizedText | null | undefined>): LanguageStatus[] {
  const present = values.filter((value): value is LocalizedText => value != null);
  return LOCALES.map((locale) => ({
    locale,
    status: weakestStatus(
      present.map((value) => {
        const entry = value[locale];
        return entry && entry.text.trim() !== '' ? entry.status : TranslationStatus.MISSING;
      }),
    ),
  }));
}
