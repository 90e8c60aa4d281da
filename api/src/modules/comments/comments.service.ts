import {
  COMMENT_EDIT_WINDOW_MINUTES,
  CommentStatus,
  commentOnIdeaSchema,
  editCommentSchema,
  ErrorCode,
  excerptOf,
  findPersonalData,
  idSchema,
  IdeaStatus,
  NotificationKind,
  PERSONAL_DATA_LABELS,
  Role,
} from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import type { z } from 'zod';
import { DomainError, type FieldError, parseArgument } from '../../common/domain-error';
import { hasRole, requireViewer, type Viewer } from '../../common/viewer';
import { type ConnectionShape, pageSize } from '../../graphql/connection';
import type { RequestLoaders } from '../../graphql/loader-registry';
import { AuditService } from '../audit/audit.service';
import type { PublicAuthor } from '../ideas/dto/idea.types';
import { Idea } from '../ideas/idea.entity';
import { IdeasLoaders } from '../ideas/ideas.loaders';
import { PostingBlocksService } from '../moderation/posting-blocks.service';
import { decodeExactCursor, encodeExactCursor } from '../notifications/keyset';
import { NotificationsService } from '../notifications/notifications.service';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
import { UsersLoaders } from '../users/users.loaders';
import { Comment } from './comment.entity';
import { CommentsLoaders } from './comments.loaders';

const EDIT_WINDOW_MS = COMMENT_EDIT_WINDOW_MINUTES * 60 * 1000;

/** What one viewer may see of one comment. */
interface CommentView {
  idea: Idea | null;
  deleted: boolean;
  hidden: boolean;
  isAuthor: boolean;
  isModerator: boolean;
  /** The text (and its author) are shown: not deleted, and not hidden unless to its author or a moderator. */
  shown: boolean;
}

/** Validates an object argument set with a shared schema; field paths are the argument names (body, parentId …). */
function parseArguments<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw DomainError.badInput(result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })));
}

