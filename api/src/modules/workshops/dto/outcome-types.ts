import { AgeGroup, ParticipantGender, WorkshopOutcomeStatus } from '@medskapa/shared';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Goal } from '../../strategies/goal.entity';
import { WorkshopInput } from '../workshop.entity';

registerEnumType(WorkshopOutcomeStatus, {
  name: 'WorkshopOutcomeStatus',
  description: 'NONE until something is recorded, DRAFT while the organizer reviews it, PUBLISHED once the inputs count as contributions.',
});

@InputType({ description: 'How many of one age group and gender took part. Replaces that cell; cells not given stay as they are.' })
export class WorkshopParticipantCountInput {
  @Field(() => AgeGroup)
  ageGroup: AgeGroup;

  @Field(() => ParticipantGender)
  gender: ParticipantGender;

  @Field(() => Int, { description: '0–10000.' })
  count: number;
}

@InputType({ description: "One input as captured on the facilitator's device." })
export class WorkshopInputInput {
  @Field(() => ID, { description: 'A uuid generated on the device: the same clientId lands once per workshop, however often it is sent.' })
  clientId: string;

  @Field({ description: '1–2000 characters. No personal data (personnummer, phone numbers, e-mail addresses).' })
  text: string;

  @Field(() => [ID], { nullable: true, description: "At most 5 målbilder of the municipality's strategies." })
  goalIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: '1 (highest) to 3; not together with dotVotes.' })
  priority?: number | null;

  @Field(() => Int, { nullable: true, description: '0–1000 dots; not together with priority.' })
  dotVotes?: number | null;

  @Field(() => ID, { nullable: true, description: 'A place of the municipality the input is about (else the workshop\'s place).' })
  placeId?: string | null;
}

@InputType({ description: 'One submission from a device; replaying it (same clientMutationId) changes nothing.' })
export class WorkshopOutcomeInput {
  @Field(() => ID, { description: 'A uuid generated on the device for this submission.' })
  clientMutationId: string;

  @Field(() => [WorkshopParticipantCountInput], { nullable: true })
  participants?: WorkshopParticipantCountInput[] | null;

  @Field(() => [WorkshopInputInput], { nullable: true, description: 'At most 200 per call.' })
  inputs?: WorkshopInputInput[] | null;
}

@InputType({ description: 'The new content of an input; every field is replaced.' })
export class UpdateWorkshopInputInput {
  @Field()
  text: string;

  @Field(() => [ID], { nullable: true })
  goalIds?: string[] | null;

  @Field(() => Int, { nullable: true })
  priority?: number | null;

  @Field(() => Int, { nullable: true })
  dotVotes?: number | null;

  @Field(() => ID, { nullable: true })
  placeId?: string | null;
}

@ObjectType({ description: 'The inputs tagged to one målbild (goal null: inputs without målbild).' })
export class WorkshopGoalInputs {
  @Field(() => Goal, { nullable: true })
  goal: Goal | null;

  @Field(() => [WorkshopInput])
  inputs: WorkshopInput[];
}
