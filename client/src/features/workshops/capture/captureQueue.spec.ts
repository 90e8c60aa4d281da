import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaptureQueue, CaptureValidationError, type CaptureTransport, type OutcomeBatchInput, type SendResult, type UploadResult } from './captureQueue';
import { openCaptureDb, type CaptureDb, type QueuedPhoto } from './captureStore';

const WORKSHOP = '11111111-1111-4111-8111-111111111111';
const GOAL = '22222222-2222-4222-8222-222222222222';

let dbName: string;
let opened: CaptureDb[] = [];
async function freshQueue() {
  const db = await openCaptureDb(dbName);
  opened.push(db);
  return new CaptureQueue(db);
}

/** A transport that answers from a script and records every call. */
function scriptedTransport(answers: SendResult[], uploads: UploadResult[] = []) {
  const sent: OutcomeBatchInput[] = [];
  const uploaded: QueuedPhoto[] = [];
  const transport: CaptureTransport = {
    sendOutcome: async (_id, input) => {
      sent.push(structuredClone(input));
      return answers.shift() ?? { kind: 'ok' };
    },
    uploadPhoto: async (_id, photo) => {
      uploaded.push(photo);
      return uploads.shift() ?? { kind: 'ok' };
    },
  };
  return { transport, sent, uploaded };
}

const input = (text: string, extra: Partial<{ priority: number | null; dotVotes: number | null; goalIds: string[] }> = {}) => ({
  text,
  goalIds: extra.goalIds ?? [],
  priority: extra.priority ?? null,
  dotVotes: extra.dotVotes ?? null,
  placeId: null,
});

beforeEach(() => {
  dbName = `capture-test-${crypto.randomUUID()}`;
});
afterEach(() => {
  opened.forEach((db) => db.close());
  opened = [];
});

