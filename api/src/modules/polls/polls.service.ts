import {
  createPollSchema,
  ErrorCode,
  formatVoterCode,
  idSchema,
  issueVoterCodesSchema,
  type LocalizedText,
  MembershipRole,
  normalizeVoterCode,
  OrganizationKind,
  PollStatus,
  POLL_SHORT_CODE_PATTERN,
  Role,
  slugSchema,
  TranslationStatus,
  updatePollSchema,
  VOTER_CODE_PATTERN,
} from '@medskapa/shared';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { DomainError, parseArgument } from '../../common/domain-error';
import { hasRole, requireViewer, type Viewer } from '../../common/viewer';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { type ConnectionShape, decodeCursor, pageSize, toConnection } from '../../graphql/connection';
import type { RequestLoaders } from '../../graphql/loader-registry';
import { requireLinkableDialogue } from '../dialogues/dialogue-link';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import type { Organization } from '../organizations/organization.entity';
import { OrganizationsLoaders } from '../organizations/organizations.loaders';
import { OrganizationsService } from '../organizations/organizations.service';
import { RATE_LIMITS } from '../rate-limits/rate-limits';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
import type { Goal } from '../strategies/goal.entity';
import type { PollBatchResult, PollResults, VoteReceipt } from './dto/poll.types';
import { Poll, PollGoal, PollOption, VoterCodeBatch } from './poll.entity';
import { PollsLoaders } from './polls.loaders';
import { hashVoterCode, newReceiptCode, newShortCode, newVoterCode } from './voter-codes';

const POLL_KINDS: readonly OrganizationKind[] = [OrganizationKind.SCHOOL_COUNCIL, OrganizationKind.YOUTH_COUNCIL];

/** One message for unknown, used and revoked codes alike: it must not tell which codes exist. */
export const WRONG_CODE_MESSAGE = 'This code cannot be used. Check that you typed it as printed, or ask for a new one.';

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

/** Texts a person typed in every language: reviewed by them. */
function reviewed(value: { sv: string; fi: string; fit: string }): LocalizedText {
  return {
    sv: { text: value.sv, status: TranslationStatus.REVIEWED },
    fi: { text: value.fi, status: TranslationStatus.REVIEWED },
    fit: { text: value.fit, status: TranslationStatus.REVIEWED },
  };
}

export function statusOf(poll: Poll, now = new Date()): PollStatus {
  if (now < poll.opensAt) return PollStatus.SCHEDULED;
  if (now < poll.closesAt) return PollStatus.OPEN;
  return PollStatus.CLOSED;
}

type PollFields = ReturnType<typeof updatePollSchema.parse>;

/**
 * Youth polls. Who may do what:
 * - leaders of an APPROVED SCHOOL_COUNCIL or YOUTH_COUNCIL organization, and officers of its
 *   municipality, create polls, edit them until they open, issue and revoke voter codes and see
 *   results (per batch too) at any time;
 * - everyone sees a poll once created, votes with a one-time code while it is open, and sees the
 *   results after closing (or live, when the poll says so).
 */
@Injectable()
export class PollsService {
  constructor(
    @InjectRepository(Poll) private readonly polls: Repository<Poll>,
    @InjectRepository(VoterCodeBatch) private readonly batches: Repository<VoterCodeBatch>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organizations: OrganizationsService,
    private readonly municipalities: MunicipalitiesService,
    private readonly rateLimits: RateLimitsService,
  ) {}

  // ---------------------------------------------------------------- managing polls

