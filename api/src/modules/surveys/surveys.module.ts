import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionsModule } from '../auth/sessions.module';
import { DialoguesModule } from '../dialogues/dialogues.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { DialogueSurveysResolver } from './dialogue-surveys.resolver';
import { SurveyOptionResolver, SurveyQuestionResolver, SurveySectionResolver } from './survey-definition.resolver';
import { Survey } from './survey.entity';
import { SurveysLoaders } from './surveys.loaders';
import { SurveysResolver } from './surveys.resolver';
import { SurveysService } from './surveys.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Survey]),
    MunicipalitiesModule,
    SessionsModule,
    // survey imports
    NotificationsModule,
    DialoguesModule,
  ],
  controllers: [
    // survey controllers
  ],
  providers: [
    // survey providers
    SurveysService,
    SurveysLoaders,
    SurveysResolver,
    SurveySectionResolver,
    SurveyQuestionResolver,
    SurveyOptionResolver,
    DialogueSurveysResolver,
  ],
  exports: [
    // survey exports
    SurveysService,
    SurveysLoaders,
  ],
})
export class SurveysModule {}
