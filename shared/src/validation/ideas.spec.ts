import { describe, expect, it } from 'vitest';
import {
  containsEmailAddress,
  containsPersonalIdentityNumber,
  containsPhoneNumber,
  findPersonalData,
  ideaFilterSchema,
  normalizeIdeaText,
  similarIdeasSchema,
  submitIdeaSchema,
} from './ideas';

const GOAL = '3f2b1f1e-9a9b-4b7c-8d7e-1a2b3c4d5e6f';

describe('containsPersonalIdentityNumber', () => {
  it.each([
    '19811218-9876',
    '198112189876',
    '811218-9876',
    '811218+9876',
    '8112189876',
    'Mitt personnummer är 19811218-9876, ring mig.',
    // samordningsnummer: day + 60
    '811278-9873',
  ])('finds %s', (text) => expect(containsPersonalIdentityNumber(text)).toBe(true));

  it.each([
    '19811218-9875', // fails Luhn
    '811218-9875',
    '8112189875',
    '19811318-9876', // month 13
    '20230230-1234', // 30 February
    'Dnr 2023-00497',
    'Budget 2026: 1 500 000 kr',
    'Vägen E4 mellan Töre och Kalix',
    'Mellan år 2020 och 2026',
    '1234567890123', // 13 digits
  ])('allows %s', (text) => expect(containsPersonalIdentityNumber(text)).toBe(false));
});

describe('containsPhoneNumber', () => {
  it.each(['070-123 45 67', '0701234567', '+46 70 123 45 67', '+46701234567', '0923-651 00', '0923-65100', '010-123 45 67', '08-123 456 78', 'ring 0046 70 123 45 67'])(
    'finds %s',
    (text) => expect(containsPhoneNumber(text)).toBe(true),
  );

  it.each(['Dnr 2023-00497', 'Det kostar 15 000 kr', 'E4 och väg 392', 'år 2026', '3,5 miljoner kronor', 'KALIX-2026-0042', '12 bänkar och 40 lampor'])(
    'allows %s',
    (text) => expect(containsPhoneNumber(text)).toBe(false),
  );
});

describe('containsEmailAddress', () => {
  it.each(['anna@example.se', 'Skriv till anna.andersson+idé@kalix.se!', 'matti@töre.fi'])('finds %s', (text) =>
    expect(containsEmailAddress(text)).toBe(true),
  );
  it.each(['@kalixkommun på Instagram', 'a @ b', 'kl. 18.00 i Folkets hus'])('allows %s', (text) => expect(containsEmailAddress(text)).toBe(false));
});

describe('findPersonalData', () => {
  it('lists each kind found', () => {
    expect(findPersonalData('19811218-9876, 070-123 45 67, anna@example.se')).toEqual(['PERSONAL_IDENTITY_NUMBER', 'PHONE_NUMBER', 'EMAIL_ADDRESS']);
    expect(findPersonalData('Bygg ut cykelvägarna mellan Töre och Kalix längs E4, budget 2 000 000 kr (Dnr 2023-00497).')).toEqual([]);
  });
});

describe('submitIdeaSchema', () => {
  const valid = { municipalitySlug: 'kalix', title: '  Cykelväg Töre–Kalix ', body: ' Bygg ut cykelvägarna mellan byarna och centralorten. ', locale: 'sv', goalIds: [GOAL] };

  it('trims and defaults places', () => {
    expect(submitIdeaSchema.parse(valid)).toMatchObject({ title: 'Cykelväg Töre–Kalix', placeIds: [] });
    expect(submitIdeaSchema.parse({ ...valid, locale: 'fit', dialogueId: null }).locale).toBe('fit');
  });

  it('names every invalid field', () => {
    const result = submitIdeaSchema.safeParse({ ...valid, title: 'Kort', body: 'för kort', locale: 'Svenska', goalIds: [], placeIds: ['x'] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['body', 'goalIds', 'locale', 'placeIds.0', 'title']);
  });

  it('caps goals at five', () => {
    expect(submitIdeaSchema.safeParse({ ...valid, goalIds: Array(6).fill(GOAL) }).success).toBe(false);
  });
});

describe('normalizeIdeaText', () => {
  it('ignores case and whitespace', () => {
    expect(normalizeIdeaText('Cykelväg  TÖRE', 'Bygg\n\nut')).toBe(normalizeIdeaText('cykelväg töre', 'bygg ut'));
  });
});

describe('ideaFilterSchema search', () => {
  it('trims, treats blank as no search and allows at most 200 characters', () => {
    expect(ideaFilterSchema.parse({ municipalitySlug: 'kalix', search: '  cykelväg ' }).search).toBe('cykelväg');
    expect(ideaFilterSchema.parse({ municipalitySlug: 'kalix', search: '   ' }).search).toBeNull();
    expect(ideaFilterSchema.safeParse({ municipalitySlug: 'kalix', search: 'a'.repeat(200) }).success).toBe(true);
    expect(ideaFilterSchema.safeParse({ municipalitySlug: 'kalix', search: 'a'.repeat(201) }).error?.issues[0]?.path).toEqual(['search']);
  });
});

describe('similarIdeasSchema', () => {
  it('needs a title, defaults to 5 and allows at most 10', () => {
    expect(similarIdeasSchema.parse({ municipalitySlug: 'kalix', title: 'Ny badplats' })).toEqual({ municipalitySlug: 'kalix', title: 'Ny badplats', body: null, first: 5 });
    const invalid = similarIdeasSchema.safeParse({ municipalitySlug: 'kalix', title: ' ', first: 11 });
    expect(invalid.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['first', 'title']);
  });
});
