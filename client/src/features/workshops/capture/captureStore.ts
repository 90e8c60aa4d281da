import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** What the capture form needs offline: the workshop, the municipality's målbilder and places. */
export interface WorkshopSnapshot {
  workshop: {
    id: string;
    title: string;
    startsAt: string;
    endsAt: string;
    venue: string;
    place: { id: string; name: string } | null;
    organization: { name: string };
    goals: readonly { id: string; code: string; title: string }[];
    viewerCanManage: boolean;
    outcomeStatus: string;
    municipality: { slug: string };
  };
  areas: readonly { id: string; code: string; title: string; goals: readonly { id: string; code: string; title: string }[] }[];
  places: readonly { id: string; name: string }[];
  storedAt: string;
}

export interface ParticipantCell {
  ageGroup: string;
  gender: string;
  count: number;
}

export interface InputPayload {
  text: string;
  goalIds: string[];
  priority: number | null;
  dotVotes: number | null;
  placeId: string | null;
}

/** waiting: to be sent; sending: part of a batch that was sent (answer not known); sent; needsFix: the API refused it. */
export type EntryStatus = 'waiting' | 'sending' | 'sent' | 'needsFix';

interface EntryBase {
  clientId: string;
  workshopId: string;
  createdAt: number;
  status: EntryStatus;
  /** The API's message when status is needsFix. */
  error?: string;
  /** The clientMutationId of the batch the entry went out in. */
  batchId?: string;
}
export type QueueEntry =
  | (EntryBase & { kind: 'participants'; participants: ParticipantCell[] })
  | (EntryBase & { kind: 'input'; input: InputPayload });

/** One recordWorkshopOutcome call, stored before it is sent so a retry reuses its clientMutationId. */
export interface QueuedBatch {
  clientMutationId: string;
  workshopId: string;
  entryIds: string[];
  createdAt: number;
}

export interface QueuedPhoto {
  clientId: string;
  workshopId: string;
  createdAt: number;
  blob: Blob;
  contentType: string;
  altText: string;
  status: 'waiting' | 'sent' | 'needsFix';
  error?: string;
}

/** The half-filled forms of a workshop, so a reload shows what was being typed. */
export interface CaptureDraft {
  participants: Record<string, string>;
  text: string;
  goalIds: string[];
  weightKind: 'priority' | 'dotVotes';
  priority: string;
  dotVotes: string;
  placeId: string;
  altText: string;
}

interface CaptureSchema extends DBSchema {
  snapshots: { key: string; value: WorkshopSnapshot };
  entries: { key: string; value: QueueEntry; indexes: { byWorkshop: string } };
  batches: { key: string; value: QueuedBatch; indexes: { byWorkshop: string } };
  photos: { key: string; value: QueuedPhoto; indexes: { byWorkshop: string } };
  drafts: { key: string; value: CaptureDraft };
}

export const CAPTURE_DB_NAME = 'medskapa-workshop-capture';

export type CaptureDb = IDBPDatabase<CaptureSchema>;

/** Opens (and on first use creates) the device's capture database. */
export function openCaptureDb(name = CAPTURE_DB_NAME): Promise<CaptureDb> {
  return openDB<CaptureSchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('snapshots');
      db.createObjectStore('entries', { keyPath: 'clientId' }).createIndex('byWorkshop', 'workshopId');
      db.createObjectStore('batches', { keyPath: 'clientMutationId' }).createIndex('byWorkshop', 'workshopId');
      db.createObjectStore('photos', { keyPath: 'clientId' }).createIndex('byWorkshop', 'workshopId');
      db.createObjectStore('drafts');
    },
  });
}

let shared: Promise<CaptureDb> | undefined;
/** The one connection the page uses. */
export function captureDb(): Promise<CaptureDb> {
  shared ??= openCaptureDb();
  return shared;
}
