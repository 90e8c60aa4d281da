import express from 'express';
import cookieParser from 'cookie-parser';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestLocale } from './request-locale';

// A real Express request, so header parsing and cookie handling are the production ones.
let baseUrl: string;
let close: () => void;
beforeAll(async () => {
  const app = express();
  app.use(cookieParser());
  app.get('/', (req, res) => {
    res.send(requestLocale(req));
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

const localeFor = async (headers: Record<string, string>) => (await fetch(baseUrl, { headers })).text();

describe('requestLocale', () => {
  it('defaults to Swedish', async () => {
    expect(await localeFor({})).toBe('sv');
    expect(await localeFor({ 'accept-language': 'en-US,en;q=0.9' })).toBe('sv');
  });
  it('takes the best supported Accept-Language, regional variants included', async () => {
    expect(await localeFor({ 'accept-language': 'fi-FI,fi;q=0.9' })).toBe('fi');
    expect(await localeFor({ 'accept-language': 'en;q=0.9,fit;q=0.8,sv;q=0.5' })).toBe('fit');
  });
  it('prefers the lang cookie and ignores an unknown one', async () => {
    expect(await localeFor({ 'accept-language': 'fi', cookie: 'lang=fit' })).toBe('fit');
    expect(await localeFor({ 'accept-language': 'fi', cookie: 'lang=de' })).toBe('fi');
  });
});
