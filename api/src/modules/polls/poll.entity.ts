import { type LocalizedText, PollStatus } from '@medskapa/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Dialogue } from '../dialogues/dialogue.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { Organization } from '../organizations/organization.entity';
import { Goal } from '../strategies/goal.entity';
import { User } from '../users/user.entity';

registerEnumType(PollStatus, { name: 'PollStatus', description: 'SCHEDULED before opensAt, OPEN until closesAt, CLOSED after.' });

/**
 * A youth poll run by a school council (elevråd) or the youth council (ungdomsråd). Question,
 * description and option texts are official content: JSONB { sv, fi, fit } with a status each.
 */
@ObjectType({ description: 'A youth poll of an elevråd or ungdomsråd, voted on with one-time voter codes.' })
@Entity()
@Unique(['shortCode'])
@Index(['municipalityId', 'opensAt'])
@Check('ck_poll_times', `"closes_at" > "opens_at"`)
export class Poll {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  dialogueId: string | null;

  @ManyToOne(() => Dialogue, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'dialogue_id' })
  dialogue?: Dialogue | null;

  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field({ description: 'For the short link /r/<shortCode> printed on the voter-code slips.' })
  @Column({ type: 'text' })
  shortCode: string;

  @Column({ type: 'jsonb' })
  question: LocalizedText;

  @Column({ type: 'jsonb', nullable: true })
  description: LocalizedText | null;

  @Field()
  @Column({ type: 'timestamptz' })
  opensAt: Date;

  @Field()
  @Column({ type: 'timestamptz' })
  closesAt: Date;

  @Field({ description: 'Whether everyone sees results while the poll is open (managers always do).' })
  @Column({ type: 'boolean', default: false })
  liveResults: boolean;

  @Field(() => String, { nullable: true, description: 'Who the poll is for, e.g. "Åk 7–9".' })
  @Column({ type: 'text', nullable: true })
  audience: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'One answer option of a poll.' })
@Entity()
@Unique(['pollId', 'position'])
export class PollOption {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  pollId: string;

  @ManyToOne(() => Poll, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id' })
  poll?: Poll;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'jsonb' })
  text: LocalizedText;

  @Column({ type: 'jsonb', nullable: true })
  imageAlt: LocalizedText | null;
}

/** The målbilder a poll is tagged to. */
@Entity()
export class PollGoal {
  @PrimaryColumn({ type: 'uuid' })
  pollId: string;

  @ManyToOne(() => Poll, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id' })
  poll?: Poll;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  goalId: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Goal;
}

@ObjectType({ description: 'Voter codes issued together, e.g. for one class.' })
@Entity()
export class VoterCodeBatch {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  pollId: string;

  @ManyToOne(() => Poll, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id' })
  poll?: Poll;

  @Field(() => String, { nullable: true, description: 'e.g. the class, "7B".' })
  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  issuedCount: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A one-time code, stored only as the SHA-256 of its normalized form. There is deliberately no
 * used_at: a vote's hour could otherwise be matched to the moment a code was consumed.
 */
@Entity()
@Unique(['pollId', 'codeHash'])
export class VoterCode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  pollId: string;

  @ManyToOne(() => Poll, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id' })
  poll?: Poll;

  @Index()
  @Column({ type: 'uuid' })
  batchId: string;

  @ManyToOne(() => VoterCodeBatch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id' })
  batch?: VoterCodeBatch;

  @Column({ type: 'text' })
  codeHash: string;

  @Column({ type: 'boolean', default: false })
  used: boolean;

  /** Set for every code of a batch when the batch is revoked. */
  @Column({ type: 'boolean', default: false })
  revoked: boolean;
}

/**
 * One vote: the poll, the option, the batch (class) and the hour. Nothing else, by design: no
 * person, no code, no address, no exact time.
 */
@Entity()
@Index(['pollId', 'optionId'])
@Index(['batchId'])
export class Vote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  pollId: string;

  @ManyToOne(() => Poll, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id' })
  poll?: Poll;

  @Column({ type: 'uuid' })
  optionId: string;

  @ManyToOne(() => PollOption, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'option_id' })
  option?: PollOption;

  @Column({ type: 'uuid' })
  batchId: string;

  @ManyToOne(() => VoterCodeBatch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id' })
  batch?: VoterCodeBatch;

  /** Truncated to the hour. */
  @Column({ type: 'timestamptz' })
  castAt: Date;
}
