import { dictionary } from '@zxcvbn-ts/language-common';
import * as argon2 from 'argon2';
import { DomainError } from '../../common/domain-error';

const COMMON_PASSWORDS = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

/** Refuses the ~50,000 most common passwords (zxcvbn's list) and passwords that are the e-mail or name. */
export function assertAcceptablePassword(password: string, context: { email?: string | null; displayName?: string | null }): void {
  const lower = password.toLowerCase();
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password) || lower === local || lower === context.displayName?.toLowerCase()) {
    throw DomainError.badInput([{ path: 'password', message: 'This password is too common or too easy to guess.' }]);
  }
}

/** argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes): OWASP's recommended class. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password).catch(() => false);
}

// Verified against when the e-mail is unknown, so a failed login takes as long either way.
let dummyHash: Promise<string> | null = null;
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword('medskapa-timing-equaliser');
  await verifyPassword(await dummyHash, password);
  return false;
}
