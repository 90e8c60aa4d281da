import type { Locale } from '@medskapa/shared';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocaleEnum } from '../../../graphql/localized.types';

/** Fields left out stay as they are; null clears an optional field. */
@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  displayName?: string;

  @Field(() => LocaleEnum, { nullable: true })
  locale?: Locale;

  @Field(() => Int, { nullable: true })
  birthYear?: number | null;

  @Field(() => ID, { nullable: true })
  homePlaceId?: string | null;
}
