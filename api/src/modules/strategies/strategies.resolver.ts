import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { TranslationStatus } from '@medskapa/shared';
import type { GraphQLContext } from '../../graphql/context';
import { statusIn, textIn, Translation, translationsOf } from '../../graphql/localized.types';
import { Municipality } from '../municipalities/municipality.entity';
import { Region } from '../municipalities/region.entity';
import { Goal } from './goal.entity';
import { StrategicArea } from './strategic-area.entity';
import { Strategy } from './strategy.entity';
import { StrategiesService } from './strategies.service';

const TRANSLATION_STATUS_DESCRIPTION =
  'REVIEWED when every text of this item is a reviewed translation in the request language; ' +
  'MACHINE_ASSISTED or MISSING (shown in a fallback language) otherwise.';

@Resolver(() => Strategy)
export class StrategyResolver {
  constructor(private readonly service: StrategiesService) {}

  @ResolveField(() => String)
  title(@Parent() strategy: Strategy, @Context() ctx: GraphQLContext): string {
    return textIn(strategy.title, ctx.locale);
  }

  @ResolveField(() => [Translation])
  titleTranslations(@Parent() strategy: Strategy): Translation[] {
    return translationsOf(strategy.title);
  }

  @ResolveField(() => String)
  description(@Parent() strategy: Strategy, @Context() ctx: GraphQLContext): string {
    return textIn(strategy.description, ctx.locale);
  }

  @ResolveField(() => [Translation])
  descriptionTranslations(@Parent() strategy: Strategy): Translation[] {
    return translationsOf(strategy.description);
  }

  @ResolveField(() => TranslationStatus, { description: TRANSLATION_STATUS_DESCRIPTION })
  translationStatus(@Parent() strategy: Strategy, @Context() ctx: GraphQLContext): TranslationStatus {
    return statusIn([strategy.title, strategy.description], ctx.locale);
  }

  @ResolveField(() => [StrategicArea])
  areas(@Parent() strategy: Strategy, @Context() ctx: GraphQLContext): Promise<StrategicArea[]> {
    return this.service.areasOf(strategy, ctx.loaders);
  }

  @ResolveField(() => StrategicArea, { nullable: true, description: 'One area by its code, e.g. "5.1".' })
  area(@Parent() strategy: Strategy, @Args('code') code: string, @Context() ctx: GraphQLContext) {
    return this.service.areaByCode(strategy, code, ctx.loaders);
  }
}

@Resolver(() => StrategicArea)
export class StrategicAreaResolver {
  constructor(private readonly service: StrategiesService) {}

  @Query(() => StrategicArea, { nullable: true })
  strategicArea(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<StrategicArea> {
    return this.service.area(id, ctx.loaders);
  }

  @ResolveField(() => String)
  title(@Parent() area: StrategicArea, @Context() ctx: GraphQLContext): string {
    return textIn(area.title, ctx.locale);
  }

  @ResolveField(() => [Translation])
  titleTranslations(@Parent() area: StrategicArea): Translation[] {
    return translationsOf(area.title);
  }

  @ResolveField(() => String)
  description(@Parent() area: StrategicArea, @Context() ctx: GraphQLContext): string {
    return textIn(area.description, ctx.locale);
  }

  @ResolveField(() => [Translation])
  descriptionTranslations(@Parent() area: StrategicArea): Translation[] {
    return translationsOf(area.description);
  }

  @ResolveField(() => TranslationStatus, { description: TRANSLATION_STATUS_DESCRIPTION })
  translationStatus(@Parent() area: StrategicArea, @Context() ctx: GraphQLContext): TranslationStatus {
    return statusIn([area.title, area.description], ctx.locale);
  }

  @ResolveField(() => Strategy)
  strategy(@Parent() area: StrategicArea, @Context() ctx: GraphQLContext): Promise<Strategy> {
    return this.service.strategyOf(area, ctx.loaders);
  }

  @ResolveField(() => [Goal], { description: 'The målbilder of this area, in document order.' })
  goals(@Parent() area: StrategicArea, @Context() ctx: GraphQLContext): Promise<Goal[]> {
    return this.service.goalsOf(area, ctx.loaders);
  }

  @ResolveField(() => StrategicArea, {
    nullable: true,
    description: 'The area of the regional strategy this one mirrors (LUS area → RUS priority area).',
  })
  regionalArea(@Parent() area: StrategicArea, @Context() ctx: GraphQLContext): Promise<StrategicArea | null> {
    return this.service.regionalAreaOf(area, ctx.loaders);
  }
}

@Resolver(() => Goal)
export class GoalResolver {
  constructor(private readonly service: StrategiesService) {}

