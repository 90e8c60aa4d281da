import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchemaSdl, SCHEMA_FILE } from './schema-sdl';

describe('committed GraphQL schema', () => {
  it('matches the code-first schema (run "npm run schema" and commit api/schema.graphql when this fails)', async () => {
    const fromCode = await buildSchemaSdl();
    expect(fromCode).toContain('type Municipality');
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(fromCode);
  });
});
