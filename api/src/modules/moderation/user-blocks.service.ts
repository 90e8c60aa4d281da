import {
  blockUserInputSchema,
  ErrorCode,
  idSchema,
  moderationReasonSchema,
  NotificationKind,
  resolveText,
  ReportStatus,
  Role,
  slugSchema,
  UPHELD_REPORTS_BEFORE_BLOCK,
} from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { z } from 'zod';
import { DomainError, parseArgument } from '../../common/domain-error';
import { requireRole, requireViewer, type Viewer } from '../../common/viewer';
import type { RequestLoaders } from '../../graphql/loader-registry';
import { AuditService } from '../audit/audit.service';
import type { PublicAuthor } from '../ideas/dto/idea.types';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { BlockUserInput } from './dto/moderation.types';
import { ModerationService, publicAuthorOf } from './moderation.service';
import { PostingBlocksService } from './posting-blocks.service';
import { UserBlock } from './user-block.entity';

/** The most blocks userBlocks lists (newest first). */
const BLOCKS_LIST_MAX = 500;

/** "2026-12-01 14:00" in Swedish time: readable in every language of the e-mails. */
function formatUntil(until: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(until);
}

/**
 * Posting blocks: a MODERATOR of a municipality may stop a person from posting (ideas, comments)
 * there for 1–365 days, but only a repeat offender: someone with at least
 * UPHELD_REPORTS_BEFORE_BLOCK pieces of content hidden on reports in that municipality. The person
 * is told why (notification and e-mail); blocking and lifting are audited.
 */
@Injectable()
export class UserBlocksService {
  constructor(
    @InjectRepository(UserBlock) private readonly blocks: Repository<UserBlock>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly postingBlocks: PostingBlocksService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly moderation: ModerationService,
  ) {}

  /** Distinct pieces of the person's content hidden on reports (UPHELD) in the municipality. */
  async upheldCount(userId: string, municipalityId: string, manager?: EntityManager): Promise<number> {
    const [row]: Array<{ n: number }> = await (manager ?? this.dataSource.manager).query(
      `SELECT count(DISTINCT (target_type, target_id))::int AS n FROM report WHERE target_author_id = $1 AND municipality_id = $2 AND status = $3`,
      [userId, municipalityId, ReportStatus.UPHELD],
    );
    return row!.n;
  }

  async block(viewer: Viewer | null, raw: BlockUserInput): Promise<UserBlock> {
    const signedIn = requireViewer(viewer);
    const input = parseArgument(blockUserInputSchema, raw, 'input');
    const municipality = await this.municipalities.bySlug(input.municipalitySlug, 'input.municipalitySlug');
    requireRole(signedIn, municipality.id, Role.MODERATOR);
    if (input.userId === signedIn.userId) throw DomainError.badInput([{ path: 'input.userId', message: 'You cannot block yourself.' }]);

    const block = await this.dataSource.transaction(async (manager) => {
      // Locks the person's row: two moderators blocking at once make one block.
      const [person]: Array<{ id: string; deleted_at: Date | null }> = await manager.query(
        `SELECT id, deleted_at FROM app_user WHERE id = $1 FOR UPDATE`,
        [input.userId],
      );
      if (!person || person.deleted_at) throw DomainError.notFound('user', input.userId);
      const upheld = await this.upheldCount(input.userId, municipality.id, manager);
      if (upheld < UPHELD_REPORTS_BEFORE_BLOCK) {
        const message = `This person has ${upheld} upheld report${upheld === 1 ? '' : 's'} in this municipality; blocking needs at least ${UPHELD_REPORTS_BEFORE_BLOCK}.`;
        throw new DomainError(ErrorCode.BAD_USER_INPUT, message, {
          fields: [{ path: 'input.userId', message }],
          upheldReports: upheld,
          required: UPHELD_REPORTS_BEFORE_BLOCK,
        });
      }
      const active = await this.postingBlocks.activeBlock(input.userId, municipality.id, manager);
      if (active) {
        throw new DomainError(ErrorCode.CONFLICT, `This person is already blocked until ${active.until.toISOString()}; lift that block first.`, {
          blockId: active.id,
          until: active.until.toISOString(),
        });
      }
      const [{ id }]: Array<{ id: string }> = await manager.query(
        `INSERT INTO user_block (user_id, municipality_id, until, reason, blocked_by_id)
         VALUES ($1, $2, now() + make_interval(days => $3), $4, $5) RETURNING id`,
        [input.userId, municipality.id, input.days, input.reason, signedIn.userId],
      );
      const created = await manager.getRepository(UserBlock).findOneByOrFail({ id });
      await this.audit.record(
        signedIn,
        {
          action: 'USER_BLOCKED',
          municipalityId: municipality.id,
          targetType: 'User',
          targetId: input.userId,
          details: { blockId: id, days: input.days, until: created.until.toISOString(), reason: input.reason, upheldReports: upheld },
        },
        manager,
      );
      await this.notifications.notify(
        [input.userId],
        { kind: NotificationKind.POSTING_BLOCKED, municipalityId: municipality.id, data: { until: created.until.toISOString(), reason: input.reason } },
        manager,
      );
      return created;
    });

    await this.moderation.emailAuthor(input.userId, municipality.id, 'postingBlocked', (locale) => ({
      until: formatUntil(block.until),
      reason: input.reason,
      municipality: resolveText(municipality.name, locale).text,
    }));
    return block;
  }

