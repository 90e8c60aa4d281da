import { type SurveyAnswers, SurveyResponseStatus } from '@medskapa/shared';
import { registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Place } from '../places/place.entity';
import { Survey } from '../surveys/survey.entity';
import { User } from '../users/user.entity';

registerEnumType(SurveyResponseStatus, { name: 'SurveyResponseStatus' });

/**
 * One respondent's answers to one survey version: IN_PROGRESS while saved as they go, SUBMITTED
 * once. Nothing names the person: an anonymous browser is known by the SHA-256 of its random
 * token, a signed-in account by the SHA-256 of survey id and user id, each unique per survey,
 * so the same browser or account answers once and can resume, and an export links to no one.
 */
@Entity()
@Index('ux_survey_response_token', ['surveyId', 'respondentTokenHash'], { unique: true, where: '"respondent_token_hash" IS NOT NULL' })
@Index('ux_survey_response_account', ['surveyId', 'accountHash'], { unique: true, where: '"account_hash" IS NOT NULL' })
@Index(['surveyId', 'status'])
export class SurveyResponse {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  @Column({ type: 'text', default: SurveyResponseStatus.IN_PROGRESS })
  status: SurveyResponseStatus;

  @Column({ type: 'text', nullable: true })
  respondentTokenHash: string | null;

  @Column({ type: 'text', nullable: true })
  accountHash: string | null;

  /** The language the respondent answered in. */
  @Column({ type: 'text' })
  locale: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  answers: SurveyAnswers;

  /** The optional demographic block; null where skipped. */
  @Column({ type: 'text', nullable: true })
  ageGroup: string | null;

  @Column({ type: 'text', nullable: true })
  gender: string | null;

  @Column({ type: 'uuid', nullable: true })
  homePlaceId: string | null;

  @ManyToOne(() => Place, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'home_place_id' })
  homePlace?: Place | null;

  @CreateDateColumn({ type: 'timestamptz' })
  startedAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;
}

/** A free-text answer an officer hid from the results (e.g. it names a person); the CSV shows it as hidden. */
@Entity()
export class SurveyHiddenAnswer {
  @PrimaryColumn({ type: 'uuid' })
  responseId: string;

  @ManyToOne(() => SurveyResponse, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response?: SurveyResponse;

  @PrimaryColumn({ type: 'uuid' })
  questionId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid', nullable: true })
  hiddenById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'hidden_by_id' })
  hiddenBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  hiddenAt: Date;
}
