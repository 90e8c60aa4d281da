import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdeasModule } from '../ideas/ideas.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { ModerationLoaders } from './moderation.loaders';
import { ModerationPersonalData } from './moderation.personal-data';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { PostingBlocksModule } from './posting-blocks.module';
import { Report } from './report.entity';
import { UserBlock } from './user-block.entity';
import { UserBlocksResolver } from './user-blocks.resolver';
import { UserBlocksService } from './user-blocks.service';

/** Reports, the moderation queue, hiding and restoring content, and posting blocks. */
@Module({
  imports: [TypeOrmModule.forFeature([Report, UserBlock]), MunicipalitiesModule, UsersModule, IdeasModule, NotificationsModule, PostingBlocksModule],
  providers: [ModerationService, ModerationLoaders, ModerationPersonalData, ModerationResolver, UserBlocksService, UserBlocksResolver],
  exports: [ModerationService],
})
export class ModerationModule {}
