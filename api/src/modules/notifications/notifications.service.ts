import { type NotificationKind, Role } from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { IdeaFollow, Notification } from './notification.entity';

export interface NotificationDraft {
  kind: NotificationKind;
  municipalityId: string | null;
  ideaId?: string | null;
  commentId?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Writes notifications and keeps who follows which idea. Other services call it inside their own
 * transaction (pass the manager) so a notification exists exactly when the change it tells of does.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One notification per distinct recipient, except `exceptUserId` (the person who caused it). */
  async notify(userIds: readonly string[], draft: NotificationDraft, manager?: EntityManager, exceptUserId?: string | null): Promise<number> {
    const recipients = [...new Set(userIds)].filter((id) => id !== exceptUserId);
    if (recipients.length === 0) return 0;
    await (manager ?? this.dataSource.manager).getRepository(Notification).insert(
      recipients.map((userId) => ({
        userId,
        kind: draft.kind,
        municipalityId: draft.municipalityId,
        ideaId: draft.ideaId ?? null,
        commentId: draft.commentId ?? null,
        data: (draft.data ?? {}) as Notification['data'] & object,
      })),
    );
    return recipients.length;
  }

  /** Idempotent. */
  async follow(userId: string, ideaId: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .insert()
      .into(IdeaFollow)
      .values({ userId, ideaId })
      .orIgnore()
      .execute();
  }

  async unfollow(userId: string, ideaId: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).getRepository(IdeaFollow).delete({ userId, ideaId });
  }

  /** Followers whose accounts are not deleted. */
  async followerIds(ideaId: string, manager?: EntityManager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await (manager ?? this.dataSource.manager).query(
      `SELECT f.user_id FROM idea_follow f JOIN app_user u ON u.id = f.user_id WHERE f.idea_id = $1 AND u.deleted_at IS NULL`,
      [ideaId],
    );
    return rows.map((row) => row.user_id);
  }

  /** People holding `role` or a higher one in the municipality (e.g. the officers to tell of an idea awaiting review). */
  async holdersOf(municipalityId: string, roles: readonly Role[], manager?: EntityManager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await (manager ?? this.dataSource.manager).query(
      `SELECT DISTINCT r.user_id FROM role_assignment r JOIN app_user u ON u.id = r.user_id
       WHERE r.municipality_id = $1 AND r.role::text = ANY($2::text[]) AND u.deleted_at IS NULL`,
      [municipalityId, roles],
    );
    return rows.map((row) => row.user_id);
  }
}
