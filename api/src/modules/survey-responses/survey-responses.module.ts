import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionsModule } from '../auth/sessions.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { SurveyResponse, SurveyHiddenAnswer } from './survey-response.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([SurveyResponse, SurveyHiddenAnswer]),
    MunicipalitiesModule,
    SessionsModule,
    // survey-response imports
  ],
  controllers: [
    // survey-response controllers
  ],
  providers: [
    // survey-response providers
  ],
  exports: [
    // survey-response exports
  ],
})
export class SurveyResponsesModule {}
