import type { Locale } from '@medskapa/shared';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../../../app/providers';
import { createI18n } from '../../../i18n/i18n';
import { LiveAnnouncer } from '../../../ui/LiveAnnouncer';
import { createStubClient, type StubResolver } from '../../../test/mockClient';

/** One outcome component (not the whole app) with real catalogues, a stub API and the announcer. */
export async function renderOutcome(ui: ReactNode, resolve: StubResolver, language: Locale = 'sv') {
  const i18n = await createI18n(language);
  const executed: string[] = [];
  const view = render(
    <AppProviders i18n={i18n} createClient={(lng) => createStubClient(lng, resolve, executed)}>
      <MemoryRouter initialEntries={['/kalix/workshops/w-1']}>
        <LiveAnnouncer>{ui}</LiveAnnouncer>
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, executed };
}
