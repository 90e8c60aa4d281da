import { Args, Context, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Connection } from '../../graphql/connection';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxService } from './outbox.service';

@ObjectType()
export class OutboxMessageConnection extends Connection(OutboxMessage) {}

@Resolver(() => OutboxMessage)
export class OutboxResolver {
  constructor(private readonly service: OutboxService) {}

  @Query(() => OutboxMessageConnection, { description: 'E-mails sent or queued, newest first. OFFICER or ADMIN.' })
  outbox(
    @Context() ctx: GraphQLContext,
    @Args('toAddress', { nullable: true }) toAddress?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.service.list(ctx.viewer, { toAddress, first, after });
  }
}
