import { TranslationStatus } from '@medskapa/shared';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { TranslationNote } from './TranslationNote';

async function renderNote(status: TranslationStatus, language: 'sv' | 'fi' | 'fit' = 'sv') {
  const i18n = await createI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <TranslationNote status={status} />
    </I18nextProvider>,
  );
}

describe('TranslationNote', () => {
  afterEach(cleanup);

  it('says a machine-assisted translation is not reviewed, in the reader’s language', async () => {
    await renderNote(TranslationStatus.MACHINE_ASSISTED, 'fi');
    expect(screen.getByRole('note').textContent).toBe('Käännöstä ei ole vielä tarkistettu.');
  });

  it('says a missing text is shown in another language', async () => {
    await renderNote(TranslationStatus.MISSING, 'fit');
    expect(screen.getByRole('note').textContent).toBe(
      'Tätä tekstiä ei ole vielä meänkielelä, niin se näkyy toisela kielelä.',
    );
  });

  it('renders nothing for reviewed text', async () => {
    const { container } = await renderNote(TranslationStatus.REVIEWED, 'fi');
    expect(screen.queryByRole('note')).toBeNull();
    expect(container.textContent).toBe('');
  });
});
