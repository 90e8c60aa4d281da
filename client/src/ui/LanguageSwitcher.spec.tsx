import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { LanguageSwitcher } from './LanguageSwitcher';

function clearLangCookie() {
  document.cookie = 'lang=; path=/; max-age=0';
}

describe('LanguageSwitcher', () => {
  beforeEach(clearLangCookie);
  afterEach(() => {
    cleanup();
    clearLangCookie();
  });

  it('offers each language by its native name, marked with its lang, the current one pressed', async () => {
    const i18n = await createI18n('sv');
    render(
      <I18nextProvider i18n={i18n}>
        <LanguageSwitcher />
      </I18nextProvider>,
    );
    const group = screen.getByRole('group', { name: 'Välj språk' });
    expect(group).toBeTruthy();
    const svenska = screen.getByRole('button', { name: 'Svenska' });
    const suomi = screen.getByRole('button', { name: 'Suomi' });
    const meankieli = screen.getByRole('button', { name: 'Meänkieli' });
    expect([svenska, suomi, meankieli].map((b) => b.getAttribute('lang'))).toEqual(['sv', 'fi', 'fit']);
    expect(svenska.getAttribute('aria-pressed')).toBe('true');
    expect(meankieli.getAttribute('aria-pressed')).toBe('false');
  });

  it('choosing a language writes the lang cookie and sets <html lang>', async () => {
    const i18n = await createI18n('sv');
    expect(document.documentElement.lang).toBe('sv');
    render(
      <I18nextProvider i18n={i18n}>
        <LanguageSwitcher />
      </I18nextProvider>,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Meänkieli' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('fit'));
    expect(document.cookie).toContain('lang=fit');
    expect(i18n.language).toBe('fit');
    // The group label follows the language, and the pressed button with it.
    expect(screen.getByRole('group', { name: 'Valitte kieli' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Meänkieli' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Suomi' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('fi'));
    expect(document.cookie).toContain('lang=fi');
    expect(document.cookie).not.toContain('lang=fit');
  });
});
