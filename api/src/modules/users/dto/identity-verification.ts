import { AssuranceLevel } from '@medskapa/shared';
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How the person proved who they are (e-ID), if they have.' })
export class IdentityVerification {
  @Field(() => AssuranceLevel)
  assuranceLevel: AssuranceLevel;

  @Field()
  verifiedAt: Date;
}
