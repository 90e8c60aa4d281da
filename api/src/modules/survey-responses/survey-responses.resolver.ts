import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type ConnectionShape, decodeCursor, pageSize, toConnection } from '../../graphql/connection';
import type { GraphQLContext } from '../../graphql/context';
import { Place } from '../places/place.entity';
import { PlacesLoaders } from '../places/places.loaders';
import { Survey } from '../surveys/survey.entity';
import {
  SurveyAnswersArgs,
  SurveyDemographics,
  SurveyFreeTextAnswer,
  SurveyFreeTextConnection,
  SurveyProgress,
  SurveyQuestionResult,
  SurveyReceipt,
  SurveyResults,
  SurveyResultsFilter,
} from './dto/survey-response.types';
import { SurveyResponsesLoaders } from './survey-responses.loaders';
import { SurveyResponsesService } from './survey-responses.service';

@Resolver()
export class SurveyResponsesResolver {
  constructor(private readonly service: SurveyResponsesService) {}

  @Query(() => SurveyProgress, { nullable: true, description: "The viewer's saved or submitted response: by account when signed in (else by the browser's token); null if none." })
  mySurveyResponse(
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('respondentToken', { type: () => String, nullable: true }) respondentToken: string | null,
    @Context() ctx: GraphQLContext,
  ): Promise<SurveyProgress | null> {
    return this.service.mySurveyResponse(ctx.viewer, surveyId, respondentToken);
  }

  @Mutation(() => SurveyProgress, { description: 'Saves the answers so far (IN_PROGRESS), replacing those saved before; checks each answer\'s shape, not required-ness.' })
  saveSurveyProgress(@Args() args: SurveyAnswersArgs, @Context() ctx: GraphQLContext): Promise<SurveyProgress> {
    return this.service.saveProgress(ctx.viewer, args, ctx.clientAddress, ctx.locale);
  }

  @Mutation(() => SurveyReceipt, { description: 'Submits the response once: every shown required question answered; answers to hidden questions dropped.' })
  submitSurveyResponse(@Args() args: SurveyAnswersArgs, @Context() ctx: GraphQLContext): Promise<SurveyReceipt> {
    return this.service.submit(ctx.viewer, args, ctx.clientAddress, ctx.locale);
  }

  @Query(() => SurveyResults, { description: 'Officers and moderators: always, with filters. Everyone else: once the survey is CLOSED (filter ignored); CONFLICT RESULTS_NOT_PUBLIC before.' })
  surveyResults(
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('filter', { type: () => SurveyResultsFilter, nullable: true }) filter: SurveyResultsFilter | null,
    @Context() ctx: GraphQLContext,
  ): Promise<SurveyResults> {
    return this.service.results(ctx.viewer, surveyId, filter);
  }

  @Mutation(() => SurveyFreeTextAnswer, { description: 'Hides a free text (or "other" text) from the results and shows "[dold]" in the CSV. Officers and moderators of the municipality.' })
  hideSurveyAnswer(
    @Args('responseId', { type: () => ID }) responseId: string,
    @Args('questionId', { type: () => ID }) questionId: string,
    @Args('reason') reason: string,
    @Context() ctx: GraphQLContext,
  ): Promise<SurveyFreeTextAnswer> {
    return this.service.hideAnswer(ctx.viewer, responseId, questionId, reason);
  }

  @Mutation(() => SurveyFreeTextAnswer, { description: 'Shows a hidden free text again. Officers and moderators of the municipality.' })
  restoreSurveyAnswer(
    @Args('responseId', { type: () => ID }) responseId: string,
    @Args('questionId', { type: () => ID }) questionId: string,
    @Context() ctx: GraphQLContext,
  ): Promise<SurveyFreeTextAnswer> {
    return this.service.restoreAnswer(ctx.viewer, responseId, questionId);
  }
}

@Resolver(() => SurveyQuestionResult)
export class SurveyQuestionResultResolver {
  @ResolveField(() => SurveyFreeTextConnection, { description: 'FREE_TEXT answers and "other" texts, newest first.' })
  freeTexts(
    @Parent() result: SurveyQuestionResult,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): ConnectionShape<SurveyFreeTextAnswer> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const items = result.freeTextItems;
    // Newest first by (submittedAt, responseId): the cursor is the last item's pair.
    const start = cursor
      ? items.findIndex((item) => {
          const at = item.submittedAt.toISOString();
          return at < cursor.at || (at === cursor.at && item.responseId < cursor.id);
        })
      : 0;
    const rows = start < 0 ? [] : items.slice(start, start + size + 1).map((item) => ({ ...item, id: item.responseId, itemId: item.id }));
    const connection = toConnection(rows, size, items.length, (row) => row.submittedAt);
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: { ...edge.node, id: edge.node.itemId } })) };
  }
}

@Resolver(() => SurveyDemographics)
export class SurveyDemographicsResolver {
  @ResolveField(() => Place, { nullable: true })
  homePlace(@Parent() demographics: SurveyDemographics, @Context() ctx: GraphQLContext): Promise<Place | null> | null {
    return demographics.homePlaceId ? ctx.loaders.get(PlacesLoaders).placeById.load(demographics.homePlaceId) : null;
  }
}

@Resolver(() => Survey)
export class SurveyResponseCountResolver {
  @ResolveField(() => Int, { description: 'SUBMITTED responses of this version.' })
  responseCount(@Parent() survey: Survey, @Context() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.get(SurveyResponsesLoaders).submittedCountBySurvey.load(survey.id);
  }
}
