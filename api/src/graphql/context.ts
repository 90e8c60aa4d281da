import type { Locale } from '@medskapa/shared';
import type { Request, Response } from 'express';
import type { Viewer } from '../common/viewer';
import type { RequestLoaders } from './loader-registry';

export interface GraphQLContext {
  req: Request;
  res: Response;
  locale: Locale;
  loaders: RequestLoaders;
  /** The signed-in person, from the session cookie or bearer token; null when signed out. */
  viewer: Viewer | null;
  /** The client's IP address (behind a trusted proxy, the forwarded one), for rate limits. */
  clientAddress: string;
}
