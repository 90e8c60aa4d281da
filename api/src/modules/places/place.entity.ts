import { PlaceKind } from '@medskapa/shared';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';

@ObjectType({ description: 'A town, village or district of a municipality.' })
@Entity()
@Unique(['municipalityId', 'name'])
@Check('ck_place_population', `"population" IS NULL OR ("population" >= 0 AND "population_year" IS NOT NULL)`)
@Check('ck_place_coordinates', `("latitude" IS NULL) = ("longitude" IS NULL)`)
export class Place {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  /** Proper name as used locally, e.g. "Töre". */
  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => PlaceKind)
  @Column({ type: 'enum', enum: PlaceKind, enumName: 'place_kind' })
  kind: PlaceKind;

  /** Residents as published by SCB for the tätort, with the year of the figure. */
  @Field(() => Int, { nullable: true, description: 'Residents (SCB figure for the tätort); see populationYear.' })
  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @Field(() => Int, { nullable: true, description: 'The year of the population figure.' })
  @Column({ type: 'smallint', nullable: true })
  populationYear: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

registerEnumType(PlaceKind, { name: 'PlaceKind', description: 'CENTRAL_TOWN (centralort), VILLAGE (by) or DISTRICT.' });
