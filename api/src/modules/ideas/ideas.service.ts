import { createHash } from 'node:crypto';
import {
  ErrorCode,
  findPersonalData,
  idSchema,
  type IdeaFilterInput,
  ideaFilterSchema,
  IdeaEventKind,
  IdeaOrder,
  ideaOrderSchema,
  IdeaStatus,
  similarIdeasSchema,
  normalizeIdeaText,
  PERSONAL_DATA_LABELS,
  Role,
  submitIdeaSchema,
} from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository, SelectQueryBuilder } from 'typeorm';
import { z } from 'zod';
import { DomainError, type FieldError, parseArgument } from '../../common/domain-error';
import { hasRole, requireViewer, type Viewer } from '../../common/viewer';
import { type ConnectionShape, pageSize } from '../../graphql/connection';
import type { RequestLoaders } from '../../graphql/loader-registry';
import { PostingBlocksService } from '../moderation/posting-blocks.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { NotificationsService } from '../notifications/notifications.service';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
import { UsersLoaders } from '../users/users.loaders';
import { requireLinkableDialogue } from '../dialogues/dialogue-link';
import type { PublicAuthor, SimilarIdea, SubmitIdeaInput } from './dto/idea.types';
import { Idea, IdeaGoal, IdeaPlace } from './idea.entity';
import { IdeaThresholdService } from '../idea-answers/idea-threshold.service';
import { IdeaTimelineService } from './idea-timeline.service';
import { IdeasLoaders } from './ideas.loaders';

const DUPLICATE_CONSTRAINT = 'uq_idea_author_id_text_hash';

/**
 * The full-text document of an idea in its language's dictionary (sv → swedish, fi → finnish,
 * anything else → simple), title weighted A and body B. Must stay identical to the expression of
 * the index ix_idea_search_document (migration IdeaSearch) so that searches use it.
 */
const DOCUMENT = (() => {
  const document = (config: string) =>
    `setweight(to_tsvector('${config}'::regconfig, i."title"), 'A') || setweight(to_tsvector('${config}'::regconfig, i."body"), 'B')`;
  return `(CASE i."original_locale" WHEN 'sv' THEN ${document('swedish')} WHEN 'fi' THEN ${document('finnish')} ELSE ${document('simple')} END)`;
})();
/** The lower-cased text of the trigram index ix_idea_search_text. */
const TEXT = `lower(i."title" || ' ' || i."body")`;
/** The search as a query in all three dictionaries: an idea's language is not the searcher's. */
const QUERY = `(websearch_to_tsquery('swedish'::regconfig, :search) || websearch_to_tsquery('finnish'::regconfig, :search) || websearch_to_tsquery('simple'::regconfig, :search))`;
/** Matches the full text in any dictionary, or a word of the text close to the search (pg_trgm, word_similarity_threshold). */
const SEARCH_MATCH = `(${DOCUMENT} @@ ${QUERY} OR lower(:search) <% ${TEXT})`;
/** Weighted cover density (D, C, B, A) plus word similarity: a title match outranks a body-only one. */
const RELEVANCE_RANK = `(ts_rank_cd('{0.1, 0.2, 0.4, 1.0}'::float4[], ${DOCUMENT}, ${QUERY}) + word_similarity(lower(:search), ${TEXT}))`;
/** How near a draft must be to count as the same idea (trigram similarity, 0–1). */
const SIMILARITY_THRESHOLD = 0.6;

/** The SQL sort key of each order; every order ends with id DESC so cursors are total. */
const SORT_KEY: Record<IdeaOrder, { column: string; cast: string }> = {
  [IdeaOrder.NEWEST]: { column: 'i.created_at', cast: 'timestamptz' },
  [IdeaOrder.MOST_SUPPORTED]: { column: 'i.support_count', cast: 'integer' },
  [IdeaOrder.MOST_DISCUSSED]: { column: 'i.comment_count', cast: 'integer' },
  // float8::text is exact (shortest round-trip form), so the cursor compares equal to the rank.
  [IdeaOrder.RELEVANCE]: { column: `(${RELEVANCE_RANK})::float8`, cast: 'float8' },
};

/** A keyset cursor: the order it belongs to, the sort key as PostgreSQL text (exact, to the microsecond) and the id. */
const cursorSchema = z.object({ o: z.enum(IdeaOrder), k: z.string().max(64), id: z.uuid() });
type IdeaCursor = z.infer<typeof cursorSchema>;

