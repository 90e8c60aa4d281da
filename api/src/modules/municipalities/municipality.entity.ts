import type { LocalizedText } from '@medskapa/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Region } from './region.entity';

@ObjectType({ description: 'A Swedish municipality (kommun).' })
@Entity()
@Unique(['slug'])
@Unique(['municipalCode'])
@Check('ck_municipality_municipal_code', `"municipal_code" ~ '^[0-9]{4}$'`)
export class Municipality {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'URL name, e.g. "kalix".' })
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'jsonb' })
  name: LocalizedText;

  /** SCB's four-digit kommunkod, e.g. 2514 for Kalix. */
  @Field({ description: "SCB's four-digit municipal code, e.g. 2514 for Kalix." })
  @Column({ type: 'text' })
  municipalCode: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, (region) => region.municipalities, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'region_id' })
  region?: Region | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
