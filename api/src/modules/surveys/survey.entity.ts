import { type LocalizedText, SurveyQuestionType, SurveyResponseMode, SurveyStatus, type SurveySectionDefinition } from '@medskapa/shared';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Dialogue } from '../dialogues/dialogue.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { User } from '../users/user.entity';

registerEnumType(SurveyQuestionType, { name: 'SurveyQuestionType' });
registerEnumType(SurveyStatus, { name: 'SurveyStatus', description: 'DRAFT (editable), PUBLISHED (questions frozen, taking responses), CLOSED.' });
registerEnumType(SurveyResponseMode, {
  name: 'SurveyResponseMode',
  description: 'ANONYMOUS: anyone, once per browser and once per account when signed in; SIGNED_IN: signed-in people only, once per account.',
});

/**
 * A survey (enkät). One row per version: publishing freezes the sections and questions (JSONB,
 * see SurveySectionDefinition); changing them means a new DRAFT version in the same series,
 * and publishing that version closes the previous one. Responses belong to one version.
 */
@ObjectType({ description: 'A survey (enkät), one version of it.' })
@Entity()
@Unique(['seriesId', 'version'])
@Index(['municipalityId', 'status'])
export class Survey {
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

  /** Shared by every version of the same survey. */
  @Field(() => ID, { description: 'Shared by every version of the same survey.' })
  @Index()
  @Column({ type: 'uuid' })
  seriesId: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => SurveyStatus)
  @Column({ type: 'text', default: SurveyStatus.DRAFT })
  status: SurveyStatus;

  @Field(() => SurveyResponseMode)
  @Column({ type: 'text', default: SurveyResponseMode.ANONYMOUS })
  responseMode: SurveyResponseMode;

  @Field({ description: 'Whether respondents are offered the optional block: age group, gender, home village.' })
  @Column({ type: 'boolean', default: true })
  collectDemographics: boolean;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb', nullable: true })
  description: LocalizedText | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  sections: SurveySectionDefinition[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Responses are taken until then (optional).' })
  @Column({ type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
