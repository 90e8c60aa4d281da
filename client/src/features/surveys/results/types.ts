import type { ResultOf } from '../../../graphql/graphql';
import type { SurveyResultsQuery } from './surveyResults.graphql';

export type SurveyResultsData = ResultOf<typeof SurveyResultsQuery>['surveyResults'];
export type QuestionResultData = SurveyResultsData['questions'][number];
export type FreeTextAnswerData = QuestionResultData['freeTexts']['edges'][number]['node'];