function encodeIdeaCursor(cursor: IdeaCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeIdeaCursor(after: string | null | undefined, order: IdeaOrder): IdeaCursor | null {
  if (!after) return null;
  try {
    const cursor = cursorSchema.parse(JSON.parse(Buffer.from(after, 'base64url').toString('utf8')));
    if (cursor.o !== order) throw new Error('other order');
    return cursor;
  } catch {
    throw DomainError.badInput([{ path: 'after', message: 'Not a cursor from this list.' }]);
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

/**
 * Ideas (medborgarförslag): submitting with validation, the personal data guard and the
 * duplicate guard; finding with filters, orders and keyset pagination; supporting.
 *
 * Who may do what:
 * - anyone (signed in or not) reads PUBLISHED and later ideas; HIDDEN ones only their author and
 *   moderators of the municipality (by id; they are never listed);
 * - anyone signed in submits ideas to any municipality, and supports others' ideas (not their own:
 *   FORBIDDEN).
 */
@Injectable()
export class IdeasService {
  constructor(
    @InjectRepository(Idea) private readonly ideas: Repository<Idea>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly rateLimits: RateLimitsService,
    private readonly notifications: NotificationsService,
    private readonly timeline: IdeaTimelineService,
    private readonly postingBlocks: PostingBlocksService,
    private readonly threshold: IdeaThresholdService,
  ) {}

  // ---------------------------------------------------------------- queries

  async byId(viewer: Viewer | null, id: string, loaders: RequestLoaders): Promise<Idea> {
    const ideaId = parseArgument(idSchema, id, 'id');
    const idea = await loaders.get(IdeasLoaders).ideaById.load(ideaId);
    if (!idea || !this.canSee(viewer, idea)) throw DomainError.notFound('idea', ideaId);
    return idea;
  }

  async list(
    rawFilter: unknown,
    args: { first?: number | null; after?: string | null; orderBy?: IdeaOrder | null },
  ): Promise<ConnectionShape<Idea>> {
    const filter = parseArgument(ideaFilterSchema, rawFilter, 'filter');
    const order = parseArgument(ideaOrderSchema, args.orderBy ?? (filter.search ? IdeaOrder.RELEVANCE : IdeaOrder.NEWEST), 'orderBy');
    if (order === IdeaOrder.RELEVANCE && !filter.search) {
      throw DomainError.badInput([{ path: 'orderBy', message: 'RELEVANCE needs a search (filter.search).' }]);
    }
    const size = pageSize(args.first);
    const cursor = decodeIdeaCursor(args.after, order);
    const municipality = await this.municipalities.bySlug(filter.municipalitySlug, 'filter.municipalitySlug');

    const filtered = () => this.filtered(municipality.id, filter);
    const { column, cast } = SORT_KEY[order];
    const page = filtered()
      .addSelect(`${column}::text`, 'sort_key')
      .orderBy(column, 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(size + 1);
    if (cursor) page.andWhere(`(${column}, i.id) < (CAST(:key AS ${cast}), CAST(:cursorId AS uuid))`, { key: cursor.k, cursorId: cursor.id });
    // count(*) rather than getCount()'s COUNT(DISTINCT id): no join can repeat a row here, and the
    // plain count can be answered from the partial list indexes.
    const [{ entities, raw }, counted] = await Promise.all([
      page.getRawAndEntities<{ sort_key: string }>(),
      filtered().select('count(*)::int', 'total').getRawOne<{ total: number }>(),
    ]);
    const totalCount = counted?.total ?? 0;

    const edges = entities.slice(0, size).map((node, index) => ({
      node,
      cursor: encodeIdeaCursor({ o: order, k: raw[index]!.sort_key, id: node.id }),
    }));
    return { edges, totalCount, pageInfo: { hasNextPage: entities.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  private filtered(municipalityId: string, filter: IdeaFilterInput): SelectQueryBuilder<Idea> {
    const query = this.ideas
      .createQueryBuilder('i')
      .where('i.municipality_id = :municipalityId', { municipalityId })
      .andWhere(`i.status <> 'HIDDEN'`);
    if (filter.status) query.andWhere('i.status = :status', { status: filter.status });
    if (filter.originalLocale) query.andWhere('i.original_locale = :locale', { locale: filter.originalLocale });
    if (filter.goalId) query.andWhere('EXISTS (SELECT 1 FROM idea_goal ig WHERE ig.idea_id = i.id AND ig.goal_id = :goalId)', { goalId: filter.goalId });
    if (filter.dialogueId) query.andWhere('i.dialogue_id = :dialogueId', { dialogueId: filter.dialogueId });
    if (filter.placeId) query.andWhere('EXISTS (SELECT 1 FROM idea_place ip WHERE ip.idea_id = i.id AND ip.place_id = :placeId)', { placeId: filter.placeId });
    if (filter.areaId) {
      query.andWhere('EXISTS (SELECT 1 FROM idea_goal ia JOIN goal g ON g.id = ia.goal_id WHERE ia.idea_id = i.id AND g.area_id = :areaId)', {
        areaId: filter.areaId,
      });
    }
    if (filter.search) query.andWhere(SEARCH_MATCH, { search: filter.search });
    return query;
  }

  /**
   * Published (not HIDDEN) ideas of the municipality whose text is near-identical to a draft:
   * trigram similarity of title and body (of the title alone when the draft has no body) at least
   * SIMILARITY_THRESHOLD, most similar first.
   */
  async similar(raw: { municipalitySlug: string; title: string; body?: string | null; first?: number }): Promise<SimilarIdea[]> {
    const parsed = similarIdeasSchema.safeParse(raw);
    if (!parsed.success) {
      throw DomainError.badInput(parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })));
    }
    const input = parsed.data;
    const municipality = await this.municipalities.bySlug(input.municipalitySlug, 'municipalitySlug');
    const [compared, draft] = input.body ? [TEXT, `${input.title} ${input.body}`] : ['lower(i."title")', input.title];
    const { entities, raw: rows } = await this.ideas
      .createQueryBuilder('i')
      .addSelect(`similarity(${compared}, lower(:draft))`, 'similarity')
      .where('i.municipality_id = :municipalityId', { municipalityId: municipality.id })
      .andWhere(`i.status <> 'HIDDEN'`)
      // % uses the trigram index (pg_trgm.similarity_threshold, 0.3); the explicit bound is the rule.
      .andWhere(`${compared} % lower(:draft)`)
      .andWhere(`similarity(${compared}, lower(:draft)) >= :threshold`, { draft, threshold: SIMILARITY_THRESHOLD })
      .orderBy('similarity', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(input.first)
      .getRawAndEntities<{ similarity: number }>();
    return entities.map((idea, index) => ({ idea, similarity: Number(rows[index]!.similarity) }));
  }

  // ---------------------------------------------------------------- fields

  async authorOf(idea: Idea, loaders: RequestLoaders): Promise<PublicAuthor> {
    const user = idea.authorId ? await loaders.get(UsersLoaders).userById.load(idea.authorId) : null;
    if (!user || user.deletedAt) return { id: null, displayName: '', removed: true };
    return { id: user.id, displayName: user.displayName, removed: false };
  }

  async viewerHasSupported(viewer: Viewer | null, idea: Idea, loaders: RequestLoaders): Promise<boolean> {
    return viewer ? loaders.get(IdeasLoaders).supported.load(`${viewer.userId}:${idea.id}`) : false;
  }

  // ---------------------------------------------------------------- mutations

  /**
   * Validates everything before writing; the reference number, the idea and its tags are written
   * in one transaction, so nothing (not even a reference number) is used up on any error.
   */
  async submit(viewer: Viewer | null, raw: SubmitIdeaInput): Promise<Idea> {
    const signedIn = requireViewer(viewer);
    const input = parseArgument(submitIdeaSchema, raw, 'input');

    // Kinds only: the message never echoes the number or address found.
    const personalData = (['title', 'body'] as const)
      .map((field) => ({ path: `input.${field}`, kinds: findPersonalData(input[field]) }))
      .filter((found) => found.kinds.length > 0);
    if (personalData.length > 0) {
      const fields: FieldError[] = personalData.map(({ path, kinds }) => ({
        path,
        message: `Contains ${kinds.map((kind) => PERSONAL_DATA_LABELS[kind]).join(' and ')}. Remove it: ideas are public.`,
      }));
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `Invalid input: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, {
        fields,
        personalData,
      });
    }

    const municipality = await this.municipalities.bySlug(input.municipalitySlug, 'input.municipalitySlug');
    const goalIds = [...new Set(input.goalIds)];
    const placeIds = [...new Set(input.placeIds)];
    const tagErrors: FieldError[] = [];
    const [goalRows, placeRows]: [Array<{ id: string }>, Array<{ id: string }>] = await Promise.all([
      this.dataSource.query(
        `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id
         WHERE g.id = ANY($1::uuid[]) AND s.municipality_id = $2`,
        [goalIds, municipality.id],
      ),
      placeIds.length ? this.dataSource.query(`SELECT id FROM place WHERE id = ANY($1::uuid[]) AND municipality_id = $2`, [placeIds, municipality.id]) : [],
    ]);
    if (goalRows.length !== goalIds.length) tagErrors.push({ path: 'input.goalIds', message: "Choose målbilder of the municipality's strategies." });
    if (placeRows.length !== placeIds.length) tagErrors.push({ path: 'input.placeIds', message: 'Choose places of the municipality.' });
    if (tagErrors.length > 0) throw DomainError.badInput(tagErrors);
    if (input.dialogueId) await requireLinkableDialogue(this.dataSource, signedIn, input.dialogueId, municipality.id);
    await this.postingBlocks.assertCanPost(signedIn.userId, municipality.id);

    await this.rateLimits.hit('ideasPerUser', signedIn.userId);
    const textHash = createHash('sha256').update(normalizeIdeaText(input.title, input.body)).digest('hex');
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        const [{ year, last_number: number }]: Array<{ year: number; last_number: number }> = await manager.query(
          `INSERT INTO idea_reference_counter AS c (municipality_id, year, last_number)
           VALUES ($1, extract(year FROM now() AT TIME ZONE 'Europe/Stockholm')::smallint, 1)
           ON CONFLICT (municipality_id, year) DO UPDATE SET last_number = c.last_number + 1
           RETURNING year, last_number`,
          [municipality.id],
        );
        const reference = `${municipality.slug.toUpperCase()}-${year}-${String(number).padStart(4, '0')}`;
        const repository = manager.getRepository(Idea);
        const idea = await repository.save(
          repository.create({
            municipalityId: municipality.id,
            reference,
            title: input.title,
            body: input.body,
            originalLocale: input.locale,
            status: IdeaStatus.PUBLISHED,
            authorId: signedIn.userId,
            textHash,
            dialogueId: input.dialogueId ?? null,
          }),
        );
        await manager.getRepository(IdeaGoal).insert(goalIds.map((goalId) => ({ ideaId: idea.id, goalId })));
        if (placeIds.length) await manager.getRepository(IdeaPlace).insert(placeIds.map((placeId) => ({ ideaId: idea.id, placeId })));
        await this.timeline.record({ ideaId: idea.id, kind: IdeaEventKind.SUBMITTED, toStatus: idea.status, actorId: signedIn.userId }, manager);
        await this.notifications.follow(signedIn.userId, idea.id, manager);
        // An idea in a national minority language skips the support threshold where the municipality exempts them.
        await this.threshold.afterSubmit(idea.id, signedIn.userId, manager);
        return idea.id;
      });
      return await this.ideas.findOneByOrFail({ id });
    } catch (error) {
      if (isUniqueViolation(error, DUPLICATE_CONSTRAINT)) {
        throw new DomainError(ErrorCode.CONFLICT, 'You have already submitted an idea with this text.');
      }
      throw error;
    }
  }

  /** Idempotent: a second call changes nothing. The count changes only when a row was inserted, in the same statement. */
  async support(viewer: Viewer | null, id: string): Promise<Idea> {
    const signedIn = requireViewer(viewer);
    const idea = await this.supportable(signedIn, id);
    // One statement, so atomic: the count moves only when the row was inserted. Two concurrent calls
    // by one person wait on the primary key; the second inserts nothing and adds nothing.
    await this.dataSource.transaction(async (manager) => {
      // Following first: the count's row lock is then held only for the count and the threshold check.
      await this.notifications.follow(signedIn.userId, idea.id, manager);
      await manager.query(
        `WITH inserted AS (
           INSERT INTO idea_support (idea_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING idea_id
         )
         UPDATE idea SET support_count = support_count + (SELECT count(*) FROM inserted) WHERE id = $1 AND EXISTS (SELECT 1 FROM inserted)`,
        [idea.id, signedIn.userId],
      );
      // At the threshold the idea moves to UNDER_REVIEW, exactly once, in this same transaction.
      await this.threshold.afterSupport(idea.id, signedIn.userId, manager);
    });
    return this.ideas.findOneByOrFail({ id: idea.id });
  }

  async withdrawSupport(viewer: Viewer | null, id: string): Promise<Idea> {
    const signedIn = requireViewer(viewer);
    const idea = await this.supportable(signedIn, id);
    await this.dataSource.query(
      `WITH deleted AS (
         DELETE FROM idea_support WHERE idea_id = $1 AND user_id = $2 RETURNING idea_id
       )
       UPDATE idea SET support_count = support_count - (SELECT count(*) FROM deleted) WHERE id = $1 AND EXISTS (SELECT 1 FROM deleted)`,
      [idea.id, signedIn.userId],
    );
    return this.ideas.findOneByOrFail({ id: idea.id });
  }

  // ---------------------------------------------------------------- helpers

  private canSee(viewer: Viewer | null, idea: Idea): boolean {
    if (idea.status !== IdeaStatus.HIDDEN) return true;
    return !!viewer && (viewer.userId === idea.authorId || hasRole(viewer, idea.municipalityId, Role.MODERATOR));
  }

  /** NOT_FOUND for missing and HIDDEN ideas; FORBIDDEN for your own. */
  private async supportable(viewer: Viewer, id: string): Promise<Idea> {
    const ideaId = parseArgument(idSchema, id, 'ideaId');
    const idea = await this.ideas.findOneBy({ id: ideaId });
    if (!idea || idea.status === IdeaStatus.HIDDEN) throw DomainError.notFound('idea', ideaId);
    if (idea.authorId === viewer.userId) throw new DomainError(ErrorCode.FORBIDDEN, 'You cannot support your own idea.', { reason: 'OWN_IDEA' });
    return idea;
  }
}
