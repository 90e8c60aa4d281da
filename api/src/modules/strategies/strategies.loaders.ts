import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type Repository } from 'typeorm';
import type { LoaderFactory } from '../../graphql/loader-registry';
import { Goal } from './goal.entity';
import { StrategicArea } from './strategic-area.entity';
import { Strategy } from './strategy.entity';

export interface StrategiesLoaderSet {
  strategyById: DataLoader<string, Strategy | null>;
  strategiesByMunicipality: DataLoader<string, Strategy[]>;
  strategiesByRegion: DataLoader<string, Strategy[]>;
  areaById: DataLoader<string, StrategicArea | null>;
  areasByStrategy: DataLoader<string, StrategicArea[]>;
  goalById: DataLoader<string, Goal | null>;
  goalsByArea: DataLoader<string, Goal[]>;
}

function byKey<T, K extends keyof T>(keys: readonly string[], rows: T[], key: K): Array<T | null> {
  const map = new Map(rows.map((row) => [row[key] as unknown as string, row]));
  return keys.map((k) => map.get(k) ?? null);
}

function groupBy<T, K extends keyof T>(keys: readonly string[], rows: T[], key: K): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(row[key] as unknown as string)?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

const NEWEST_FIRST = { periodStart: 'DESC', key: 'ASC' } as const;

@Injectable()
export class StrategiesLoaders implements LoaderFactory<StrategiesLoaderSet> {
  constructor(
    @InjectRepository(Strategy) private readonly strategies: Repository<Strategy>,
    @InjectRepository(StrategicArea) private readonly areas: Repository<StrategicArea>,
    @InjectRepository(Goal) private readonly goals: Repository<Goal>,
  ) {}

  create(): StrategiesLoaderSet {
    return {
      strategyById: new DataLoader(async (ids) => byKey(ids, await this.strategies.findBy({ id: In([...ids]) }), 'id')),
      strategiesByMunicipality: new DataLoader(async (ids) =>
        groupBy(ids, await this.strategies.find({ where: { municipalityId: In([...ids]) }, order: NEWEST_FIRST }), 'municipalityId'),
      ),
      strategiesByRegion: new DataLoader(async (ids) =>
        groupBy(ids, await this.strategies.find({ where: { regionId: In([...ids]) }, order: NEWEST_FIRST }), 'regionId'),
      ),
      areaById: new DataLoader(async (ids) => byKey(ids, await this.areas.findBy({ id: In([...ids]) }), 'id')),
      areasByStrategy: new DataLoader(async (ids) =>
        groupBy(ids, await this.areas.find({ where: { strategyId: In([...ids]) }, order: { position: 'ASC' } }), 'strategyId'),
      ),
      goalById: new DataLoader(async (ids) => byKey(ids, await this.goals.findBy({ id: In([...ids]) }), 'id')),
      goalsByArea: new DataLoader(async (ids) =>
        groupBy(ids, await this.goals.find({ where: { areaId: In([...ids]) }, order: { position: 'ASC' } }), 'areaId'),
      ),
    };
  }
}
