import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import type { GraphQLContext } from './context';
import { formatError } from './format-error';
import { LoaderRegistry } from './loader-registry';
import { QUERY_LIMITS, queryLimits } from './query-limits';
import { requestLocale } from './request-locale';
import { SessionsModule } from '../modules/auth/sessions.module';
import { SessionsService } from '../modules/auth/sessions.service';

@Global()
@Module({ providers: [LoaderRegistry], exports: [LoaderRegistry] })
export class LoaderRegistryModule {}

export const graphqlApiModule = GraphQLModule.forRootAsync<ApolloDriverConfig>({
  driver: ApolloDriver,
  imports: [LoaderRegistryModule, SessionsModule],
  inject: [APP_CONFIG, LoaderRegistry, SessionsService],
  useFactory: (config: AppConfig, loaderRegistry: LoaderRegistry, sessions: SessionsService): ApolloDriverConfig => {
    const limits = queryLimits(config.isProduction);
    return {
      path: '/graphql',
      // The committed api/schema.graphql is written by `npm run schema`, never at run time.
      autoSchemaFile: true,
      sortSchema: true,
      playground: false,
      introspection: !config.isProduction,
      includeStacktraceInErrorResponses: false,
      allowBatchedHttpRequests: false,
      parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
      validationRules: limits.validationRules,
      // graphql-armor resolves @apollo/server's ESM types, Nest its CJS ones: same runtime objects.
      plugins: limits.plugins as ApolloDriverConfig['plugins'],
      formatError,
      // Apollo's CSRF prevention (on by default) refuses requests a cross-site form could send, which
      // together with SameSite=Lax cookies protects cookie-authenticated mutations.
      csrfPrevention: true,
      context: async ({ req, res }: { req: Request; res: Response }): Promise<GraphQLContext> => ({
        req,
        res,
        locale: requestLocale(req),
        loaders: loaderRegistry.forRequest(),
        viewer: await sessions.viewerFor(sessions.tokenOf(req)),
        clientAddress: req.ip ?? 'unknown',
      }),
    };
  },
});
