import 'reflect-metadata';
import type { Server } from 'node:http';
import { type INestApplication, Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { SeedReport } from '@medskapa/migrations';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { AppConfig } from './config/config';
import {
  assertDatabaseReachable,
  ensureDatabaseExists,
  openMigratedDataSource,
} from './database/database-bootstrap';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { configureHttp } from './http/http-setup';

const LOG_LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

const EMBEDDED_DATABASE = 'medskapa';

/** Builds the Nest application on an initialised, migrated data source (used by main and tests). */
export async function createApp(config: AppConfig, dataSource: DataSource): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource), {
    logger: LOG_LEVELS[config.logLevel],
    bodyParser: true,
  });
  app.useBodyParser('json', { limit: '1mb' });
  configureHttp(app, config);
  return app;
}

/** Stops accepting connections and lets requests in flight finish before the database goes away. */
async function drainHttp(app: INestApplication, graceMs = 10_000): Promise<void> {
  const server = app.getHttpServer() as Server;
  if (!server.listening) return;
  await new Promise<void>((resolve) => {
    const forceClose = setTimeout(() => server.closeAllConnections(), graceMs);
    forceClose.unref();
    server.close(() => {
      clearTimeout(forceClose);
      resolve();
    });
    server.closeIdleConnections();
  });
}

export interface RunningServer {
  app: INestApplication;
  url: string;
  /** What the demo seed inserted on this start (all zeros when it had run before); null when off. */
  seeded: SeedReport | null;
  close(): Promise<void>;
}

/**
 * The whole start-up: database (embedded unless DATABASE_URL is set), migrations, demo seed,
 * then the HTTP server. `close()` undoes all of it.
 */
export async function startServer(config: AppConfig): Promise<RunningServer> {
  const logger = new Logger('Medskapa');
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.log(`Starting embedded PostgreSQL in ${config.dataDir} on port ${config.embeddedPgPort}`);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
    await ensureDatabaseExists(embedded.adminUrl, EMBEDDED_DATABASE);
    databaseUrl = embedded.urlFor(EMBEDDED_DATABASE);
  }
  let dataSource: DataSource | null = null;
  try {
    await assertDatabaseReachable(databaseUrl, embedded ? 'embedded' : 'DATABASE_URL');
    const opened = await openMigratedDataSource(databaseUrl, { seed: config.seedDemo });
    dataSource = opened.dataSource;
    if (opened.migrated.length) logger.log(`Applied migrations: ${opened.migrated.join(', ')}`);
    if (opened.seeded) logger.log(`Demo seed inserted: ${JSON.stringify(opened.seeded)}`);
    const app = await createApp(config, dataSource);
    await app.listen(config.port, config.host);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://localhost:${port}`;
    let closing: Promise<void> | null = null;
    return {
      app,
      url,
      seeded: opened.seeded,
      close: () =>
        (closing ??= (async () => {
          await drainHttp(app);
          await app.close(); // also destroys the data source
          await embedded?.stop();
        })()),
    };
  } catch (error) {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
}
