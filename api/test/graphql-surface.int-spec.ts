import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../src/graphql/query-limits';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(async () => {
  await api.close();
});

const codeOf = (text: string) => (JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code;

describe('malformed and hostile requests', () => {
  it('answers malformed GraphQL with 400 GRAPHQL_PARSE_FAILED and a clear message, no stack trace', async () => {
    const { status, text } = await api.post({ query: '{ municipality(slug: "kalix" ' });
    expect(status).toBe(400);
    expect(codeOf(text)).toBe('GRAPHQL_PARSE_FAILED');
    expect(text).toContain('Syntax Error');
    expect(text).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it('answers a body that is not JSON with 400, never 500', async () => {
    const { status, text } = await api.post('{"query": ', {});
    expect(status).toBe(400);
    expect(text).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it('answers unknown fields with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const { status, text } = await api.post({ query: '{ municipalities { password } }' });
    expect(status).toBe(400);
    expect(codeOf(text)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('rejects queries deeper than the depth limit with QUERY_TOO_COMPLEX and runs nothing', async () => {
    let selection = 'code';
    for (let i = 0; i < QUERY_LIMITS.maxDepth; i++) selection = `regionalGoal { area { goals { ${selection} } } }`;
    const query = `{ municipality(slug: "kalix") { currentStrategy { areas { goals { ${selection} } } } } }`;
    api.statements.reset();
    const { status, text } = await api.post({ query });
    expect(status).toBe(400);
    expect(codeOf(text)).toBe('QUERY_TOO_COMPLEX');
    expect(api.statements.count).toBe(0);
  });

  it('rejects more aliases than allowed with QUERY_TOO_COMPLEX', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: municipalities { id }`).join(' ');
    const { status, text } = await api.post({ query: `{ ${fields} }` });
    expect(status).toBe(400);
    expect(codeOf(text)).toBe('QUERY_TOO_COMPLEX');
  });

  it('rejects queries whose estimated cost is above the limit with QUERY_TOO_COMPLEX', async () => {
    // Page sizes multiply the cost: fifteen full pages of a list are far above the limit.
    const fields = Array.from({ length: QUERY_LIMITS.maxAliases }, (_, i) =>
      `a${i}: outbox(first: 100) { totalCount edges { cursor node { id toAddress subject bodyText kind locale createdAt sentAt } } }`,
    ).join(' ');
    api.statements.reset();
    const { status, text } = await api.post({ query: `{ ${fields} }` });
    expect(status).toBe(400);
    expect(codeOf(text)).toBe('QUERY_TOO_COMPLEX');
    expect(api.statements.count).toBe(0);
  });

  it('rejects batched HTTP requests (arrays of operations)', async () => {
    const { status, text } = await api.post([{ query: '{ municipalities { id } }' }, { query: '{ municipalities { id } }' }]);
    expect(status).toBe(400);
    expect(codeOf(text)).toBe('BAD_REQUEST');
  });

  it('treats an oversized argument as bad input, not as a server error', async () => {
    const { status, text } = await api.post({ query: 'query($s: String!) { municipality(slug: $s) { id } }', variables: { s: 'x'.repeat(5000) } });
    expect(status).toBe(200);
    expect(codeOf(text)).toBe('BAD_USER_INPUT');
  });
});

describe('HTTP surface', () => {
  it('reports health with the database state', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: { status: 'up', pendingMigrations: false } });
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${api.url}/health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('allows introspection outside production', async () => {
    const { data } = await api.graphql<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
    expect(data?.__schema.queryType.name).toBe('Query');
  });
});

describe('production mode', () => {
  it('turns introspection off', async () => {
    const production = await startTestApp({ NODE_ENV: 'production', MEDSKAPA_SECRET: 'integration-test-secret-0123456789abcdef' });
    try {
      const { status, text } = await production.post({ query: '{ __schema { queryType { name } } }' });
      expect(status).toBe(400);
      expect(codeOf(text)).toBe('GRAPHQL_VALIDATION_FAILED');
      const ordinary = await production.graphql<{ municipalities: unknown[] }>('{ municipalities { slug } }');
      expect(ordinary.data?.municipalities).toHaveLength(3);
    } finally {
      await production.close();
    }
  });
});
