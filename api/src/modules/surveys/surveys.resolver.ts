import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/context';
import { LanguageStatus, textIn, Translation, translationsOf } from '../../graphql/localized.types';
import { Dialogue } from '../dialogues/dialogue.entity';
import { MunicipalitiesLoaders } from '../municipalities/municipalities.loaders';
import { Municipality } from '../municipalities/municipality.entity';
import { SurveyInput, SurveysArgs } from './dto/survey.inputs';
import { type SurveySectionParent, SurveySectionView } from './dto/survey.types';
import { Survey } from './survey.entity';
import { SurveysService } from './surveys.service';

@Resolver(() => Survey)
export class SurveysResolver {
  constructor(private readonly service: SurveysService) {}

  @Query(() => Survey, { nullable: true, description: 'Drafts: managers only (NOT_FOUND for everyone else).' })
  survey(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Survey> {
    return this.service.byId(ctx.viewer, id, ctx.loaders);
  }

  @Query(() => [Survey], { description: "A municipality's surveys, newest first: PUBLISHED and CLOSED for everyone, drafts too for its officers." })
  surveys(@Args() args: SurveysArgs, @Context() ctx: GraphQLContext): Promise<Survey[]> {
    return this.service.list(ctx.viewer, args);
  }

  @Mutation(() => Survey, { description: 'OFFICER of the municipality: a DRAFT, version 1 of a new series.' })
  createSurvey(
    @Args('municipalitySlug') municipalitySlug: string,
    @Args('input', { type: () => SurveyInput }) input: SurveyInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Survey> {
    return this.service.create(ctx.viewer, municipalitySlug, input);
  }

  @Mutation(() => Survey, { description: 'Replaces the whole definition of a DRAFT; CONFLICT SURVEY_FROZEN once published.' })
  updateSurvey(@Args('id', { type: () => ID }) id: string, @Args('input', { type: () => SurveyInput }) input: SurveyInput, @Context() ctx: GraphQLContext): Promise<Survey> {
    return this.service.update(ctx.viewer, id, input);
  }

  @Mutation(() => Survey, {
    description:
      'DRAFT → PUBLISHED: needs every text in sv, fi and fit and at least one question; the dialogue (if any) must be OPEN. Closes the earlier published version and notifies the dialogue\'s followers.',
  })
  publishSurvey(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Survey> {
    return this.service.publish(ctx.viewer, id);
  }

  @Mutation(() => Survey, { description: 'A DRAFT copy of a published or closed version: version max+1 of the same series; CONFLICT DRAFT_VERSION_EXISTS.' })
  createSurveyVersion(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Survey> {
    return this.service.createVersion(ctx.viewer, id);
  }

  @Mutation(() => Survey, { description: 'PUBLISHED → CLOSED; a CLOSED survey is returned as it is; CONFLICT SURVEY_NOT_PUBLISHED for a draft.' })
  closeSurvey(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Survey> {
    return this.service.close(ctx.viewer, id);
  }

  @Mutation(() => Boolean, { description: 'Deletes a DRAFT version; CONFLICT SURVEY_NOT_DRAFT otherwise.' })
  deleteSurveyDraft(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.service.deleteDraft(ctx.viewer, id);
  }

  // ---------------------------------------------------------------- fields

  @ResolveField(() => Municipality)
  async municipality(@Parent() survey: Survey, @Context() ctx: GraphQLContext): Promise<Municipality> {
    return (await ctx.loaders.get(MunicipalitiesLoaders).municipalityById.load(survey.municipalityId))!;
  }

  @ResolveField(() => Dialogue, { nullable: true })
  dialogue(@Parent() survey: Survey, @Context() ctx: GraphQLContext): Promise<Dialogue | null> {
    return this.service.dialogueOf(survey, ctx.loaders);
  }

  @ResolveField(() => String)
  title(@Parent() survey: Survey, @Context() ctx: GraphQLContext): string {
    return textIn(survey.title, ctx.locale);
  }

  @ResolveField(() => [Translation])
  titleTranslations(@Parent() survey: Survey): Translation[] {
    return translationsOf(survey.title);
  }

  @ResolveField(() => String, { nullable: true })
  description(@Parent() survey: Survey, @Context() ctx: GraphQLContext): string | null {
    return survey.description ? textIn(survey.description, ctx.locale) : null;
  }

  @ResolveField(() => [Translation])
  descriptionTranslations(@Parent() survey: Survey): Translation[] {
    return survey.description ? translationsOf(survey.description) : [];
  }

  @ResolveField(() => [LanguageStatus], { description: 'Per language, over every text of the survey.' })
  translationStatus(@Parent() survey: Survey): LanguageStatus[] {
    return this.service.translationStatusOf(survey);
  }

  @ResolveField(() => [String], {
    description: 'The texts publishing still needs, as error paths ("title.fi", "sections.0.questions.1.prompt.fit"); [] when complete.',
  })
  missingTranslations(@Parent() survey: Survey): string[] {
    return this.service.missingTranslationsOf(survey);
  }

  @ResolveField(() => [SurveySectionView])
  sections(@Parent() survey: Survey): SurveySectionParent[] {
    let firstNumber = 1;
    return survey.sections.map((section) => {
      const parent = { ...section, municipalityId: survey.municipalityId, firstNumber };
      firstNumber += section.questions.length;
      return parent;
    });
  }

  @ResolveField(() => Int)
  questionCount(@Parent() survey: Survey): number {
    return survey.sections.reduce((sum, section) => sum + section.questions.length, 0);
  }

  @ResolveField(() => Boolean, { description: 'PUBLISHED and not past closesAt.' })
  isOpen(@Parent() survey: Survey): boolean {
    return this.service.isOpen(survey);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer is an officer of the municipality (may edit, publish, version, close).' })
  viewerCanManage(@Parent() survey: Survey, @Context() ctx: GraphQLContext): boolean {
    return this.service.canManage(ctx.viewer, survey);
  }

  @ResolveField(() => [Survey], { description: 'Every version of the series, newest first (drafts for managers only).' })
  versions(@Parent() survey: Survey, @Context() ctx: GraphQLContext): Promise<Survey[]> {
    return this.service.versionsOf(ctx.viewer, survey, ctx.loaders);
  }
}
