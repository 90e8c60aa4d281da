import { IdeaEventKind, IdeaStatus } from '@medskapa/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Idea } from './idea.entity';

/** One entry of an idea's public timeline: submitted → threshold reached → under review → answered → decided. */
@Entity()
@Index(['ideaId', 'occurredAt'])
export class IdeaEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  ideaId: string;

  @ManyToOne(() => Idea, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: Idea;

  @Column({ type: 'enum', enum: IdeaEventKind, enumName: 'idea_event_kind' })
  kind: IdeaEventKind;

  @Column({ type: 'enum', enum: IdeaStatus, enumName: 'idea_status', nullable: true })
  fromStatus: IdeaStatus | null;

  @Column({ type: 'enum', enum: IdeaStatus, enumName: 'idea_status', nullable: true })
  toStatus: IdeaStatus | null;

  /** Who did it (officer, moderator); null for the system (threshold) and removed accounts. */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor?: User | null;

  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;
}
