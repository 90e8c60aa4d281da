import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../graphql/loader-registry';
import { SurveyResponsesService } from './survey-responses.service';

export interface SurveyResponsesLoaderSet {
  /** SUBMITTED responses per survey (version) id. */
  submittedCountBySurvey: DataLoader<string, number>;
}

@Injectable()
export class SurveyResponsesLoaders implements LoaderFactory<SurveyResponsesLoaderSet> {
  constructor(private readonly service: SurveyResponsesService) {}

  create(): SurveyResponsesLoaderSet {
    return {
      submittedCountBySurvey: new DataLoader((ids) => this.service.submittedCounts(ids)),
    };
  }
}
