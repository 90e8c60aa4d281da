import { MembershipRole } from '@medskapa/shared';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { User } from '../users/user.entity';
import { Organization } from './organization.entity';

/**
 * An invitation e-mailed by a leader. The link carries a random token; only its SHA-256 is stored.
 * Whoever opens the link while signed in joins (the link is the proof), once, within seven days.
 */
@ObjectType({ description: 'An invitation to join an organization, sent by e-mail.' })
@Entity()
@Unique(['tokenHash'])
export class OrganizationInvitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field({ description: 'The address the invitation was sent to.' })
  @Column({ type: 'citext' })
  email: string;

  @Field(() => MembershipRole)
  @Column({ type: 'enum', enum: MembershipRole, enumName: 'membership_role' })
  role: MembershipRole;

  @Column({ type: 'text' })
  tokenHash: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  invitedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: User | null;

  @Field()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  /** Who opened the link; need not be the account with `email`. */
  @Column({ type: 'uuid', nullable: true })
  acceptedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'accepted_by_id' })
  acceptedBy?: User | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
