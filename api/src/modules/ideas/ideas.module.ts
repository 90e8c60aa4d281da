import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdeaThresholdModule } from '../idea-answers/idea-threshold.module';
import { PostingBlocksModule } from '../moderation/posting-blocks.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { Idea, IdeaGoal, IdeaPlace, IdeaReferenceCounter, IdeaSupport } from './idea.entity';
import { IdeaEvent } from './idea-event.entity';
import { IdeaTimelineService } from './idea-timeline.service';
import { IdeasLoaders } from './ideas.loaders';
import { IdeasPersonalData } from './ideas.personal-data';
import { IdeasResolver } from './ideas.resolver';
import { IdeasService } from './ideas.service';

@Module({
  imports: [TypeOrmModule.forFeature([Idea, IdeaGoal, IdeaPlace, IdeaSupport, IdeaReferenceCounter, IdeaEvent]), MunicipalitiesModule, UsersModule, NotificationsModule, PostingBlocksModule, IdeaThresholdModule],
  providers: [IdeasService, IdeaTimelineService, IdeasLoaders, IdeasPersonalData, IdeasResolver],
  exports: [IdeasService, IdeaTimelineService, IdeasLoaders],
})
export class IdeasModule {}
