import { IdeaStatus } from '@medskapa/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Dialogue } from '../dialogues/dialogue.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { Place } from '../places/place.entity';
import { Goal } from '../strategies/goal.entity';
import { User } from '../users/user.entity';

registerEnumType(IdeaStatus, {
  name: 'IdeaStatus',
  description: 'PUBLISHED when submitted; UNDER_REVIEW, ANSWERED, PLANNED, IN_PROGRESS, IMPLEMENTED or NOT_PLANNED as the municipality handles it; HIDDEN by a moderator.',
});

/**
 * A medborgarförslag. Text is stored as typed (trimmed), as plain text. supportCount is kept
 * exact in the same transaction as the idea_support rows; textHash (SHA-256 of the normalized
 * title and body) makes the same author's identical text unique.
 */
@ObjectType({ description: 'A resident\'s idea (medborgarförslag).' })
@Entity()
@Unique(['reference'])
@Unique(['authorId', 'textHash'])
// Partial indexes for the listing orders (status <> 'HIDDEN' is every list's condition), read
// backwards for DESC; they also answer the list's count.
@Index('ix_idea_listed_newest', ['municipalityId', 'createdAt', 'id'], { where: `"status" <> 'HIDDEN'` })
@Index('ix_idea_listed_supported', ['municipalityId', 'supportCount', 'id'], { where: `"status" <> 'HIDDEN'` })
@Index('ix_idea_listed_discussed', ['municipalityId', 'commentCount', 'id'], { where: `"status" <> 'HIDDEN'` })
// Search indexes on expressions (migration IdeaSearch): the full-text document in the idea's
// language and the trigram index on the lower-cased text. TypeORM cannot describe them.
@Index('ix_idea_search_document', { synchronize: false })
@Index('ix_idea_search_text', { synchronize: false })
@Check('ck_idea_counts', `"support_count" >= 0 AND "comment_count" >= 0`)
export class Idea {
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

  @Field({ description: 'Readable reference for council papers, e.g. KALIX-2026-0042.' })
  @Column({ type: 'text' })
  reference: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Plain text exactly as written (trimmed); never HTML.' })
  @Column({ type: 'text' })
  body: string;

  @Field({ description: 'The language the idea is written in: sv, fi, fit or another ISO 639 code.' })
  @Column({ type: 'text' })
  originalLocale: string;

  @Field(() => IdeaStatus)
  @Column({ type: 'enum', enum: IdeaStatus, enumName: 'idea_status', default: IdeaStatus.PUBLISHED })
  status: IdeaStatus;

  /** While HIDDEN: the status to return to when a moderator restores the idea (migration Moderation). */
  @Column({ type: 'enum', enum: IdeaStatus, enumName: 'idea_status', nullable: true })
  statusBeforeHidden: IdeaStatus | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: User | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  supportCount: number;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  commentCount: number;

  @Column({ type: 'text' })
  textHash: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** The målbilder an idea is tagged to. */
@Entity()
export class IdeaGoal {
  @PrimaryColumn({ type: 'uuid' })
  ideaId: string;

  @ManyToOne(() => Idea, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: Idea;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  goalId: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Goal;
}

/** The places (villages) an idea concerns. */
@Entity()
export class IdeaPlace {
  @PrimaryColumn({ type: 'uuid' })
  ideaId: string;

  @ManyToOne(() => Idea, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: Idea;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  placeId: string;

  @ManyToOne(() => Place, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'place_id' })
  place?: Place;
}

/** One support per person and idea: the primary key keeps counts exact under concurrency. */
@Entity()
export class IdeaSupport {
  @PrimaryColumn({ type: 'uuid' })
  ideaId: string;

  @ManyToOne(() => Idea, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: Idea;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** The last reference number used per municipality and year (KALIX-2026-0042 → 42). */
@Entity()
export class IdeaReferenceCounter {
  @PrimaryColumn({ type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @PrimaryColumn({ type: 'smallint' })
  year: number;

  @Column({ type: 'integer' })
  lastNumber: number;
}
