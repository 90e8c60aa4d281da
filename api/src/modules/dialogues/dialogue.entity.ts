import { DialoguePhaseKind, DialogueStatus, DialogueTargetGroup, type LocalizedText } from '@medskapa/shared';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { Place } from '../places/place.entity';
import { Goal } from '../strategies/goal.entity';
import { User } from '../users/user.entity';

registerEnumType(DialogueStatus, {
  name: 'DialogueStatus',
  description: 'DRAFT (officers only), OPEN (public, taking input), CLOSED (no more input), REPORTED (återkoppling published).',
});
registerEnumType(DialoguePhaseKind, { name: 'DialoguePhaseKind', description: 'INFORM, COLLECT, ANALYSE, FEEDBACK, in that order.' });
registerEnumType(DialogueTargetGroup, { name: 'DialogueTargetGroup', description: 'Whom a dialogue especially wants to hear.' });

/**
 * A medborgardialog: the municipality asks its residents a question, within a time frame and in
 * phases, and gathers ideas, surveys, workshops and polls under it. All texts are official content
 * (JSONB { sv, fi, fit } with a translation status each). The promise says how input will be used
 * and who decides when; the feedback (återkoppling) says what was heard and what happens now.
 */
@ObjectType({ description: 'A medborgardialog: a question the municipality asks its residents, from invitation to återkoppling.' })
@Entity()
@Index(['municipalityId', 'status'])
export class Dialogue {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb' })
  purpose: LocalizedText;

  /** How input will be used: the promise to residents. */
  @Column({ type: 'jsonb' })
  promise: LocalizedText;

  /** Who decides, e.g. "Kommunstyrelsen" (a proper name: one text for all languages). */
  @Field(() => String, { nullable: true, description: 'Who takes the decision the dialogue feeds, e.g. "Kommunstyrelsen".' })
  @Column({ type: 'text', nullable: true })
  decisionMaker: string | null;

  @Field(() => String, { nullable: true, description: 'When that decision is expected, YYYY-MM-DD.' })
  @Column({ type: 'date', nullable: true })
  decisionExpectedOn: string | null;

  @Field(() => [DialogueTargetGroup])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  targetGroups: DialogueTargetGroup[];

  @Field(() => DialogueStatus)
  @Column({ type: 'text', default: DialogueStatus.DRAFT })
  status: DialogueStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Återkoppling: what we heard. */
  @Column({ type: 'jsonb', nullable: true })
  whatWeHeard: LocalizedText | null;

  /** Återkoppling: what happens now. */
  @Column({ type: 'jsonb', nullable: true })
  whatHappensNow: LocalizedText | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  feedbackPublishedAt: Date | null;

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

/** One phase of a dialogue with its dates (inclusive, Swedish calendar days). */
@ObjectType({ description: 'A phase of a dialogue with its dates.' })
@Entity()
@Unique(['dialogueId', 'kind'])
@Check('ck_dialogue_phase_dates', `"ends_on" >= "starts_on"`)
export class DialoguePhase {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  dialogueId: string;

  @ManyToOne(() => Dialogue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dialogue_id' })
  dialogue?: Dialogue;

  @Field(() => DialoguePhaseKind)
  @Column({ type: 'text' })
  kind: DialoguePhaseKind;

  @Field({ description: 'YYYY-MM-DD, the first day.' })
  @Column({ type: 'date' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD, the last day.' })
  @Column({ type: 'date' })
  endsOn: string;

  /** What happens in this phase (optional). */
  @Column({ type: 'jsonb', nullable: true })
  description: LocalizedText | null;
}

@Entity()
export class DialogueGoal {
  @PrimaryColumn({ type: 'uuid' })
  dialogueId: string;

  @ManyToOne(() => Dialogue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dialogue_id' })
  dialogue?: Dialogue;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  goalId: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Goal;
}

@Entity()
export class DialoguePlace {
  @PrimaryColumn({ type: 'uuid' })
  dialogueId: string;

  @ManyToOne(() => Dialogue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dialogue_id' })
  dialogue?: Dialogue;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  placeId: string;

  @ManyToOne(() => Place, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'place_id' })
  place?: Place;
}

/** A council decision the dialogue fed (body, date, §, Dnr), shown with the återkoppling. */
@ObjectType({ description: 'A council decision linked to a dialogue\'s återkoppling.' })
@Entity()
export class DialogueDecision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  dialogueId: string;

  @ManyToOne(() => Dialogue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dialogue_id' })
  dialogue?: Dialogue;

  @Field({ description: 'e.g. "Kommunstyrelsen".' })
  @Column({ type: 'text' })
  body: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @Column({ type: 'date' })
  meetingDate: string;

  @Field({ description: 'e.g. "§ 218".' })
  @Column({ type: 'text' })
  paragraph: string;

  @Field({ description: 'Diarienummer, e.g. "2023-00497".' })
  @Column({ type: 'text' })
  diaryNumber: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  url: string | null;

  /** What was decided, in short (optional). */
  @Column({ type: 'jsonb', nullable: true })
  summary: LocalizedText | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A person follows a dialogue and is notified when it opens and when its återkoppling is published. */
@Entity()
export class DialogueFollow {
  @PrimaryColumn({ type: 'uuid' })
  dialogueId: string;

  @ManyToOne(() => Dialogue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dialogue_id' })
  dialogue?: Dialogue;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
