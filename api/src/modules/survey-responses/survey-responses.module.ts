import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionsModule } from '../auth/sessions.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { SurveyResponse, SurveyHiddenAnswer } from './survey-response.entity';
import { SurveysModule } from '../surveys/surveys.module';
import { SurveyResponsesController } from './survey-responses.controller';
import { SurveyResponsesLoaders } from './survey-responses.loaders';
import {
  SurveyDemographicsResolver,
  SurveyQuestionResultResolver,
  SurveyResponseCountResolver,
  SurveyResponsesResolver,
} from './survey-responses.resolver';
import { SurveyResponsesService } from './survey-responses.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([SurveyResponse, SurveyHiddenAnswer]),
    MunicipalitiesModule,
    SessionsModule,
    // survey-response imports
    SurveysModule,
  ],
  controllers: [
    // survey-response controllers
    SurveyResponsesController,
  ],
  providers: [
    // survey-response providers
    SurveyResponsesService,
    SurveyResponsesLoaders,
    SurveyResponsesResolver,
    SurveyQuestionResultResolver,
    SurveyDemographicsResolver,
    SurveyResponseCountResolver,
  ],
  exports: [
    // survey-response exports
    SurveyResponsesService,
  ],
})
export class SurveyResponsesModule {}
