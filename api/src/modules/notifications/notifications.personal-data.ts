import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type PersonalDataContributor, UsersService } from '../users/users.service';
import { IdeaFollow, Notification, NotificationPreference } from './notification.entity';

/**
 * The notifications part of `exportMyData` and `deleteMyAccount`: what the person follows, the
 * notifications they got and their preferences. All of it is about the person only and serves
 * nobody else, so deletion removes it.
 */
@Injectable()
export class NotificationsPersonalData implements PersonalDataContributor, OnModuleInit {
  constructor(
    private readonly users: UsersService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.users.registerPersonalDataContributor(this);
  }

  async exportFor(userId: string): Promise<Record<string, unknown>> {
    const [follows, notifications, preference] = await Promise.all([
      this.dataSource.getRepository(IdeaFollow).find({ where: { userId }, relations: { idea: true }, order: { createdAt: 'ASC' } }),
      this.dataSource.getRepository(Notification).find({ where: { userId }, relations: { idea: true }, order: { createdAt: 'ASC' } }),
      this.dataSource.getRepository(NotificationPreference).findOneBy({ userId }),
    ]);
    const idea = (i: { id: string; reference: string; title: string } | null | undefined) => (i ? { id: i.id, reference: i.reference, title: i.title } : null);
    return {
      ideaFollows: follows.map((f) => ({ idea: idea(f.idea), since: f.createdAt })),
      notifications: notifications.map((n) => ({
        kind: n.kind,
        idea: idea(n.idea),
        commentId: n.commentId,
        data: n.data,
        createdAt: n.createdAt,
        readAt: n.readAt,
        emailedInDigestAt: n.digestedAt,
      })),
      notificationPreferences: { dailyDigest: preference?.dailyDigest ?? false, lastDigestAt: preference?.lastDigestAt ?? null },
    };
  }

  async eraseFor(userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(Notification).delete({ userId });
    await manager.getRepository(IdeaFollow).delete({ userId });
    await manager.getRepository(NotificationPreference).delete({ userId });
  }
}
