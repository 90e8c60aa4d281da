import { OrganizationKind, OrganizationStatus } from '@medskapa/shared';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { Place } from '../places/place.entity';
import { User } from '../users/user.entity';

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'Byaförening, hembygdsförening, Folkets hus, ungdomsråd, elevråd or other.',
});
registerEnumType(OrganizationStatus, {
  name: 'OrganizationStatus',
  description: 'New organizations are PENDING until an officer of the municipality approves or rejects them.',
});

/**
 * A förening, youth council or school council of a municipality. Its leaders invite members and
 * act for it (workshops, polls) once an officer has approved it.
 */
@ObjectType({ description: 'A förening, youth council or school council taking part in the dialogue.' })
@Entity()
@Unique(['municipalityId', 'name'])
@Check('ck_organization_description_length', `"description" IS NULL OR char_length("description") <= 2000`)
@Check('ck_organization_rejection_reason', `"status" <> 'REJECTED' OR "review_reason" IS NOT NULL`)
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  /** citext, so the unique constraint per municipality ignores case. */
  @Field()
  @Column({ type: 'citext' })
  name: string;

  @Field(() => OrganizationKind)
  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;

  /** A place of the same municipality (checked by the service). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  homePlaceId: string | null;

  @ManyToOne(() => Place, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'home_place_id' })
  homePlace?: Place | null;

  @Column({ type: 'citext', nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => OrganizationStatus)
  @Column({ type: 'enum', enum: OrganizationStatus, enumName: 'organization_status', default: OrganizationStatus.PENDING })
  status: OrganizationStatus;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'reviewed_by_id' })
  reviewedBy?: User | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  /** Why the officer decided as they did; required when rejecting. */
  @Column({ type: 'text', nullable: true })
  reviewReason: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
