import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Idea } from '../ideas/idea.entity';
import { PostingBlocksModule } from '../moderation/posting-blocks.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { Comment } from './comment.entity';
import { CommentsLoaders } from './comments.loaders';
import { CommentsPersonalData } from './comments.personal-data';
import { CommentsResolver, IdeaCommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';

@Module({
  imports: [TypeOrmModule.forFeature([Comment, Idea]), NotificationsModule, PostingBlocksModule, UsersModule],
  providers: [CommentsService, CommentsLoaders, CommentsResolver, IdeaCommentsResolver, CommentsPersonalData],
  exports: [CommentsService, CommentsLoaders],
})
export class CommentsModule {}
