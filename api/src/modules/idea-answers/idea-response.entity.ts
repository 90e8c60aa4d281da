import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Idea } from '../ideas/idea.entity';
import { User } from '../users/user.entity';

/**
 * The municipality's current answer to an idea (återkoppling), with the council decision it refers
 * to, if any. One row per idea: answering again replaces it; the idea's timeline keeps the history.
 * The open-data export reads these columns by name: keep them as they are.
 */
@Entity()
export class IdeaResponse {
  @PrimaryColumn({ type: 'uuid' })
  ideaId: string;

  @ManyToOne(() => Idea, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: Idea;

  /** The answer per language, e.g. { "sv": "…", "fi": "…" }; always has the original language. */
  @Column({ type: 'jsonb' })
  body: Record<string, string>;

  /** The language the officer wrote the answer in (sv, fi or fit). */
  @Column({ type: 'text' })
  originalLocale: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  respondentId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'respondent_id' })
  respondent?: User | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  respondedAt: Date;

  /** The deciding body, e.g. "Kommunstyrelsen". */
  @Column({ type: 'text', nullable: true })
  decisionBody: string | null;

  /** YYYY-MM-DD. */
  @Column({ type: 'date', nullable: true })
  decisionMeetingDate: string | null;

  /** Normalized, e.g. "§ 218". */
  @Column({ type: 'text', nullable: true })
  decisionParagraph: string | null;

  /** Diarienummer, e.g. "2023-00439 103". */
  @Column({ type: 'text', nullable: true })
  decisionDiaryNumber: string | null;

  /** https only. */
  @Column({ type: 'text', nullable: true })
  decisionUrl: string | null;
}
