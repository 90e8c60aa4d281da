import type { Locale } from '@medskapa/shared';
import type { Request, Response } from 'express';
import type { RequestLoaders } from './loader-registry';

export interface GraphQLContext {
  req: Request;
  res: Response;
  locale: Locale;
  loaders: RequestLoaders;
}
