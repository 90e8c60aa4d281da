import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, type Observable, switchMap } from 'rxjs';
import type { GraphQLContext } from '../../graphql/context';
import { RateLimitsService } from './rate-limits.service';

/**
 * Counts every GraphQL mutation against the `writes` limit of the viewer (or the client address).
 * castVote is exempt: a whole school votes from one NAT address within minutes, each valid vote
 * spends a one-time code (so codes bound valid votes), and wrong codes have their own limits
 * (voteWrongCodePerClient, voteWrongCodePerPoll).
 */
/*
 * Survey answering is exempt too: a class answering an anonymous survey on school wifi saves
 * progress from one address many times a minute; surveySavesPerClient and surveySubmitsPerClient
 * limit it instead.
 */
const EXEMPT_MUTATIONS = new Set(['castVote', 'saveSurveyProgress', 'submitSurveyResponse']);

@Injectable()
export class WriteThrottleInterceptor implements NestInterceptor {
  constructor(private readonly rateLimits: RateLimitsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo();
    if (info.parentType.name !== 'Mutation' || EXEMPT_MUTATIONS.has(info.fieldName)) return next.handle();
    const ctx = gql.getContext<GraphQLContext>();
    const subject = ctx.viewer ? `user:${ctx.viewer.userId}` : `client:${ctx.clientAddress}`;
    return from(this.rateLimits.hit('writes', subject)).pipe(switchMap(() => next.handle()));
  }
}
