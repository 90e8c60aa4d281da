import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';
import { formatNumber, intlLocale } from './languages';

const NBSP = '\u00a0';

describe('plurals', () => {
  it.each([
    ['fit', '1 tavotekuva', 'tavotekuvaa'],
    ['fi', '1 tavoitekuva', 'tavoitekuvaa'],
    ['sv', '1 målbild', 'målbilder'],
  ] as const)('%s: goalCount has _one for 1 and _other for 0, 2 and 5', async (language, one, otherNoun) => {
    const i18n = await createI18n(language);
    expect(i18n.t('taxonomy:area.goalCount', { count: 1 })).toBe(one);
    for (const count of [0, 2, 5]) {
      expect(i18n.t('taxonomy:area.goalCount', { count })).toBe(`${count} ${otherNoun}`);
    }
  });

  it.each([
    ['fit', '1 paikka', '13 paikkaa'],
    ['fi', '1 paikkakunta', '13 paikkakuntaa'],
    ['sv', '1 ort', '13 orter'],
  ] as const)('%s: the places count line is plural-aware', async (language, one, thirteen) => {
    const i18n = await createI18n(language);
    expect(i18n.t('taxonomy:places.count', { count: 1 })).toBe(one);
    expect(i18n.t('taxonomy:places.count', { count: 13 })).toBe(thirteen);
  });

  it('uses Finnish plural rules for Meänkieli whatever the runtime default locale is', async () => {
    const i18n = await createI18n('fit');
    const resolver = i18n.services.pluralResolver as unknown as { getRule(code: string): Intl.PluralRules };
    expect(resolver.getRule('fit').resolvedOptions().locale).toBe('fi');
  });

  it('formats counts with the reader’s number format, Finnish for Meänkieli', async () => {
    const fit = await createI18n('fit');
    expect(fit.t('taxonomy:places.count', { count: 1051 })).toBe(`1${NBSP}051 paikkaa`);
    const sv = await createI18n('sv');
    expect(sv.t('taxonomy:places.count', { count: 1051 })).toBe(`1${NBSP}051 orter`);
  });
});

describe('fallback chain', () => {
  it('falls back fit → fi → sv, and fi → sv', async () => {
    const fit = await createI18n('fit');
    fit.addResource('fi', 'common', 'onlyInFinnish', 'suomeksi');
    fit.addResource('sv', 'common', 'onlyInSwedish', 'på svenska');
    expect(fit.t('common:onlyInFinnish' as never)).toBe('suomeksi');
    expect(fit.t('common:onlyInSwedish' as never)).toBe('på svenska');

    const fi = await createI18n('fi');
    fi.addResource('sv', 'common', 'onlyInSwedish', 'på svenska');
    fi.addResource('fit', 'common', 'onlyInMeankieli', 'meänkielelä');
    expect(fi.t('common:onlyInSwedish' as never)).toBe('på svenska');
    expect(fi.t('common:onlyInMeankieli' as never)).not.toBe('meänkielelä');
  });
});

describe('numbers', () => {
  it('formats with fi for fit, since Intl knows no Meänkieli', () => {
    expect(intlLocale('fit')).toBe('fi');
    expect(formatNumber(1051, 'fit')).toBe(`1${NBSP}051`);
    expect(formatNumber(1051, 'fi')).toBe(`1${NBSP}051`);
    expect(formatNumber(7495, 'sv')).toBe(`7${NBSP}495`);
  });
});
