import { describe, expect, it } from 'vitest';
import { assertAcceptablePassword, hashPassword, verifyPassword } from './password-policy';

describe('password policy', () => {
  it('refuses common passwords, repeated characters and the e-mail or name itself', () => {
    for (const password of ['password123', 'qwertyuiop', '1234567890', 'aaaaaaaaaaaa']) {
      expect(() => assertAcceptablePassword(password, {}), password).toThrow(/too common/);
    }
    expect(() => assertAcceptablePassword('anna.nilsson', { email: 'anna.nilsson@kalix.example' })).toThrow();
    expect(() => assertAcceptablePassword('Anna Nilsson', { displayName: 'anna nilsson' })).toThrow();
  });

  it('accepts a long uncommon passphrase', () => {
    expect(() => assertAcceptablePassword('älven-fryser-i-november', { email: 'a@b.se' })).not.toThrow();
  });

  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('älven-fryser-i-november');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'älven-fryser-i-november')).toBe(true);
    expect(await verifyPassword(hash, 'älven-fryser-i-december')).toBe(false);
  });
});
