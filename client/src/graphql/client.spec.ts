import { describe, expect, it, vi } from 'vitest';
import { MunicipalitiesQuery } from '../features/municipalities/municipalities.graphql';
import { createGraphQLClient } from './client';

describe('createGraphQLClient', () => {
  it('POSTs JSON (Apollo refuses simple GETs as CSRF) in the client’s language, with cookies', async () => {
    const fetchStub = vi.fn(
      async () =>
        new Response(JSON.stringify({ data: { municipalities: [] } }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    );
    const client = createGraphQLClient('fit', { url: 'http://localhost/graphql', fetch: fetchStub as typeof fetch });

    const result = await client.query(MunicipalitiesQuery, {}).toPromise();

    expect(result.error).toBeUndefined();
    expect(result.data?.municipalities).toEqual([]);
    expect(fetchStub).toHaveBeenCalledTimes(1);
    const [url, init] = fetchStub.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://localhost/graphql');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    const headers = new Headers(init.headers);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('accept-language')).toBe('fit');
    expect(JSON.parse(String(init.body)).operationName).toBe('Municipalities');
  });
});
