import { createHash, randomInt } from 'node:crypto';
import { normalizeVoterCode, POLL_SHORT_CODE_LENGTH, VOTER_CODE_ALPHABET, VOTER_CODE_LENGTH } from '@medskapa/shared';

/**
 * Voter codes: 8 characters from a 31-character alphabet without 0/O/1/I/l, drawn with
 * crypto.randomInt: 31^8 ≈ 8.5·10^11 ≈ 2^39.6 possible codes, printed as XXXX-XXXX.
 *
 * Entropy against the rate limits (rate-limits.ts): wrong codes are limited to
 * voteWrongCodePerPoll = 300 per hour per poll, whatever the number of client addresses, so a
 * poll sees at most 7,200 guesses a day. With even 5,000 codes outstanding, one guess hits with
 * probability 5,000 / 8.5·10^11 ≈ 5.9·10^-9; a 30-day poll (216,000 guesses) is hit with
 * probability ≈ 1.3·10^-3, and such a hit casts one vote among thousands. Per client address
 * (voteWrongCodePerClient) a single attacker gets far fewer guesses still.
 */
export function newVoterCode(): string {
  return randomString(VOTER_CODE_LENGTH);
}

export function newShortCode(): string {
  return randomString(POLL_SHORT_CODE_LENGTH);
}

/** A random receipt code; it is returned once and stored nowhere. */
export function newReceiptCode(): string {
  return randomString(10);
}

/** SHA-256 (hex) of the normalized code: the only form in which a code is stored. */
export function hashVoterCode(code: string): string {
  return createHash('sha256').update(normalizeVoterCode(code)).digest('hex');
}

function randomString(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += VOTER_CODE_ALPHABET[randomInt(VOTER_CODE_ALPHABET.length)];
  return out;
}
