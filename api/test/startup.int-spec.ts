import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config';
import { DatabaseUnreachableError } from '../src/database/database-bootstrap';
import { startServer } from '../src/server';
import { freePort } from './support/free-port';

let PG_PORT = 0;
beforeAll(async () => {
  PG_PORT = await freePort();
});

const dataDir = mkdtempSync(join(tmpdir(), 'medskapa-startup-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const portIsOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

const config = (env: Record<string, string> = {}) =>
  loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    MEDSKAPA_DATA_DIR: dataDir,
    MEDSKAPA_PG_PORT: String(PG_PORT),
    MEDSKAPA_CLIENT_DIR: join(dataDir, 'no-client'),
    ...env,
  });

describe('start-up without DATABASE_URL', () => {
  it('starts embedded PostgreSQL, migrates and seeds; a second start seeds nothing twice; close stops PostgreSQL', async () => {
    const first = await startServer(config());
    try {
      expect(first.seeded).toMatchObject({ municipalities: 3, strategies: 4, areas: 13, goals: 62, places: 18, users: 6, organizations: 4, ideas: 7, polls: 2, workshops: 2, dialogues: 2 });
      const health = await fetch(`${first.url}/health`);
      expect(health.status).toBe(200);
      expect(await portIsOpen(PG_PORT)).toBe(true);
    } finally {
      await first.close();
    }
    expect(await portIsOpen(PG_PORT)).toBe(false);

    const second = await startServer(config());
    try {
      expect(second.seeded).toEqual({ regions: 0, municipalities: 0, places: 0, strategies: 0, areas: 0, goals: 0, users: 0, organizations: 0, ideas: 0, polls: 0, workshops: 0, dialogues: 0 });
      const response = await fetch(`${second.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ places(municipalitySlug: "kalix") { name } }' }),
      });
      expect(((await response.json()) as { data: { places: unknown[] } }).data.places).toHaveLength(13);
    } finally {
      await second.close();
    }
    expect(await portIsOpen(PG_PORT)).toBe(false);
  });
});

describe('start-up with an unreachable DATABASE_URL', () => {
  it('stops with a clear message naming the host', async () => {
    const attempt = startServer(config({ DATABASE_URL: 'postgres://medskapa:secret@127.0.0.1:1/medskapa' }));
    await expect(attempt).rejects.toThrow(DatabaseUnreachableError);
    await expect(attempt).rejects.toThrow(/Cannot reach PostgreSQL at 127\.0\.0\.1:1\/medskapa \(DATABASE_URL\)/);
    await expect(attempt).rejects.not.toThrow(/secret/);
  });
});
