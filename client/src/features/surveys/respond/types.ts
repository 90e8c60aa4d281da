import type { ResultOf } from '../../../graphql/graphql';
import type { SurveyPageQuery } from './surveyPage.graphql';

export type SurveyView = NonNullable<ResultOf<typeof SurveyPageQuery>['survey']>;
export type SurveySectionView = SurveyView['sections'][number];
export type SurveyQuestionView = SurveySectionView['questions'][number];
