import {
  CommentStatus,
  ErrorCode,
  excerptOf,
  idSchema,
  IdeaEventKind,
  IdeaStatus,
  type Locale,
  ModerationAction,
  moderationReasonSchema,
  NotificationKind,
  reportInputSchema,
  ReportStatus,
  ReportTargetType,
  Role,
} from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { z } from 'zod';
import { DomainError, parseArgument } from '../../common/domain-error';
import { hasRole, requireRole, requireViewer, type Viewer } from '../../common/viewer';
import { type ConnectionShape, pageSize } from '../../graphql/connection';
import type { RequestLoaders } from '../../graphql/loader-registry';
import { AuditService } from '../audit/audit.service';
import type { PublicAuthor } from '../ideas/dto/idea.types';
import type { Idea } from '../ideas/idea.entity';
import { IdeaTimelineService } from '../ideas/idea-timeline.service';
import { IdeasLoaders } from '../ideas/ideas.loaders';
import { MailService } from '../mail/mail.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { NotificationsService } from '../notifications/notifications.service';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
import { UsersLoaders } from '../users/users.loaders';
import type { ReportInput } from './dto/moderation.types';
import { ModerationLoaders } from './moderation.loaders';
import { loadTargets, type ModerationTarget, targetKey } from './moderation-targets';
import { Report } from './report.entity';

/** The longest quote of reported content shown in the moderation queue. */
const QUEUE_EXCERPT_MAX_LENGTH = 1000;

const AUDIT_TARGET: Record<ReportTargetType, string> = {
  [ReportTargetType.IDEA]: 'Idea',
  [ReportTargetType.COMMENT]: 'Comment',
  [ReportTargetType.WORKSHOP_INPUT]: 'WorkshopInput',
};

const AUDIT_ACTION: Record<ModerationAction, string> = {
  [ModerationAction.HIDE]: 'CONTENT_HIDDEN',
  [ModerationAction.RESTORE]: 'CONTENT_RESTORED',
  [ModerationAction.DISMISS]: 'REPORTS_DISMISSED',
};

/** Keyset cursor over (created_at as exact PostgreSQL text, id). */
const cursorSchema = z.object({ k: z.string().max(64), id: z.uuid() });
type ReportCursor = z.infer<typeof cursorSchema>;

function decodeReportCursor(after: string | null | undefined): ReportCursor | null {
  if (!after) return null;
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(after, 'base64url').toString('utf8')));
  } catch {
    throw DomainError.badInput([{ path: 'after', message: 'Not a cursor from this list.' }]);
  }
}

/** The public face of a person (as on ideas): a deleted account shows as removed. */
export async function publicAuthorOf(userId: string | null, loaders: RequestLoaders): Promise<PublicAuthor | null> {
  if (!userId) return null;
  const user = await loaders.get(UsersLoaders).userById.load(userId);
  if (!user || user.deletedAt) return { id: null, displayName: '', removed: true };
  return { id: user.id, displayName: user.displayName, removed: false };
}

const statusSchema = z.enum(ReportStatus).nullish();

