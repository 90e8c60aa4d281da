import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/context';
import { PublicAuthor } from '../ideas/dto/idea.types';
import { BlockUserInput } from './dto/moderation.types';
import { UserBlock } from './user-block.entity';
import { UserBlocksService } from './user-blocks.service';

@Resolver(() => UserBlock)
export class UserBlocksResolver {
  constructor(private readonly service: UserBlocksService) {}

  @Mutation(() => UserBlock, {
    description:
      'Stops a person from submitting ideas and commenting in the municipality for 1–365 days. Only for repeat offenders: BAD_USER_INPUT unless at least 3 pieces of their content there were hidden on reports. CONFLICT when already blocked. The person is told why. MODERATOR.',
  })
  blockUser(@Args('input') input: BlockUserInput, @Context() ctx: GraphQLContext): Promise<UserBlock> {
    return this.service.block(ctx.viewer, input);
  }

  @Mutation(() => UserBlock, { description: 'Ends a block early, with a reason (3–500 characters). MODERATOR of its municipality.' })
  liftUserBlock(
    @Args('blockId', { type: () => ID }) blockId: string,
    @Args('reason') reason: string,
    @Context() ctx: GraphQLContext,
  ): Promise<UserBlock> {
    return this.service.lift(ctx.viewer, blockId, reason);
  }

  @Query(() => [UserBlock], { description: 'Posting blocks of the municipality, newest first (at most 500); activeOnly: only those in force now. MODERATOR.' })
  userBlocks(
    @Args('municipalitySlug') municipalitySlug: string,
    @Args('activeOnly', { type: () => Boolean, nullable: true }) activeOnly: boolean | null,
    @Context() ctx: GraphQLContext,
  ): Promise<UserBlock[]> {
    return this.service.list(ctx.viewer, municipalitySlug, activeOnly);
  }

  @ResolveField(() => PublicAuthor, { description: 'The person blocked.' })
  user(@Parent() block: UserBlock, @Context() ctx: GraphQLContext): Promise<PublicAuthor> {
    return this.service.person(block, ctx.loaders);
  }

  @ResolveField(() => PublicAuthor, { nullable: true })
  blockedBy(@Parent() block: UserBlock, @Context() ctx: GraphQLContext): Promise<PublicAuthor | null> {
    return this.service.personOrNull(block.blockedById, ctx.loaders);
  }

  @ResolveField(() => PublicAuthor, { nullable: true })
  liftedBy(@Parent() block: UserBlock, @Context() ctx: GraphQLContext): Promise<PublicAuthor | null> {
    return this.service.personOrNull(block.liftedById, ctx.loaders);
  }

  @ResolveField(() => Boolean, { description: 'In force now: not lifted and not yet ended.' })
  active(@Parent() block: UserBlock): boolean {
    return this.service.isActive(block);
  }
}
