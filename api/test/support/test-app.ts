import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { type AppConfig, loadConfig } from '../../src/config/config';
import { openMigratedDataSource } from '../../src/database/database-bootstrap';
import { createApp } from '../../src/server';
import { cloneTemplateDatabase, type TestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  raw: string;
}

/** Counts the SQL statements the app sends, to prove DataLoaders keep query counts flat. */
export class StatementCounter implements TypeOrmLogger {
  count = 0;
  readonly statements: string[] = [];
  logQuery(query: string): void {
    this.count++;
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }
}

export interface TestApp {
  url: string;
  app: INestApplication;
  database: TestDatabase;
  statements: StatementCounter;
  config: AppConfig;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

/** The real app over real HTTP on a random port, on its own clone of the seeded template database. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { database?: TestDatabase } = {},
): Promise<TestApp> {
  // A shared database (several app instances on one database) is dropped by whoever created it.
  const ownsDatabase = !options.database;
  const database = options.database ?? (await cloneTemplateDatabase(inject('adminUrl')));
  const statements = new StatementCounter();
  // Uploads go under <dataDir>/uploads: each test app gets its own temporary data directory unless the test names one.
  const ownDataDir = env.MEDSKAPA_DATA_DIR ? null : mkdtempSync(join(tmpdir(), 'medskapa-test-data-'));
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', ...(ownDataDir ? { MEDSKAPA_DATA_DIR: ownDataDir } : {}), ...env });
  const { dataSource } = await openMigratedDataSource(database.url, { seed: false, logger: statements, poolSize: 5 });
  const app = await createApp(config, dataSource);
  // PORT in `env` pins the port (e.g. when PUBLIC_URL must be known before start); else a random one.
  await app.listen(config.port, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  statements.reset();

  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  };

  return {
    url,
    app,
    database,
    statements,
    config,
    post,
    async graphql(query, variables, headers) {
      const { status, text } = await post({ query, variables }, headers);
      return { status, raw: text, ...(JSON.parse(text) as object) } as GraphQLResponse<never>;
    },
    async close() {
      await app.close();
      if (ownsDatabase) await database.drop();
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}

export const DEMO_PASSWORD = 'medskapa-demo';

/** Signs in and returns the session token, for `authorization: Bearer` headers. */
export async function loginAs(api: TestApp, email: string, password = DEMO_PASSWORD): Promise<string> {
  const { data, errors } = await api.graphql<{ login: { token: string } }>(
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    { e: email, p: password },
  );
  if (errors) throw new Error(`login ${email}: ${JSON.stringify(errors)}`);
  return data!.login.token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The newest e-mail to an address, straight from the outbox table. */
export async function latestEmailTo(api: TestApp, address: string): Promise<{ subject: string; body_text: string; kind: string; locale: string }> {
  const dataSource = api.app.get(DataSource);
  const rows = await dataSource.query(
    `SELECT subject, body_text, kind, locale FROM outbox_message WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`,
    [address],
  );
  if (!rows[0]) throw new Error(`no e-mail to ${address}`);
  return rows[0];
}

export function tokenFromLink(body: string): string {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(body);
  if (!match) throw new Error(`no token link in: ${body}`);
  return match[1]!;
}
