import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection';
import { Workshop } from '../workshop.entity';

export enum WorkshopWhen {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
  ALL = 'ALL',
}
registerEnumType(WorkshopWhen, {
  name: 'WorkshopWhen',
  description: 'UPCOMING: not yet ended, soonest first. PAST: ended, latest first. ALL: every workshop, latest start first.',
});

@InputType({ description: 'The title and description in another language than the original.' })
export class WorkshopTranslationInput {
  @Field({ description: 'sv, fi or fit; not the original language.' })
  locale: string;

  @Field({ description: '2–200 characters.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'At most 5000 characters.' })
  description?: string | null;
}

@InputType()
export class UpdateWorkshopInput {
  @Field({ description: '2–200 characters, in originalLocale. No personnummer, phone numbers or e-mail addresses: workshops are public.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'At most 5000 characters, in originalLocale; same personal-data rule as the title.' })
  description?: string | null;

  @Field({ description: 'sv, fi or fit: the language title and description are written in.' })
  originalLocale: string;

  @Field(() => [WorkshopTranslationInput], { nullable: true, description: 'At most one per other language.' })
  translations?: WorkshopTranslationInput[] | null;

  @Field()
  startsAt: Date;

  @Field({ description: 'After startsAt, at most 24 hours later.' })
  endsAt: Date;

  @Field({ description: '2–200 characters, e.g. "Töre bygdegård, Skolvägen 2".' })
  venue: string;

  @Field(() => ID, { nullable: true, description: 'A place (village) of the municipality.' })
  placeId?: string | null;

  @Field(() => [ID], { nullable: true, description: "At most 10 målbilder of the municipality's strategies." })
  goalIds?: string[] | null;

  @Field({ nullable: true, defaultValue: false })
  signupEnabled?: boolean;

  @Field(() => Int, { nullable: true, description: '1–1000; null: no limit.' })
  signupLimit?: number | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The dialogue the workshop belongs to: OPEN and of the same municipality (a DRAFT only for officers); BAD_USER_INPUT on dialogueId otherwise. When updating: null unlinks, left out keeps the current link.',
  })
  dialogueId?: string | null;
}

@InputType()
export class CreateWorkshopInput extends UpdateWorkshopInput {
  @Field(() => ID, { description: 'An APPROVED organization of any kind; you are its LEADER or an officer of its municipality.' })
  organizationId: string;
}

@InputType({ description: 'Signed in: nothing is needed (name and email are ignored). Signed out: name and email.' })
export class WorkshopSignupInput {
  @Field(() => String, { nullable: true, description: '2–100 characters; signed out only.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the confirmation goes; signed out only.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'sv, fi or fit: the language of the e-mails. Default: your language (signed in) or sv.' })
  locale?: string | null;
}

@ObjectType({ description: "A sign-up as the workshop's managers see it. Name and e-mail of sign-ups without an account are erased the day after the workshop." })
export class WorkshopSignupView {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'The display name of an account, or the name given; null once erased.' })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Only for sign-ups without an account, until erased. Reach account holders with messageWorkshopSignups.' })
  email: string | null;

  @Field()
  hasAccount: boolean;

  @Field({ description: 'sv, fi or fit: the language the person gets e-mails in.' })
  locale: string;

  @Field()
  signedUpAt: Date;

  @Field(() => Date, { nullable: true, description: 'When name and e-mail were erased.' })
  personalDataErasedAt: Date | null;
}

@ObjectType()
export class WorkshopConnection extends Connection(Workshop) {}

@InputType({ description: "Which workshops: a municipality's, optionally of a village, an organization or a målbild, and when." })
export class WorkshopFilter {
  @Field()
  municipalitySlug: string;

  @Field(() => ID, { nullable: true, description: 'Workshops held in this village (or the central town).' })
  placeId?: string | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Workshops tagged to this målbild.' })
  goalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Workshops of this dialogue.' })
  dialogueId?: string | null;

  @Field(() => WorkshopWhen, { nullable: true, defaultValue: WorkshopWhen.ALL })
  when?: WorkshopWhen | null;
}
