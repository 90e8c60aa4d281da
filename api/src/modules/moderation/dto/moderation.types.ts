import { ModerationAction, ReportReason, ReportTargetType } from '@medskapa/shared';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection';
import { Report } from '../report.entity';

registerEnumType(ModerationAction, {
  name: 'ModerationAction',
  description:
    'HIDE the reported content (its open reports become UPHELD), RESTORE hidden content (its reports become RESTORED), or DISMISS the open reports (the content stays).',
});

@InputType()
export class ReportInput {
  @Field(() => ReportTargetType)
  targetType: ReportTargetType;

  @Field(() => ID)
  targetId: string;

  @Field(() => ReportReason)
  reason: ReportReason;

  @Field(() => String, { nullable: true, description: 'Optional, at most 500 characters: what the moderators should know.' })
  note?: string | null;
}

@InputType()
export class BlockUserInput {
  @Field({ description: 'The municipality the person may not post in, e.g. "kalix".' })
  municipalitySlug: string;

  @Field(() => ID)
  userId: string;

  @Field(() => Int, { description: '1–365 days from now.' })
  days: number;

  @Field({ description: '3–500 characters; told to the person.' })
  reason: string;
}

@ObjectType()
export class ReportConnection extends Connection(Report) {}
