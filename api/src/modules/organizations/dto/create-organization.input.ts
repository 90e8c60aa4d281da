import { OrganizationKind } from '@medskapa/shared';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateOrganizationInput {
  @Field({ description: 'The municipality the organization belongs to, e.g. "kalix".' })
  municipalitySlug: string;

  @Field({ description: '2–120 characters; unique in the municipality regardless of case.' })
  name: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => ID, { nullable: true, description: 'A village or town of the same municipality.' })
  homePlaceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Shown only to leaders and officers.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  description?: string | null;
}
