import { AssuranceLevel } from '@medskapa/shared';
import { describe, expect, it } from 'vitest';
import { assuranceLevelOf, displayNameFrom, normalizeSubject, safeReturnTo } from './eid-claims';

describe('assuranceLevelOf', () => {
  it('maps the Swedish levels of assurance (Tillitsramverket) to eIDAS levels', () => {
    expect(assuranceLevelOf('http://id.elegnamnden.se/loa/1.0/loa2')).toBe(AssuranceLevel.LOW);
    expect(assuranceLevelOf('http://id.elegnamnden.se/loa/1.0/loa3')).toBe(AssuranceLevel.SUBSTANTIAL);
    expect(assuranceLevelOf('http://id.elegnamnden.se/loa/1.0/loa3-nf')).toBe(AssuranceLevel.SUBSTANTIAL);
    expect(assuranceLevelOf('http://id.swedenconnect.se/loa/1.0/uncertified-loa3')).toBe(AssuranceLevel.SUBSTANTIAL);
    expect(assuranceLevelOf('http://id.elegnamnden.se/loa/1.0/loa4')).toBe(AssuranceLevel.HIGH);
    expect(assuranceLevelOf('http://id.elegnamnden.se/loa/1.0/eidas-sub')).toBe(AssuranceLevel.SUBSTANTIAL);
    expect(assuranceLevelOf('http://id.elegnamnden.se/loa/1.0/eidas-nf-high')).toBe(AssuranceLevel.HIGH);
  });

  it('maps the eIDAS URIs', () => {
    expect(assuranceLevelOf('http://eidas.europa.eu/LoA/low')).toBe(AssuranceLevel.LOW);
    expect(assuranceLevelOf('http://eidas.europa.eu/LoA/substantial')).toBe(AssuranceLevel.SUBSTANTIAL);
    expect(assuranceLevelOf('http://eidas.europa.eu/LoA/high')).toBe(AssuranceLevel.HIGH);
  });

  it('knows nothing else', () => {
    for (const acr of [undefined, null, 42, '', 'loa3', 'http://id.elegnamnden.se/loa/1.0/loa5', 'http://evil.example/loa/1.0/loa4']) {
      expect(assuranceLevelOf(acr), String(acr)).toBeNull();
    }
  });
});

describe('safeReturnTo', () => {
  it('keeps same-origin relative paths', () => {
    for (const path of ['/', '/kalix', '/kalix/ideas?tab=new#top', '/profile?x=%2F%2Fy']) expect(safeReturnTo(path)).toBe(path);
  });

  it('replaces everything that could leave the site with /', () => {
    const unsafe = [
      undefined,
      ['/a', '/b'],
      '',
      'kalix',
      '//evil.example',
      '///evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      `/${'a'.repeat(3000)}`,
      '/auth/eid/start',
      '/auth/eid/callback?code=x',
    ];
    for (const value of unsafe) expect(safeReturnTo(value), JSON.stringify(value)).toBe('/');
  });
});

describe('normalizeSubject', () => {
  it('reduces a personnummer to its 12 digits', () => {
    expect(normalizeSubject('198112189876')).toBe('198112189876');
    expect(normalizeSubject(' 19811218-9876 ')).toBe('198112189876');
    expect(normalizeSubject(198112189876)).toBe('198112189876');
  });

  it('keeps other identifiers and refuses missing ones', () => {
    expect(normalizeSubject('freja:abc-123')).toBe('freja:abc-123');
    for (const value of [undefined, null, '', '   ', {}, 'x'.repeat(300)]) expect(normalizeSubject(value)).toBeNull();
  });
});

describe('displayNameFrom', () => {
  it('takes name, else given and family name, else a neutral word in the reader’s language', () => {
    expect(displayNameFrom({ name: 'Anna Nilsson', given_name: 'A' }, 'sv')).toBe('Anna Nilsson');
    expect(displayNameFrom({ given_name: 'Matti', family_name: 'Keinänen' }, 'fi')).toBe('Matti Keinänen');
    expect(displayNameFrom({ given_name: '<b>Eeva</b>' }, 'fit')).toBe('b Eeva /b');
    expect(displayNameFrom({}, 'sv')).toBe('Invånare');
    expect(displayNameFrom({ name: '   ' }, 'fi')).toBe('Asukas');
    expect(displayNameFrom({ name: 'x'.repeat(200) }, 'sv')).toHaveLength(80);
  });
});