/**
 * Reports and their moderation.
 *
 * Who may do what:
 * - anyone signed in reports content they can see (not their own: BAD_USER_INPUT), once per
 *   content (a second report returns the first), at most RATE_LIMITS.reportsPerUser new ones an
 *   hour; they see their own reports' status (myReports);
 * - MODERATORs (and OFFICERs, ADMINs) of the content's municipality read the queue and HIDE,
 *   RESTORE or DISMISS, always with a reason that the author is told (notification and e-mail).
 *   Every decision is audited, and the content and report changes commit together.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectRepository(Report) private readonly reports: Repository<Report>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly rateLimits: RateLimitsService,
    private readonly notifications: NotificationsService,
    private readonly timeline: IdeaTimelineService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  // ---------------------------------------------------------------- reporting

  async report(viewer: Viewer | null, raw: ReportInput): Promise<Report> {
    const signedIn = requireViewer(viewer);
    const input = parseArgument(reportInputSchema, raw, 'input');
    // Idempotent: a second report of the same content returns the first, also once the content is hidden.
    const key = { targetType: input.targetType, targetId: input.targetId, reporterId: signedIn.userId };
    const existing = await this.reports.findOneBy(key);
    if (existing) return existing;
    const target = (await loadTargets(this.dataSource.manager, [{ type: input.targetType, id: input.targetId }])).get(
      targetKey(input.targetType, input.targetId),
    );
    if (!target || !this.canSee(signedIn, target)) throw DomainError.notFound(input.targetType.toLowerCase(), input.targetId);
    if (target.authorId === signedIn.userId) {
      throw DomainError.badInput([{ path: 'input.targetId', message: 'You cannot report your own content.' }]);
    }

    await this.rateLimits.hit('reportsPerUser', signedIn.userId);
    // ON CONFLICT: two simultaneous reports by one person make one row.
    await this.reports
      .createQueryBuilder()
      .insert()
      .into(Report)
      .values({ ...key, municipalityId: target.municipalityId, targetAuthorId: target.authorId, reason: input.reason, note: input.note })
      .orIgnore()
      .execute();
    return this.reports.findOneByOrFail(key);
  }

  /** The viewer's own reports, newest first. */
  async mine(viewer: Viewer | null, args: { first?: number | null; after?: string | null }): Promise<ConnectionShape<Report>> {
    const signedIn = requireViewer(viewer);
    return this.page(() => this.reports.createQueryBuilder('r').where('r.reporter_id = :reporterId', { reporterId: signedIn.userId }), args);
  }

  // ---------------------------------------------------------------- the queue

  async queue(
    viewer: Viewer | null,
    args: { municipalitySlug: string; status?: ReportStatus | null; first?: number | null; after?: string | null },
  ): Promise<ConnectionShape<Report>> {
    const municipality = await this.municipalities.bySlug(args.municipalitySlug, 'municipalitySlug');
    requireRole(viewer, municipality.id, Role.MODERATOR);
    const status = parseArgument(statusSchema, args.status, 'status');
    return this.page(() => {
      const query = this.reports.createQueryBuilder('r').where('r.municipality_id = :municipalityId', { municipalityId: municipality.id });
      if (status) query.andWhere('r.status = :status', { status });
      return query;
    }, args);
  }

  private async page(filtered: () => SelectQueryBuilder<Report>, args: { first?: number | null; after?: string | null }): Promise<ConnectionShape<Report>> {
    const size = pageSize(args.first);
    const cursor = decodeReportCursor(args.after);
    const page = filtered()
      .addSelect('r.created_at::text', 'sort_key')
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(size + 1);
    if (cursor) page.andWhere('(r.created_at, r.id) < (CAST(:key AS timestamptz), CAST(:cursorId AS uuid))', { key: cursor.k, cursorId: cursor.id });
    const [{ entities, raw }, totalCount] = await Promise.all([page.getRawAndEntities<{ sort_key: string }>(), filtered().getCount()]);
    const edges = entities.slice(0, size).map((node, index) => ({
      node,
      cursor: Buffer.from(JSON.stringify({ k: raw[index]!.sort_key, id: node.id })).toString('base64url'),
    }));
    return { edges, totalCount, pageInfo: { hasNextPage: entities.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  // ---------------------------------------------------------------- fields (moderators only, null for others)

  isModeratorOf(viewer: Viewer | null, report: Report): boolean {
    return hasRole(viewer, report.municipalityId, Role.MODERATOR);
  }

  async resolvedBy(viewer: Viewer | null, report: Report, loaders: RequestLoaders): Promise<PublicAuthor | null> {
    return this.isModeratorOf(viewer, report) ? publicAuthorOf(report.resolvedById, loaders) : null;
  }

  resolutionReason(viewer: Viewer | null, report: Report): string | null {
    return this.isModeratorOf(viewer, report) ? report.resolutionReason : null;
  }

  async openReportCount(viewer: Viewer | null, report: Report, loaders: RequestLoaders): Promise<number | null> {
    if (!this.isModeratorOf(viewer, report)) return null;
    return loaders.get(ModerationLoaders).openReportCount.load(targetKey(report.targetType, report.targetId));
  }

  async targetAuthorUpheldCount(viewer: Viewer | null, report: Report, loaders: RequestLoaders): Promise<number | null> {
    if (!this.isModeratorOf(viewer, report)) return null;
    if (!report.targetAuthorId) return 0;
    return loaders.get(ModerationLoaders).upheldCountByAuthor.load(`${report.municipalityId}:${report.targetAuthorId}`);
  }

  async targetAuthor(viewer: Viewer | null, report: Report, loaders: RequestLoaders): Promise<PublicAuthor | null> {
    if (!this.isModeratorOf(viewer, report)) return null;
    return (await publicAuthorOf(report.targetAuthorId, loaders)) ?? { id: null, displayName: '', removed: true };
  }

  async targetExcerpt(viewer: Viewer | null, report: Report, loaders: RequestLoaders): Promise<string | null> {
    if (!this.isModeratorOf(viewer, report)) return null;
    const target = await loaders.get(ModerationLoaders).targetByKey.load(targetKey(report.targetType, report.targetId));
    return target ? excerptOf(target.text, QUEUE_EXCERPT_MAX_LENGTH) : null;
  }

  /** The idea reported, or the idea of the comment reported; a hidden idea only for moderators. */
  async targetIdea(viewer: Viewer | null, report: Report, loaders: RequestLoaders): Promise<Idea | null> {
    const target = await loaders.get(ModerationLoaders).targetByKey.load(targetKey(report.targetType, report.targetId));
    if (!target?.ideaId) return null;
    const idea = await loaders.get(IdeasLoaders).ideaById.load(target.ideaId);
    if (!idea) return null;
    return idea.status !== IdeaStatus.HIDDEN || this.isModeratorOf(viewer, report) ? idea : null;
  }

  // ---------------------------------------------------------------- moderating

  async moderate(viewer: Viewer | null, rawReportId: string, action: ModerationAction, rawReason: string): Promise<Report> {
    const signedIn = requireViewer(viewer);
    const reportId = parseArgument(idSchema, rawReportId, 'reportId');
    const acting = await this.reports.findOneBy({ id: reportId });
    if (!acting) throw DomainError.notFound('report', reportId);
    requireRole(signedIn, acting.municipalityId, Role.MODERATOR);
    const reason = parseArgument(moderationReasonSchema, rawReason, 'reason');

    const target = await this.dataSource.transaction(async (manager) => {
      // The row lock on the content serializes decisions on the same content.
      const content = (await loadTargets(manager, [{ type: acting.targetType, id: acting.targetId }], { lock: true })).get(
        targetKey(acting.targetType, acting.targetId),
      );
      if (!content) throw DomainError.notFound(acting.targetType.toLowerCase(), acting.targetId);
      const resolution = { resolvedById: signedIn.userId, reason };
      let changed: number;
      switch (action) {
        case ModerationAction.HIDE:
          if (content.hidden) throw wrongState('This content is already hidden.');
          await this.hideContent(manager, content, signedIn, reportId);
          // Every open report on it is upheld; so is the acting one whatever its state (e.g. dismissed before).
          changed = await this.resolve(manager, content, ReportStatus.UPHELD, resolution, `(status = 'OPEN' OR id = :reportId)`, reportId);
          break;
        case ModerationAction.RESTORE:
          if (!content.hidden) throw wrongState('This content is not hidden, so there is nothing to restore.');
          await this.restoreContent(manager, content, signedIn, reportId);
          changed = await this.resolve(manager, content, ReportStatus.RESTORED, resolution, `status IN ('OPEN', 'UPHELD')`, reportId);
          break;
        case ModerationAction.DISMISS:
          changed = await this.resolve(manager, content, ReportStatus.DISMISSED, resolution, `status = 'OPEN'`, reportId);
          if (changed === 0) throw wrongState('There are no open reports on this content to dismiss.');
          break;
      }
      await this.audit.record(
        signedIn,
        {
          action: AUDIT_ACTION[action],
          municipalityId: content.municipalityId,
          targetType: AUDIT_TARGET[content.type],
          targetId: content.id,
          details: { reportId, reason, reportsResolved: changed, authorId: content.authorId },
        },
        manager,
      );
      if (action !== ModerationAction.DISMISS && content.authorId) {
        await this.notifications.notify(
          [content.authorId],
          {
            kind: action === ModerationAction.HIDE ? NotificationKind.CONTENT_HIDDEN : NotificationKind.CONTENT_RESTORED,
            municipalityId: content.municipalityId,
            ideaId: content.ideaId,
            commentId: content.type === ReportTargetType.COMMENT ? content.id : null,
            data: { reason, targetType: content.type, excerpt: content.excerpt },
          },
          manager,
        );
      }
      return content;
    });

    if (action !== ModerationAction.DISMISS) {
      await this.emailAuthor(target.authorId, target.municipalityId, action === ModerationAction.HIDE ? 'contentHidden' : 'contentRestored', {
        excerpt: target.excerpt,
        reason,
      });
    }
    return this.reports.findOneByOrFail({ id: reportId });
  }

  private async resolve(
    manager: EntityManager,
    content: ModerationTarget,
    status: ReportStatus,
    resolution: { resolvedById: string; reason: string },
    which: string,
    reportId: string,
  ): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(Report)
      .set({ status, resolvedById: resolution.resolvedById, resolutionReason: resolution.reason, resolvedAt: () => 'now()' })
      .where('target_type = :type AND target_id = :id', { type: content.type, id: content.id })
      .andWhere(which, { reportId })
      .execute();
    return result.affected ?? 0;
  }

  private async hideContent(manager: EntityManager, content: ModerationTarget, viewer: Viewer, reportId: string): Promise<void> {
    switch (content.type) {
      case ReportTargetType.IDEA: {
        const [rows]: [Array<{ status_before_hidden: IdeaStatus }>] = await manager.query(
          `UPDATE idea SET status_before_hidden = status, status = 'HIDDEN', updated_at = now() WHERE id = $1 RETURNING status_before_hidden`,
          [content.id],
        );
        await this.timeline.record(
          { ideaId: content.id, kind: IdeaEventKind.HIDDEN, fromStatus: rows[0]!.status_before_hidden, toStatus: IdeaStatus.HIDDEN, actorId: viewer.userId, data: { reportId } },
          manager,
        );
        return;
      }
      case ReportTargetType.COMMENT:
        await manager.query(`UPDATE comment SET status = $2 WHERE id = $1`, [content.id, CommentStatus.HIDDEN]);
        // idea.comment_count counts the VISIBLE comments that are not deleted.
        if (!content.deleted) await manager.query(`UPDATE idea SET comment_count = comment_count - 1 WHERE id = $1`, [content.ideaId]);
        return;
      case ReportTargetType.WORKSHOP_INPUT:
        // Counts (Goal/Place.workshopInputCount), lists and the CSV count PUBLISHED inputs only.
        await manager.query(`UPDATE workshop_input SET status = 'HIDDEN', updated_at = now() WHERE id = $1`, [content.id]);
        return;
    }
  }

  private async restoreContent(manager: EntityManager, content: ModerationTarget, viewer: Viewer, reportId: string): Promise<void> {
    switch (content.type) {
      case ReportTargetType.IDEA: {
        const [rows]: [Array<{ status: IdeaStatus }>] = await manager.query(
          `UPDATE idea SET status = coalesce(status_before_hidden, 'PUBLISHED'), status_before_hidden = NULL, updated_at = now() WHERE id = $1 RETURNING status`,
          [content.id],
        );
        await this.timeline.record(
          { ideaId: content.id, kind: IdeaEventKind.RESTORED, fromStatus: IdeaStatus.HIDDEN, toStatus: rows[0]!.status, actorId: viewer.userId, data: { reportId } },
          manager,
        );
        return;
      }
      case ReportTargetType.COMMENT:
        await manager.query(`UPDATE comment SET status = $2 WHERE id = $1`, [content.id, CommentStatus.VISIBLE]);
        if (!content.deleted) await manager.query(`UPDATE idea SET comment_count = comment_count + 1 WHERE id = $1`, [content.ideaId]);
        return;
      case ReportTargetType.WORKSHOP_INPUT:
        // Only published inputs can be reported, so a hidden one was published.
        await manager.query(`UPDATE workshop_input SET status = 'PUBLISHED', updated_at = now() WHERE id = $1`, [content.id]);
        return;
    }
  }

  /** After the decision commits: the author's e-mail in their language (none for deleted accounts or without an address). */
  async emailAuthor(
    authorId: string | null,
    municipalityId: string,
    template: 'contentHidden' | 'contentRestored' | 'postingBlocked',
    vars: Record<string, string> | ((locale: Locale) => Record<string, string>),
  ): Promise<void> {
    if (!authorId) return;
    const [author]: Array<{ email: string | null; locale: Locale; display_name: string; deleted_at: Date | null }> = await this.dataSource.query(
      `SELECT email, locale, display_name, deleted_at FROM app_user WHERE id = $1`,
      [authorId],
    );
    if (!author?.email || author.deleted_at) return;
    await this.mail.send({ to: author.email, locale: author.locale, template, vars: { name: author.display_name, ...(typeof vars === 'function' ? vars(author.locale) : vars) }, municipalityId });
  }

  // ---------------------------------------------------------------- helpers

  /** Deleted content is gone for everyone; hidden content (or a comment on a hidden idea) is seen by moderators only. */
  private canSee(viewer: Viewer, target: ModerationTarget): boolean {
    if (target.deleted || target.unpublished) return false;
    if (hasRole(viewer, target.municipalityId, Role.MODERATOR)) return true;
    return !target.hidden && !target.ideaHidden;
  }
}

function wrongState(message: string): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, message, { fields: [{ path: 'action', message }] });
}
