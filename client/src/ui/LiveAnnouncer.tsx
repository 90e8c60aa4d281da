import { NAMESPACES } from '@medskapa/shared';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface LoadingTracker {
  /** Marks one operation as loading; call the returned function when it is done. */
  begin(): () => void;
}

const LoadingContext = createContext<LoadingTracker>({ begin: () => () => undefined });

/**
 * One polite live region, present from the first render (regions inserted together with their
 * text are often not announced). It says "Laddar …" while anything on the page loads.
 */
export function LiveAnnouncer({ children }: { children: ReactNode }) {
  const { t } = useTranslation(NAMESPACES);
  const [pending, setPending] = useState(0);
  const begin = useCallback(() => {
    setPending((n) => n + 1);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      setPending((n) => n - 1);
    };
  }, []);
  const tracker = useMemo(() => ({ begin }), [begin]);
  return (
    <LoadingContext.Provider value={tracker}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {pending > 0 ? t('common:status.loading') : ''}
      </div>
    </LoadingContext.Provider>
  );
}

/** Announces loading politely while `fetching` is true. */
export function useLoadingAnnouncement(fetching: boolean): void {
  const { begin } = useContext(LoadingContext);
  useEffect(() => (fetching ? begin() : undefined), [fetching, begin]);
}
