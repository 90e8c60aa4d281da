import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { User } from '../users/user.entity';

/** A person may not post (ideas, comments) in a municipality until `until`, unless lifted. Kept as history. */
@ObjectType({ description: 'A posting block: the person may not submit ideas or comment in the municipality until `until`, unless lifted.' })
@Entity()
@Index(['userId', 'municipalityId'])
@Index(['municipalityId', 'createdAt'])
export class UserBlock {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Field()
  @Column({ type: 'timestamptz' })
  until: Date;

  @Field({ description: 'Why, as the moderator wrote it (told to the person).' })
  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid', nullable: true })
  blockedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'blocked_by_id' })
  blockedBy?: User | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  liftedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  liftedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'lifted_by_id' })
  liftedBy?: User | null;

  @Field(() => String, { nullable: true, description: 'Why the block was lifted early.' })
  @Column({ type: 'text', nullable: true })
  liftReason: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