  async lift(viewer: Viewer | null, rawBlockId: string, rawReason: string): Promise<UserBlock> {
    const signedIn = requireViewer(viewer);
    const blockId = parseArgument(idSchema, rawBlockId, 'blockId');
    const block = await this.blocks.findOneBy({ id: blockId });
    if (!block) throw DomainError.notFound('block', blockId);
    requireRole(signedIn, block.municipalityId, Role.MODERATOR);
    const reason = parseArgument(moderationReasonSchema, rawReason, 'reason');

    return this.dataSource.transaction(async (manager) => {
      const [rows]: [Array<{ id: string }>] = await manager.query(
        `UPDATE user_block SET lifted_at = now(), lifted_by_id = $2, lift_reason = $3 WHERE id = $1 AND lifted_at IS NULL AND until > now() RETURNING id`,
        [blockId, signedIn.userId, reason],
      );
      if (rows.length === 0) {
        const message = block.liftedAt ? 'This block has already been lifted.' : 'This block has already ended.';
        throw new DomainError(ErrorCode.BAD_USER_INPUT, message, { fields: [{ path: 'blockId', message }] });
      }
      await this.audit.record(
        signedIn,
        { action: 'USER_BLOCK_LIFTED', municipalityId: block.municipalityId, targetType: 'User', targetId: block.userId, details: { blockId, reason } },
        manager,
      );
      return manager.getRepository(UserBlock).findOneByOrFail({ id: blockId });
    });
  }

  async list(viewer: Viewer | null, municipalitySlug: string, activeOnly: boolean | null | undefined): Promise<UserBlock[]> {
    const municipality = await this.municipalities.bySlug(parseArgument(slugSchema, municipalitySlug, 'municipalitySlug'), 'municipalitySlug');
    requireRole(viewer, municipality.id, Role.MODERATOR);
    const query = this.blocks
      .createQueryBuilder('b')
      .where('b.municipality_id = :municipalityId', { municipalityId: municipality.id })
      .orderBy('b.created_at', 'DESC')
      .addOrderBy('b.id', 'DESC')
      .limit(BLOCKS_LIST_MAX);
    if (parseArgument(z.boolean().nullish(), activeOnly, 'activeOnly')) query.andWhere('b.lifted_at IS NULL AND b.until > now()');
    return query.getMany();
  }

  // ---------------------------------------------------------------- fields

  isActive(block: UserBlock): boolean {
    return !block.liftedAt && block.until.getTime() > Date.now();
  }

  async person(block: UserBlock, loaders: RequestLoaders): Promise<PublicAuthor> {
    return (await publicAuthorOf(block.userId, loaders)) ?? { id: null, displayName: '', removed: true };
  }

  personOrNull(userId: string | null, loaders: RequestLoaders): Promise<PublicAuthor | null> {
    return publicAuthorOf(userId, loaders);
  }
}
