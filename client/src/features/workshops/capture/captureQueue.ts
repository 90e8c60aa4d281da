import { workshopInputInputSchema, workshopParticipantCountInputSchema, workshopAttachmentAltTextSchema } from '@medskapa/shared';
import type { CaptureDb, CaptureDraft, InputPayload, ParticipantCell, QueueEntry, QueuedPhoto, WorkshopSnapshot } from './captureStore';

/** What sending one outcome batch came to. */
export type SendResult =
  | { kind: 'ok' }
  /** No answer: the connection failed. Retried later with the same clientMutationId. */
  | { kind: 'network' }
  /** BAD_USER_INPUT with field paths such as input.inputs.3.text. */
  | { kind: 'fields'; fields: { path: string; message: string }[] }
  /** Any other refusal (FORBIDDEN, CONFLICT …): nothing is retried until asked. */
  | { kind: 'error'; message: string };

export type UploadResult =
  | { kind: 'ok' }
  | { kind: 'network' }
  /** The server refused this photo (too big, wrong type, bad alt text). */
  | { kind: 'rejected'; message: string }
  | { kind: 'error'; message: string };

export interface OutcomeBatchInput {
  clientMutationId: string;
  participants: ParticipantCell[];
  inputs: (InputPayload & { clientId: string })[];
}

/** How the queue reaches the API; the page passes the real one, tests a fake. */
export interface CaptureTransport {
  sendOutcome(workshopId: string, input: OutcomeBatchInput): Promise<SendResult>;
  uploadPhoto(workshopId: string, photo: QueuedPhoto): Promise<UploadResult>;
}

export interface SyncOutcome {
  /** Whether everything waiting went out (nothing left to retry). */
  done: boolean;
  /** The connection failed: try again later. */
  networkFailed: boolean;
  /** A refusal to show (not tied to one entry). */
  error?: string;
}

const newId = () => crypto.randomUUID();

let lastStamp = 0;
/** Date.now(), but strictly increasing, so entries made in the same millisecond keep their order. */
function stamp(): number {
  const now = Date.now();
  lastStamp = now > lastStamp ? now : lastStamp + 1;
  return lastStamp;
}

/** A validation problem found before queueing: the field and the zod message. */
export class CaptureValidationError extends Error {
  constructor(readonly fields: string[]) {
    super(`Invalid: ${fields.join(', ')}`);
  }
}

/**
 * The device's queue of a facilitator's entries for workshops, kept in IndexedDB. Entries are
 * validated with the shared schemas before they are queued; `sync` sends them grouped into one
 * recordWorkshopOutcome whose clientMutationId is stored with the batch before it goes out, so a
 * retry after a lost answer is recognised by the server. Photos follow, each with its clientId.
 */
export class CaptureQueue {
  constructor(
    private readonly db: CaptureDb,
    private readonly newUuid: () => string = newId,
  ) {}

  // ---- Offline data of the form

  saveSnapshot(snapshot: WorkshopSnapshot) {
    return this.db.put('snapshots', snapshot, snapshot.workshop.id);
  }

  loadSnapshot(workshopId: string) {
    return this.db.get('snapshots', workshopId);
  }

  saveDraft(workshopId: string, draft: CaptureDraft) {
    return this.db.put('drafts', draft, workshopId);
  }

  loadDraft(workshopId: string) {
    return this.db.get('drafts', workshopId);
  }

  // ---- Queueing

  async addParticipants(workshopId: string, cells: ParticipantCell[]): Promise<QueueEntry> {
    const problems = cells.flatMap((cell, index) => (workshopParticipantCountInputSchema.safeParse(cell).success ? [] : [`participants.${index}`]));
    if (problems.length > 0) throw new CaptureValidationError(problems);
    const entry: QueueEntry = { kind: 'participants', clientId: this.newUuid(), workshopId, createdAt: stamp(), status: 'waiting', participants: cells };
    await this.db.put('entries', entry);
    return entry;
  }

  async addInput(workshopId: string, input: InputPayload): Promise<QueueEntry> {
    const clientId = this.newUuid();
    const parsed = workshopInputInputSchema.safeParse({ clientId, ...input });
    if (!parsed.success) throw new CaptureValidationError(parsed.error.issues.map((issue) => issue.path.join('.')));
    const { text, goalIds, priority, dotVotes, placeId } = parsed.data;
    const entry: QueueEntry = {
      kind: 'input',
      clientId,
      workshopId,
      createdAt: stamp(),
      status: 'waiting',
      input: { text, goalIds, priority, dotVotes, placeId },
    };
    await this.db.put('entries', entry);
    return entry;
  }

  async addPhoto(workshopId: string, blob: Blob, altText: string): Promise<QueuedPhoto> {
    const alt = workshopAttachmentAltTextSchema.safeParse(altText);
    if (!alt.success) throw new CaptureValidationError(['altText']);
    const photo: QueuedPhoto = {
      clientId: this.newUuid(),
      workshopId,
      createdAt: stamp(),
      blob,
      contentType: blob.type,
      altText: alt.data ?? '',
      status: 'waiting',
    };
    await this.db.put('photos', photo);
    return photo;
  }

  async entries(workshopId: string): Promise<QueueEntry[]> {
    const all = await this.db.getAllFromIndex('entries', 'byWorkshop', workshopId);
    return all.sort((a, b) => a.createdAt - b.createdAt);
  }

