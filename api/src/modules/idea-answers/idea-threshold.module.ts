import { Module } from '@nestjs/common';
import { IdeaTimelineService } from '../ideas/idea-timeline.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { IdeaThresholdService } from './idea-threshold.service';

/**
 * The support threshold, imported by IdeasModule for its support and submit hooks. It carries its
 * own (stateless) IdeaTimelineService so that it need not import IdeasModule, which imports it.
 */
@Module({
  imports: [NotificationsModule],
  providers: [IdeaThresholdService, IdeaTimelineService],
  exports: [IdeaThresholdService],
})
export class IdeaThresholdModule {}
