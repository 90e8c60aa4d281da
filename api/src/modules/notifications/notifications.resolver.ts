import { IdeaStatus } from '@medskapa/shared';
import { Args, Context, GraphQLISODateTime, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ConnectionShape } from '../../graphql/connection';
import type { GraphQLContext } from '../../graphql/context';
import { Idea } from '../ideas/idea.entity';
import { NotificationConnection, NotificationPreferences } from './dto/notification.types';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first, at most 100 per page. Signed in." })
  notifications(
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly: boolean | null,
  ): Promise<ConnectionShape<Notification>> {
    return this.service.list(ctx.viewer, { first, after, unreadOnly });
  }

  @Query(() => Int, { description: "How many of the viewer's notifications are unread; 0 when signed out." })
  unreadNotificationCount(@Context() ctx: GraphQLContext): Promise<number> {
    return this.service.unreadCount(ctx.viewer);
  }

  @Mutation(() => Int, {
    description: "Marks the given notifications read, or all when ids is null; ids of others' notifications are ignored. Returns how many changed. Signed in.",
  })
  markNotificationsRead(
    @Context() ctx: GraphQLContext,
    @Args('ids', { type: () => [ID], nullable: true, description: 'At most 100.' }) ids: string[] | null,
  ): Promise<number> {
    return this.service.markRead(ctx.viewer, ids);
  }

  @Query(() => NotificationPreferences, { description: 'Signed in.' })
  notificationPreferences(@Context() ctx: GraphQLContext): Promise<NotificationPreferences> {
    return this.service.preferencesOf(ctx.viewer);
  }

  @Mutation(() => NotificationPreferences, { description: 'Signed in.' })
  updateNotificationPreferences(@Context() ctx: GraphQLContext, @Args('dailyDigest') dailyDigest: boolean): Promise<NotificationPreferences> {
    return this.service.updatePreferences(ctx.viewer, dailyDigest);
  }

  @ResolveField(() => Idea, { nullable: true, description: 'The idea concerned; null when there is none or it is hidden from the viewer.' })
  idea(@Parent() notification: Notification, @Context() ctx: GraphQLContext): Promise<Idea | null> {
    return this.service.ideaOf(ctx.viewer, notification, ctx.loaders);
  }

  @ResolveField(() => IdeaStatus, { nullable: true, description: 'For IDEA_STATUS_CHANGED and similar: the new status.' })
  status(@Parent() notification: Notification): IdeaStatus | null {
    return this.service.dataStatus(notification);
  }

  @ResolveField(() => String, { nullable: true, description: "For CONTENT_HIDDEN and POSTING_BLOCKED: the moderator's reason." })
  reason(@Parent() notification: Notification): string | null {
    return this.service.dataString(notification, 'reason');
  }

  @ResolveField(() => GraphQLISODateTime, { nullable: true, description: 'For POSTING_BLOCKED: when the block ends.' })
  until(@Parent() notification: Notification): Date | null {
    return this.service.dataUntil(notification);
  }

  @ResolveField(() => String, { nullable: true, description: 'A quote of the comment concerned, at most 140 characters; gone once the comment is deleted.' })
  excerpt(@Parent() notification: Notification): string | null {
    return this.service.dataString(notification, 'excerpt');
  }

  @ResolveField(() => String, { nullable: true, description: 'IDEA or COMMENT: what was hidden or restored.' })
  targetType(@Parent() notification: Notification): string | null {
    return this.service.dataString(notification, 'targetType');
  }
}

/** Following, on the Idea type (the rest of Idea lives in IdeasResolver). */
@Resolver(() => Idea)
export class IdeaFollowsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Mutation(() => Idea, { description: 'Get notifications about the idea. Idempotent. NOT_FOUND for a hidden idea. Signed in.' })
  followIdea(@Args('ideaId', { type: () => ID }) ideaId: string, @Context() ctx: GraphQLContext): Promise<Idea> {
    return this.service.followIdea(ctx.viewer, ideaId, ctx.loaders);
  }

  @Mutation(() => Idea, { description: 'Stop notifications about the idea. Idempotent. Signed in.' })
  unfollowIdea(@Args('ideaId', { type: () => ID }) ideaId: string, @Context() ctx: GraphQLContext): Promise<Idea> {
    return this.service.unfollowIdea(ctx.viewer, ideaId, ctx.loaders);
  }

  @ResolveField(() => Boolean, { description: 'Authors, supporters and commenters follow automatically. False when signed out.' })
  viewerIsFollowing(@Parent() idea: Idea, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.service.viewerIsFollowing(ctx.viewer, idea, ctx.loaders);
  }
}
