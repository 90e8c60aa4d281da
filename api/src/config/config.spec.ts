import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has working defaults for a fresh machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: undefined,
      embeddedPgPort: 54329,
      seedDemo: true,
    });
    expect(config.dataDir).toMatch(/\.medskapa$/);
  });

  it('never seeds the demo in production unless asked', () => {
    const secret = 'x'.repeat(32);
    expect(loadConfig({ NODE_ENV: 'production', MEDSKAPA_SECRET: secret }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', MEDSKAPA_SECRET: secret, MEDSKAPA_SEED: 'true' }).seedDemo).toBe(true);
  });

  it('requires a real secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MEDSKAPA_SECRET: required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', MEDSKAPA_SECRET: 'short' })).toThrow(/MEDSKAPA_SECRET: /);
  });

  it('builds e-mail links from PUBLIC_URL, or from the port', () => {
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://medskapa.kalix.se/' }).publicUrl).toBe('https://medskapa.kalix.se');
  });

  it('stops with a message naming each wrong variable', () => {
    const attempt = () => loadConfig({ PORT: 'three thousand', DATABASE_URL: 'mysql://db/x', MEDSKAPA_PG_PORT: '70000' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT: /);
    expect(attempt).toThrow(/DATABASE_URL: must be a postgres/);
    expect(attempt).toThrow(/MEDSKAPA_PG_PORT: /);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: undefined, port: 3000 });
  });
});
