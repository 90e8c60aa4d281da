import { PollStatus } from '@medskapa/shared';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection';
import { Poll, PollOption, VoterCodeBatch } from '../poll.entity';

@InputType({ description: 'A text in Swedish, Finnish and Meänkieli; all three are required for polls.' })
export class PollTextInput {
  @Field()
  sv: string;

  @Field()
  fi: string;

  @Field()
  fit: string;
}

@InputType()
export class PollOptionInput {
  @Field(() => PollTextInput)
  text: PollTextInput;

  @Field(() => PollTextInput, { nullable: true, description: 'Alternative text for the option\'s image, if it has one.' })
  imageAlt?: PollTextInput | null;
}

@InputType()
export class UpdatePollInput {
  @Field(() => PollTextInput)
  question: PollTextInput;

  @Field(() => PollTextInput, { nullable: true })
  description?: PollTextInput | null;

  @Field(() => [PollOptionInput], { description: '2–10 options, in the order shown.' })
  options: PollOptionInput[];

  @Field()
  opensAt: Date;

  @Field()
  closesAt: Date;

  @Field({ nullable: true, defaultValue: false })
  liveResults?: boolean;

  @Field(() => String, { nullable: true, description: 'e.g. "Åk 7–9" or a class.' })
  audience?: string | null;

  @Field(() => [ID], { nullable: true, description: "Målbilder of the municipality's strategy." })
  goalIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The dialogue the poll belongs to: OPEN and of the same municipality (a DRAFT only for officers); BAD_USER_INPUT on dialogueId otherwise. When updating: null unlinks, left out keeps the current link.',
  })
  dialogueId?: string | null;
}

@InputType()
export class CreatePollInput extends UpdatePollInput {
  @Field(() => ID, { description: 'A SCHOOL_COUNCIL or YOUTH_COUNCIL organization.' })
  organizationId: string;
}

@ArgsType()
export class PollsArgs {
  @Field()
  municipalitySlug: string;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => PollStatus, { nullable: true })
  status?: PollStatus | null;

  @Field(() => Int, { nullable: true, defaultValue: 20 })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType()
export class PollConnection extends Connection(Poll) {}

@ObjectType({ description: 'Proof that a vote was counted. receiptCode is random and stored nowhere.' })
export class VoteReceipt {
  @Field(() => ID)
  pollId: string;

  @Field(() => ID)
  optionId: string;

  @Field({ description: 'The hour the vote was cast (votes are stored with the hour only).' })
  castAt: Date;

  @Field()
  receiptCode: string;
}

@ObjectType()
export class PollOptionResult {
  @Field(() => PollOption)
  option: PollOption;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { description: 'count / totalVotes, 0 when there are no votes.' })
  share: number;
}

@ObjectType()
export class PollBatchResult {
  @Field(() => VoterCodeBatch)
  batch: VoterCodeBatch;

  @Field(() => Int)
  votes: number;

  @Field(() => Int)
  codesIssued: number;
}

@ObjectType({ description: 'Hidden (visible false, no counts) until the poll closes unless liveResults; managers always see them.' })
export class PollResults {
  @Field(() => ID)
  pollId: string;

  @Field()
  visible: boolean;

  @Field(() => Int, { nullable: true })
  totalVotes: number | null;

  @Field(() => Int, { nullable: true })
  codesIssued: number | null;

  @Field(() => Float, { nullable: true, description: 'totalVotes / codesIssued, 0 when no codes are issued.' })
  turnout: number | null;

  @Field(() => [PollOptionResult])
  options: PollOptionResult[];

  @Field(() => [PollBatchResult], { description: 'Per batch (class); only for the poll\'s managers, empty for others.' })
  byBatch: PollBatchResult[];
}
