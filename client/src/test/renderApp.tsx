import type { Locale } from '@medskapa/shared';
import { render } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter } from 'react-router';
import { App } from '../app/App';
import { AppProviders } from '../app/providers';
import { createI18n } from '../i18n/i18n';
import { createStubClient, type StubResolver } from './mockClient';

export interface RenderAppOptions {
  language?: Locale;
  resolve: StubResolver;
}

/** The whole app at `path`, with real catalogues and a stubbed GraphQL client per language. */
export async function renderApp(path: string, { language = 'sv', resolve }: RenderAppOptions) {
  const i18n: I18n = await createI18n(language);
  const executed: string[] = [];
  const clientsCreated: Locale[] = [];
  const createClient = (lng: Locale) => {
    clientsCreated.push(lng);
    return createStubClient(lng, resolve, executed);
  };
  const view = render(
    <AppProviders i18n={i18n} createClient={createClient}>
      <MemoryRouter initialEntries={[path]}>
        <App />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, i18n, executed, clientsCreated };
}
