import type { SurveyQuestionDefinition, SurveySectionDefinition } from '@medskapa/shared';
import { SurveyQuestionType } from '@medskapa/shared';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/**
 * The GraphQL shapes of a survey's definition (sections, questions, options, conditions). The
 * definitions live as JSONB on the survey row; the resolvers (survey-definition.resolver.ts)
 * receive them with the few facts they need from the survey (municipality, question number).
 * Text fields and lists are field resolvers, so only scalars are declared here.
 */

/** A question as its resolvers receive it: the stored definition plus its number and municipality. */
export type SurveyQuestionParent = SurveyQuestionDefinition & { number: number; municipalityId: string };

/** A section as its resolvers receive it: firstNumber is the number of its first question. */
export type SurveySectionParent = SurveySectionDefinition & { municipalityId: string; firstNumber: number };

@ObjectType('SurveyCondition', { description: 'Show the question only if the answer to an earlier choice question includes one of these options.' })
export class SurveyConditionView {
  @Field(() => ID)
  questionId: string;

  @Field(() => [ID])
  optionIds: string[];
}

@ObjectType('SurveyOption', { description: 'A choice of a SINGLE_CHOICE, MULTI_CHOICE or RANKING question.' })
export class SurveyOptionView {
  @Field(() => ID)
  id: string;
}

@ObjectType('SurveyQuestion', { description: 'A question of a survey.' })
export class SurveyQuestionView {
  @Field(() => ID)
  id: string;

  @Field(() => SurveyQuestionType)
  type: SurveyQuestionType;

  @Field()
  required: boolean;

  @Field(() => Int, { description: '1-based across the survey ("Fråga 3").' })
  number: number;

  @Field({ description: 'SINGLE_CHOICE / MULTI_CHOICE: an "other" choice with a text.' })
  allowOther: boolean;

  @Field(() => [ID], { description: 'PLACE: the places as configured (empty = every place of the municipality).' })
  placeIds: string[];

  @Field(() => [ID], { description: 'GOAL: the målbilder as configured (empty = every målbild of the municipality).' })
  goalIds: string[];

  @Field(() => Int, { nullable: true, description: 'MULTI_CHOICE and GOAL: at most this many picks.' })
  maxChoices: number | null;
}

@ObjectType('SurveySection', { description: 'A section (page) of a survey.' })
export class SurveySectionView {
  @Field(() => ID)
  id: string;
}
