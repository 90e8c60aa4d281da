import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdeaFollow, Notification, NotificationPreference } from './notification.entity';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [TypeOrmModule.forFeature([Notification, IdeaFollow, NotificationPreference])],
  providers: [NotificationsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
