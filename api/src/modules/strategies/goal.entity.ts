import type { LocalizedText } from '@medskapa/shared';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { StrategicArea } from './strategic-area.entity';

/** A målbild (goal picture) of a strategic area, with its steps ("resan dit", "vägar framåt"). */
@ObjectType({ description: 'A målbild (goal picture) of a strategic area with its steps ("resan dit").' })
@Entity()
@Unique(['areaId', 'code'])
export class Goal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  areaId: string;

  @ManyToOne(() => StrategicArea, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'area_id' })
  area?: StrategicArea;

  @Field()
  @Column({ type: 'text' })
  code: string;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  steps: LocalizedText[];

  /** The regional målbild this goal corresponds to. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  regionalGoalId: string | null;

  @ManyToOne(() => Goal, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'regional_goal_id' })
  regionalGoal?: Goal | null;
}
