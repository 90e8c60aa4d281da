import { describe, expect, it } from 'vitest';
import {
  createWorkshopSchema,
  updateWorkshopSchema,
  workshopMessageSchema,
  workshopSignupSchema,
  workshopSignupTokenSchema,
} from './workshops';

const ORG = '3f2b1f1e-9a9b-4b7c-8d7e-1a2b3c4d5e6f';
const GOAL = '5a2b1f1e-9a9b-4b7c-8d7e-1a2b3c4d5e6f';

const valid = {
  organizationId: ORG,
  title: '  Framtidsverkstad i Töre ',
  description: '',
  originalLocale: 'sv',
  translations: [{ locale: 'fi', title: 'Tulevaisuustyöpaja', description: null }],
  startsAt: '2030-01-15T16:00:00Z',
  endsAt: '2030-01-15T19:00:00Z',
  venue: 'Töre bygdegård',
  placeId: null,
  goalIds: [GOAL, GOAL],
  signupEnabled: true,
  signupLimit: null,
};

const pathsOf = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  result.success ? [] : result.error!.issues.map((i) => i.path.join('.'));

describe('createWorkshopSchema', () => {
  it('trims, turns an empty description into null and drops duplicate goals', () => {
    const parsed = createWorkshopSchema.parse(valid);
    expect(parsed.title).toBe('Framtidsverkstad i Töre');
    expect(parsed.description).toBeNull();
    expect(parsed.goalIds).toEqual([GOAL]);
    expect(parsed.startsAt).toEqual(new Date('2030-01-15T16:00:00Z'));
    expect(parsed.translations[0]!.description).toBeNull();
  });

  it('defaults the optional fields', () => {
    const { translations: _t, goalIds: _g, placeId: _p, signupLimit: _l, signupEnabled: _e, description: _d, ...required } = valid;
    const parsed = createWorkshopSchema.parse(required);
    expect(parsed).toMatchObject({ translations: [], goalIds: [], placeId: null, signupLimit: null, signupEnabled: false, description: null });
  });

  it.each([
    [{ title: 'x' }, 'title'],
    [{ title: 'x'.repeat(201) }, 'title'],
    [{ description: 'x'.repeat(5001) }, 'description'],
    [{ originalLocale: 'en' }, 'originalLocale'],
    [{ venue: ' x ' }, 'venue'],
    [{ placeId: 'x' }, 'placeId'],
    [{ goalIds: Array.from({ length: 11 }, (_, i) => `5a2b1f1e-9a9b-4b7c-8d7e-1a2b3c4d5e${String(i).padStart(2, '0')}`) }, 'goalIds'],
    [{ signupLimit: 0 }, 'signupLimit'],
    [{ signupLimit: 1001 }, 'signupLimit'],
    [{ signupLimit: 1.5 }, 'signupLimit'],
    [{ endsAt: '2030-01-15T16:00:00Z' }, 'endsAt'],
    [{ endsAt: '2030-01-16T16:00:01Z' }, 'endsAt'],
    [{ startsAt: 'soon' }, 'startsAt'],
    [{ translations: [{ locale: 'sv', title: 'Samma' }] }, 'translations.0.locale'],
    [{ translations: [{ locale: 'fit', title: 'Yks' }, { locale: 'fit', title: 'Kaks' }] }, 'translations.1.locale'],
    [{ organizationId: 'x' }, 'organizationId'],
  ])('refuses %j', (overrides, path) => {
    expect(pathsOf(createWorkshopSchema.safeParse({ ...valid, ...overrides }))).toContain(path);
  });

  it('accepts exactly 24 hours', () => {
    expect(createWorkshopSchema.safeParse({ ...valid, endsAt: '2030-01-16T16:00:00Z' }).success).toBe(true);
  });

  it('has no organizationId when updating', () => {
    const { organizationId: _o, ...rest } = valid;
    expect(updateWorkshopSchema.safeParse(rest).success).toBe(true);
  });
});

describe('workshopSignupSchema', () => {
  it('trims and defaults the language to sv', () => {
    expect(workshopSignupSchema.parse({ name: ' Aino ', email: ' Aino@Example.se ' })).toEqual({ name: 'Aino', email: 'Aino@Example.se', locale: 'sv' });
  });
  it('needs a name of 2–100 characters, an address and a known language', () => {
    expect(pathsOf(workshopSignupSchema.safeParse({}))).toEqual(['name', 'email']);
    expect(pathsOf(workshopSignupSchema.safeParse({ name: 'A', email: 'a@b.se' }))).toEqual(['name']);
    expect(pathsOf(workshopSignupSchema.safeParse({ name: '<script>', email: 'a@b.se' }))).toEqual(['name']);
    expect(pathsOf(workshopSignupSchema.safeParse({ name: 'Aino', email: 'nope' }))).toEqual(['email']);
    expect(pathsOf(workshopSignupSchema.safeParse({ name: 'Aino', email: 'a@b.se', locale: 'en' }))).toEqual(['locale']);
  });
});

describe('workshopMessageSchema and workshopSignupTokenSchema', () => {
  it('wants a one-line subject and a body', () => {
    expect(pathsOf(workshopMessageSchema.safeParse({ subject: 'Ny tid\nkl 19', body: 'x' }))).toEqual(['subject', 'body']);
    expect(workshopMessageSchema.safeParse({ subject: 'Ny tid', body: 'Vi börjar kl 19.' }).success).toBe(true);
  });
  it('takes 43-character base64url tokens only', () => {
    expect(workshopSignupTokenSchema.safeParse('a'.repeat(43)).success).toBe(true);
    expect(workshopSignupTokenSchema.safeParse('a'.repeat(42)).success).toBe(false);
    expect(workshopSignupTokenSchema.safeParse(`${'a'.repeat(42)}=`).success).toBe(false);
  });
});
