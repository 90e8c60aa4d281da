import { NAMESPACES } from '@medskapa/shared';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface LoadingTracker {
  /** Marks one operation as loading; call the returned function when it is done. */
  begin(): () => void;
  /** Says `message` politely, e.g. "Du är utloggad" after an action that removed its button. */
  announce(message: string): void;
}

const LoadingContext = createContext<LoadingTracker>({ begin: () => () => undefined, announce: () => undefined });

/**
 * Polite live regions, present from the first render (regions inserted together with their
 * text are often not announced): one says "Laddar …" while anything on the page loads, the
 * other what an action did when no visible status of its own remains.
 */
export function LiveAnnouncer({ children }: { children: ReactNode }) {
  const { t } = useTranslation(NAMESPACES);
  const [pending, setPending] = useState(0);
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const begin = useCallback(() => {
    setPending((n) => n + 1);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      setPending((n) => n - 1);
    };
  }, []);
  const announce = useCallback((next: string) => {
    // Empty first, then the text: the same message twice is announced twice.
    setMessage('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(next), 50);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  const tracker = useMemo(() => ({ begin, announce }), [begin, announce]);
  return (
    <LoadingContext.Provider value={tracker}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {pending > 0 ? t('common:status.loading') : ''}
      </div>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {message}
      </div>
    </LoadingContext.Provider>
  );
}

/** Announces loading politely while `fetching` is true. */
export function useLoadingAnnouncement(fetching: boolean): void {
  const { begin } = useContext(LoadingContext);
  useEffect(() => (fetching ? begin() : undefined), [fetching, begin]);
}

/** A function that says a message politely to screen-reader users. */
export function useAnnounce(): (message: string) => void {
  return useContext(LoadingContext).announce;
}
