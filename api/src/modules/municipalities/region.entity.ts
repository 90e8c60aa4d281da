import type { LocalizedText } from '@medskapa/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Municipality } from './municipality.entity';

@ObjectType({ description: 'A county region with its regional development strategy, e.g. Norrbotten.' })
@Entity()
@Unique(['slug'])
export class Region {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'jsonb' })
  name: LocalizedText;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @OneToMany('Municipality', (municipality: Municipality) => municipality.region)
  municipalities?: Municipality[];
}
