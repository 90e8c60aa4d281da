import { MembershipRole } from '@medskapa/shared';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { User } from '../users/user.entity';
import { Organization } from './organization.entity';

registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'LEADER (invites members and acts for the organization) or MEMBER.',
});

/** A person's membership of an organization. */
@ObjectType({ description: "A person's membership of an organization." })
@Entity()
@Unique(['organizationId', 'userId'])
export class Membership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field(() => MembershipRole)
  @Column({ type: 'enum', enum: MembershipRole, enumName: 'membership_role' })
  role: MembershipRole;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
