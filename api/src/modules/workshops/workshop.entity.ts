import { AgeGroup, ParticipantGender, WorkshopInputStatus } from '@medskapa/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Dialogue } from '../dialogues/dialogue.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { Organization } from '../organizations/organization.entity';
import { Place } from '../places/place.entity';
import { Goal } from '../strategies/goal.entity';
import { User } from '../users/user.entity';

registerEnumType(AgeGroup, { name: 'AgeGroup', description: 'Age groups in which workshop participants are counted: 0–15, 16–25, 26–45, 46–65, 66+.' });
registerEnumType(ParticipantGender, { name: 'ParticipantGender', description: 'Woman, man, or other/unstated.' });
registerEnumType(WorkshopInputStatus, { name: 'WorkshopInputStatus', description: 'DRAFT until the organizer publishes the outcome; HIDDEN by a moderator.' });

/**
 * A workshop an organization (byaförening, hembygdsförening, Folkets Hus …) or an officer holds
 * about a village's future and the municipal strategy. Title and description are written in the
 * organizer's language with optional translations: { "sv": "…", "fi": "…" }.
 */
@ObjectType({ description: 'A workshop held by an organization, e.g. in the bygdegård, with its outcome.' })
@Entity()
@Index(['municipalityId', 'startsAt'])
@Check('ck_workshop_times', `"ends_at" > "starts_at"`)
export class Workshop {
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

  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** Per language; always has originalLocale. */
  @Column({ type: 'jsonb' })
  title: Record<string, string>;

  @Column({ type: 'jsonb', nullable: true })
  description: Record<string, string> | null;

  @Field({ description: 'The language the organizer wrote in (sv, fi or fit).' })
  @Column({ type: 'text' })
  originalLocale: string;

  @Field()
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field()
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Field({ description: 'Where, e.g. "Töre bygdegård, Skolvägen 2".' })
  @Column({ type: 'text' })
  venue: string;

  /** The village (or the centralort) the workshop is about and held in. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  placeId: string | null;

  @ManyToOne(() => Place, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'place_id' })
  place?: Place | null;

  @Field({ description: 'Whether residents may sign up.' })
  @Column({ type: 'boolean', default: false })
  signupEnabled: boolean;

  @Field(() => Int, { nullable: true, description: 'At most this many sign-ups; null: no limit.' })
  @Column({ type: 'int', nullable: true })
  signupLimit: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the organizer published the outcome.' })
  @Column({ type: 'timestamptz', nullable: true })
  outcomePublishedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity()
export class WorkshopGoal {
  @PrimaryColumn({ type: 'uuid' })
  workshopId: string;

  @ManyToOne(() => Workshop, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id' })
  workshop?: Workshop;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  goalId: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Goal;
}

/**
 * A sign-up: a person with an account (userId), or just a name and an e-mail address, which are
 * erased (personalDataErasedAt) once the workshop is over.
 */
@Entity()
@Index('uq_workshop_signup_user', ['workshopId', 'userId'], { unique: true, where: '"user_id" IS NOT NULL' })
@Index('uq_workshop_signup_email', ['workshopId', 'emailNormalized'], { unique: true, where: '"email_normalized" IS NOT NULL' })
export class WorkshopSignup {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  workshopId: string;

