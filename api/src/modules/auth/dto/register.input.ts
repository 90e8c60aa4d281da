import type { Locale } from '@medskapa/shared';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocaleEnum } from '../../../graphql/localized.types';

@InputType()
export class RegisterInput {
  @Field()
  email: string;

  @Field({ description: 'At least 10 characters, not one of the most common passwords.' })
  password: string;

  @Field({ description: 'The name shown with your contributions.' })
  displayName: string;

  @Field(() => LocaleEnum)
  locale: Locale;

  @Field(() => Int, { nullable: true, description: 'For age-group statistics only; never shown.' })
  birthYear?: number | null;

  @Field(() => ID, { nullable: true, description: 'Your village or town; sets your municipality.' })
  homePlaceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Your municipality when you give no home place, e.g. "kalix".' })
  municipalitySlug?: string | null;
}
