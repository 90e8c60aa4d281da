import { ModerationAction, ReportStatus } from '@medskapa/shared';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/context';
import type { ConnectionShape } from '../../graphql/connection';
import { PublicAuthor } from '../ideas/dto/idea.types';
import { Idea } from '../ideas/idea.entity';
import { ReportConnection, ReportInput } from './dto/moderation.types';
import { ModerationService } from './moderation.service';
import { Report } from './report.entity';

const MODERATORS_ONLY = 'Moderators of the municipality only; null for others (a reporter sees the status of their own report).';

@Resolver(() => Report)
export class ModerationResolver {
  constructor(private readonly service: ModerationService) {}

  @Mutation(() => Report, {
    description:
      'Reports an idea, comment or published workshop input to the moderators. Idempotent: reporting the same content again returns your first report. NOT_FOUND when the content does not exist or you cannot see it (a DRAFT workshop input too); BAD_USER_INPUT for your own content; RATE_LIMITED after 20 new reports an hour. Signed in.',
  })
  reportContent(@Args('input') input: ReportInput, @Context() ctx: GraphQLContext): Promise<Report> {
    return this.service.report(ctx.viewer, input);
  }

  @Query(() => ReportConnection, { description: 'Your own reports and their status, newest first. Signed in.' })
  myReports(
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Context() ctx: GraphQLContext,
  ): Promise<ConnectionShape<Report>> {
    return this.service.mine(ctx.viewer, { first, after });
  }

  @Query(() => ReportConnection, {
    description: 'Reports of the municipality\'s content, newest first, at most 100 per page. OPEN ones unless status is given (null: every status). MODERATOR.',
  })
  moderationQueue(
    @Args('municipalitySlug') municipalitySlug: string,
    @Args('status', { type: () => ReportStatus, nullable: true, defaultValue: ReportStatus.OPEN }) status: ReportStatus | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Context() ctx: GraphQLContext,
  ): Promise<ConnectionShape<Report>> {
    return this.service.queue(ctx.viewer, { municipalitySlug, status, first, after });
  }

  @Mutation(() => Report, {
    description:
      'Decides on a report: HIDE the content (its open reports become UPHELD), RESTORE hidden content (its reports become RESTORED) or DISMISS its open reports. The reason (3–500 characters) is told to the author with HIDE and RESTORE. BAD_USER_INPUT for a wrong state (e.g. RESTORE of visible content). MODERATOR of the content\'s municipality.',
  })
  moderate(
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('action', { type: () => ModerationAction }) action: ModerationAction,
    @Args('reason') reason: string,
    @Context() ctx: GraphQLContext,
  ): Promise<Report> {
    return this.service.moderate(ctx.viewer, reportId, action, reason);
  }

  @ResolveField(() => PublicAuthor, { nullable: true, description: `Who decided. ${MODERATORS_ONLY}` })
  resolvedBy(@Parent() report: Report, @Context() ctx: GraphQLContext): Promise<PublicAuthor | null> {
    return this.service.resolvedBy(ctx.viewer, report, ctx.loaders);
  }

  @ResolveField(() => String, { nullable: true, description: `The moderator's reason. ${MODERATORS_ONLY}` })
  resolutionReason(@Parent() report: Report, @Context() ctx: GraphQLContext): string | null {
    return this.service.resolutionReason(ctx.viewer, report);
  }

  @ResolveField(() => Int, { nullable: true, description: `OPEN reports on the same content. ${MODERATORS_ONLY}` })
  openReportCount(@Parent() report: Report, @Context() ctx: GraphQLContext): Promise<number | null> {
    return this.service.openReportCount(ctx.viewer, report, ctx.loaders);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: `Pieces of the author's content in this municipality hidden on reports (UPHELD); blocking needs 3. ${MODERATORS_ONLY}`,
  })
  targetAuthorUpheldCount(@Parent() report: Report, @Context() ctx: GraphQLContext): Promise<number | null> {
    return this.service.targetAuthorUpheldCount(ctx.viewer, report, ctx.loaders);
  }

  @ResolveField(() => PublicAuthor, { nullable: true, description: `Who wrote the content (when it was reported). ${MODERATORS_ONLY}` })
  targetAuthor(@Parent() report: Report, @Context() ctx: GraphQLContext): Promise<PublicAuthor | null> {
    return this.service.targetAuthor(ctx.viewer, report, ctx.loaders);
  }

  @ResolveField(() => Idea, { nullable: true, description: 'The idea reported, or the idea of the comment reported (a hidden idea for moderators only).' })
  targetIdea(@Parent() report: Report, @Context() ctx: GraphQLContext): Promise<Idea | null> {
    return this.service.targetIdea(ctx.viewer, report, ctx.loaders);
  }

  @ResolveField(() => String, { nullable: true, description: `The reported text (also when hidden), at most 1000 characters. ${MODERATORS_ONLY}` })
  targetExcerpt(@Parent() report: Report, @Context() ctx: GraphQLContext): Promise<string | null> {
    return this.service.targetExcerpt(ctx.viewer, report, ctx.loaders);
  }
}
