import type { Locale } from '@medskapa/shared';
import type { i18n as I18n } from 'i18next';
import { useMemo, type ReactNode } from 'react';
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

/**
 * A fresh client (and so a fresh cache) whenever the language changes: every query on screen
 * runs again and the API answers in the new language. urql keeps showing the previous data
 * until the new arrives, so the page does not jump.
 */
function GraphQLProvider({ createClient, children }: { createClient: (language: Locale) => Client; children: ReactNode }) {
  const { language } = useLanguage();
  const client = useMemo(() => createClient(language), [createClient, language]);
  return <UrqlProvider value={client}>{children}</UrqlProvider>;
}
