import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Hands GraphQL errors (DomainError and the like) straight to Apollo. Without this, Nest logs
 * every NOT_FOUND or BAD_USER_INPUT as a server error with a stack trace.
 */
@Catch(GraphQLError)
export class GraphQLErrorFilter implements GqlExceptionFilter {
  catch(error: GraphQLError): GraphQLError {
    return error;
  }
}
