import { SurveyQuestionType } from '@medskapa/shared';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/context';
import { textIn, Translation, translationsOf } from '../../graphql/localized.types';
import { Place } from '../places/place.entity';
import { PlacesLoaders } from '../places/places.loaders';
import { Goal } from '../strategies/goal.entity';
import { StrategiesLoaders } from '../strategies/strategies.loaders';
import {
  SurveyConditionView,
  type SurveyQuestionParent,
  SurveyQuestionView,
  type SurveySectionParent,
  SurveySectionView,
  SurveyOptionView,
} from './dto/survey.types';
import type { SurveyOptionDefinition, LocalizedText } from '@medskapa/shared';
import { SurveysLoaders } from './surveys.loaders';

const optionalText = (value: LocalizedText | null, ctx: GraphQLContext) => (value ? textIn(value, ctx.locale) : null);
const optionalTranslations = (value: LocalizedText | null) => (value ? translationsOf(value) : []);

@Resolver(() => SurveySectionView)
export class SurveySectionResolver {
  @ResolveField(() => String)
  title(@Parent() section: SurveySectionParent, @Context() ctx: GraphQLContext): string {
    return textIn(section.title, ctx.locale);
  }

  @ResolveField(() => [Translation])
  titleTranslations(@Parent() section: SurveySectionParent): Translation[] {
    return translationsOf(section.title);
  }

  @ResolveField(() => String, { nullable: true })
  description(@Parent() section: SurveySectionParent, @Context() ctx: GraphQLContext): string | null {
    return optionalText(section.description, ctx);
  }

  @ResolveField(() => [Translation])
  descriptionTranslations(@Parent() section: SurveySectionParent): Translation[] {
    return optionalTranslations(section.description);
  }

  @ResolveField(() => [SurveyQuestionView])
  questions(@Parent() section: SurveySectionParent): SurveyQuestionParent[] {
    return section.questions.map((question, i) => ({ ...question, number: section.firstNumber + i, municipalityId: section.municipalityId }));
  }
}

@Resolver(() => SurveyQuestionView)
export class SurveyQuestionResolver {
  @ResolveField(() => String)
  prompt(@Parent() question: SurveyQuestionParent, @Context() ctx: GraphQLContext): string {
    return textIn(question.prompt, ctx.locale);
  }

  @ResolveField(() => [Translation])
  promptTranslations(@Parent() question: SurveyQuestionParent): Translation[] {
    return translationsOf(question.prompt);
  }

  @ResolveField(() => String, { nullable: true })
  help(@Parent() question: SurveyQuestionParent, @Context() ctx: GraphQLContext): string | null {
    return optionalText(question.help, ctx);
  }

  @ResolveField(() => [Translation])
  helpTranslations(@Parent() question: SurveyQuestionParent): Translation[] {
    return optionalTranslations(question.help);
  }

  @ResolveField(() => [SurveyOptionView], { description: 'SINGLE_CHOICE, MULTI_CHOICE and RANKING; [] for the other types.' })
  options(@Parent() question: SurveyQuestionParent): SurveyOptionDefinition[] {
    return question.options ?? [];
  }

  @ResolveField(() => String, { nullable: true, description: 'SCALE: what 1 means.' })
  scaleMinLabel(@Parent() question: SurveyQuestionParent, @Context() ctx: GraphQLContext): string | null {
    return optionalText(question.scaleMinLabel, ctx);
  }

  @ResolveField(() => [Translation])
  scaleMinLabelTranslations(@Parent() question: SurveyQuestionParent): Translation[] {
    return optionalTranslations(question.scaleMinLabel);
  }

  @ResolveField(() => String, { nullable: true, description: 'SCALE: what 5 means.' })
  scaleMaxLabel(@Parent() question: SurveyQuestionParent, @Context() ctx: GraphQLContext): string | null {
    return optionalText(question.scaleMaxLabel, ctx);
  }

  @ResolveField(() => [Translation])
  scaleMaxLabelTranslations(@Parent() question: SurveyQuestionParent): Translation[] {
    return optionalTranslations(question.scaleMaxLabel);
  }

  @ResolveField(() => [Place], { description: 'PLACE: the places offered (every place of the municipality when none chosen), by name; [] for other types.' })
  async places(@Parent() question: SurveyQuestionParent, @Context() ctx: GraphQLContext): Promise<Place[]> {
    if (question.type !== SurveyQuestionType.PLACE) return [];
    const loaders = ctx.loaders.get(PlacesLoaders);
    const places =
      question.placeIds.length === 0
        ? await loaders.placesByMunicipality.load(question.municipalityId)
        : (await loaders.placeById.loadMany(question.placeIds)).filter((place): place is Place => place != null && !(place instanceof Error));
    return [...places].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  @ResolveField(() => [Goal], {
    description: "GOAL: the målbilder offered (every målbild of the municipality's adopted strategies when none chosen); [] for other types.",
  })
  async goals(@Parent() question: SurveyQuestionParent, @Context() ctx: GraphQLContext): Promise<Goal[]> {
    if (question.type !== SurveyQuestionType.GOAL) return [];
    if (question.goalIds.length === 0) return ctx.loaders.get(SurveysLoaders).offeredGoalsByMunicipality.load(question.municipalityId);
    const goals = await ctx.loaders.get(StrategiesLoaders).goalById.loadMany(question.goalIds);
    return goals.filter((goal): goal is Goal => goal != null && !(goal instanceof Error));
  }

  @ResolveField(() => SurveyConditionView, { nullable: true, description: 'Shown only when the answer to an earlier choice question includes one of the options.' })
  condition(@Parent() question: SurveyQuestionParent): SurveyConditionView | null {
    return question.condition ?? null;
  }
}

@Resolver(() => SurveyOptionView)
export class SurveyOptionResolver {
  @ResolveField(() => String)
  text(@Parent() option: SurveyOptionDefinition, @Context() ctx: GraphQLContext): string {
    return textIn(option.text, ctx.locale);
  }

  @ResolveField(() => [Translation])
  textTranslations(@Parent() option: SurveyOptionDefinition): Translation[] {
    return translationsOf(option.text);
  }
}
