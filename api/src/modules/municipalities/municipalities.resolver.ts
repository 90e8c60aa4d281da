import { Args, Context, Query, ResolveField, Resolver, Parent } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/context';
import { textIn, Translation, translationsOf } from '../../graphql/localized.types';
import { MunicipalitiesService } from './municipalities.service';
import { Municipality } from './municipality.entity';
import { Region } from './region.entity';

@Resolver(() => Municipality)
export class MunicipalitiesResolver {
  constructor(private readonly service: MunicipalitiesService) {}

  @Query(() => [Municipality], { description: 'All municipalities on this platform.' })
  municipalities(): Promise<Municipality[]> {
    return this.service.list();
  }

  @Query(() => Municipality, {
    nullable: true,
    description: 'One municipality by its slug, e.g. "kalix". An unknown slug gives NOT_FOUND.',
  })
  municipality(@Args('slug') slug: string): Promise<Municipality> {
    return this.service.bySlug(slug);
  }

  @ResolveField(() => String, { description: "The municipality's name in the request's language." })
  name(@Parent() municipality: Municipality, @Context() ctx: GraphQLContext): string {
    return textIn(municipality.name, ctx.locale);
  }

  @ResolveField(() => [Translation])
  nameTranslations(@Parent() municipality: Municipality): Translation[] {
    return translationsOf(municipality.name);
  }

  @ResolveField(() => Region, { nullable: true })
  region(@Parent() municipality: Municipality, @Context() ctx: GraphQLContext): Promise<Region | null> {
    return this.service.regionOf(municipality, ctx.loaders);
  }
}

@Resolver(() => Region)
export class RegionsResolver {
  constructor(private readonly service: MunicipalitiesService) {}

  @Query(() => [Region], { description: 'All regions (län) on this platform.' })
  regions(): Promise<Region[]> {
    return this.service.listRegions();
  }

  @Query(() => Region, { nullable: true, description: 'One region by its slug, e.g. "norrbotten".' })
  region(@Args('slug') slug: string): Promise<Region> {
    return this.service.regionBySlug(slug);
  }

  @ResolveField(() => String)
  name(@Parent() region: Region, @Context() ctx: GraphQLContext): string {
    return textIn(region.name, ctx.locale);
  }

  @ResolveField(() => [Translation])
  nameTranslations(@Parent() region: Region): Translation[] {
    return translationsOf(region.name);
  }
}