  @ManyToOne(() => Workshop, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id' })
  workshop?: Workshop;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user?: User | null;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** Lower-cased e-mail, for one sign-up per address. */
  @Column({ type: 'text', nullable: true })
  emailNormalized: string | null;

  /** The language to write to the person in. */
  @Column({ type: 'text', default: 'sv' })
  locale: string;

  @Column({ type: 'timestamptz', nullable: true })
  personalDataErasedAt: Date | null;

  /** SHA-256 (hex) of the cancel link's random token; the token itself is only in the e-mails. */
  @Index('uq_workshop_signup_cancel_token', { unique: true })
  @Column({ type: 'text', nullable: true })
  cancelTokenHash: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** How many took part, per age group and gender. Recording again sets the numbers. */
@ObjectType({ description: 'Participants of one age group and gender.' })
@Entity()
@Check('ck_workshop_participant_count', `"count" >= 0`)
export class WorkshopParticipantCount {
  @PrimaryColumn({ type: 'uuid' })
  workshopId: string;

  @ManyToOne(() => Workshop, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id' })
  workshop?: Workshop;

  @Field(() => AgeGroup)
  @PrimaryColumn({ type: 'text' })
  ageGroup: AgeGroup;

  @Field(() => ParticipantGender)
  @PrimaryColumn({ type: 'text' })
  gender: ParticipantGender;

  @Field(() => Int)
  @Column({ type: 'int' })
  count: number;
}

/**
 * One input of a workshop: what a group's post-it or flip chart said, with its målbilder and a
 * priority (1–3) or a dot-vote count. clientId is generated by the capturing device, so a retry
 * after a lost answer never creates a duplicate.
 */
@ObjectType({ description: "One input of a workshop: what a group's post-it said." })
@Entity()
@Unique(['workshopId', 'clientId'])
@Check('ck_workshop_input_priority', `"priority" IS NULL OR "priority" BETWEEN 1 AND 3`)
@Check('ck_workshop_input_dot_votes', `"dot_votes" IS NULL OR "dot_votes" >= 0`)
export class WorkshopInput {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  workshopId: string;

  @ManyToOne(() => Workshop, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id' })
  workshop?: Workshop;

  @Field(() => ID, { description: 'Generated by the capturing device; the key of idempotent retries.' })
  @Column({ type: 'uuid' })
  clientId: string;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field(() => Int, { nullable: true, description: '1 (highest) to 3.' })
  @Column({ type: 'smallint', nullable: true })
  priority: number | null;

  @Field(() => Int, { nullable: true, description: 'Dots the participants put on it.' })
  @Column({ type: 'int', nullable: true })
  dotVotes: number | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  placeId: string | null;

  @ManyToOne(() => Place, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'place_id' })
  place?: Place | null;

  @Field(() => WorkshopInputStatus)
  @Column({ type: 'text', default: WorkshopInputStatus.DRAFT })
  status: WorkshopInputStatus;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity()
export class WorkshopInputGoal {
  @PrimaryColumn({ type: 'uuid' })
  inputId: string;

  @ManyToOne(() => WorkshopInput, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'input_id' })
  input?: WorkshopInput;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  goalId: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Goal;
}

/**
 * A photo of a flip chart: JPEG or PNG, type checked by content, re-encoded without metadata
 * (no location), stored through AttachmentStorage under storageKey.
 */
@ObjectType({ description: 'A photo of a flip chart from a workshop.' })
@Entity()
@Unique(['workshopId', 'clientId'])
export class WorkshopAttachment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  workshopId: string;

  @ManyToOne(() => Workshop, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id' })
  workshop?: Workshop;

  @Field(() => ID, { description: 'Generated by the capturing device; the key of idempotent retries.' })
  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'text' })
  storageKey: string;

  @Field({ description: 'image/jpeg or image/png.' })
  @Column({ type: 'text' })
  contentType: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  byteSize: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  width: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  height: number;

  @Field(() => String, { nullable: true, description: 'What the photo shows, for screen readers.' })
  @Column({ type: 'text', nullable: true })
  altText: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Each recordWorkshopOutcome call, by the device's clientMutationId: a replay is recognised. */
@Entity()
export class WorkshopOutcomeSubmission {
  @PrimaryColumn({ type: 'uuid' })
  workshopId: string;

  @ManyToOne(() => Workshop, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id' })
  workshop?: Workshop;

  @PrimaryColumn({ type: 'uuid' })
  clientMutationId: string;

  @Column({ type: 'uuid', nullable: true })
  submittedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'submitted_by_id' })
  submittedBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
