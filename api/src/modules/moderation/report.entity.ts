import { ReportReason, ReportStatus, ReportTargetType } from '@medskapa/shared';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { User } from '../users/user.entity';

registerEnumType(ReportTargetType, { name: 'ReportTargetType', description: 'What a report is about: an IDEA, a COMMENT or (later) a WORKSHOP_INPUT.' });
registerEnumType(ReportReason, { name: 'ReportReason', description: 'SPAM, OFFENSIVE, PERSONAL_DATA (someone\'s personal data is exposed) or OFF_TOPIC.' });
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'OPEN until a moderator acts; UPHELD when the content was hidden, DISMISSED when it stays, RESTORED when hidden content came back.',
});

/**
 * A resident's report of content that breaks the rules. One per reporter and target. The target's
 * author is copied at reporting time so repeat offenders are counted even after the content changes.
 */
@ObjectType({ description: 'A report of an idea or comment to the moderators.' })
@Entity()
@Unique(['targetType', 'targetId', 'reporterId'])
@Index(['municipalityId', 'status', 'createdAt'])
@Index(['targetAuthorId', 'municipalityId', 'status'])
@Check('ck_report_note', `"note" IS NULL OR char_length("note") <= 500`)
export class Report {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Field(() => ReportTargetType)
  @Column({ type: 'enum', enum: ReportTargetType, enumName: 'report_target_type' })
  targetType: ReportTargetType;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  targetId: string;

  @Column({ type: 'uuid', nullable: true })
  targetAuthorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'target_author_id' })
  targetAuthor?: User | null;

  @Field(() => ReportReason)
  @Column({ type: 'enum', enum: ReportReason, enumName: 'report_reason' })
  reason: ReportReason;

  @Field(() => String, { nullable: true, description: 'The reporter\'s own words, at most 500 characters.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  reporterId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: User | null;

  @Field(() => ReportStatus)
  @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_status', default: ReportStatus.OPEN })
  status: ReportStatus;

  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'resolved_by_id' })
  resolvedBy?: User | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  resolutionReason: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
