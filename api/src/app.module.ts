import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GraphQLErrorFilter } from './common/graphql-error.filter';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { graphqlApiModule } from './graphql/graphql-api.module';
import { HealthModule } from './modules/health/health.module';
import { MunicipalitiesModule } from './modules/municipalities/municipalities.module';
import { PlacesModule } from './modules/places/places.module';
import { StrategiesModule } from './modules/strategies/strategies.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { SessionsModule } from './modules/auth/sessions.module';
import { EidModule } from './modules/eid/eid.module';
import { IdeaAnswersModule } from './modules/idea-answers/idea-answers.module';
import { IdeasModule } from './modules/ideas/ideas.module';
import { PostingBlocksModule } from './modules/moderation/posting-blocks.module';
import { ModerationModule } from './modules/moderation/moderation.module';
import { PollsModule } from './modules/polls/polls.module';
import { WorkshopsModule } from './modules/workshops/workshops.module';
import { DialoguesModule } from './modules/dialogues/dialogues.module';
import { SurveysModule } from './modules/surveys/surveys.module';
import { SurveyResponsesModule } from './modules/survey-responses/survey-responses.module';
import { OpenDataModule } from './modules/open-data/open-data.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { CommentsModule } from './modules/comments/comments.module';
import { MailModule } from './modules/mail/mail.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { RateLimitsModule } from './modules/rate-limits/rate-limits.module';
import { UsersModule } from './modules/users/users.module';

/** The domain modules whose resolvers make up the GraphQL schema. */
export const DOMAIN_MODULES = [
  MunicipalitiesModule,
  StrategiesModule,
  PlacesModule,
  UsersModule,
  AuthModule,
  MailModule,
  AuditModule,
  EidModule,
  OrganizationsModule,
  IdeasModule,
  IdeaAnswersModule,
  NotificationsModule,
  CommentsModule,
  PostingBlocksModule,
  ModerationModule,
  PollsModule,
  WorkshopsModule,
  DialoguesModule,
  SurveysModule,
  SurveyResponsesModule,
  OpenDataModule,
];

@Module({})
export class AppModule {
  /** `dataSource` is already initialised and migrated by the bootstrap. */
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        graphqlApiModule,
        HealthModule,
        SessionsModule,
        RateLimitsModule,
        ...DOMAIN_MODULES,
      ],
      providers: [{ provide: APP_FILTER, useClass: GraphQLErrorFilter }],
    };
  }
}
