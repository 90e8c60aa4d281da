import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The short link on the voter-code slips, /r/<shortCode>, gets the voting page's own small HTML
 * (client/vote.html), not the whole app. A stand-in client directory tells the two pages apart.
 */
describe('the voting page route', () => {
  let api: TestApp;
  let clientDir: string;

  beforeAll(async () => {
    clientDir = mkdtempSync(join(tmpdir(), 'medskapa-client-'));
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>main app</title>');
    writeFileSync(join(clientDir, 'vote.html'), '<!doctype html><title>voting page</title>');
    api = await startTestApp({ MEDSKAPA_CLIENT_DIR: clientDir });
  });
  afterAll(async () => {
    await api?.close();
    rmSync(clientDir, { recursive: true, force: true });
  });

  const get = (path: string, accept = 'text/html,application/xhtml+xml') => fetch(`${api.url}${path}`, { headers: { accept } });

  it('serves vote.html for /r/<shortCode>, revalidated on every visit', async () => {
    for (const path of ['/r/FURU42', '/r/FURU42/', '/r/FURU42?utm=qr']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain('voting page');
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(response.headers.get('content-security-policy'), path).toContain("script-src 'self'");
    }
  });

  it('keeps the main app for every other page, including deeper paths under /r', async () => {
    for (const path of ['/kalix/polls/1', '/r', '/r/FURU42/extra']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain('main app');
    }
  });

  it('does not answer a non-HTML request for /r/<shortCode> with the page', async () => {
    const response = await get('/r/FURU42', 'application/json');
    expect(await response.text()).not.toContain('voting page');
  });
});
