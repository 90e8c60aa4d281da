/**
 * Photos of flip charts: POST /workshops/:id/attachments (raw JPEG/PNG body), checked by content,
 * re-encoded without metadata, stored on disk under the app's data directory, served with the
 * right headers, idempotent on the device's x-client-id, deleted by managers.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer, loginAs, startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let db: DataSource;
const tokens: Record<string, string> = {};
const as = (who: string) => bearer(tokens[who]!);
const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params))[0] as T;
let kalixId: string;
let toreOrgId: string;

beforeAll(async () => {
  api = await startTestApp();
  db = api.app.get(DataSource);
  for (const who of ['forening', 'officer', 'resident', 'elevrad']) tokens[who] = await loginAs(api, `${who}@kalix.example`);
  kalixId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE slug = 'kalix'`)).id;
  toreOrgId = (await one<{ id: string }>(`SELECT id FROM organization WHERE name = 'Töre byaförening'`)).id;
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  await db.query(`DELETE FROM rate_limit_counter`);
});

async function makeWorkshop(startsInHours = -1): Promise<string> {
  const { id } = await one<{ id: string }>(
    `INSERT INTO workshop (municipality_id, organization_id, title, original_locale, starts_at, ends_at, venue)
     VALUES ($1, $2, '{"sv":"Töres framtid"}', 'sv', now() + make_interval(hours => $3), now() + make_interval(hours => $3 + 2), 'Töre bygdegård') RETURNING id`,
    [kalixId, toreOrgId, startsInHours],
  );
  return id;
}

/** A JPEG as a phone takes it: EXIF with the GPS position and orientation 6 (turned 90°). */
async function phoneJpeg(width = 60, height = 40): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withMetadata({
      orientation: 6,
      exif: {
        IFD0: { Make: 'Fjällfon', Model: 'X1' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '65/1 50/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '22/1 40/1 0/1' },
      },
    })
    .toBuffer();
}

const png = (width = 30, height = 20) => sharp({ create: { width, height, channels: 4, background: { r: 0, g: 80, b: 160, alpha: 1 } } }).png().toBuffer();
const gif = () => sharp({ create: { width: 10, height: 10, channels: 3, background: 'red' } }).gif().toBuffer();