/**
 * Comments on ideas, with one level of replies.
 *
 * Rules:
 * - anyone signed in comments on an idea that is not HIDDEN, unless blocked from posting in its
 *   municipality; a reply's parent is a top-level, non-deleted, visible comment of the same idea;
 * - the author edits within 15 minutes of posting; the author or a moderator of the municipality
 *   deletes at any time (the row stays as a placeholder with an empty body);
 * - idea.comment_count counts VISIBLE, non-deleted comments (replies included) and changes in the
 *   same transaction as the comment;
 * - reading: deleted comments show as placeholders; HIDDEN ones show their text only to their
 *   author and moderators, to others as a placeholder when they have visible replies, else not at all.
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectRepository(Comment) private readonly comments: Repository<Comment>,
    @InjectRepository(Idea) private readonly ideas: Repository<Idea>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly postingBlocks: PostingBlocksService,
    private readonly rateLimits: RateLimitsService,
    private readonly audit: AuditService,
  ) {}

  // ---------------------------------------------------------------- queries

  /**
   * Top-level comments of an idea the viewer may already see, oldest first (keyset on created_at,
   * id). Through a loader, so a list of ideas with their comments costs two statements, not two per idea.
   */
  async commentsOf(
    viewer: Viewer | null,
    idea: Idea,
    args: { first?: number | null; after?: string | null },
    loaders: RequestLoaders,
  ): Promise<ConnectionShape<Comment>> {
    const size = pageSize(args.first);
    const after = decodeExactCursor(args.after);
    const { rows, totalCount } = await loaders.get(CommentsLoaders).topLevelPage.load({
      ideaId: idea.id,
      viewerId: viewer?.userId ?? null,
      moderator: hasRole(viewer, idea.municipalityId, Role.MODERATOR),
      limit: size + 1,
      after,
    });
    const edges = rows.slice(0, size).map(({ comment, sortAt }) => ({ node: comment, cursor: encodeExactCursor(sortAt, comment.id) }));
    return { edges, totalCount, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  // ---------------------------------------------------------------- fields

  async body(viewer: Viewer | null, comment: Comment, loaders: RequestLoaders): Promise<string> {
    return (await this.view(viewer, comment, loaders)).shown ? comment.body : '';
  }

  async author(viewer: Viewer | null, comment: Comment, loaders: RequestLoaders): Promise<PublicAuthor | null> {
    if (!(await this.view(viewer, comment, loaders)).shown) return null;
    const user = comment.authorId ? await loaders.get(UsersLoaders).userById.load(comment.authorId) : null;
    if (!user || user.deletedAt) return { id: null, displayName: '', removed: true };
    return { id: user.id, displayName: user.displayName, removed: false };
  }

  async isIdeaAuthor(viewer: Viewer | null, comment: Comment, loaders: RequestLoaders): Promise<boolean> {
    const view = await this.view(viewer, comment, loaders);
    return view.shown && !!comment.authorId && comment.authorId === view.idea?.authorId;
  }

  async isOfficer(viewer: Viewer | null, comment: Comment, loaders: RequestLoaders): Promise<boolean> {
    return (await this.view(viewer, comment, loaders)).shown && comment.postedAsOfficer;
  }

  /** A reply's replies are always empty (one level). */
  async replies(viewer: Viewer | null, comment: Comment, loaders: RequestLoaders): Promise<Comment[]> {
    if (comment.parentId) return [];
    const [replies, idea] = await Promise.all([
      loaders.get(CommentsLoaders).repliesByParent.load(comment.id),
      loaders.get(IdeasLoaders).ideaById.load(comment.ideaId),
    ]);
    const moderator = !!idea && hasRole(viewer, idea.municipalityId, Role.MODERATOR);
    // Replies have no replies of their own, so a hidden one is either shown in full or left out.
    return replies.filter((r) => r.deletedAt || r.status === CommentStatus.VISIBLE || moderator || (viewer && r.authorId === viewer.userId));
  }

  /** Replies that count, as in Idea.commentCount: VISIBLE and not deleted. */
  async replyCount(comment: Comment, loaders: RequestLoaders): Promise<number> {
    if (comment.parentId) return 0;
    const replies = await loaders.get(CommentsLoaders).repliesByParent.load(comment.id);
    return replies.filter((r) => !r.deletedAt && r.status === CommentStatus.VISIBLE).length;
  }

  editableUntil(comment: Comment): Date {
    return new Date(comment.createdAt.getTime() + EDIT_WINDOW_MS);
  }

  async viewerCanEdit(viewer: Viewer | null, comment: Comment, loaders: RequestLoaders): Promise<boolean> {
    const view = await this.view(viewer, comment, loaders);
    return view.isAuthor && !view.deleted && !view.hidden && Date.now() < this.editableUntil(comment).getTime();
  }

  async viewerCanDelete(viewer: Viewer | null, comment: Comment, loaders: RequestLoaders): Promise<boolean> {
    const view = await this.view(viewer, comment, loaders);
    return !view.deleted && (view.isAuthor || view.isModerator);
  }

  private async view(viewer: Viewer | null, comment: Comment, loaders: RequestLoaders): Promise<CommentView> {
    const idea = await loaders.get(IdeasLoaders).ideaById.load(comment.ideaId);
    const isAuthor = !!viewer && !!comment.authorId && comment.authorId === viewer.userId;
    const isModerator = !!idea && hasRole(viewer, idea.municipalityId, Role.MODERATOR);
    const deleted = !!comment.deletedAt;
    const hidden = comment.status === CommentStatus.HIDDEN;
    return { idea, deleted, hidden, isAuthor, isModerator, shown: !deleted && (!hidden || isAuthor || isModerator) };
  }

  // ---------------------------------------------------------------- mutations

  /**
   * Everything is checked before anything is written; the comment, the count, the follow and the
   * notifications are written in one transaction.
   */
  async commentOnIdea(viewer: Viewer | null, raw: { ideaId: string; body: string; parentId?: string | null }): Promise<Comment> {
    const signedIn = requireViewer(viewer);
    const input = parseArguments(commentOnIdeaSchema, raw);
    this.refusePersonalData(input.body);
    const idea = await this.ideas.findOneBy({ id: input.ideaId });
    if (!idea || idea.status === IdeaStatus.HIDDEN) throw DomainError.notFound('idea', input.ideaId);
    if (input.parentId) this.assertReplyable(await this.comments.findOneBy({ id: input.parentId }), idea.id);
    await this.postingBlocks.assertCanPost(signedIn.userId, idea.municipalityId);
    await this.rateLimits.hit('commentsPerUser', signedIn.userId);

    const id = await this.dataSource.transaction(async (manager) => {
      // The parent again, held against a concurrent delete or hide until this reply is in.
      const parent = input.parentId
        ? await manager.getRepository(Comment).createQueryBuilder('p').setLock('pessimistic_read').where('p.id = :id', { id: input.parentId }).getOne()
        : null;
      if (input.parentId) this.assertReplyable(parent, idea.id);

      const repository = manager.getRepository(Comment);
      const comment = await repository.save(
        repository.create({
          ideaId: idea.id,
          parentId: input.parentId,
          authorId: signedIn.userId,
          body: input.body,
          status: CommentStatus.VISIBLE,
          // A snapshot: the mark stays on the comment if the role goes.
          postedAsOfficer: hasRole(signedIn, idea.municipalityId, Role.OFFICER),
        }),
      );
      await manager.query(`UPDATE idea SET comment_count = comment_count + 1 WHERE id = $1`, [idea.id]);
      await this.notifications.follow(signedIn.userId, idea.id, manager);
      await this.notifyAbout(comment, idea, parent, manager);
      return comment.id;
    });
    return this.comments.findOneByOrFail({ id });
  }

  /** The parent's author hears COMMENT_REPLIED; every other follower IDEA_COMMENTED; the commenter nothing. */
  private async notifyAbout(comment: Comment, idea: Idea, parent: Comment | null, manager: EntityManager): Promise<void> {
    const draft = {
      municipalityId: idea.municipalityId,
      ideaId: idea.id,
      commentId: comment.id,
      data: { excerpt: excerptOf(comment.body), targetType: 'COMMENT' },
    };
    let repliedTo: string | null = null;
    if (parent?.authorId && parent.authorId !== comment.authorId) {
      const [active] = await manager.query(`SELECT 1 FROM app_user WHERE id = $1 AND deleted_at IS NULL`, [parent.authorId]);
      if (active) {
        repliedTo = parent.authorId;
        await this.notifications.notify([repliedTo], { ...draft, kind: NotificationKind.COMMENT_REPLIED }, manager, comment.authorId);
      }
    }
    const followers = (await this.notifications.followerIds(idea.id, manager)).filter((userId) => userId !== repliedTo);
    await this.notifications.notify(followers, { ...draft, kind: NotificationKind.IDEA_COMMENTED }, manager, comment.authorId);
  }

  /** The author, within 15 minutes, while the comment is neither deleted nor hidden. */
  async edit(viewer: Viewer | null, raw: { commentId: string; body: string }): Promise<Comment> {
    const signedIn = requireViewer(viewer);
    const input = parseArguments(editCommentSchema, raw);
    this.refusePersonalData(input.body);
    await this.dataSource.transaction(async (manager) => {
      const comment = await this.lockedComment(manager, input.commentId);
      const idea = await manager.getRepository(Idea).findOneByOrFail({ id: comment.ideaId });
      if (idea.status === IdeaStatus.HIDDEN) throw DomainError.notFound('comment', input.commentId);
      if (comment.authorId !== signedIn.userId) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'Only the author can edit a comment.', { reason: 'NOT_AUTHOR' });
      }
      if (comment.deletedAt) throw new DomainError(ErrorCode.FORBIDDEN, 'The comment is deleted.', { reason: 'COMMENT_DELETED' });
      if (comment.status === CommentStatus.HIDDEN) throw new DomainError(ErrorCode.FORBIDDEN, 'The comment is hidden by a moderator.', { reason: 'COMMENT_HIDDEN' });
      const editableUntil = this.editableUntil(comment);
      if (Date.now() >= editableUntil.getTime()) {
        throw new DomainError(ErrorCode.FORBIDDEN, `A comment can be edited for ${COMMENT_EDIT_WINDOW_MINUTES} minutes after posting.`, {
          reason: 'EDIT_WINDOW_CLOSED',
          editableUntil: editableUntil.toISOString(),
        });
      }
      await this.postingBlocks.assertCanPost(signedIn.userId, idea.municipalityId, manager);
      if (comment.body === input.body) return;
      await manager.getRepository(Comment).update({ id: comment.id }, { body: input.body, editedAt: () => 'now()' });
      // Notifications quote the comment; they quote what it says now.
      await manager.query(`UPDATE notification SET data = jsonb_set(data, '{excerpt}', to_jsonb($2::text)) WHERE comment_id = $1 AND data ? 'excerpt'`, [
        comment.id,
        excerptOf(input.body),
      ]);
    });
    return this.comments.findOneByOrFail({ id: input.commentId });
  }

  /** The author at any time, or a moderator of the municipality. Idempotent: deleting a deleted comment changes nothing. */
  async delete(viewer: Viewer | null, rawId: string): Promise<Comment> {
    const signedIn = requireViewer(viewer);
    const commentId = parseArgument(idSchema, rawId, 'commentId');
    await this.dataSource.transaction(async (manager) => {
      const comment = await this.lockedComment(manager, commentId);
      const idea = await manager.getRepository(Idea).findOneByOrFail({ id: comment.ideaId });
      const isAuthor = comment.authorId === signedIn.userId;
      const isModerator = hasRole(signedIn, idea.municipalityId, Role.MODERATOR);
      if (!isAuthor && !isModerator) {
        // A hidden idea's comments are not there for others at all.
        if (idea.status === IdeaStatus.HIDDEN && idea.authorId !== signedIn.userId) throw DomainError.notFound('comment', commentId);
        throw new DomainError(ErrorCode.FORBIDDEN, 'Only the author or a moderator can delete a comment.', { reason: 'NOT_AUTHOR' });
      }
      if (comment.deletedAt) return;
      await manager.getRepository(Comment).update({ id: comment.id }, { body: '', deletedAt: () => 'now()' });
      if (comment.status === CommentStatus.VISIBLE) {
        await manager.query(`UPDATE idea SET comment_count = comment_count - 1 WHERE id = $1`, [idea.id]);
      }
      // The words are gone from the comment; they go from the notifications that quoted it too.
      await manager.query(`UPDATE notification SET data = data - 'excerpt' WHERE comment_id = $1`, [comment.id]);
      if (!isAuthor) {
        await this.audit.record(
          signedIn,
          { action: 'comment.delete', municipalityId: idea.municipalityId, targetType: 'COMMENT', targetId: comment.id, details: { ideaId: idea.id } },
          manager,
        );
      }
    });
    return this.comments.findOneByOrFail({ id: commentId });
  }

  // ---------------------------------------------------------------- helpers

  /** Held until the end of the transaction, so edits, deletes and hiding of one comment take turns. */
  private async lockedComment(manager: EntityManager, id: string): Promise<Comment> {
    const comment = await manager.getRepository(Comment).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
    if (!comment) throw DomainError.notFound('comment', id);
    return comment;
  }

  private assertReplyable(parent: Comment | null, ideaId: string): void {
    const refuse = (message: string) => DomainError.badInput([{ path: 'parentId', message }]);
    if (!parent || parent.ideaId !== ideaId) throw refuse('Reply to a comment of this idea.');
    if (parent.parentId) throw refuse('Reply to the comment itself: replies have no replies of their own.');
    if (parent.deletedAt || parent.status !== CommentStatus.VISIBLE) throw refuse('The comment was deleted or hidden.');
  }

  /** Kinds only: the message never echoes the number or address found. */
  private refusePersonalData(body: string): void {
    const kinds = findPersonalData(body);
    if (kinds.length === 0) return;
    const fields: FieldError[] = [
      { path: 'body', message: `Contains ${kinds.map((kind) => PERSONAL_DATA_LABELS[kind]).join(' and ')}. Remove it: comments are public.` },
    ];
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Invalid input: body: ${fields[0]!.message}`, { fields, personalData: [{ path: 'body', kinds }] });
  }
}
