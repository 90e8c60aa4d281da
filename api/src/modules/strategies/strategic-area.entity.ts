import type { LocalizedText } from '@medskapa/shared';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Strategy } from './strategy.entity';

@ObjectType({ description: 'A strategic area (strategiskt område, prioriterat område, målområde).' })
@Entity()
@Unique(['strategyId', 'code'])
@Check('ck_strategic_area_sdgs', `"sdgs" <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::smallint[]`)
export class StrategicArea {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  strategyId: string;

  @ManyToOne(() => Strategy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id' })
  strategy?: Strategy;

  /** The document's own numbering, e.g. "5.1" in the Kalix LUS or "A" in Norrbottensstrategin. */
  @Field({ description: 'The document\'s own numbering, e.g. "5.1".' })
  @Column({ type: 'text' })
  code: string;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb' })
  description: LocalizedText;

  /** The area of the regional strategy this one mirrors (LUS area → RUS priority area). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  regionalAreaId: string | null;

  @ManyToOne(() => StrategicArea, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'regional_area_id' })
  regionalArea?: StrategicArea | null;

  /** Agenda 2030 goal numbers (1–17). */
  @Field(() => [Int], { description: 'Agenda 2030 goal numbers (1–17) the area contributes to.' })
  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  sdgs: number[];
}
