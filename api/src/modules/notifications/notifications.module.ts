import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { DigestScheduler } from './digest.scheduler';
import { DigestService } from './digest.service';
import { IdeaFollow, Notification, NotificationPreference } from './notification.entity';
import { NotificationsLoaders } from './notifications.loaders';
import { NotificationsPersonalData } from './notifications.personal-data';
import { IdeaFollowsResolver, NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/**
 * Notifications, follows and the daily digest. Other modules import it to notify (it imports no
 * domain module back: ideas are read through the request's IdeasLoaders).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Notification, IdeaFollow, NotificationPreference]), UsersModule],
  providers: [
    NotificationsService,
    NotificationsLoaders,
    NotificationsResolver,
    IdeaFollowsResolver,
    NotificationsPersonalData,
    DigestService,
    DigestScheduler,
  ],
  exports: [NotificationsService, NotificationsLoaders, DigestService],
})
export class NotificationsModule {}
