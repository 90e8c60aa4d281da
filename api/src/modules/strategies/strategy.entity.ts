import { type LocalizedText, StrategyStatus } from '@medskapa/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { Region } from '../municipalities/region.entity';

/** A development strategy owned by exactly one region (RUS) or one municipality (LUS). */
@ObjectType({ description: 'A development strategy of a region (RUS) or a municipality (LUS).' })
@Entity()
@Unique(['key'])
@Check('ck_strategy_one_owner', `num_nonnulls("region_id", "municipality_id") = 1`)
@Check('ck_strategy_period', `"period_end" IS NULL OR "period_end" >= "period_start"`)
export class Strategy {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable identifier used by imports and the demo seed, e.g. "kalix-lus-2026-2040". */
  @Field({ description: 'Stable identifier, e.g. "kalix-lus-2026-2040".' })
  @Column({ type: 'text' })
  key: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'region_id' })
  region?: Region | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality | null;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb' })
  description: LocalizedText;

  @Field(() => Int, { description: 'First year of the strategy period.' })
  @Column({ type: 'smallint' })
  periodStart: number;

  @Field(() => Int, { nullable: true, description: 'Last year of the strategy period.' })
  @Column({ type: 'smallint', nullable: true })
  periodEnd: number | null;

  @Field(() => StrategyStatus)
  @Column({ type: 'enum', enum: StrategyStatus, enumName: 'strategy_status' })
  status: StrategyStatus;

  /** The document the text is quoted from. */
  @Field({ description: 'The document the Swedish text is quoted from.' })
  @Column({ type: 'text' })
  source: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

registerEnumType(StrategyStatus, { name: 'StrategyStatus' });
