import { describe, expect, it } from 'vitest';
import {
  updateWorkshopInputSchema,
  workshopAttachmentAltTextSchema,
  workshopOutcomeInputSchema,
  WORKSHOP_INPUTS_PER_CALL_MAX,
} from './workshop-outcome';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const issues = (value: unknown) => workshopOutcomeInputSchema.safeParse(value).error?.issues.map((i) => i.path.join('.'));

describe('workshopOutcomeInputSchema', () => {
  it('accepts participants and inputs, and fills the defaults', () => {
    const parsed = workshopOutcomeInputSchema.parse({
      clientMutationId: uuid(1),
      participants: [{ ageGroup: 'AGE_66_PLUS', gender: 'WOMAN', count: 12 }],
      inputs: [{ clientId: uuid(2), text: '  Bredband till hela byn  ', priority: 1 }],
    });
    expect(parsed.inputs[0]).toEqual({ clientId: uuid(2), text: 'Bredband till hela byn', goalIds: [], priority: 1, dotVotes: null, placeId: null });
    expect(workshopOutcomeInputSchema.parse({ clientMutationId: uuid(1), inputs: [{ clientId: uuid(2), text: 'x' }] }).participants).toEqual([]);
  });

  it('needs a uuid clientMutationId and something to record', () => {
    expect(issues({ clientMutationId: 'abc', inputs: [{ clientId: uuid(2), text: 'x' }] })).toEqual(['clientMutationId']);
    expect(issues({ clientMutationId: uuid(1) })).toEqual(['']);
  });

  it('checks counts, texts, priorities, dot votes and målbilder', () => {
    const base = { clientMutationId: uuid(1) };
    expect(issues({ ...base, participants: [{ ageGroup: 'AGE_0_15', gender: 'MAN', count: 10_001 }] })).toEqual(['participants.0.count']);
    expect(issues({ ...base, participants: [{ ageGroup: 'AGE_0_15', gender: 'MAN', count: -1 }] })).toEqual(['participants.0.count']);
    expect(issues({ ...base, participants: [{ ageGroup: 'AGE_0_15', gender: 'MAN', count: 1 }, { ageGroup: 'AGE_0_15', gender: 'MAN', count: 2 }] })).toEqual([
      'participants.1',
    ]);
    const input = (extra: object) => ({ ...base, inputs: [{ clientId: uuid(2), text: 'Skola', ...extra }] });
    expect(issues(input({ text: '   ' }))).toEqual(['inputs.0.text']);
    expect(issues(input({ text: 'x'.repeat(2001) }))).toEqual(['inputs.0.text']);
    expect(issues(input({ priority: 4 }))).toEqual(['inputs.0.priority']);
    expect(issues(input({ dotVotes: 1001 }))).toEqual(['inputs.0.dotVotes']);
    expect(issues(input({ priority: 1, dotVotes: 3 }))).toEqual(['inputs.0.dotVotes']);
    expect(issues(input({ goalIds: [uuid(1), uuid(2), uuid(3), uuid(4), uuid(5), uuid(6)] }))).toEqual(['inputs.0.goalIds']);
    expect(issues(input({ placeId: 'Töre' }))).toEqual(['inputs.0.placeId']);
    expect(issues({ ...base, inputs: [{ clientId: uuid(2), text: 'a' }, { clientId: uuid(2), text: 'b' }] })).toEqual(['inputs.1.clientId']);
    const many = Array.from({ length: WORKSHOP_INPUTS_PER_CALL_MAX + 1 }, (_, i) => ({ clientId: uuid(i + 10), text: 'x' }));
    expect(issues({ ...base, inputs: many })).toEqual(['inputs']);
  });
});

describe('updateWorkshopInputSchema', () => {
  it('replaces every field and de-duplicates målbilder', () => {
    expect(updateWorkshopInputSchema.parse({ text: 'Ny text', goalIds: [uuid(1), uuid(1)], dotVotes: 4 })).toEqual({
      text: 'Ny text',
      goalIds: [uuid(1)],
      priority: null,
      dotVotes: 4,
      placeId: null,
    });
  });
});

describe('workshopAttachmentAltTextSchema', () => {
  it('treats blank as none and limits the length', () => {
    expect(workshopAttachmentAltTextSchema.parse('  ')).toBeNull();
    expect(workshopAttachmentAltTextSchema.parse(undefined)).toBeNull();
    expect(workshopAttachmentAltTextSchema.safeParse('x'.repeat(301)).success).toBe(false);
  });
});
