import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../graphql/json.scalar';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what, when, in which role: every privileged action. Append-only. */
@ObjectType()
@Entity()
@Index(['municipalityId', 'occurredAt'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** The actor's name at the time, kept so the log still reads after the account is gone. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  actorName: string | null;

  /** The roles the actor held in the municipality when acting. */
  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  actorRoles: string[];

  @Column({ type: 'uuid', nullable: true })
  municipalityId: string | null;

  @Field({ description: 'e.g. ROLE_GRANTED, ORGANIZATION_APPROVED.' })
  @Column({ type: 'text' })
  action: string;

  @Field()
  @Column({ type: 'text' })
  targetType: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  targetId: string | null;

  @Field(() => GraphQLJSON)
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
