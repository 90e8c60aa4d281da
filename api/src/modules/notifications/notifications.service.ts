import { idSchema, IdeaStatus, markNotificationsReadSchema, type NotificationKind, Role } from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { z } from 'zod';
import { DomainError, parseArgument } from '../../common/domain-error';
import { hasRole, requireViewer, type Viewer } from '../../common/viewer';
import { type ConnectionShape, pageSize } from '../../graphql/connection';
import type { RequestLoaders } from '../../graphql/loader-registry';
import type { Idea } from '../ideas/idea.entity';
import { IdeasLoaders } from '../ideas/ideas.loaders';
import { decodeExactCursor, encodeExactCursor, exactTimestamp } from './keyset';
import { IdeaFollow, Notification, NotificationPreference } from './notification.entity';
import { NotificationsLoaders } from './notifications.loaders';

export interface NotificationDraft {
  kind: NotificationKind;
  municipalityId: string | null;
  ideaId?: string | null;
  commentId?: string | null;
  /** The dialogue concerned (DIALOGUE_* kinds): sets notification.dialogue_id. */
  dialogueId?: string | null;
  data?: Record<string, unknown>;
}

const IDEA_STATUSES = new Set<string>(Object.values(IdeaStatus));

/**
 * Writes notifications and keeps who follows which idea. Other services call it inside their own
 * transaction (pass the manager) so a notification exists exactly when the change it tells of does.
 *
 * Reading: a person sees only their own notifications, newest first, and marks them read;
 * following: anyone signed in follows or unfollows an idea they may see.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @InjectRepository(NotificationPreference) private readonly preferences: Repository<NotificationPreference>,
  ) {}

  // ---------------------------------------------------------------- writing (called by other services)

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
        dialogueId: draft.dialogueId ?? null,
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

  // ---------------------------------------------------------------- the viewer's notifications

  /** The viewer's own notifications, newest first (keyset on created_at, id). */
  async list(
    viewer: Viewer | null,
    args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
  ): Promise<ConnectionShape<Notification>> {
    const signedIn = requireViewer(viewer);
    const size = pageSize(args.first);
    const cursor = decodeExactCursor(args.after);
    const filtered = () => {
      const query = this.notifications.createQueryBuilder('n').where('n.user_id = :userId', { userId: signedIn.userId });
      if (args.unreadOnly) query.andWhere('n.read_at IS NULL');
      return query;
    };
    const page = filtered()
      .addSelect(exactTimestamp('n.created_at'), 'sort_at')
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(size + 1);
    if (cursor) page.andWhere('(n.created_at, n.id) < (CAST(:at AS timestamptz), CAST(:cursorId AS uuid))', { at: cursor.at, cursorId: cursor.id });
    const [{ entities, raw }, totalCount] = await Promise.all([page.getRawAndEntities<{ sort_at: string }>(), filtered().getCount()]);
    const edges = entities.slice(0, size).map((node, index) => ({ node, cursor: encodeExactCursor(raw[index]!.sort_at, node.id) }));
    return { edges, totalCount, pageInfo: { hasNextPage: entities.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** 0 when signed out, so a page header can always ask. */
  async unreadCount(viewer: Viewer | null): Promise<number> {
    if (!viewer) return 0;
    return this.notifications.createQueryBuilder('n').where('n.user_id = :userId AND n.read_at IS NULL', { userId: viewer.userId }).getCount();
  }

  /** Marks the given notifications (null: all) of the viewer read; others' ids are ignored. Returns how many changed. */
  async markRead(viewer: Viewer | null, rawIds: readonly string[] | null | undefined): Promise<number> {
    const signedIn = requireViewer(viewer);
    const ids = parseArgument(markNotificationsReadSchema, rawIds, 'ids');
    const query = this.notifications
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId: signedIn.userId });
    if (ids) query.andWhere('id = ANY(:ids::uuid[])', { ids });
    const result = await query.execute();
    return result.affected ?? 0;
  }

  // ---------------------------------------------------------------- notification fields

  /** The idea, unless it is HIDDEN and the viewer is neither its author nor a moderator there. */
  async ideaOf(viewer: Viewer | null, notification: Notification, loaders: RequestLoaders): Promise<Idea | null> {
    if (!notification.ideaId) return null;
    const idea = await loaders.get(IdeasLoaders).ideaById.load(notification.ideaId);
    return idea && this.maySee(viewer, idea) ? idea : null;
  }

  /** A field of `data` (the key convention shared by every writer), null when absent or malformed. */
  dataString(notification: Notification, key: 'reason' | 'excerpt' | 'targetType'): string | null {
    const value = notification.data?.[key];
    return typeof value === 'string' ? value : null;
  }

  dataStatus(notification: Notification): IdeaStatus | null {
    const value = notification.data?.status;
    return typeof value === 'string' && IDEA_STATUSES.has(value) ? (value as IdeaStatus) : null;
  }

  dataUntil(notification: Notification): Date | null {
    const value = notification.data?.until;
    if (typeof value !== 'string') return null;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }

  // ---------------------------------------------------------------- preferences

  async preferencesOf(viewer: Viewer | null): Promise<{ dailyDigest: boolean }> {
    const signedIn = requireViewer(viewer);
    const row = await this.preferences.findOneBy({ userId: signedIn.userId });
    return { dailyDigest: row?.dailyDigest ?? false };
  }

  /**
   * Turning the digest on starts the clock (last_digest_at = now), so the first digest comes the
   * next morning after 07:00 rather than minutes later at any hour.
   */
  async updatePreferences(viewer: Viewer | null, dailyDigest: boolean): Promise<{ dailyDigest: boolean }> {
    const signedIn = requireViewer(viewer);
    const value = parseArgument(z.boolean(), dailyDigest, 'dailyDigest');
    await this.dataSource.query(
      `INSERT INTO notification_preference AS p (user_id, daily_digest, last_digest_at) VALUES ($1, $2, CASE WHEN $2 THEN now() END)
       ON CONFLICT (user_id) DO UPDATE SET
         daily_digest = EXCLUDED.daily_digest,
         last_digest_at = CASE WHEN EXCLUDED.daily_digest AND NOT p.daily_digest THEN now() ELSE p.last_digest_at END`,
      [signedIn.userId, value],
    );
    return { dailyDigest: value };
  }

  // ---------------------------------------------------------------- following

  async followIdea(viewer: Viewer | null, ideaId: string, loaders: RequestLoaders): Promise<Idea> {
    const signedIn = requireViewer(viewer);
    const idea = await this.visibleIdea(signedIn, ideaId, loaders);
    await this.follow(signedIn.userId, idea.id);
    return idea;
  }

  /** Idempotent; the idea's author may unfollow their own idea too. */
  async unfollowIdea(viewer: Viewer | null, ideaId: string, loaders: RequestLoaders): Promise<Idea> {
    const signedIn = requireViewer(viewer);
    const idea = await this.visibleIdea(signedIn, ideaId, loaders);
    await this.unfollow(signedIn.userId, idea.id);
    return idea;
  }

  async viewerIsFollowing(viewer: Viewer | null, idea: Idea, loaders: RequestLoaders): Promise<boolean> {
    return viewer ? loaders.get(NotificationsLoaders).following.load(`${viewer.userId}:${idea.id}`) : false;
  }

  private async visibleIdea(viewer: Viewer, rawId: string, loaders: RequestLoaders): Promise<Idea> {
    const ideaId = parseArgument(idSchema, rawId, 'ideaId');
    const idea = await loaders.get(IdeasLoaders).ideaById.load(ideaId);
    if (!idea || !this.maySee(viewer, idea)) throw DomainError.notFound('idea', ideaId);
    return idea;
  }

  /** The same rule as for reading ideas: HIDDEN ones only for their author and the municipality's moderators. */
  private maySee(viewer: Viewer | null, idea: Idea): boolean {
    if (idea.status !== IdeaStatus.HIDDEN) return true;
    return !!viewer && (viewer.userId === idea.authorId || hasRole(viewer, idea.municipalityId, Role.MODERATOR));
  }
}
