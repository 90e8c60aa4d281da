import type { LocalizedText } from '@medskapa/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Region } from './region.entity';

@ObjectType({ description: 'A Swedish municipality (kommun).' })
@Entity()
@Unique(['slug'])
@Unique(['municipalCode'])
@Check('ck_municipality_municipal_code', `"municipal_code" ~ '^[0-9]{4}$'`)
// Idea settings (migration IdeaAnswers): a support threshold by count or per mille of the population, not both.
@Check('ck_municipality_idea_support_threshold', `"idea_support_threshold" IS NULL OR "idea_support_threshold_per_mille" IS NULL`)
@Check(
  'ck_municipality_idea_settings_positive',
  `("population" IS NULL OR "population" > 0) AND ("idea_support_threshold" IS NULL OR "idea_support_threshold" > 0) AND ("idea_support_threshold_per_mille" IS NULL OR "idea_support_threshold_per_mille" > 0)`,
)
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

  /** Residents, for the per mille support threshold (SCB figure; officers keep it current). */
  @Column({ type: 'integer', nullable: true })
  population: number | null;

  /** Supports that send a published idea to UNDER_REVIEW; null when counted per mille or not at all. */
  @Column({ type: 'integer', nullable: true })
  ideaSupportThreshold: number | null;

  /** The threshold as supports per 1000 residents (rounded up); null when a count is set or none. */
  @Column({
    type: 'numeric',
    nullable: true,
    transformer: { to: (value: number | null | undefined) => value, from: (value: string | null) => (value === null ? null : Number(value)) },
  })
  ideaSupportThresholdPerMille: number | null;

  /** Ideas in a national minority language skip the threshold (administrative areas for Finnish, Meänkieli, Sami). */
  @Column({ type: 'boolean', default: false })
  ideaThresholdMinorityLanguageExempt: boolean;
}