describe('CaptureQueue', () => {
  it('sends waiting participants and inputs as one recordWorkshopOutcome and marks them sent', async () => {
    const queue = await freshQueue();
    await queue.addParticipants(WORKSHOP, [{ ageGroup: 'AGE_16_25', gender: 'WOMAN', count: 3 }]);
    const first = await queue.addInput(WORKSHOP, input('Fler bänkar vid älven', { priority: 1, goalIds: [GOAL] }));
    await queue.addInput(WORKSHOP, input('Bättre busstider', { dotVotes: 7 }));
    expect(await queue.pending(WORKSHOP)).toEqual({ inputs: 2, participants: 1, photos: 0 });

    const { transport, sent } = scriptedTransport([{ kind: 'ok' }]);
    expect(await queue.sync(WORKSHOP, transport)).toEqual({ done: true, networkFailed: false });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.participants).toEqual([{ ageGroup: 'AGE_16_25', gender: 'WOMAN', count: 3 }]);
    expect(sent[0]!.inputs.map((i) => i.text)).toEqual(['Fler bänkar vid älven', 'Bättre busstider']);
    expect(sent[0]!.inputs[0]).toMatchObject({ clientId: first.clientId, priority: 1, dotVotes: null, goalIds: [GOAL] });
    expect((await queue.entries(WORKSHOP)).map((e) => e.status)).toEqual(['sent', 'sent', 'sent']);
    expect(await queue.pending(WORKSHOP)).toEqual({ inputs: 0, participants: 0, photos: 0 });

    // Nothing left: a second sync sends nothing.
    await queue.sync(WORKSHOP, transport);
    expect(sent).toHaveLength(1);
  });

  it('keeps entries after a network failure and retries with the SAME clientMutationId', async () => {
    const queue = await freshQueue();
    await queue.addInput(WORKSHOP, input('Ett', { priority: 2 }));
    await queue.addInput(WORKSHOP, input('Två'));
    const { transport, sent } = scriptedTransport([{ kind: 'network' }, { kind: 'network' }, { kind: 'ok' }]);

    expect(await queue.sync(WORKSHOP, transport)).toEqual({ done: false, networkFailed: true });
    expect(await queue.pending(WORKSHOP)).toEqual({ inputs: 2, participants: 0, photos: 0 });
    // An entry added meanwhile does not change the batch already out (its answer may be lost).
    await queue.addInput(WORKSHOP, input('Tre'));
    await queue.sync(WORKSHOP, transport);
    await queue.sync(WORKSHOP, transport);

    expect(sent.map((s) => s.inputs.map((i) => i.text))).toEqual([['Ett', 'Två'], ['Ett', 'Två'], ['Ett', 'Två'], ['Tre']]);
    const ids = sent.map((s) => s.clientMutationId);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[1]).toBe(ids[2]);
    expect(ids[3]).not.toBe(ids[0]);
    expect(sent[0]!.inputs.map((i) => i.clientId)).toEqual(sent[2]!.inputs.map((i) => i.clientId));
    expect((await queue.entries(WORKSHOP)).every((e) => e.status === 'sent')).toBe(true);
  });

  it('marks the entry the API refused (input.inputs.N.text) as needing a fix and sends the others', async () => {
    const queue = await freshQueue();
    await queue.addInput(WORKSHOP, input('Bra'));
    const bad = await queue.addInput(WORKSHOP, input('Ring mig på 070-1234567'));
    await queue.addInput(WORKSHOP, input('Också bra'));
    const { transport, sent } = scriptedTransport([
      { kind: 'fields', fields: [{ path: 'input.inputs.1.text', message: 'Skriv inga telefonnummer.' }] },
      { kind: 'ok' },
    ]);

    expect(await queue.sync(WORKSHOP, transport)).toEqual({ done: true, networkFailed: false });
    expect(sent.map((s) => s.inputs.map((i) => i.text))).toEqual([['Bra', 'Ring mig på 070-1234567', 'Också bra'], ['Bra', 'Också bra']]);
    // The refused call stored nothing, so the rest goes out under a new id.
    expect(sent[1]!.clientMutationId).not.toBe(sent[0]!.clientMutationId);
    const entries = await queue.entries(WORKSHOP);
    expect(entries.map((e) => [e.clientId === bad.clientId, e.status])).toEqual([[false, 'sent'], [true, 'needsFix'], [false, 'sent']]);
    expect(entries[1]!.error).toBe('Skriv inga telefonnummer.');
    // Not retried forever.
    await queue.sync(WORKSHOP, transport);
    expect(sent).toHaveLength(2);
    expect(await queue.pending(WORKSHOP)).toEqual({ inputs: 0, participants: 0, photos: 0 });
    // It can be removed; sent ones cannot.
    expect(await queue.removeEntry(bad.clientId)).toBe(true);
    expect(await queue.removeEntry(entries[0]!.clientId)).toBe(false);
  });

  it('a new queue on the same database (a reload) sees the queued entries and the batch in flight', async () => {
    const before = await freshQueue();
    await before.addParticipants(WORKSHOP, [{ ageGroup: 'AGE_66_PLUS', gender: 'OTHER_OR_UNSTATED', count: 2 }]);
    await before.addInput(WORKSHOP, input('Kvar efter omladdning'));
    await before.saveDraft(WORKSHOP, { participants: { 'AGE_66_PLUS:MAN': '4' }, text: 'halvskrivet', goalIds: [], weightKind: 'priority', priority: '', dotVotes: '', placeId: '', altText: '' });
    const lost = scriptedTransport([{ kind: 'network' }]);
    await before.sync(WORKSHOP, lost.transport);

    const after = await freshQueue();
    expect(await after.pending(WORKSHOP)).toEqual({ inputs: 1, participants: 1, photos: 0 });
    expect((await after.entries(WORKSHOP)).map((e) => e.kind)).toEqual(['participants', 'input']);
    expect((await after.loadDraft(WORKSHOP))?.text).toBe('halvskrivet');
    const { transport, sent } = scriptedTransport([{ kind: 'ok' }]);
    await after.sync(WORKSHOP, transport);
    expect(sent[0]!.clientMutationId).toBe(lost.sent[0]!.clientMutationId);
  });

  it('validates with the shared schema before queueing', async () => {
    const queue = await freshQueue();
    await expect(queue.addInput(WORKSHOP, input('   '))).rejects.toBeInstanceOf(CaptureValidationError);
    await expect(queue.addInput(WORKSHOP, input('Båda', { priority: 1, dotVotes: 3 }))).rejects.toBeInstanceOf(CaptureValidationError);
    await expect(queue.addParticipants(WORKSHOP, [{ ageGroup: 'AGE_16_25', gender: 'WOMAN', count: -1 }])).rejects.toBeInstanceOf(CaptureValidationError);
    expect(await queue.entries(WORKSHOP)).toEqual([]);
  });

  it('uploads photos after the inputs, keeps them on a network failure and marks a refused one', async () => {
    const queue = await freshQueue();
    await queue.addInput(WORKSHOP, input('Först inläggen'));
    const photo = await queue.addPhoto(WORKSHOP, new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }), ' Blädderblock ');
    const order: string[] = [];
    const uploads: UploadResult[] = [{ kind: 'network' }, { kind: 'ok' }];
    const transport: CaptureTransport = {
      sendOutcome: async () => (order.push('outcome'), { kind: 'ok' }),
      uploadPhoto: async (_id, p) => (order.push(`photo ${p.clientId} ${p.altText}`), uploads.shift()!),
    };
    expect(await queue.sync(WORKSHOP, transport)).toEqual({ done: false, networkFailed: true });
    expect(await queue.pending(WORKSHOP)).toEqual({ inputs: 0, participants: 0, photos: 1 });
    expect(await queue.sync(WORKSHOP, transport)).toEqual({ done: true, networkFailed: false });
    expect(order).toEqual(['outcome', `photo ${photo.clientId} Blädderblock`, `photo ${photo.clientId} Blädderblock`]);

    await queue.addPhoto(WORKSHOP, new Blob([new Uint8Array([1])], { type: 'image/png' }), '');
    const refused = scriptedTransport([], [{ kind: 'rejected', message: 'För stor bild.' }]);
    await queue.sync(WORKSHOP, refused.transport);
    const photos = await queue.photos(WORKSHOP);
    expect(photos.map((p) => p.status)).toEqual(['sent', 'needsFix']);
    expect(photos[1]!.error).toBe('För stor bild.');
  });
});
