import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { type AppProcess, startAppProcess } from '../support/app-process';

const started: AppProcess[] = [];
afterAll(async () => {
  for (const app of started) {
    await app.stop('SIGKILL');
    rmSync(app.dataDir, { recursive: true, force: true });
  }
});

/** Processes whose command line mentions the data directory: the embedded PostgreSQL and its workers. */
function processesUsing(dataDir: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(dataDir) && !line.includes('ps -eo'));
}

describe('the built app as `npm start` runs it', () => {
  it('shuts down cleanly on SIGTERM, stopping embedded PostgreSQL with no orphan process', async () => {
    const app = await startAppProcess();
    started.push(app);
    expect(processesUsing(app.dataDir).length).toBeGreaterThan(0);
    const code = await app.stop('SIGTERM');
    expect(code).toBe(0);
    expect(processesUsing(app.dataDir)).toEqual([]);
    expect(app.output()).toContain('SIGTERM received');
  });

  it('stops cleanly when SIGTERM is sent to `npm start` itself', async () => {
    const app = await startAppProcess({ viaNpmStart: true });
    started.push(app);
    expect(processesUsing(app.dataDir).length).toBeGreaterThan(0);
    expect(await app.stop('SIGTERM')).toBe(0);
    await expect.poll(() => processesUsing(app.dataDir), { timeout: 15_000 }).toEqual([]);
  });

  it('keeps its data between starts and seeds nothing twice', async () => {
    const first = await startAppProcess();
    started.push(first);
    expect(first.output()).toMatch(/Demo seed inserted: \{"regions":2,"municipalities":3/);
    await first.stop();
    const second = await startAppProcess({ dataDir: first.dataDir });
    started.push(second);
    expect(second.output()).toMatch(/Demo seed inserted: \{"regions":0,"municipalities":0,"places":0,"strategies":0,"areas":0,"goals":0,"users":0,"organizations":0,"ideas":0,"polls":0,"workshops":0,"dialogues":0\}/);
    const response = await fetch(`${second.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ municipality(slug: "kalix") { places { name } } }' }),
    });
    const body = (await response.json()) as { data: { municipality: { places: unknown[] } } };
    expect(body.data.municipality.places).toHaveLength(13);
    expect(await second.stop()).toBe(0);
  });

  it('refuses to start with a wrong setting, naming the variable', async () => {
    const app = await startAppProcess({ env: { PORT: 'eighty' }, waitForHealth: false });
    started.push(app);
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain('PORT:');
  });

  it('stops with a clear message naming the host when DATABASE_URL is unreachable', async () => {
    const app = await startAppProcess({ env: { DATABASE_URL: 'postgres://u:p@127.0.0.1:9/medskapa' }, waitForHealth: false });
    started.push(app);
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain('Cannot reach PostgreSQL at 127.0.0.1:9/medskapa (DATABASE_URL)');
    expect(app.output()).not.toMatch(/\n\s+at .*\.js:\d+/);
  });
});
