import { AgeGroup, type Locale, ParticipantGender, SurveyResponseStatus, type SurveyOptionDefinition } from '@medskapa/shared';
import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection';
import { LocaleEnum } from '../../../graphql/localized.types';
import { Place } from '../../places/place.entity';
import { Goal } from '../../strategies/goal.entity';
import { Survey } from '../../surveys/survey.entity';
import { SurveyOptionView, SurveyQuestionView, type SurveyQuestionParent } from '../../surveys/dto/survey.types';

// ------------------------------------------------------------------ answering

@InputType({ description: 'One answer; which fields are used depends on the question type. An "other" ticked without text is sent as otherText "".' })
export class SurveyAnswerInput {
  @Field(() => ID)
  questionId: string;

  @Field(() => [ID], { nullable: true, description: 'SINGLE_CHOICE (one), MULTI_CHOICE (any), RANKING (all, best first).' })
  optionIds?: string[] | null;

  @Field(() => String, { nullable: true })
  otherText?: string | null;

  @Field(() => Int, { nullable: true, description: 'SCALE: 1–5.' })
  value?: number | null;

  @Field(() => String, { nullable: true, description: 'FREE_TEXT.' })
  text?: string | null;

  @Field(() => ID, { nullable: true, description: 'PLACE.' })
  placeId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'GOAL.' })
  goalIds?: string[] | null;
}

@InputType({ description: 'The optional demographic block; every field may be skipped.' })
export class SurveyDemographicsInput {
  @Field(() => AgeGroup, { nullable: true })
  ageGroup?: AgeGroup | null;

  @Field(() => ParticipantGender, { nullable: true })
  gender?: ParticipantGender | null;

  @Field(() => ID, { nullable: true })
  homePlaceId?: string | null;
}

@ArgsType()
export class SurveyAnswersArgs {
  @Field(() => ID)
  surveyId: string;

  @Field(() => [SurveyAnswerInput])
  answers: SurveyAnswerInput[];

  @Field(() => SurveyDemographicsInput, { nullable: true })
  demographics?: SurveyDemographicsInput | null;

  @Field(() => String, { nullable: true, description: 'The browser\'s random token (32–128 characters A–Z a–z 0–9 _ -); needed for ANONYMOUS surveys when signed out.' })
  respondentToken?: string | null;

  @Field(() => LocaleEnum, { nullable: true, description: 'The language answered in; the request\'s language when not given.' })
  locale?: Locale | null;
}

@ObjectType()
export class SurveyAnswer {
  @Field(() => ID)
  questionId: string;

  @Field(() => [ID])
  optionIds: string[];

  @Field(() => String, { nullable: true })
  otherText: string | null;

  @Field(() => Int, { nullable: true })
  value: number | null;

  @Field(() => String, { nullable: true })
  text: string | null;

  @Field(() => ID, { nullable: true })
  placeId: string | null;

  @Field(() => [ID])
  goalIds: string[];
}

@ObjectType()
export class SurveyDemographics {
  @Field(() => AgeGroup, { nullable: true })
  ageGroup: AgeGroup | null;

  @Field(() => ParticipantGender, { nullable: true })
  gender: ParticipantGender | null;

  /** Resolved by a field resolver from homePlaceId. */
  homePlaceId: string | null;
}

@ObjectType({ description: "The viewer's saved or submitted response to a survey." })
export class SurveyProgress {
  @Field(() => ID)
  surveyId: string;

  @Field(() => SurveyResponseStatus)
  status: SurveyResponseStatus;

  @Field(() => LocaleEnum)
  locale: Locale;

  @Field(() => [SurveyAnswer])
  answers: SurveyAnswer[];

  @Field(() => SurveyDemographics, { nullable: true })
  demographics: SurveyDemographics | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;
}

@ObjectType()
export class SurveyReceipt {
  @Field(() => ID)
  surveyId: string;

  @Field(() => GraphQLISODateTime)
  submittedAt: Date;
}

// ------------------------------------------------------------------ results

@InputType()
export class SurveyResultsFilter {
  @Field(() => [AgeGroup], { nullable: true })
  ageGroups?: AgeGroup[] | null;

  @Field(() => [ParticipantGender], { nullable: true })
  genders?: ParticipantGender[] | null;

  @Field(() => [ID], { nullable: true })
  homePlaceIds?: string[] | null;
}

@ObjectType()
export class SurveyLanguageCount {
  @Field(() => LocaleEnum)
  locale: Locale;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class SurveyOptionCount {
  @Field(() => SurveyOptionView)
  option: SurveyOptionDefinition;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { description: 'count / answeredCount (0..1).' })
  share: number;
}

