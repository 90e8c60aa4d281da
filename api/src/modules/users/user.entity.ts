import { AssuranceLevel, type Locale } from '@medskapa/shared';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { LocaleEnum } from '../../graphql/localized.types';
import { Municipality } from '../municipalities/municipality.entity';
import { Place } from '../places/place.entity';

registerEnumType(AssuranceLevel, { name: 'AssuranceLevel', description: 'Level of assurance of a verified identity (eIDAS).' });

/** A person's account. Personal data is kept to what the platform needs and is removed on deletion. */
@ObjectType({ description: 'A person with an account. Only the person themself (and admins) see private fields.' })
@Entity({ name: 'app_user' })
@Unique(['email'])
@Unique(['eidSubjectHash'])
@Check('ck_app_user_birth_year', `"birth_year" IS NULL OR "birth_year" BETWEEN 1900 AND 2100`)
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower-cased; null for accounts created through e-ID only and for deleted accounts. */
  @Column({ type: 'citext', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Field()
  @Column({ type: 'text' })
  displayName: string;

  @Field(() => LocaleEnum)
  @Column({ type: 'text', default: 'sv' })
  locale: Locale;

  /** For age-group statistics only; never shown to others. */
  @Column({ type: 'smallint', nullable: true })
  birthYear: number | null;

  /** The municipality the person takes part in (from the home place, or chosen at sign-up). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  homePlaceId: string | null;

  @ManyToOne(() => Place, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'home_place_id' })
  homePlace?: Place | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** Set when the person signed in with e-ID; the level the identity provider vouched for. */
  @Column({ type: 'enum', enum: AssuranceLevel, enumName: 'assurance_level', nullable: true })
  assuranceLevel: AssuranceLevel | null;

  @Column({ type: 'timestamptz', nullable: true })
  identityVerifiedAt: Date | null;

  /** HMAC of the e-ID subject (e.g. a personnummer); the number itself is never stored. */
  @Column({ type: 'text', nullable: true })
  eidSubjectHash: string | null;

  /** Set when the person deleted their account; contributions stay under "removed user". */
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