  async create(viewer: Viewer | null, raw: unknown): Promise<Poll> {
    const signedIn = requireViewer(viewer);
    const organizationId = parseArgument(idSchema, (raw as { organizationId?: unknown })?.organizationId, 'input.organizationId');
    const organization = await this.organizations.requireLeader(signedIn, organizationId);
    this.requirePollKind(signedIn, organization);
    const input = parseArgument(createPollSchema, raw, 'input');
    this.requireFutureClose(input);
    await this.requireGoals(input.goalIds, organization.municipalityId);
    if (input.dialogueId) await requireLinkableDialogue(this.dataSource, signedIn, input.dialogueId, organization.municipalityId);

    for (let attempt = 0; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          const poll = await manager.getRepository(Poll).save(
            manager.getRepository(Poll).create({
              municipalityId: organization.municipalityId,
              organizationId: organization.id,
              shortCode: newShortCode(),
              createdById: signedIn.userId,
              ...this.pollColumns(input),
              dialogueId: input.dialogueId ?? null,
            }),
          );
          await this.writeOptionsAndGoals(manager, poll.id, input);
          return poll;
        });
      } catch (error) {
        // A 7-character short code clashes about once in 10^10 polls; draw again.
        if (attempt < 3 && isUniqueViolation(error, 'uq_poll_short_code')) continue;
        throw error;
      }
    }
  }

  /** Everything can change until the poll opens; after that, nothing (votes refer to the options). */
  async update(viewer: Viewer | null, id: string, raw: unknown): Promise<Poll> {
    const poll = await this.requireManager(viewer, id, 'id');
    if (statusOf(poll) !== PollStatus.SCHEDULED) {
      throw new DomainError(ErrorCode.CONFLICT, 'A poll can only be changed before it opens.', { reason: 'POLL_ALREADY_OPEN' });
    }
    const input = parseArgument(updatePollSchema, raw, 'input');
    this.requireFutureClose(input);
    await this.requireGoals(input.goalIds, poll.municipalityId);
    // Left out: the link stays (no check); a new link follows the linking rule; null unlinks.
    const dialogueChange: { dialogueId?: string | null } =
      input.dialogueId === undefined || input.dialogueId === poll.dialogueId ? {} : { dialogueId: input.dialogueId };
    if (dialogueChange.dialogueId) await requireLinkableDialogue(this.dataSource, viewer, dialogueChange.dialogueId, poll.municipalityId);
    return this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Poll).update({ id: poll.id }, { ...this.pollColumns(input), ...dialogueChange });
      await manager.getRepository(PollOption).delete({ pollId: poll.id });
      await manager.getRepository(PollGoal).delete({ pollId: poll.id });
      await this.writeOptionsAndGoals(manager, poll.id, input);
      return manager.getRepository(Poll).findOneByOrFail({ id: poll.id });
    });
  }

  /** The only time codes exist in clear: returned once, stored as SHA-256 hashes. */
  async issueCodes(viewer: Viewer | null, pollId: string, count: number, batchLabel: string | null | undefined): Promise<string[]> {
    const poll = await this.requireManager(viewer, pollId, 'pollId');
    const input = parseArgument(issueVoterCodesSchema, { count, batchLabel }, 'input');
    if (statusOf(poll) === PollStatus.CLOSED) {
      throw DomainError.badInput([{ path: 'pollId', message: 'The poll has closed; no more codes can be issued.' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const batch = await manager
        .getRepository(VoterCodeBatch)
        .save(manager.getRepository(VoterCodeBatch).create({ pollId: poll.id, label: input.batchLabel ?? null, issuedCount: input.count }));
      const codes: string[] = [];
      // A clash with an existing code of the poll is astronomically rare; ON CONFLICT skips it and we draw again.
      while (codes.length < input.count) {
        const drawn = [...new Set(Array.from({ length: input.count - codes.length }, newVoterCode))];
        const inserted: Array<{ code_hash: string }> = await manager.query(
          `INSERT INTO voter_code (poll_id, batch_id, code_hash) SELECT $1, $2, h FROM unnest($3::text[]) AS h
           ON CONFLICT (poll_id, code_hash) DO NOTHING RETURNING code_hash`,
          [poll.id, batch.id, drawn.map(hashVoterCode)],
        );
        const ok = new Set(inserted.map((r) => r.code_hash));
        codes.push(...drawn.filter((code) => ok.has(hashVoterCode(code))));
      }
      return codes.map(formatVoterCode);
    });
  }

  /**
   * Ends voting now (e.g. when the whole class has voted): closesAt becomes now. A scheduled poll
   * cannot be closed (there is nothing to end; change its times instead); a closed one stays as it is.
   */
  async close(viewer: Viewer | null, id: string): Promise<Poll> {
    const poll = await this.requireManager(viewer, id, 'id');
    const status = statusOf(poll);
    if (status === PollStatus.CLOSED) return poll;
    if (status === PollStatus.SCHEDULED) {
      throw new DomainError(ErrorCode.CONFLICT, 'A poll that has not opened cannot be closed; change its times instead.', { reason: 'POLL_NOT_OPEN' });
    }
    // GREATEST keeps ck_poll_times (closes_at > opens_at) when the poll opened this very millisecond.
    await this.dataSource.query(
      `UPDATE poll SET closes_at = GREATEST(now(), opens_at + interval '1 millisecond'), updated_at = now() WHERE id = $1 AND closes_at > now()`,
      [poll.id],
    );
    return this.polls.findOneByOrFail({ id: poll.id });
  }

  /** Every unused code of the batch stops working; votes already cast stay counted. */
  async revokeBatch(viewer: Viewer | null, batchId: string): Promise<VoterCodeBatch> {
    const id = parseArgument(idSchema, batchId, 'batchId');
    const batch = await this.batches.findOneBy({ id });
    if (!batch) throw DomainError.notFound('voter code batch', id);
    await this.requireManager(viewer, batch.pollId, 'batchId');
    if (batch.revokedAt) return batch;
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE voter_code SET revoked = true WHERE batch_id = $1`, [batch.id]);
      await manager.query(`UPDATE voter_code_batch SET revoked_at = now() WHERE id = $1`, [batch.id]);
      return manager.getRepository(VoterCodeBatch).findOneByOrFail({ id: batch.id });
    });
  }

  async batchesOf(viewer: Viewer | null, pollId: string): Promise<VoterCodeBatch[]> {
    const poll = await this.requireManager(viewer, pollId, 'pollId');
    return this.batches.find({ where: { pollId: poll.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  // ---------------------------------------------------------------- voting

  /**
   * Public, no account. The code is consumed and the vote inserted in one statement (so in one
   * transaction): of concurrent attempts with one code exactly one finds `NOT used` and the others
   * find nothing. Unknown, used and revoked codes give the same answer.
   */
  async castVote(pollIdArg: string, optionIdArg: string, voterCode: string | null | undefined, clientAddress: string): Promise<VoteReceipt> {
    const pollId = parseArgument(idSchema, pollIdArg, 'pollId');
    const optionId = parseArgument(idSchema, optionIdArg, 'optionId');
    const clientBucket = `${clientAddress}`;
    // One round trip for the poll, the option and the wrong-code limits; the checks below keep
    // their order (unknown poll, not open, closed, no code, wrong option, over a limit).
    const [found] = await this.voteChecks(pollId, optionId, clientBucket);
    if (!found) throw DomainError.notFound('poll', pollId);
    const poll = { id: found.id, opensAt: found.opens_at, closesAt: found.closes_at } as Poll;
    const status = statusOf(poll);
    if (status === PollStatus.SCHEDULED) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The poll has not opened yet.', {
        reason: 'POLL_NOT_OPEN',
        opensAt: poll.opensAt.toISOString(),
        fields: [{ path: 'pollId', message: 'The poll has not opened yet.' }],
      });
    }
    if (status === PollStatus.CLOSED) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The poll has closed.', {
        reason: 'POLL_CLOSED',
        closesAt: poll.closesAt.toISOString(),
        fields: [{ path: 'pollId', message: 'The poll has closed.' }],
      });
    }
    if (!voterCode || normalizeVoterCode(voterCode) === '') {
      throw DomainError.badInput([{ path: 'voterCode', message: 'Enter the code from your slip.' }]);
    }
    if (!found.option_ok) throw DomainError.badInput([{ path: 'optionId', message: 'Choose one of the options of this poll.' }]);
    if (this.config.rateLimits && found.retry_after !== null) {
      const retryAfter = Math.max(1, found.retry_after);
      throw new DomainError(ErrorCode.RATE_LIMITED, `Too many wrong codes. Try again in ${retryAfter} seconds.`, { retryAfter });
    }
    const code = normalizeVoterCode(voterCode);
    const rows: Array<{ cast_at: Date }> = VOTER_CODE_PATTERN.test(code)
      ? await this.dataSource.query(
          `WITH consumed AS (
             UPDATE voter_code SET used = true
              WHERE poll_id = $1 AND code_hash = $2 AND NOT used AND NOT revoked
              RETURNING batch_id)
           INSERT INTO vote (poll_id, option_id, batch_id, cast_at)
           SELECT $1, $3, batch_id, date_trunc('hour', now()) FROM consumed
           RETURNING cast_at`,
          [poll.id, hashVoterCode(code), optionId],
        )
      : [];
    if (rows.length === 0) {
      // Count the wrong attempt; the limit's own RATE_LIMITED wins once it is passed.
      await this.rateLimits.hit('voteWrongCodePerClient', clientBucket);
      await this.rateLimits.hit('voteWrongCodeOnPollFromClient', `${poll.id}:${clientBucket}`);
      await this.rateLimits.hit('voteWrongCodePerPoll', poll.id);
      throw DomainError.badInput([{ path: 'voterCode', message: WRONG_CODE_MESSAGE }]);
    }
    return { pollId: poll.id, optionId, castAt: rows[0]!.cast_at, receiptCode: newReceiptCode() };
  }

  /**
   * The poll, whether the option is one of its own, and the wrong-code limits, checked before a
   * code is tried and without counting: a client over its limits cannot keep guessing. The
   * per-poll limit refuses only addresses that guessed wrong on this poll within its window, so a
   * flood of wrong guesses cannot stop the classes that type their codes right; a fresh address
   * gets its first guess, then waits an hour. Valid votes count against nothing but their code.
   * retry_after is null when no limit is passed.
   */
  private voteChecks(
    pollId: string,
    optionId: string,
    clientBucket: string,
  ): Promise<Array<{ id: string; opens_at: Date; closes_at: Date; option_ok: boolean; retry_after: number | null }>> {
    const client = RATE_LIMITS.voteWrongCodePerClient;
    const onPoll = RATE_LIMITS.voteWrongCodeOnPollFromClient;
    const perPoll = RATE_LIMITS.voteWrongCodePerPoll;
    return this.dataSource.query(
      `WITH l(bucket, lim, w) AS (VALUES ($3::text, $4::int, $5::int), ($6::text, $7::int, $8::int), ($9::text, $10::int, $11::int)),
            c AS (SELECT c.bucket, c.hits, c.window_start, l.lim, l.w FROM rate_limit_counter c JOIN l USING (bucket)
                   WHERE c.window_start > now() - make_interval(secs => l.w))
       SELECT p.id, p.opens_at, p.closes_at,
              EXISTS (SELECT 1 FROM poll_option o WHERE o.id = $2 AND o.poll_id = p.id) AS option_ok,
              (SELECT max(ceil(extract(epoch FROM (window_start + make_interval(secs => w)) - now())))::int
                 FROM c
                WHERE hits >= lim AND (bucket <> $9 OR EXISTS (SELECT 1 FROM c AS mine WHERE mine.bucket = $6))) AS retry_after
         FROM poll p
        WHERE p.id = $1`,
      [
        pollId,
        optionId,
        `voteWrongCodePerClient:${clientBucket}`, client.limit, client.windowSeconds,
        `voteWrongCodeOnPollFromClient:${pollId}:${clientBucket}`, onPoll.limit, onPoll.windowSeconds,
        `voteWrongCodePerPoll:${pollId}`, perPoll.limit, perPoll.windowSeconds,
      ],
    );
  }

  // ---------------------------------------------------------------- reading

  async byId(id: string, loaders: RequestLoaders): Promise<Poll> {
    const pollId = parseArgument(idSchema, id, 'id');
    const poll = await loaders.get(PollsLoaders).pollById.load(pollId);
    if (!poll) throw DomainError.notFound('poll', pollId);
    return poll;
  }

  async byShortCode(shortCode: string): Promise<Poll> {
    const code = normalizeVoterCode(shortCode ?? '');
    const poll = POLL_SHORT_CODE_PATTERN.test(code) ? await this.polls.findOneBy({ shortCode: code }) : null;
    if (!poll) throw DomainError.notFound('poll', shortCode);
    return poll;
  }

  /** Newest first; optionally one organization's, one status, or those tagged to one målbild. */
  async list(args: { municipalitySlug: string; organizationId?: string | null; goalId?: string | null; status?: PollStatus | null; first?: number | null; after?: string | null }): Promise<ConnectionShape<Poll>> {
    const municipality = await this.municipalities.bySlug(parseArgument(slugSchema, args.municipalitySlug, 'municipalitySlug'), 'municipalitySlug');
    const size = pageSize(args.first);
    const after = decodeCursor(args.after);
    const query = this.polls.createQueryBuilder('p').where('p.municipality_id = :m', { m: municipality.id });
    if (args.organizationId) query.andWhere('p.organization_id = :o', { o: parseArgument(idSchema, args.organizationId, 'organizationId') });
    if (args.goalId) {
      query.andWhere('EXISTS (SELECT 1 FROM poll_goal pg WHERE pg.poll_id = p.id AND pg.goal_id = :g)', { g: parseArgument(idSchema, args.goalId, 'goalId') });
    }
    if (args.status === PollStatus.SCHEDULED) query.andWhere('p.opens_at > now()');
    if (args.status === PollStatus.OPEN) query.andWhere('p.opens_at <= now() AND p.closes_at > now()');
    if (args.status === PollStatus.CLOSED) query.andWhere('p.closes_at <= now()');
    const totalCount = await query.getCount();
    if (after) query.andWhere('(p.created_at, p.id) < (:at, :id)', { at: after.at, id: after.id });
    const rows = await query.orderBy('p.created_at', 'DESC').addOrderBy('p.id', 'DESC').limit(size + 1).getMany();
    return toConnection(rows, size, totalCount, (p) => p.createdAt);
  }

  optionsOf(poll: Poll, loaders: RequestLoaders): Promise<PollOption[]> {
    return loaders.get(PollsLoaders).optionsByPoll.load(poll.id);
  }

  /** For the strategy view: every poll tagged to the målbild (polls are public once created). */
  pollsOfGoal(goal: Goal, loaders: RequestLoaders): Promise<Poll[]> {
    return loaders.get(PollsLoaders).pollsByGoal.load(goal.id);
  }

  goalsOf(poll: Poll, loaders: RequestLoaders): Promise<Goal[]> {
    return loaders.get(PollsLoaders).goalsByPoll.load(poll.id);
  }

  async organizationOf(poll: Poll, loaders: RequestLoaders): Promise<Organization> {
    return (await loaders.get(OrganizationsLoaders).organizationById.load(poll.organizationId))!;
  }

  /** Officers of the municipality and leaders of the poll's organization. */
  async canManage(viewer: Viewer | null, poll: Poll, loaders: RequestLoaders): Promise<boolean> {
    if (!viewer) return false;
    if (hasRole(viewer, poll.municipalityId, Role.OFFICER)) return true;
    const role = await loaders.get(PollsLoaders).membershipRole.load(`${viewer.userId}:${poll.organizationId}`);
    return role === MembershipRole.LEADER;
  }

  async results(viewer: Viewer | null, pollId: string, loaders: RequestLoaders): Promise<PollResults> {
    const poll = await this.byId(pollId, loaders);
    const manager = await this.canManage(viewer, poll, loaders);
    const visible = manager || poll.liveResults || statusOf(poll) === PollStatus.CLOSED;
    if (!visible) return { pollId: poll.id, visible, totalVotes: null, codesIssued: null, turnout: null, options: [], byBatch: [] };

    const [options, counts, codes] = await Promise.all([
      this.optionsOf(poll, loaders),
      this.dataSource.query(`SELECT option_id, count(*)::int AS n FROM vote WHERE poll_id = $1 GROUP BY option_id`, [poll.id]) as Promise<
        Array<{ option_id: string; n: number }>
      >,
      // Codes that can vote or did: a revoked batch's unused codes no longer count as issued.
      this.dataSource.query(`SELECT count(*)::int AS n FROM voter_code WHERE poll_id = $1 AND (used OR NOT revoked)`, [poll.id]) as Promise<Array<{ n: number }>>,
    ]);
    const byOption = new Map(counts.map((c) => [c.option_id, c.n]));
    const totalVotes = counts.reduce((sum, c) => sum + c.n, 0);
    const codesIssued = codes[0]!.n;
    let byBatch: PollBatchResult[] = [];
    if (manager) {
      const batches = await this.batches.find({ where: { pollId: poll.id }, order: { createdAt: 'ASC', id: 'ASC' } });
      const votes: Array<{ batch_id: string; n: number }> = await this.dataSource.query(
        `SELECT batch_id, count(*)::int AS n FROM vote WHERE poll_id = $1 GROUP BY batch_id`,
        [poll.id],
      );
      const votesOf = new Map(votes.map((v) => [v.batch_id, v.n]));
      byBatch = batches.map((batch) => ({ batch, votes: votesOf.get(batch.id) ?? 0, codesIssued: batch.issuedCount }));
    }
    return {
      pollId: poll.id,
      visible,
      totalVotes,
      codesIssued,
      turnout: codesIssued === 0 ? 0 : totalVotes / codesIssued,
      options: options.map((option) => {
        const count = byOption.get(option.id) ?? 0;
        return { option, count, share: totalVotes === 0 ? 0 : count / totalVotes };
      }),
      byBatch,
    };
  }

  // ---------------------------------------------------------------- helpers

  private async requireManager(viewer: Viewer | null, id: string, argumentName: string): Promise<Poll> {
    const signedIn = requireViewer(viewer);
    const pollId = parseArgument(idSchema, id, argumentName);
    const poll = await this.polls.findOneBy({ id: pollId });
    if (!poll) throw DomainError.notFound('poll', pollId);
    await this.organizations.requireLeader(signedIn, poll.organizationId);
    return poll;
  }

  /** Leaders of other kinds of organizations may not run polls; officers get told why. */
  private requirePollKind(viewer: Viewer, organization: Organization): void {
    if (POLL_KINDS.includes(organization.kind)) return;
    if (hasRole(viewer, organization.municipalityId, Role.OFFICER)) {
      throw DomainError.badInput([{ path: 'input.organizationId', message: 'Polls are run by school councils and youth councils.' }]);
    }
    throw new DomainError(ErrorCode.FORBIDDEN, 'Only school councils and youth councils run polls.', { organizationKind: organization.kind });
  }

  private requireFutureClose(input: { closesAt: Date }): void {
    if (input.closesAt.getTime() <= Date.now()) {
      throw DomainError.badInput([{ path: 'input.closesAt', message: 'Closing must be in the future.' }]);
    }
  }

  private async requireGoals(goalIds: string[], municipalityId: string): Promise<void> {
    const unique = [...new Set(goalIds)];
    if (unique.length === 0) return;
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id
        WHERE g.id = ANY($1::uuid[]) AND s.municipality_id = $2`,
      [unique, municipalityId],
    );
    if (rows.length !== unique.length) throw DomainError.badInput([{ path: 'input.goalIds', message: "Choose målbilder of the municipality's strategies." }]);
  }

  private pollColumns(input: PollFields) {
    return {
      question: reviewed(input.question),
      description: input.description ? reviewed(input.description) : null,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      liveResults: input.liveResults,
      audience: input.audience ?? null,
    };
  }

  private async writeOptionsAndGoals(manager: EntityManager, pollId: string, input: PollFields): Promise<void> {
    await manager.getRepository(PollOption).insert(
      input.options.map((option, position) => ({
        pollId,
        position,
        text: reviewed(option.text),
        imageAlt: option.imageAlt ? reviewed(option.imageAlt) : null,
      })),
    );
    const goalIds = [...new Set(input.goalIds)];
    if (goalIds.length > 0) await manager.getRepository(PollGoal).insert(goalIds.map((goalId) => ({ pollId, goalId })));
  }
}
