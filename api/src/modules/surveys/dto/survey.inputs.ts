import { type Locale, SurveyQuestionType, SurveyResponseMode, SurveyStatus } from '@medskapa/shared';
import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { LocaleEnum, LocalizedTextInput } from '../../../graphql/localized.types';

/** Ids of sections, questions and options are UUIDs made by the builder (crypto.randomUUID()). */

@InputType({ description: 'Show the question only if the answer to an earlier choice question includes one of these options.' })
export class SurveyConditionInput {
  @Field(() => ID)
  questionId: string;

  @Field(() => [ID])
  optionIds: string[];
}

@InputType()
export class SurveyOptionInput {
  @Field(() => ID)
  id: string;

  @Field(() => LocalizedTextInput)
  text: LocalizedTextInput;
}

@InputType()
export class SurveyQuestionInput {
  @Field(() => ID)
  id: string;

  @Field(() => SurveyQuestionType)
  type: SurveyQuestionType;

  @Field()
  required: boolean;

  @Field(() => LocalizedTextInput)
  prompt: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  help?: LocalizedTextInput | null;

  @Field(() => [SurveyOptionInput], { nullable: true, description: 'SINGLE_CHOICE, MULTI_CHOICE (2–20), RANKING (2–10).' })
  options?: SurveyOptionInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'SINGLE_CHOICE / MULTI_CHOICE only.' })
  allowOther?: boolean | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'SCALE: the label of 1 (required for SCALE).' })
  scaleMinLabel?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'SCALE: the label of 5 (required for SCALE).' })
  scaleMaxLabel?: LocalizedTextInput | null;

  @Field(() => [ID], { nullable: true, description: "PLACE: places of the municipality to offer (none = all)." })
  placeIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "GOAL: målbilder of the municipality's strategies to offer (none = all)." })
  goalIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'MULTI_CHOICE / GOAL only.' })
  maxChoices?: number | null;

  @Field(() => SurveyConditionInput, { nullable: true })
  condition?: SurveyConditionInput | null;
}

@InputType()
export class SurveySectionInput {
  @Field(() => ID)
  id: string;

  @Field(() => LocalizedTextInput)
  title: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  description?: LocalizedTextInput | null;

  @Field(() => [SurveyQuestionInput])
  questions: SurveyQuestionInput[];
}

@InputType({ description: 'The whole definition of a survey (replaces it on update).' })
export class SurveyInput {
  @Field(() => LocalizedTextInput)
  title: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  description?: LocalizedTextInput | null;

  @Field(() => SurveyResponseMode)
  responseMode: SurveyResponseMode;

  @Field()
  collectDemographics: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closesAt?: Date | null;

  @Field(() => ID, { nullable: true })
  dialogueId?: string | null;

  @Field(() => [SurveySectionInput])
  sections: SurveySectionInput[];

  @Field(() => [LocaleEnum], { nullable: true })
  machineAssistedLocales?: Locale[] | null;
}

@ArgsType()
export class SurveysArgs {
  @Field()
  municipalitySlug: string;

  @Field(() => ID, { nullable: true })
  dialogueId?: string | null;

  @Field(() => SurveyStatus, { nullable: true })
  status?: SurveyStatus | null;
}
