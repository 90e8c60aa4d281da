import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Whether sign-in with e-ID (BankID, Freja eID …) is offered, and where it starts.' })
export class EidLoginOptions {
  @Field({ description: 'True when an e-ID provider is configured.' })
  enabled: boolean;

  @Field(() => String, { nullable: true, description: 'Label for the sign-in button, e.g. "BankID eller Freja eID".' })
  displayName: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the browser goes (a full-page navigation, not fetch) to sign in with e-ID; add ?returnTo=/path to come back there. ' +
      'A signed-in person who goes there links e-ID to their account. Failures come back as /login?eidError=CANCELLED|EXPIRED|FAILED.',
  })
  startUrl: string | null;
}
