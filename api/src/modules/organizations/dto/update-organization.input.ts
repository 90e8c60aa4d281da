import { OrganizationKind } from '@medskapa/shared';
import { Field, ID, InputType } from '@nestjs/graphql';

/** Fields left out stay as they are; null clears an optional field. */
@InputType()
export class UpdateOrganizationInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind;

  @Field(() => ID, { nullable: true })
  homePlaceId?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}
