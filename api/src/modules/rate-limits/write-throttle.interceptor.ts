import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, type Observable, switchMap } from 'rxjs';
import type { GraphQLContext } from '../../graphql/context';
import { RateLimitsService } from './rate-limits.service';

/** Counts every GraphQL mutation against the `writes` limit of the viewer (or the client address). */
@Injectable()
export class WriteThrottleInterceptor implements NestInterceptor {
  constructor(private readonly rateLimits: RateLimitsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo().parentType.name !== 'Mutation') return next.handle();
    const ctx = gql.getContext<GraphQLContext>();
    const subject = ctx.viewer ? `user:${ctx.viewer.userId}` : `client:${ctx.clientAddress}`;
    return from(this.rateLimits.hit('writes', subject)).pipe(switchMap(() => next.handle()));
  }
}