function upload(workshopId: string, body: Buffer, options: { type?: string; clientId?: string | null; alt?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { 'content-type': options.type ?? 'image/jpeg', ...(options.headers ?? {}) };
  if (options.clientId !== null) headers['x-client-id'] = options.clientId ?? randomUUID();
  if (options.alt !== undefined) headers['x-alt-text'] = encodeURIComponent(options.alt);
  return fetch(`${api.url}/workshops/${workshopId}/attachments`, { method: 'POST', body: new Uint8Array(body), headers });
}
const uploadsDir = () => join(api.config.dataDir, 'uploads');
const filesOf = (workshopId: string) => {
  const dir = join(uploadsDir(), 'workshops', workshopId);
  return existsSync(dir) ? readdirSync(dir) : [];
};

describe('POST /workshops/:id/attachments', () => {
  it('stores a JPEG without its EXIF (no GPS), upright, on disk under the data directory, and serves it', async () => {
    const id = await makeWorkshop();
    const original = await phoneJpeg();
    const before = await sharp(original).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);

    const response = await upload(id, original, { headers: as('forening'), alt: 'Blädderblock: "Vad vill vi ha i Töre?"' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ workshopId: id, contentType: 'image/jpeg', width: 40, height: 60, altText: 'Blädderblock: "Vad vill vi ha i Töre?"' });
    expect(body.url).toBe(`/workshops/${id}/attachments/${body.id}`);

    // On disk under the test app's own temporary data directory.
    expect(api.config.dataDir).not.toMatch(/\.medskapa$/);
    expect(filesOf(id)).toEqual([`${body.id}.jpg`]);
    const onDisk = await sharp(join(uploadsDir(), 'workshops', id, `${body.id}.jpg`)).metadata();
    expect(onDisk.exif).toBeUndefined();

    const served = await fetch(`${api.url}${body.url}`, { headers: as('officer') });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cache-control')).toBe('private, max-age=300');
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.length).toBe(body.byteSize);
    const after = await sharp(bytes).metadata();
    expect(after.format).toBe('jpeg');
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect([after.width, after.height]).toEqual([40, 60]);
    expect(bytes.includes(Buffer.from('Fjällfon'))).toBe(false);
    expect(bytes.includes(Buffer.from('Exif'))).toBe(false);
    // Unchanged bytes: a conditional request is answered 304.
    const again = await fetch(`${api.url}${body.url}`, { headers: { ...as('officer'), 'if-none-match': served.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('accepts PNG and scales large photos down to 2560 px on the long side', async () => {
    const id = await makeWorkshop();
    const small = await upload(id, await png(), { type: 'image/png', headers: as('officer') });
    expect(small.status).toBe(201);
    expect(await small.json()).toMatchObject({ contentType: 'image/png', width: 30, height: 20, altText: null });
    const big = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: 'white' } }).jpeg().toBuffer();
    const scaled = await upload(id, big, { headers: as('forening') });
    expect(scaled.status).toBe(201);
    expect(await scaled.json()).toMatchObject({ width: 2560, height: 853 });
  });

  it('is idempotent on x-client-id: a retry returns the same attachment (200), also when retries race', async () => {
    const id = await makeWorkshop();
    const clientId = randomUUID();
    const photo = await phoneJpeg();
    const first = await upload(id, photo, { clientId, headers: as('forening') });
    expect(first.status).toBe(201);
    const stored = (await first.json()) as { id: string };
    const retry = await upload(id, photo, { clientId, headers: as('forening') });
    expect(retry.status).toBe(200);
    expect(((await retry.json()) as { id: string }).id).toBe(stored.id);

    const racing = randomUUID();
    const answers = await Promise.all(Array.from({ length: 4 }, () => upload(id, photo, { clientId: racing, headers: as('forening') })));
    const ids = new Set(await Promise.all(answers.map(async (a) => ((await a.json()) as { id: string }).id)));
    expect(ids.size).toBe(1);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(await one(`SELECT count(*)::int AS n FROM workshop_attachment WHERE workshop_id = $1`, [id])).toEqual({ n: 2 });
    expect(filesOf(id)).toHaveLength(2);
  });

  it('checks the type by content (415), the size (413), the headers (400) and the workshop state (409); nothing is stored', async () => {
    const id = await makeWorkshop();
    const headers = as('forening');
    const refused = async (body: Buffer, type: string) => (await upload(id, body, { type, headers })).status;
    expect(await refused(await gif(), 'image/png')).toBe(415);
    expect(await refused(await gif(), 'image/gif')).toBe(415);
    expect(await refused(Buffer.from('Hej, det här är ingen bild.'), 'image/jpeg')).toBe(415);
    // A PNG signature in front of GIF bytes, and a JPEG start with nothing after it.
    expect(await refused(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), await gif()]), 'image/png')).toBe(415);
    expect(await refused(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]), 'image/jpeg')).toBe(415);
    // A real JPEG sent as something else.
    expect(await refused(await phoneJpeg(), 'text/plain')).toBe(415);
    const huge = Buffer.alloc(10 * 1024 * 1024 + 1, 0);
    (await phoneJpeg()).copy(huge);
    const tooLarge = await upload(id, huge, { headers });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    // The same without Content-Length (chunked): counted while reading.
    const chunked = await fetch(`${api.url}/workshops/${id}/attachments`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'image/jpeg', 'x-client-id': randomUUID() },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 11; i++) controller.enqueue(new Uint8Array(1024 * 1024));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    // More than 40 megapixels (a small file: one colour).
    const manyPixels = await sharp({ create: { width: 8000, height: 5100, channels: 3, background: 'white' } }).png({ compressionLevel: 9 }).toBuffer();
    expect(manyPixels.length).toBeLessThan(10 * 1024 * 1024);
    expect(await refused(manyPixels, 'image/png')).toBe(413);

    expect((await upload(id, await png(), { type: 'image/png', clientId: null, headers })).status).toBe(400);
    expect((await upload(id, await png(), { type: 'image/png', clientId: 'photo-1', headers })).status).toBe(400);
    expect((await upload(id, await png(), { type: 'image/png', alt: 'x'.repeat(301), headers })).status).toBe(400);
    const future = await makeWorkshop(3);
    const early = await upload(future, await png(), { type: 'image/png', headers });
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ error: { code: 'CONFLICT', reason: 'WORKSHOP_NOT_STARTED' } });

    expect(await one(`SELECT count(*)::int AS n FROM workshop_attachment WHERE workshop_id IN ($1, $2)`, [id, future])).toEqual({ n: 0 });
    expect(filesOf(id)).toEqual([]);
  });

  it('is for managers: 401 signed out, 403 for residents and leaders of other organizations, 404 for an unknown workshop', async () => {
    const id = await makeWorkshop();
    const photo = await png();
    expect((await upload(id, photo, { type: 'image/png' })).status).toBe(401);
    expect((await upload(id, photo, { type: 'image/png', headers: as('resident') })).status).toBe(403);
    expect((await upload(id, photo, { type: 'image/png', headers: as('elevrad') })).status).toBe(403);
    expect((await upload(randomUUID(), photo, { type: 'image/png', headers: as('forening') })).status).toBe(404);
    // The session cookie works like the Bearer token.
    expect((await upload(id, photo, { type: 'image/png', headers: { cookie: `medskapa_session=${tokens.forening}` } })).status).toBe(201);
    expect(filesOf(id)).toHaveLength(1);
  });
});

