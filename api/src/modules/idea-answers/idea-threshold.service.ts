import { IdeaEventKind, IdeaStatus, NATIONAL_MINORITY_LANGUAGES, NotificationKind, Role } from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { IdeaTimelineService } from '../ideas/idea-timeline.service';
import { NotificationsService } from '../notifications/notifications.service';

/**
 * The support threshold: a PUBLISHED idea with enough supports moves to UNDER_REVIEW, and an idea
 * in a national minority language skips the threshold where the municipality exempts them. Called
 * by IdeasService inside the transaction of the support or submission, so the move, its timeline
 * entries and the notifications commit together with it.
 *
 * Exactly once: the move is one conditional UPDATE … WHERE status = 'PUBLISHED' RETURNING. Under
 * READ COMMITTED a concurrent second UPDATE waits for the first, re-checks the condition on the
 * committed row, finds UNDER_REVIEW and returns nothing.
 */
@Injectable()
export class IdeaThresholdService {
  constructor(
    private readonly timeline: IdeaTimelineService,
    private readonly notifications: NotificationsService,
  ) {}

  /** After a support was counted: moves the idea when it reached the municipality's effective threshold. */
  async afterSupport(ideaId: string, supporterId: string, manager: EntityManager): Promise<boolean> {
    // The effective threshold: the count, else ceil(per mille × population / 1000) in exact numeric.
    const [rows]: [Array<{ municipality_id: string; support_count: number; threshold: number }>, number] = await manager.query(
      `UPDATE idea i SET status = 'UNDER_REVIEW', updated_at = now()
         FROM municipality m
        WHERE i.id = $1 AND m.id = i.municipality_id AND i.status = 'PUBLISHED'
          AND i.support_count >= coalesce(m.idea_support_threshold, ceil(m.idea_support_threshold_per_mille * m.population / 1000)::integer)
       RETURNING i.municipality_id, i.support_count,
                 coalesce(m.idea_support_threshold, ceil(m.idea_support_threshold_per_mille * m.population / 1000)::integer) AS threshold`,
      [ideaId],
    );
    const moved = rows[0];
    if (!moved) return false;
    await this.timeline.record(
      { ideaId, kind: IdeaEventKind.THRESHOLD_REACHED, data: { supportCount: moved.support_count, threshold: moved.threshold } },
      manager,
    );
    await this.recordMove(ideaId, moved.municipality_id, supporterId, manager, true);
    return true;
  }

  /** After an idea was submitted: an idea in a national minority language goes straight to review where exempt. */
  async afterSubmit(ideaId: string, authorId: string, manager: EntityManager): Promise<boolean> {
    const [rows]: [Array<{ municipality_id: string }>, number] = await manager.query(
      `UPDATE idea i SET status = 'UNDER_REVIEW', updated_at = now()
         FROM municipality m
        WHERE i.id = $1 AND m.id = i.municipality_id AND i.status = 'PUBLISHED'
          AND m.idea_threshold_minority_language_exempt AND i.original_locale = ANY($2::text[])
       RETURNING i.municipality_id`,
      [ideaId, [...NATIONAL_MINORITY_LANGUAGES]],
    );
    const moved = rows[0];
    if (!moved) return false;
    await this.timeline.record({ ideaId, kind: IdeaEventKind.THRESHOLD_REACHED, data: { exempt: true } }, manager);
    // The author follows their idea and caused the move: no follower needs telling.
    await this.recordMove(ideaId, moved.municipality_id, authorId, manager, false);
    return true;
  }

  /**
   * After the municipality's settings changed: every PUBLISHED idea now at or past the threshold,
   * or now exempt, moves to UNDER_REVIEW (in the settings change's transaction). Returns how many.
   */
  async sweep(municipalityId: string, changedBy: string, manager: EntityManager): Promise<number> {
    const [rows]: [Array<{ id: string; support_count: number; threshold: number | null; exempt: boolean }>, number] = await manager.query(
      `UPDATE idea i SET status = 'UNDER_REVIEW', updated_at = now()
         FROM (SELECT id, idea_threshold_minority_language_exempt AS exempt_all,
                      coalesce(idea_support_threshold, ceil(idea_support_threshold_per_mille * population / 1000)::integer) AS threshold
                 FROM municipality WHERE id = $1) m
        WHERE i.municipality_id = m.id AND i.status = 'PUBLISHED'
          AND (i.support_count >= m.threshold OR (m.exempt_all AND i.original_locale = ANY($2::text[])))
       RETURNING i.id, i.support_count, m.threshold, NOT coalesce(i.support_count >= m.threshold, false) AS exempt`,
      [municipalityId, [...NATIONAL_MINORITY_LANGUAGES]],
    );
    for (const row of rows) {
      const data = row.exempt ? { exempt: true } : { supportCount: row.support_count, threshold: row.threshold };
      await this.timeline.record({ ideaId: row.id, kind: IdeaEventKind.THRESHOLD_REACHED, data }, manager);
      await this.recordMove(row.id, municipalityId, changedBy, manager, true);
    }
    return rows.length;
  }

  private async recordMove(ideaId: string, municipalityId: string, causedBy: string, manager: EntityManager, tellFollowers: boolean): Promise<void> {
    await this.timeline.record(
      { ideaId, kind: IdeaEventKind.STATUS_CHANGED, fromStatus: IdeaStatus.PUBLISHED, toStatus: IdeaStatus.UNDER_REVIEW },
      manager,
    );
    const data = { status: IdeaStatus.UNDER_REVIEW };
    const officers = await this.notifications.holdersOf(municipalityId, [Role.OFFICER, Role.ADMIN], manager);
    await this.notifications.notify(officers, { kind: NotificationKind.IDEA_NEEDS_REVIEW, municipalityId, ideaId, data }, manager, causedBy);
    if (tellFollowers) {
      const followers = await this.notifications.followerIds(ideaId, manager);
      await this.notifications.notify(followers, { kind: NotificationKind.IDEA_STATUS_CHANGED, municipalityId, ideaId, data }, manager, causedBy);
    }
  }
}