  @Query(() => Goal, { nullable: true })
  goal(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Goal> {
    return this.service.goal(id, ctx.loaders);
  }

  @ResolveField(() => String)
  title(@Parent() goal: Goal, @Context() ctx: GraphQLContext): string {
    return textIn(goal.title, ctx.locale);
  }

  @ResolveField(() => [Translation])
  titleTranslations(@Parent() goal: Goal): Translation[] {
    return translationsOf(goal.title);
  }

  @ResolveField(() => [String], { description: 'The steps towards the goal ("resan dit"), in document order.' })
  steps(@Parent() goal: Goal, @Context() ctx: GraphQLContext): string[] {
    return goal.steps.map((step) => textIn(step, ctx.locale));
  }

  @ResolveField(() => [[Translation]], { description: 'Every translation of each step, in the order of `steps`.' })
  stepTranslations(@Parent() goal: Goal): Translation[][] {
    return goal.steps.map(translationsOf);
  }

  @ResolveField(() => TranslationStatus, { description: TRANSLATION_STATUS_DESCRIPTION })
  translationStatus(@Parent() goal: Goal, @Context() ctx: GraphQLContext): TranslationStatus {
    return statusIn([goal.title, ...goal.steps], ctx.locale);
  }

  @ResolveField(() => StrategicArea)
  area(@Parent() goal: Goal, @Context() ctx: GraphQLContext): Promise<StrategicArea> {
    return this.service.areaOf(goal, ctx.loaders);
  }

  @ResolveField(() => Goal, { nullable: true, description: 'The regional målbild this goal corresponds to.' })
  regionalGoal(@Parent() goal: Goal, @Context() ctx: GraphQLContext): Promise<Goal | null> {
    return this.service.regionalGoalOf(goal, ctx.loaders);
  }
}

@Resolver(() => Municipality)
export class MunicipalityStrategiesResolver {
  constructor(private readonly service: StrategiesService) {}

  @ResolveField(() => [Strategy], { description: "The municipality's strategies, newest period first." })
  strategies(@Parent() municipality: Municipality, @Context() ctx: GraphQLContext): Promise<Strategy[]> {
    return this.service.strategiesOfMunicipality(municipality, ctx.loaders);
  }

  @ResolveField(() => Strategy, { nullable: true, description: 'The adopted strategy in force (else the latest).' })
  currentStrategy(@Parent() municipality: Municipality, @Context() ctx: GraphQLContext) {
    return this.service.currentStrategyOf(municipality, 'municipality', ctx.loaders);
  }
}

@Resolver(() => Region)
export class RegionStrategiesResolver {
  constructor(private readonly service: StrategiesService) {}

  @ResolveField(() => [Strategy], { description: "The region's strategies, newest period first." })
  strategies(@Parent() region: Region, @Context() ctx: GraphQLContext): Promise<Strategy[]> {
    return this.service.strategiesOfRegion(region, ctx.loaders);
  }

  @ResolveField(() => Strategy, { nullable: true, description: 'The adopted regional strategy in force.' })
  currentStrategy(@Parent() region: Region, @Context() ctx: GraphQLContext) {
    return this.service.currentStrategyOf(region, 'region', ctx.loaders);
  }
}
