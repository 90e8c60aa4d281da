import { z } from 'zod';
import { DomainError } from '../../common/domain-error';

/**
 * Keyset cursors over (timestamp, id) that keep PostgreSQL's microseconds. The shared
 * encodeCursor keeps milliseconds only, which repeats or skips rows created within the same
 * millisecond (comments and notifications often are: one comment notifies many people at once).
 */
export const exactTimestamp = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const cursorSchema = z.object({ at: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/), id: z.uuid() });
export type ExactCursor = z.infer<typeof cursorSchema>;

export function encodeExactCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify({ at, id })).toString('base64url');
}

export function decodeExactCursor(after: string | null | undefined): ExactCursor | null {
  if (!after) return null;
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(after, 'base64url').toString('utf8')));
  } catch {
    throw DomainError.badInput([{ path: 'after', message: 'Not a cursor from this list.' }]);
  }
}
