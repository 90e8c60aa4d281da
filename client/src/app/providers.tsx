import type { Locale } from '@medskapa/shared';
import type { i18n as I18n } from 'i18next';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Provider as UrqlProvider, type Client } from 'urql';
import { createGraphQLClient } from '../graphql/client';
import { useLanguage } from '../i18n/useLanguage';

interface AppProvidersProps {
  i18n: I18n;
  /** Makes the GraphQL client for a language; tests pass a stub. */
  createClient?: (language: Locale) => Client;
  children: ReactNode;
}

/** i18n, then a GraphQL client for the current language. */
export function AppProviders({ i18n, createClient = createGraphQLClient, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <GraphQLProvider createClient={createClient}>{children}</GraphQLProvider>
    </I18nextProvider>
  );
}

const SessionChangedContext = createContext<() => void>(() => undefined);

/**
 * Call after signing in or out (or deleting the account): every query on screen runs again as
 * the new viewer, and nothing the previous one could see stays in the cache.
 */
export function useSessionChanged(): () => void {
  return useContext(SessionChangedContext);
}

/**
 * A fresh client (and so a fresh cache) whenever the language or the session changes: every
 * query on screen runs again and the API answers in the new language, for the new viewer. urql
 * keeps showing the previous data until the new arrives, so the page does not jump.
 */
function GraphQLProvider({ createClient, children }: { createClient: (language: Locale) => Client; children: ReactNode }) {
  const { language } = useLanguage();
  const [session, setSession] = useState(0);
  // `session` is a dependency on purpose: a new number means a new client.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const client = useMemo(() => createClient(language), [createClient, language, session]);
  const sessionChanged = useCallback(() => setSession((n) => n + 1), []);
  return (
    <SessionChangedContext.Provider value={sessionChanged}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </SessionChangedContext.Provider>
  );
}
