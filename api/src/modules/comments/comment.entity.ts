import { CommentStatus } from '@medskapa/shared';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Idea } from '../ideas/idea.entity';
import { User } from '../users/user.entity';

registerEnumType(CommentStatus, { name: 'CommentStatus', description: 'VISIBLE, or HIDDEN by a moderator (kept for the record).' });

/**
 * A comment on an idea, or a reply to one (one level: a reply's parent is never a reply).
 * idea.comment_count counts the VISIBLE comments that are not deleted. A deleted comment keeps
 * its row (replies hang on it) and shows as a placeholder; its body is emptied.
 */
@ObjectType({ description: 'A comment on an idea, or a reply to a comment.' })
@Entity()
@Index(['ideaId', 'createdAt'])
export class Comment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  ideaId: string;

  @ManyToOne(() => Idea, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: Idea;

  @Field(() => ID, { nullable: true, description: 'The comment this replies to; null for a top-level comment.' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Comment | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: User | null;

  /** Plain text as typed (trimmed); empty once deleted. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'enum', enum: CommentStatus, enumName: 'comment_status', default: CommentStatus.VISIBLE })
  status: CommentStatus;

  /** The author wrote as an officer of the municipality (a snapshot: the mark stays if the role goes). */
  @Column({ type: 'boolean', default: false })
  postedAsOfficer: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the author last edited it (only possible in the first 15 minutes).' })
  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