describe('reading and deleting photos', () => {
  const READ = `query($id: ID!) { workshop(id: $id) { attachments { id url contentType width height altText } } }`;
  const DELETE = `mutation($id: ID!) { deleteWorkshopAttachment(id: $id) { id attachments { id } } }`;

  it('shows photos to managers before publishing and to everyone after; managers delete them (file too)', async () => {
    const id = await makeWorkshop();
    const created = (await (await upload(id, await phoneJpeg(), { headers: as('forening'), alt: 'Post-it-lappar' })).json()) as { id: string; url: string };
    const list = async (headers: Record<string, string> = {}) => (await api.graphql<{ workshop: { attachments: Array<{ id: string; url: string }> } }>(READ, { id }, headers)).data!.workshop.attachments;
    expect(await list()).toEqual([]);
    expect(await list(as('resident'))).toEqual([]);
    expect(await list(as('forening'))).toEqual([{ id: created.id, url: created.url, contentType: 'image/jpeg', width: 40, height: 60, altText: 'Post-it-lappar' }]);
    expect((await fetch(`${api.url}${created.url}`)).status).toBe(401);
    expect((await fetch(`${api.url}${created.url}`, { headers: as('resident') })).status).toBe(403);
    expect((await fetch(`${api.url}/workshops/${id}/attachments/${randomUUID()}`, { headers: as('forening') })).status).toBe(404);

    await db.query(`UPDATE workshop SET outcome_published_at = now() WHERE id = $1`, [id]);
    expect((await list()).map((a) => a.id)).toEqual([created.id]);
    const publicImage = await fetch(`${api.url}${created.url}`);
    expect(publicImage.status).toBe(200);
    expect(publicImage.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(publicImage.headers.get('content-type')).toBe('image/jpeg');

    expect((await api.graphql(DELETE, { id: created.id })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(DELETE, { id: created.id }, as('resident'))).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const deleted = await api.graphql(DELETE, { id: created.id }, as('officer'));
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.deleteWorkshopAttachment).toEqual({ id, attachments: [] });
    expect(filesOf(id)).toEqual([]);
    expect((await fetch(`${api.url}${created.url}`)).status).toBe(404);
  });
});
