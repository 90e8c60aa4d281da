import { Injectable } from '@nestjs/common';
import { idSchema, StrategyStatus, strategyCodeSchema } from '@medskapa/shared';
import { DomainError, parseArgument } from '../../common/domain-error';
import type { RequestLoaders } from '../../graphql/loader-registry';
import type { Municipality } from '../municipalities/municipality.entity';
import type { Region } from '../municipalities/region.entity';
import type { Goal } from './goal.entity';
import type { StrategicArea } from './strategic-area.entity';
import type { Strategy } from './strategy.entity';
import { StrategiesLoaders } from './strategies.loaders';

/** Read access to strategies, their areas and målbilder, batched per request through DataLoaders. */
@Injectable()
export class StrategiesService {
  strategiesOfMunicipality(municipality: Municipality, loaders: RequestLoaders): Promise<Strategy[]> {
    return loaders.get(StrategiesLoaders).strategiesByMunicipality.load(municipality.id);
  }

  strategiesOfRegion(region: Region, loaders: RequestLoaders): Promise<Strategy[]> {
    return loaders.get(StrategiesLoaders).strategiesByRegion.load(region.id);
  }

  /** The adopted strategy with the latest period, or the latest of any status when none is adopted. */
  async currentStrategyOf(owner: Municipality | Region, kind: 'municipality' | 'region', loaders: RequestLoaders) {
    const strategies =
      kind === 'municipality'
        ? await this.strategiesOfMunicipality(owner as Municipality, loaders)
        : await this.strategiesOfRegion(owner as Region, loaders);
    return strategies.find((s) => s.status === StrategyStatus.ADOPTED) ?? strategies[0] ?? null;
  }

  areasOf(strategy: Strategy, loaders: RequestLoaders): Promise<StrategicArea[]> {
    return loaders.get(StrategiesLoaders).areasByStrategy.load(strategy.id);
  }

  async areaByCode(strategy: Strategy, code: string, loaders: RequestLoaders): Promise<StrategicArea> {
    const valid = parseArgument(strategyCodeSchema, code, 'code');
    const area = (await this.areasOf(strategy, loaders)).find((a) => a.code === valid);
    if (!area) throw DomainError.notFound('strategic area', valid);
    return area;
  }

  async area(id: string, loaders: RequestLoaders): Promise<StrategicArea> {
    const valid = parseArgument(idSchema, id, 'id');
    const area = await loaders.get(StrategiesLoaders).areaById.load(valid);
    if (!area) throw DomainError.notFound('strategic area', valid);
    return area;
  }

  async goal(id: string, loaders: RequestLoaders): Promise<Goal> {
    const valid = parseArgument(idSchema, id, 'id');
    const goal = await loaders.get(StrategiesLoaders).goalById.load(valid);
    if (!goal) throw DomainError.notFound('goal', valid);
    return goal;
  }

  async strategyOf(area: StrategicArea, loaders: RequestLoaders): Promise<Strategy> {
    return (await loaders.get(StrategiesLoaders).strategyById.load(area.strategyId)) as Strategy;
  }

  regionalAreaOf(area: StrategicArea, loaders: RequestLoaders): Promise<StrategicArea | null> {
    return area.regionalAreaId ? loaders.get(StrategiesLoaders).areaById.load(area.regionalAreaId) : Promise.resolve(null);
  }

  goalsOf(area: StrategicArea, loaders: RequestLoaders): Promise<Goal[]> {
    return loaders.get(StrategiesLoaders).goalsByArea.load(area.id);
  }

  async areaOf(goal: Goal, loaders: RequestLoaders): Promise<StrategicArea> {
    return (await loaders.get(StrategiesLoaders).areaById.load(goal.areaId)) as StrategicArea;
  }

  regionalGoalOf(goal: Goal, loaders: RequestLoaders): Promise<Goal | null> {
    return goal.regionalGoalId ? loaders.get(StrategiesLoaders).goalById.load(goal.regionalGoalId) : Promise.resolve(null);
  }
}
