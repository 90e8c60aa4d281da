import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PlaceKind } from '@medskapa/shared';
import type { GraphQLContext } from '../../graphql/context';
import { Municipality } from '../municipalities/municipality.entity';
import { Place } from './place.entity';
import { PlacesService } from './places.service';

@Resolver(() => Place)
export class PlacesResolver {
  constructor(private readonly service: PlacesService) {}

  @Query(() => [Place], {
    description: "A municipality's places: the central town first, then by population. Unknown slug: NOT_FOUND.",
  })
  places(
    @Args('municipalitySlug') municipalitySlug: string,
    @Args('kind', { type: () => PlaceKind, nullable: true }) kind: PlaceKind | undefined,
    @Context() ctx: GraphQLContext,
  ): Promise<Place[]> {
    return this.service.placesBySlug(municipalitySlug, kind ?? undefined, ctx.loaders);
  }
}

@Resolver(() => Municipality)
export class MunicipalityPlacesResolver {
  constructor(private readonly service: PlacesService) {}

  @ResolveField(() => [Place], { description: 'The central town, villages and districts, largest first.' })
  places(
    @Parent() municipality: Municipality,
    @Args('kind', { type: () => PlaceKind, nullable: true }) kind: PlaceKind | undefined,
    @Context() ctx: GraphQLContext,
  ): Promise<Place[]> {
    return this.service.placesOf(municipality, kind ?? undefined, ctx.loaders);
  }
}
