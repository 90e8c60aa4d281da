import { Args, Context, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MailService } from './mail.service';
import type { GraphQLContext } from '../../graphql/context';
import { Connection } from '../../graphql/connection';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxService } from './outbox.service';

@ObjectType()
export class OutboxMessageConnection extends Connection(OutboxMessage) {}

@Resolver(() => OutboxMessage)
export class OutboxResolver {
  constructor(
    private readonly service: OutboxService,
    private readonly mail: MailService,
  ) {}

  @ResolveField(() => String, { description: 'The text; links that carry a token are hidden when SMTP delivers the real message.' })
  bodyText(@Parent() message: OutboxMessage): string {
    return this.mail.delivers ? message.bodyText.replace(/https?:\/\/\S*[?&]token=\S+/g, '[…]') : message.bodyText;
  }

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
