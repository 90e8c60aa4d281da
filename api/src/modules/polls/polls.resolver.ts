import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/context';
import { textIn, Translation, translationsOf } from '../../graphql/localized.types';
import { Organization } from '../organizations/organization.entity';
import { Goal } from '../strategies/goal.entity';
import { CreatePollInput, PollConnection, PollResults, PollsArgs, UpdatePollInput, VoteReceipt } from './dto/poll.types';
import { PollStatus } from '@medskapa/shared';
import { Poll, PollOption, VoterCodeBatch } from './poll.entity';
import { PollsService, statusOf } from './polls.service';

@Resolver(() => Poll)
export class PollsResolver {
  constructor(private readonly service: PollsService) {}

  @Query(() => Poll, { nullable: true, description: 'Public once created.' })
  poll(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Poll> {
    return this.service.byId(id, ctx.loaders);
  }

  @Query(() => Poll, { nullable: true, description: 'The poll of a short link /r/<shortCode>.' })
  pollByShortCode(@Args('shortCode') shortCode: string): Promise<Poll> {
    return this.service.byShortCode(shortCode);
  }

  @Query(() => PollConnection, { description: 'A municipality\'s polls, newest first.' })
  polls(@Args() args: PollsArgs, @Args('goalId', { type: () => ID, nullable: true, description: 'Polls tagged to this målbild.' }) goalId: string | null) {
    return this.service.list({ ...args, goalId });
  }

  @Query(() => PollResults)
  pollResults(@Args('pollId', { type: () => ID }) pollId: string, @Context() ctx: GraphQLContext): Promise<PollResults> {
    return this.service.results(ctx.viewer, pollId, ctx.loaders);
  }

  @Query(() => [VoterCodeBatch], { description: "The poll's voter-code batches; for its managers." })
  voterCodeBatches(@Args('pollId', { type: () => ID }) pollId: string, @Context() ctx: GraphQLContext): Promise<VoterCodeBatch[]> {
    return this.service.batchesOf(ctx.viewer, pollId);
  }

  @Mutation(() => Poll)
  createPoll(@Args('input') input: CreatePollInput, @Context() ctx: GraphQLContext): Promise<Poll> {
    return this.service.create(ctx.viewer, input);
  }

  @Mutation(() => Poll, { description: 'Only before the poll opens.' })
  updatePoll(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdatePollInput, @Context() ctx: GraphQLContext): Promise<Poll> {
    return this.service.update(ctx.viewer, id, input);
  }

  @Mutation(() => [String], { description: 'Creates 1–500 one-time codes (XXXX-XXXX). The only time they are shown: only their hashes are stored.' })
  issueVoterCodes(
    @Args('pollId', { type: () => ID }) pollId: string,
    @Args('count', { type: () => Int }) count: number,
    @Args('batchLabel', { type: () => String, nullable: true }) batchLabel: string | null,
    @Context() ctx: GraphQLContext,
  ): Promise<string[]> {
    return this.service.issueCodes(ctx.viewer, pollId, count, batchLabel);
  }

  @Mutation(() => Poll, { description: 'Ends voting now: closesAt becomes the current time. For an OPEN poll; a CLOSED one is returned as it is.' })
  closePoll(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Poll> {
    return this.service.close(ctx.viewer, id);
  }

  @Mutation(() => VoterCodeBatch)
  revokeVoterCodes(@Args('batchId', { type: () => ID }) batchId: string, @Context() ctx: GraphQLContext): Promise<VoterCodeBatch> {
    return this.service.revokeBatch(ctx.viewer, batchId);
  }

  @Mutation(() => VoteReceipt, { description: 'Public, no account: a code votes once, ever.' })
  castVote(
    @Args('pollId', { type: () => ID }) pollId: string,
    @Args('optionId', { type: () => ID }) optionId: string,
    @Args('voterCode', { type: () => String, nullable: true }) voterCode: string | null,
    @Context() ctx: GraphQLContext,
  ): Promise<VoteReceipt> {
    return this.service.castVote(pollId, optionId, voterCode, ctx.clientAddress);
  }

  @ResolveField(() => String)
  question(@Parent() poll: Poll, @Context() ctx: GraphQLContext): string {
    return textIn(poll.question, ctx.locale);
  }

  @ResolveField(() => [Translation])
  questionTranslations(@Parent() poll: Poll): Translation[] {
    return translationsOf(poll.question);
  }

  @ResolveField(() => String, { nullable: true })
  description(@Parent() poll: Poll, @Context() ctx: GraphQLContext): string | null {
    return poll.description ? textIn(poll.description, ctx.locale) : null;
  }

  @ResolveField(() => [Translation])
  descriptionTranslations(@Parent() poll: Poll): Translation[] {
    return poll.description ? translationsOf(poll.description) : [];
  }

  @ResolveField(() => PollStatus)
  status(@Parent() poll: Poll): PollStatus {
    return statusOf(poll);
  }

  @ResolveField(() => [PollOption])
  options(@Parent() poll: Poll, @Context() ctx: GraphQLContext): Promise<PollOption[]> {
    return this.service.optionsOf(poll, ctx.loaders);
  }

  @ResolveField(() => Organization)
  organization(@Parent() poll: Poll, @Context() ctx: GraphQLContext): Promise<Organization> {
    return this.service.organizationOf(poll, ctx.loaders);
  }

  @ResolveField(() => [Goal])
  goals(@Parent() poll: Poll, @Context() ctx: GraphQLContext): Promise<Goal[]> {
    return this.service.goalsOf(poll, ctx.loaders);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may edit the poll, issue codes and see per-batch results.' })
  viewerCanManage(@Parent() poll: Poll, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.service.canManage(ctx.viewer, poll, ctx.loaders);
  }
}

@Resolver(() => PollOption)
export class PollOptionResolver {
  @ResolveField(() => String)
  text(@Parent() option: PollOption, @Context() ctx: GraphQLContext): string {
    return textIn(option.text, ctx.locale);
  }

  @ResolveField(() => [Translation])
  textTranslations(@Parent() option: PollOption): Translation[] {
    return translationsOf(option.text);
  }

  @ResolveField(() => String, { nullable: true })
  imageAlt(@Parent() option: PollOption, @Context() ctx: GraphQLContext): string | null {
    return option.imageAlt ? textIn(option.imageAlt, ctx.locale) : null;
  }

  @ResolveField(() => [Translation])
  imageAltTranslations(@Parent() option: PollOption): Translation[] {
    return option.imageAlt ? translationsOf(option.imageAlt) : [];
  }
}

@Resolver(() => Goal)
export class GoalPollsResolver {
  constructor(private readonly service: PollsService) {}

  @ResolveField(() => [Poll], { description: 'Youth polls tagged to this målbild, newest first.' })
  polls(@Parent() goal: Goal, @Context() ctx: GraphQLContext): Promise<Poll[]> {
    return this.service.pollsOfGoal(goal, ctx.loaders);
  }
}
