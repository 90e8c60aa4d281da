import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every e-mail the platform sends. With no SMTP server configured the outbox is the delivery
 * (officers read it in the admin UI, tests assert on it); with one, it is the sending log.
 */
@ObjectType({ description: 'An e-mail the platform sent or queued.' })
@Entity()
export class OutboxMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Index()
  @Column({ type: 'citext' })
  toAddress: string;

  @Field()
  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  bodyText: string;

  @Field({ description: 'The template it was written from: emailVerification, passwordReset or invitation.' })
  @Column({ type: 'text' })
  kind: string;

  @Field()
  @Column({ type: 'text' })
  locale: string;

  /** The municipality the message concerns (the recipient's, or the organization's); scopes who may read it. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  municipalityId: string | null;

  @Field()
  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}
