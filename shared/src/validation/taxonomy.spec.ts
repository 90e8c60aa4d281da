import { describe, expect, it } from 'vitest';
import { idSchema, slugSchema } from './taxonomy';

describe('slugSchema', () => {
  it('accepts lower-case URL names', () => {
    for (const slug of ['kalix', 'overkalix', 'region-norrbotten', 'x1']) expect(slugSchema.parse(slug)).toBe(slug);
  });
  it('rejects anything else', () => {
    for (const slug of ['', 'Kalix', 'kalix kommun', 'kalix-', '-kalix', 'överkalix', 'a'.repeat(65)]) {
      expect(slugSchema.safeParse(slug).success, slug).toBe(false);
    }
  });
});

describe('idSchema', () => {
  it('accepts UUIDs only', () => {
    expect(idSchema.safeParse('3f2b1f1e-9a9b-4b7c-8d7e-1a2b3c4d5e6f').success).toBe(true);
    expect(idSchema.safeParse('42').success).toBe(false);
  });
});