  async photos(workshopId: string): Promise<QueuedPhoto[]> {
    const all = await this.db.getAllFromIndex('photos', 'byWorkshop', workshopId);
    return all.sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Removes an entry that has not gone out (waiting or needing a fix). */
  async removeEntry(clientId: string): Promise<boolean> {
    const tx = this.db.transaction('entries', 'readwrite');
    const entry = await tx.store.get(clientId);
    if (!entry || (entry.status !== 'waiting' && entry.status !== 'needsFix')) return false;
    await tx.store.delete(clientId);
    await tx.done;
    return true;
  }

  async removePhoto(clientId: string): Promise<boolean> {
    const photo = await this.db.get('photos', clientId);
    if (!photo || photo.status === 'sent') return false;
    await this.db.delete('photos', clientId);
    return true;
  }

  /** How many entries and photos still wait to go out (those needing a fix not counted). */
  async pending(workshopId: string): Promise<{ inputs: number; participants: number; photos: number }> {
    const entries = await this.entries(workshopId);
    const photos = await this.photos(workshopId);
    const unsent = entries.filter((e) => e.status === 'waiting' || e.status === 'sending');
    return {
      inputs: unsent.filter((e) => e.kind === 'input').length,
      participants: unsent.filter((e) => e.kind === 'participants').length,
      photos: photos.filter((p) => p.status === 'waiting').length,
    };
  }

  // ---- Sending

  /**
   * Sends what waits for `workshopId`: first a batch that went out before without a known answer
   * (same clientMutationId), else a new batch of every waiting entry; then the photos.
   */
  async sync(workshopId: string, transport: CaptureTransport): Promise<SyncOutcome> {
    for (;;) {
      const batch = await this.nextBatch(workshopId);
      if (!batch) break;
      const entries = (await Promise.all(batch.entryIds.map((id) => this.db.get('entries', id)))).filter(
        (e): e is QueueEntry => e !== undefined,
      );
      const participants = mergeParticipants(entries);
      const inputEntries = entries.filter((e): e is Extract<QueueEntry, { kind: 'input' }> => e.kind === 'input');
      if (participants.length === 0 && inputEntries.length === 0) {
        await this.db.delete('batches', batch.clientMutationId);
        continue;
      }
      const result = await transport.sendOutcome(workshopId, {
        clientMutationId: batch.clientMutationId,
        participants,
        inputs: inputEntries.map((e) => ({ clientId: e.clientId, ...e.input })),
      });
      if (result.kind === 'network') return { done: false, networkFailed: true };
      if (result.kind === 'error') return { done: false, networkFailed: false, error: result.message };
      const tx = this.db.transaction(['entries', 'batches'], 'readwrite');
      const entryStore = tx.objectStore('entries');
      if (result.kind === 'ok') {
        for (const entry of entries) await entryStore.put({ ...entry, status: 'sent', error: undefined });
      } else {
        // Nothing of a refused call is stored: the refused entries wait for a fix, the others
        // go out again in a new batch.
        const refused = new Map<string, string>();
        for (const field of result.fields) {
          const input = /^input\.inputs\.(\d+)(?:\.|$)/.exec(field.path);
          if (input) {
            const entry = inputEntries[Number(input[1])];
            if (entry && !refused.has(entry.clientId)) refused.set(entry.clientId, field.message);
          } else if (/^input\.participants(?:\.|$)/.test(field.path)) {
            for (const entry of entries) if (entry.kind === 'participants' && !refused.has(entry.clientId)) refused.set(entry.clientId, field.message);
          }
        }
        if (refused.size === 0) {
          await tx.objectStore('batches').delete(batch.clientMutationId);
          for (const entry of entries) await entryStore.put({ ...entry, status: 'waiting', batchId: undefined });
          await tx.done;
          return { done: false, networkFailed: false, error: result.fields.map((f) => f.message).join(' ') };
        }
        for (const entry of entries) {
          const error = refused.get(entry.clientId);
          await entryStore.put(
            error !== undefined ? { ...entry, status: 'needsFix', error, batchId: undefined } : { ...entry, status: 'waiting', batchId: undefined },
          );
        }
      }
      await tx.objectStore('batches').delete(batch.clientMutationId);
      await tx.done;
    }

    for (const photo of await this.photos(workshopId)) {
      if (photo.status !== 'waiting') continue;
      const result = await transport.uploadPhoto(workshopId, photo);
      if (result.kind === 'network') return { done: false, networkFailed: true };
      if (result.kind === 'error') return { done: false, networkFailed: false, error: result.message };
      await this.db.put('photos', result.kind === 'ok' ? { ...photo, status: 'sent' } : { ...photo, status: 'needsFix', error: result.message });
    }
    return { done: true, networkFailed: false };
  }

  /** The stored batch still without an answer, or a new one of every waiting entry (stored before it is sent). */
  private async nextBatch(workshopId: string) {
    const open = await this.db.getAllFromIndex('batches', 'byWorkshop', workshopId);
    if (open.length > 0) return open.sort((a, b) => a.createdAt - b.createdAt)[0]!;
    const waiting = (await this.entries(workshopId)).filter((e) => e.status === 'waiting').slice(0, 200);
    if (waiting.length === 0) return undefined;
    const batch = { clientMutationId: this.newUuid(), workshopId, entryIds: waiting.map((e) => e.clientId), createdAt: stamp() };
    const tx = this.db.transaction(['entries', 'batches'], 'readwrite');
    await tx.objectStore('batches').put(batch);
    for (const entry of waiting) await tx.objectStore('entries').put({ ...entry, status: 'sending', batchId: batch.clientMutationId });
    await tx.done;
    return batch;
  }
}

/** The participant cells of a batch: a later entry's cell replaces an earlier one's. */
function mergeParticipants(entries: QueueEntry[]): ParticipantCell[] {
  const cells = new Map<string, ParticipantCell>();
  for (const entry of entries) {
    if (entry.kind !== 'participants') continue;
    for (const cell of entry.participants) cells.set(`${cell.ageGroup}:${cell.gender}`, cell);
  }
  return [...cells.values()];
}
