import type { INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/config';

const API_PATHS = ['/graphql', '/health', '/auth/eid', '/open-data'];
/** API routes under paths the client also uses (/polls/:id is a client page). */
const API_PATTERNS = [/^\/polls\/[^/]+\/results\.csv$/, /^\/workshops\/[^/]+\.ics$/,
  /^\/workshops\/[^/]+\/attachments\/[^/]+$/, /^\/workshops\/[^/]+\/inputs\.csv$/,
  /^\/surveys\/[^/]+\/responses\.csv$/];
/** /r/<shortCode>, the address printed on voter-code slips. */
const VOTE_PAGE = /^\/r\/[^/]+\/?$/;

/** Security headers with a Content-Security-Policy the built client satisfies (no inline code). */
function securityHeaders(config: AppConfig) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: config.isProduction,
  });
}

/** Serves the built client; unknown GET paths get index.html so client-side routes survive a reload. */
function serveClient(app: INestApplication, clientDir: string): void {
  const indexHtml = join(clientDir, 'index.html');
  if (!existsSync(indexHtml)) {
    new Logger('Http').warn(`No built client at ${clientDir}; serving the API only (run "npm run build").`);
    return;
  }
  app.use(
    '/assets',
    express.static(join(clientDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  // The pupils' voting page (a short link on the voter-code slips) is a small page of its own,
  // so a phone on a weak connection never downloads the whole app.
  const voteHtml = join(clientDir, 'vote.html');
  if (existsSync(voteHtml)) {
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || !VOTE_PAGE.test(req.path) || !req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(voteHtml);
    });
  }
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = API_PATHS.some((path) => req.path === path || req.path.startsWith(`${path}/`)) || API_PATTERNS.some((re) => re.test(req.path));
    if (req.method !== 'GET' || isApi || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}

export function configureHttp(app: INestApplication, config: AppConfig): void {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.disable('x-powered-by');
  server.set('trust proxy', 'loopback');
  app.use(securityHeaders(config));
  app.use(cookieParser());
  serveClient(app, config.clientDir);
}
