import { createHash, createHmac, randomBytes } from 'node:crypto';

/** 32 random bytes as base64url: what goes into cookies and e-mail links. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What we store instead of a token: its SHA-256, so a database leak reveals no usable token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Keyed hash for identifiers we must recognise but never keep, such as a personnummer. */
export function keyedHash(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('hex');
}
