import { IdeaStatus } from '@medskapa/shared';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { User } from '../users/user.entity';

/** A reusable answer an officer starts from when answering ideas ("Tack för ditt förslag …"). */
@Entity()
@Unique(['municipalityId', 'name'])
export class AnswerTemplate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Column({ type: 'text' })
  name: string;

  /** The text per language: { sv, fi, fit }, at least one. */
  @Column({ type: 'jsonb' })
  body: Record<string, string>;

  /** The status an answer from this template usually sets; null for any. */
  @Column({ type: 'enum', enum: IdeaStatus, enumName: 'idea_status', nullable: true })
  status: IdeaStatus | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
