import { NotificationKind } from '@medskapa/shared';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Idea } from '../ideas/idea.entity';
import { Dialogue } from '../dialogues/dialogue.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { User } from '../users/user.entity';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification tells of; the client writes the text in the reader\'s language (notifications:kind.<KIND>).',
});

/**
 * Something a person should know, shown in the app and, for those who opted in, gathered into one
 * daily digest e-mail (digested_at marks what a digest already carried). `kind` is a
 * NotificationKind; text is not stored: the client and the digest render it in the reader's
 * language from kind and data.
 */
@ObjectType({ description: 'Something that happened that the viewer should know; only ever shown to its recipient.' })
@Entity()
@Index(['userId', 'createdAt'])
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  dialogueId: string | null;

  @ManyToOne(() => Dialogue, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'dialogue_id' })
  dialogue?: Dialogue | null;

  @Field(() => NotificationKind)
  @Column({ type: 'text' })
  kind: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  ideaId: string | null;

  @ManyToOne(() => Idea, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'idea_id' })
  idea?: Idea | null;

  /** The comment concerned, if any (no foreign key: the notification outlives a deleted comment). */
  @Field(() => ID, { nullable: true, description: 'The comment concerned, if any.' })
  @Column({ type: 'uuid', nullable: true })
  commentId: string | null;

  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  digestedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A person follows an idea: automatic for its author, supporters and commenters; anyone may follow or unfollow. */
@Entity()
export class IdeaFollow {
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

/** Per-person notification preferences; no row means the defaults (no digest). */
@Entity()
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** Opt-in: one e-mail a day with everything new, grouped by idea. */
  @Column({ type: 'boolean', default: false })
  dailyDigest: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastDigestAt: Date | null;
}
