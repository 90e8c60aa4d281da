import { IdeaOrder } from '@medskapa/shared';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/context';
import type { ConnectionShape } from '../../graphql/connection';
import { MunicipalitiesLoaders } from '../municipalities/municipalities.loaders';
import { Municipality } from '../municipalities/municipality.entity';
import { Place } from '../places/place.entity';
import { Goal } from '../strategies/goal.entity';
import { StrategicArea } from '../strategies/strategic-area.entity';
import { IdeaConnection, IdeaFilter, PublicAuthor, SimilarIdea, SubmitIdeaInput } from './dto/idea.types';
import { Idea } from './idea.entity';
import { IdeasLoaders } from './ideas.loaders';
import { IdeasService } from './ideas.service';

@Resolver(() => Idea)
export class IdeasResolver {
  constructor(private readonly service: IdeasService) {}

  @Query(() => IdeaConnection, {
    description: 'Ideas of a municipality, filtered and ordered, at most 100 per page. HIDDEN ideas are never listed.',
  })
  ideas(
    @Args('filter', { type: () => IdeaFilter }) filter: IdeaFilter,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('orderBy', { type: () => IdeaOrder, nullable: true, description: 'RELEVANCE with filter.search, otherwise NEWEST, when not given.' })
    orderBy: IdeaOrder | null,
  ): Promise<ConnectionShape<Idea>> {
    return this.service.list(filter, { first, after, orderBy });
  }

  @Query(() => [SimilarIdea], {
    description:
      'Published ideas of the municipality whose text is near-identical to a draft, most similar first (at most 10): offer "support this instead?" before submitting. Public.',
  })
  similarIdeas(
    @Args('municipalitySlug') municipalitySlug: string,
    @Args('title') title: string,
    @Args('body', { type: () => String, nullable: true }) body: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 5 }) first: number | null,
  ): Promise<SimilarIdea[]> {
    return this.service.similar({ municipalitySlug, title, body, first: first ?? undefined });
  }

  @Query(() => Idea, { nullable: true, description: 'NOT_FOUND when there is none, or when it is HIDDEN and you are neither its author nor a moderator.' })
  idea(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Idea> {
    return this.service.byId(ctx.viewer, id, ctx.loaders);
  }

  @Mutation(() => Idea, {
    description:
      'Publishes an idea. BAD_USER_INPUT naming each field (also for a personnummer, phone number or e-mail address in the title or body); CONFLICT when you already submitted the same text. Signed in.',
  })
  submitIdea(@Args('input') input: SubmitIdeaInput, @Context() ctx: GraphQLContext): Promise<Idea> {
    return this.service.submit(ctx.viewer, input);
  }

  @Mutation(() => Idea, { description: 'Idempotent: a second call changes nothing. FORBIDDEN for your own idea; NOT_FOUND for a hidden one. Signed in.' })
  supportIdea(@Args('ideaId', { type: () => ID }) ideaId: string, @Context() ctx: GraphQLContext): Promise<Idea> {
    return this.service.support(ctx.viewer, ideaId);
  }

  @Mutation(() => Idea, { description: 'Undoes supportIdea; nothing changes when you had not supported it. Signed in.' })
  withdrawSupport(@Args('ideaId', { type: () => ID }) ideaId: string, @Context() ctx: GraphQLContext): Promise<Idea> {
    return this.service.withdrawSupport(ctx.viewer, ideaId);
  }

  @ResolveField(() => Municipality, { description: 'The municipality the idea was submitted to.' })
  async municipality(@Parent() idea: Idea, @Context() ctx: GraphQLContext): Promise<Municipality> {
    const municipality = await ctx.loaders.get(MunicipalitiesLoaders).municipalityById.load(idea.municipalityId);
    if (!municipality) throw new Error(`Idea ${idea.id} has no municipality`);
    return municipality;
  }

  @ResolveField(() => PublicAuthor)
  author(@Parent() idea: Idea, @Context() ctx: GraphQLContext): Promise<PublicAuthor> {
    return this.service.authorOf(idea, ctx.loaders);
  }

  @ResolveField(() => [Goal], { description: 'The målbilder the idea is tagged to.' })
  async goals(@Parent() idea: Idea, @Context() ctx: GraphQLContext): Promise<Goal[]> {
    return (await ctx.loaders.get(IdeasLoaders).goalsByIdea.load(idea.id)).goals;
  }

  @ResolveField(() => [StrategicArea], { description: 'The distinct strategic areas of its målbilder.' })
  async areas(@Parent() idea: Idea, @Context() ctx: GraphQLContext): Promise<StrategicArea[]> {
    return (await ctx.loaders.get(IdeasLoaders).goalsByIdea.load(idea.id)).areas;
  }

  @ResolveField(() => [Place])
  places(@Parent() idea: Idea, @Context() ctx: GraphQLContext): Promise<Place[]> {
    return ctx.loaders.get(IdeasLoaders).placesByIdea.load(idea.id);
  }

  @ResolveField(() => Boolean, { description: 'False when signed out.' })
  viewerHasSupported(@Parent() idea: Idea, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.service.viewerHasSupported(ctx.viewer, idea, ctx.loaders);
  }
}
