import { Role } from '@medskapa/shared';
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { User } from './user.entity';

registerEnumType(Role, { name: 'Role', description: 'RESIDENT (everyone), MODERATOR, OFFICER, ADMIN; each includes the ones before.' });

/** A role granted to a person in one municipality. RESIDENT is implicit and never stored. */
@ObjectType()
@Entity()
@Unique(['userId', 'municipalityId', 'role'])
export class RoleAssignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index()
  @Column({ type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  grantedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'granted_by_id' })
  grantedBy?: User | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
