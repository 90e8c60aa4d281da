import { CommentStatus } from '@medskapa/shared';
import { Args, Context, GraphQLISODateTime, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { ConnectionShape } from '../../graphql/connection';
import type { GraphQLContext } from '../../graphql/context';
import { PublicAuthor } from '../ideas/dto/idea.types';
import { Idea } from '../ideas/idea.entity';
import { Comment } from './comment.entity';
import { CommentsService } from './comments.service';
import { CommentConnection } from './dto/comment.types';

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(private readonly service: CommentsService) {}

  @Mutation(() => Comment, {
    description:
      'Comments on an idea, or replies to a top-level comment (parentId; one level). Body 2–2000 characters of plain text without personal data (BAD_USER_INPUT on body); NOT_FOUND for a hidden idea; FORBIDDEN (POSTING_BLOCKED) when blocked. You then follow the idea. Signed in.',
  })
  commentOnIdea(
    @Args('ideaId', { type: () => ID }) ideaId: string,
    @Args('body') body: string,
    @Args('parentId', { type: () => ID, nullable: true }) parentId: string | null,
    @Context() ctx: GraphQLContext,
  ): Promise<Comment> {
    return this.service.commentOnIdea(ctx.viewer, { ideaId, body, parentId });
  }

  @Mutation(() => Comment, {
    description: 'The author only (FORBIDDEN, reason NOT_AUTHOR), within 15 minutes of posting (FORBIDDEN, reason EDIT_WINDOW_CLOSED), not once deleted or hidden.',
  })
  editComment(@Args('commentId', { type: () => ID }) commentId: string, @Args('body') body: string, @Context() ctx: GraphQLContext): Promise<Comment> {
    return this.service.edit(ctx.viewer, { commentId, body });
  }

  @Mutation(() => Comment, {
    description: 'The author at any time, or a moderator of the municipality. The comment stays as a placeholder (deleted: true). Idempotent.',
  })
  deleteComment(@Args('commentId', { type: () => ID }) commentId: string, @Context() ctx: GraphQLContext): Promise<Comment> {
    return this.service.delete(ctx.viewer, commentId);
  }

  @ResolveField(() => String, { description: 'Plain text; empty when deleted, and when hidden unless you wrote it or moderate here.' })
  body(@Parent() comment: Comment, @Context() ctx: GraphQLContext): Promise<string> {
    return this.service.body(ctx.viewer, comment, ctx.loaders);
  }

  @ResolveField(() => PublicAuthor, { nullable: true, description: 'Null for a placeholder (deleted, or hidden from you).' })
  author(@Parent() comment: Comment, @Context() ctx: GraphQLContext): Promise<PublicAuthor | null> {
    return this.service.author(ctx.viewer, comment, ctx.loaders);
  }

  @ResolveField(() => GraphQLISODateTime, { description: 'The author may edit it until then.' })
  editableUntil(@Parent() comment: Comment): Date {
    return this.service.editableUntil(comment);
  }

  @ResolveField(() => Boolean)
  deleted(@Parent() comment: Comment): boolean {
    return !!comment.deletedAt;
  }

  @ResolveField(() => Boolean, { description: 'Hidden by a moderator.' })
  hidden(@Parent() comment: Comment): boolean {
    return comment.status === CommentStatus.HIDDEN;
  }

  @ResolveField(() => Boolean, { description: "Written by the idea's author." })
  isIdeaAuthor(@Parent() comment: Comment, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.service.isIdeaAuthor(ctx.viewer, comment, ctx.loaders);
  }

  @ResolveField(() => Boolean, { description: 'Written by an officer of the municipality, as an officer.' })
  isOfficer(@Parent() comment: Comment, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.service.isOfficer(ctx.viewer, comment, ctx.loaders);
  }

  @ResolveField(() => [Comment], { description: 'Oldest first, with the same placeholders; always empty for a reply.' })
  replies(@Parent() comment: Comment, @Context() ctx: GraphQLContext): Promise<Comment[]> {
    return this.service.replies(ctx.viewer, comment, ctx.loaders);
  }

  @ResolveField(() => Int, { description: 'Replies that are visible and not deleted (they count in Idea.commentCount).' })
  replyCount(@Parent() comment: Comment, @Context() ctx: GraphQLContext): Promise<number> {
    return this.service.replyCount(comment, ctx.loaders);
  }

  @ResolveField(() => Boolean)
  viewerCanEdit(@Parent() comment: Comment, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.service.viewerCanEdit(ctx.viewer, comment, ctx.loaders);
  }

  @ResolveField(() => Boolean)
  viewerCanDelete(@Parent() comment: Comment, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.service.viewerCanDelete(ctx.viewer, comment, ctx.loaders);
  }
}

/** Idea.comments (the rest of Idea lives in IdeasResolver). */
@Resolver(() => Idea)
export class IdeaCommentsResolver {
  constructor(private readonly service: CommentsService) {}

  @ResolveField(() => CommentConnection, {
    description:
      'Top-level comments, oldest first, at most 100 per page. Deleted ones stay as placeholders; hidden ones show as placeholders only when they have visible replies.',
  })
  comments(
    @Parent() idea: Idea,
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConnectionShape<Comment>> {
    return this.service.commentsOf(ctx.viewer, idea, { first, after }, ctx.loaders);
  }
}
