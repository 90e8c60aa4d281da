import { describe, expect, it } from 'vitest';
import { TranslationStatus } from './enums';
import { type LocalizedText, resolveText, weakestStatus } from './localized-text';

const full: LocalizedText = {
  sv: { text: 'Hälsa', status: TranslationStatus.REVIEWED },
  fi: { text: 'Terveys', status: TranslationStatus.MACHINE_ASSISTED },
  fit: { text: 'Terveys ja hyvä olo', status: TranslationStatus.MACHINE_ASSISTED },
};

describe('resolveText', () => {
  it('returns the requested language with its status', () => {
    expect(resolveText(full, 'sv')).toEqual({ text: 'Hälsa', locale: 'sv', status: TranslationStatus.REVIEWED });
    expect(resolveText(full, 'fit')).toEqual({ text: 'Terveys ja hyvä olo', locale: 'fit', status: TranslationStatus.MACHINE_ASSISTED });
  });

  it('falls back from Meänkieli to Finnish before Swedish, and marks the text MISSING', () => {
    const noMeankieli: LocalizedText = { sv: full.sv, fi: full.fi };
    expect(resolveText(noMeankieli, 'fit')).toEqual({ text: 'Terveys', locale: 'fi', status: TranslationStatus.MISSING });
    expect(resolveText({ sv: full.sv }, 'fit')).toEqual({ text: 'Hälsa', locale: 'sv', status: TranslationStatus.MISSING });
  });

  it('treats blank text as missing and never falls back from Swedish to Finnish silently', () => {
    expect(resolveText({ sv: { text: '  ', status: TranslationStatus.REVIEWED }, fi: full.fi }, 'sv')).toEqual({
      text: 'Terveys',
      locale: 'fi',
      status: TranslationStatus.MISSING,
    });
    expect(resolveText({}, 'fi')).toEqual({ text: '', locale: 'fi', status: TranslationStatus.MISSING });
  });
});

describe('weakestStatus', () => {
  it('is REVIEWED only when every part is reviewed', () => {
    expect(weakestStatus([TranslationStatus.REVIEWED, TranslationStatus.REVIEWED])).toBe(TranslationStatus.REVIEWED);
    expect(weakestStatus([TranslationStatus.REVIEWED, TranslationStatus.MACHINE_ASSISTED])).toBe(TranslationStatus.MACHINE_ASSISTED);
    expect(weakestStatus([TranslationStatus.MISSING, TranslationStatus.MACHINE_ASSISTED])).toBe(TranslationStatus.MISSING);
    expect(weakestStatus([])).toBe(TranslationStatus.REVIEWED);
  });
});
