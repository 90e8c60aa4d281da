import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type DataSource, In, type Repository } from 'typeorm';
import type { LoaderFactory } from '../../graphql/loader-registry';
import type { Place } from '../places/place.entity';
import type { Goal } from '../strategies/goal.entity';
import type { StrategicArea } from '../strategies/strategic-area.entity';
import { Idea, IdeaGoal, IdeaPlace } from './idea.entity';

export interface IdeaGoals {
  goals: Goal[];
  /** The distinct areas of the goals, in area order. */
  areas: StrategicArea[];
}

export interface IdeasLoaderSet {
  ideaById: DataLoader<string, Idea | null>;
  /** Goals and their areas in one query. */
  goalsByIdea: DataLoader<string, IdeaGoals>;
  placesByIdea: DataLoader<string, Place[]>;
  /** Keys are `${userId}:${ideaId}`. */
  supported: DataLoader<string, boolean>;
}

@Injectable()
export class IdeasLoaders implements LoaderFactory<IdeasLoaderSet> {
  constructor(
    @InjectRepository(Idea) private readonly ideas: Repository<Idea>,
    @InjectRepository(IdeaGoal) private readonly ideaGoals: Repository<IdeaGoal>,
    @InjectRepository(IdeaPlace) private readonly ideaPlaces: Repository<IdeaPlace>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  create(): IdeasLoaderSet {
    return {
      ideaById: new DataLoader(async (ids) => {
        const rows = await this.ideas.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      goalsByIdea: new DataLoader(async (ids) => {
        const links = await this.ideaGoals.find({
          where: { ideaId: In([...ids]) },
          relations: { goal: { area: true } },
          order: { goal: { area: { position: 'ASC' }, position: 'ASC' } },
        });
        const groups = new Map<string, IdeaGoals>(ids.map((id) => [id, { goals: [], areas: [] }]));
        for (const link of links) {
          const group = groups.get(link.ideaId);
          if (!group || !link.goal) continue;
          const { area, ...goal } = link.goal;
          group.goals.push(goal as Goal);
          if (area && !group.areas.some((a) => a.id === area.id)) group.areas.push(area);
        }
        return ids.map((id) => groups.get(id)!);
      }),
      placesByIdea: new DataLoader(async (ids) => {
        const links = await this.ideaPlaces.find({ where: { ideaId: In([...ids]) }, relations: { place: true }, order: { place: { name: 'ASC' } } });
        const groups = new Map<string, Place[]>(ids.map((id) => [id, []]));
        for (const link of links) if (link.place) groups.get(link.ideaId)?.push(link.place);
        return ids.map((id) => groups.get(id) ?? []);
      }),
      supported: new DataLoader(async (keys) => {
        const pairs = keys.map((key) => key.split(':') as [string, string]);
        const rows: Array<{ key: string }> = await this.dataSource.query(
          `SELECT s.user_id || ':' || s.idea_id AS key FROM idea_support s
           WHERE s.user_id = ANY($1::uuid[]) AND s.idea_id = ANY($2::uuid[])`,
          [[...new Set(pairs.map((p) => p[0]))], [...new Set(pairs.map((p) => p[1]))]],
        );
        const found = new Set(rows.map((row) => row.key));
        return keys.map((key) => found.has(key));
      }),
    };
  }
}