@ObjectType()
export class SurveyScaleCount {
  @Field(() => Int)
  value: number;

  @Field(() => Int)
  count: number;

  @Field(() => Float)
  share: number;
}

@ObjectType()
export class SurveyRankingResult {
  @Field(() => SurveyOptionView)
  option: SurveyOptionDefinition;

  @Field(() => Float, { description: 'Mean rank (1 = first) over the responses that ranked.' })
  averageRank: number;

  @Field(() => Int)
  firstPlaceCount: number;
}

@ObjectType()
export class SurveyPlaceCount {
  @Field(() => Place)
  place: Place;

  @Field(() => Int)
  count: number;

  @Field(() => Float)
  share: number;
}

@ObjectType()
export class SurveyGoalCount {
  @Field(() => Goal)
  goal: Goal;

  @Field(() => Int)
  count: number;

  @Field(() => Float)
  share: number;
}

@ObjectType({ description: 'A free-text answer, or the text of an "other" choice.' })
export class SurveyFreeTextAnswer {
  @Field(() => ID, { description: '<responseId>:<questionId>' })
  id: string;

  @Field(() => ID)
  responseId: string;

  @Field(() => ID)
  questionId: string;

  @Field(() => String, { nullable: true, description: 'Null for everyone but officers and moderators when hidden or when it may contain personal data.' })
  text: string | null;

  @Field()
  isOther: boolean;

  @Field()
  hidden: boolean;

  @Field(() => String, { nullable: true, description: 'Officers and moderators only.' })
  hiddenReason: string | null;

  @Field({ description: 'It looks like it holds a personal identity number, phone number or e-mail address.' })
  mayContainPersonalData: boolean;

  @Field(() => LocaleEnum)
  locale: Locale;

  @Field(() => GraphQLISODateTime)
  submittedAt: Date;
}

@ObjectType()
export class SurveyFreeTextConnection extends Connection(SurveyFreeTextAnswer) {}

@ObjectType()
export class SurveyQuestionResult {
  @Field(() => SurveyQuestionView)
  question: SurveyQuestionParent;

  @Field(() => Int, { description: 'Responses that answered this question.' })
  answeredCount: number;

  @Field(() => Int, { description: 'Responses to which the question was shown (its condition met).' })
  shownCount: number;

  @Field(() => [SurveyOptionCount], { description: 'SINGLE_CHOICE and MULTI_CHOICE.' })
  options: SurveyOptionCount[];

  @Field(() => Int)
  otherCount: number;

  @Field(() => [SurveyScaleCount], { description: 'SCALE: values 1..5.' })
  scale: SurveyScaleCount[];

  @Field(() => Float, { nullable: true, description: 'SCALE.' })
  average: number | null;

  @Field(() => [SurveyRankingResult], { description: 'RANKING, by average rank.' })
  ranking: SurveyRankingResult[];

  @Field(() => [SurveyPlaceCount], { description: 'PLACE.' })
  places: SurveyPlaceCount[];

  @Field(() => [SurveyGoalCount], { description: 'GOAL.' })
  goals: SurveyGoalCount[];

  /** Every free text of the question (newest first), already masked for the viewer; paged by freeTexts. */
  freeTextItems: SurveyFreeTextAnswer[];
}

@ObjectType()
export class SurveyAgeGroupCount {
  @Field(() => AgeGroup)
  ageGroup: AgeGroup;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class SurveyGenderCount {
  @Field(() => ParticipantGender)
  gender: ParticipantGender;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class SurveyHomePlaceCount {
  @Field(() => Place)
  place: Place;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class SurveyDemographicsResult {
  @Field(() => [SurveyAgeGroupCount])
  ageGroups: SurveyAgeGroupCount[];

  @Field(() => [SurveyGenderCount])
  genders: SurveyGenderCount[];

  @Field(() => [SurveyHomePlaceCount])
  homePlaces: SurveyHomePlaceCount[];

  @Field(() => Int, { description: 'Responses that skipped the whole demographic block.' })
  skippedCount: number;
}

@ObjectType()
export class SurveyResults {
  @Field(() => Survey)
  survey: Survey;

  @Field(() => Int, { description: 'Submitted responses matching the filter.' })
  responseCount: number;

  @Field(() => Int, { description: 'All submitted responses.' })
  totalResponseCount: number;

  @Field(() => [SurveyLanguageCount])
  languages: SurveyLanguageCount[];

  @Field(() => [SurveyQuestionResult])
  questions: SurveyQuestionResult[];

  @Field(() => SurveyDemographicsResult)
  demographics: SurveyDemographicsResult;
}
