import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdeasModule } from '../ideas/ideas.module';
import { Idea } from '../ideas/idea.entity';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { AnswerTemplate } from './answer-template.entity';
import { IdeaAnswersLoaders } from './idea-answers.loaders';
import {
  AnswerTemplatesResolver,
  IdeaAnswersResolver,
  IdeaResponseResolver,
  IdeaSettingsResolver,
  IdeaTimelineEntryResolver,
} from './idea-answers.resolver';
import { IdeaAnswersService } from './idea-answers.service';
import { IdeaResponse } from './idea-response.entity';
import { IdeaSettingsService } from './idea-settings.service';
import { IdeaThresholdModule } from './idea-threshold.module';

/** Answering and deciding ideas, answer templates, the support threshold settings and the public timeline. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Idea, IdeaResponse, AnswerTemplate]),
    IdeasModule,
    IdeaThresholdModule,
    MunicipalitiesModule,
    NotificationsModule,
    UsersModule,
  ],
  providers: [IdeaAnswersService, IdeaSettingsService, IdeaAnswersLoaders, IdeaAnswersResolver, IdeaResponseResolver, IdeaTimelineEntryResolver, AnswerTemplatesResolver, IdeaSettingsResolver],
  exports: [IdeaAnswersLoaders],
})
export class IdeaAnswersModule {}
