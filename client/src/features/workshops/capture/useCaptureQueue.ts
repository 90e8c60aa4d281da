import { ERROR_CODES, NAMESPACES } from '@medskapa/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { CaptureQueue } from './captureQueue';
import { captureDb, type QueueEntry, type QueuedPhoto } from './captureStore';
import { createCaptureTransport } from './captureTransport';

/** How often waiting entries are sent again while online. */
export const AUTO_SYNC_MS = 30_000;
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 60_000;

/** navigator.onLine, kept up to date by the online/offline events. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

export interface CaptureQueueState {
  queue: CaptureQueue | null;
  entries: QueueEntry[];
  photos: QueuedPhoto[];
  syncing: boolean;
  lastError: string | null;
  /** Reads the entries and photos again from IndexedDB. */
  refresh(): Promise<void>;
  /** Sends what waits now (does nothing offline or while a send is under way). */
  syncNow(): Promise<void>;
}

/**
 * The device's queue for one workshop: the entries as stored in IndexedDB, and the automatic
 * sending — on page load, when the connection returns, every 30 s while online, after each new
 * entry, and after a network failure with a growing pause. Never while the device is offline.
 */
export function useCaptureQueue(workshopId: string, online: boolean): CaptureQueueState {
  const { t } = useTranslation(NAMESPACES);
  const client = useClient();
  const [queue, setQueue] = useState<CaptureQueue | null>(null);
  const [entries, setEntries] = useState<QueueEntry[]>([]);
  const [photos, setPhotos] = useState<QueuedPhoto[]>([]);
  const [syncing, setSyncing] = useState(false);
  const [lastError, setLastError] = useState<string | null>(null);
  const busy = useRef(false);
  const retryDelay = useRef(FIRST_RETRY_MS);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void captureDb().then((db) => {
      if (live) setQueue(new CaptureQueue(db));
    });
    return () => {
      live = false;
    };
  }, []);

  const describe = useCallback(
    (code: string) => ((ERROR_CODES as readonly string[]).includes(code) ? t(`errors:${code}` as 'errors:INTERNAL_SERVER_ERROR') : t('errors:INTERNAL_SERVER_ERROR')),
    [t],
  );
  const transport = useMemo(() => createCaptureTransport(client, describe), [client, describe]);

  const refresh = useCallback(async () => {
    if (!queue) return;
    const [nextEntries, nextPhotos] = await Promise.all([queue.entries(workshopId), queue.photos(workshopId)]);
    setEntries(nextEntries);
    setPhotos(nextPhotos);
  }, [queue, workshopId]);

  const syncNow = useCallback(async () => {
    if (!queue || busy.current || !navigator.onLine) return;
    const pending = await queue.pending(workshopId);
    if (pending.inputs + pending.participants + pending.photos === 0) return;
    busy.current = true;
    clearTimeout(retryTimer.current);
    setSyncing(true);
    try {
      const outcome = await queue.sync(workshopId, transport);
      if (outcome.networkFailed) {
        const delay = retryDelay.current;
        retryDelay.current = Math.min(delay * 2, MAX_RETRY_MS);
        retryTimer.current = setTimeout(() => void syncNowRef.current(), delay);
        setLastError(t('errors:network'));
      } else {
        retryDelay.current = FIRST_RETRY_MS;
        setLastError(outcome.error ?? null);
      }
    } finally {
      busy.current = false;
      setSyncing(false);
      await refresh();
    }
  }, [queue, workshopId, transport, refresh, t]);
  const syncNowRef = useRef(syncNow);
  syncNowRef.current = syncNow;

  // The queue as stored, then a first send.
  useEffect(() => {
    if (!queue) return;
    void refresh().then(() => syncNowRef.current());
  }, [queue, refresh]);

  // Back online: send at once, then every 30 s.
  useEffect(() => {
    if (!online) {
      clearTimeout(retryTimer.current);
      return;
    }
    void syncNowRef.current();
    const timer = setInterval(() => void syncNowRef.current(), AUTO_SYNC_MS);
    return () => clearInterval(timer);
  }, [online]);

  useEffect(() => () => clearTimeout(retryTimer.current), []);

  return { queue, entries, photos, syncing, lastError, refresh, syncNow };
}
