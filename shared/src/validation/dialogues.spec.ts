import { describe, expect, it } from 'vitest';
import { DialoguePhaseKind } from '../types/enums';
import { dialogueDecisionSchema, dialogueFeedbackSchema, dialogueInputSchema } from './dialogues';

const valid = () => ({
  title: { sv: 'Framtidens Kalix centrum' },
  purpose: { sv: 'Vi vill veta hur du vill att centrum ska se ut.' },
  promise: { sv: 'Kommunstyrelsen tar del av allt som kommer in.' },
  targetGroups: ['RESIDENTS', 'YOUNG_PEOPLE'],
  goalIds: [],
  placeIds: [],
  phases: [
    { kind: DialoguePhaseKind.INFORM, startsOn: '2026-01-01', endsOn: '2026-01-10' },
    { kind: DialoguePhaseKind.COLLECT, startsOn: '2026-01-11', endsOn: '2026-02-10' },
    { kind: DialoguePhaseKind.FEEDBACK, startsOn: '2026-03-01', endsOn: '2026-03-31' },
  ],
});

const paths = (value: unknown, schema: { safeParse(v: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } } } = dialogueInputSchema) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((issue) => issue.path.map(String).join('.'));
};

describe('dialogueInputSchema', () => {
  it('accepts a Swedish-only draft and normalizes optional fields', () => {
    const parsed = dialogueInputSchema.parse({ ...valid(), decisionMaker: ' ', decisionExpectedOn: '', targetGroups: ['RESIDENTS', 'RESIDENTS'] });
    expect(parsed.decisionMaker).toBeNull();
    expect(parsed.decisionExpectedOn).toBeNull();
    expect(parsed.targetGroups).toEqual(['RESIDENTS']);
    expect(parsed.title).toEqual({ sv: 'Framtidens Kalix centrum', fi: null, fit: null });
    expect(parsed.machineAssistedLocales).toEqual([]);
    expect(parsed.phases[0]!.description).toBeNull();
  });

  it('requires Swedish and limits text lengths', () => {
    expect(paths({ ...valid(), title: { sv: '  ', fi: 'Otsikko' } })).toEqual(['title.sv']);
    expect(paths({ ...valid(), title: { sv: 'x'.repeat(201) } })).toEqual(['title.sv']);
    expect(paths({ ...valid(), purpose: { sv: 'x'.repeat(4001) } })).toEqual(['purpose.sv']);
    expect(paths({ ...valid(), promise: { sv: 'Lupaus', fit: 'x'.repeat(2001) } })).toEqual(['promise.fit']);
    expect(paths({ ...valid(), purpose: { sv: 'x'.repeat(4000) }, promise: { sv: 'x'.repeat(2000) } })).toEqual([]);
    const phases = valid().phases;
    phases[0] = { ...phases[0]!, description: { sv: 'x'.repeat(1001) } } as (typeof phases)[0];
    expect(paths({ ...valid(), phases })).toEqual(['phases.0.description.sv']);
  });

  it('checks the decision date and the list sizes', () => {
    expect(paths({ ...valid(), decisionExpectedOn: '2026-02-30' })).toEqual(['decisionExpectedOn']);
    expect(paths({ ...valid(), decisionExpectedOn: '2026-06-15' })).toEqual([]);
    expect(paths({ ...valid(), targetGroups: ['EVERYONE'] })).toEqual(['targetGroups.0']);
    const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    expect(paths({ ...valid(), goalIds: Array.from({ length: 21 }, (_, i) => uuid(i)) })).toEqual(['goalIds']);
    expect(paths({ ...valid(), placeIds: Array.from({ length: 21 }, (_, i) => uuid(i)) })).toEqual(['placeIds']);
    expect(paths({ ...valid(), placeIds: Array.from({ length: 20 }, (_, i) => uuid(i)) })).toEqual([]);
    expect(paths({ ...valid(), goalIds: ['not-a-uuid'] })).toEqual(['goalIds.0']);
  });

  it('allows each phase once, in order, each ending on or after its start, without overlap', () => {
    const [inform, collect, feedback] = valid().phases as [any, any, any];
    expect(paths({ ...valid(), phases: [] })).toEqual([]);
    expect(paths({ ...valid(), phases: [inform, { ...collect, kind: 'INFORM' }] })).toEqual(['phases.1.kind', 'phases.1.kind']);
    expect(paths({ ...valid(), phases: [collect, inform] })).toEqual(['phases.1.kind']);
    expect(paths({ ...valid(), phases: [{ ...inform, endsOn: '2025-12-31' }] })).toEqual(['phases.0.endsOn']);
    expect(paths({ ...valid(), phases: [inform, { ...collect, startsOn: '2026-01-10' }, feedback] })).toEqual(['phases.1.startsOn']);
    expect(paths({ ...valid(), phases: [inform, { ...collect, startsOn: '2026-01-11', endsOn: '2026-01-11' }] })).toEqual([]);
    expect(paths({ ...valid(), phases: [{ ...inform, startsOn: '2026-13-01' }] })).toEqual(['phases.0.startsOn']);
  });
});

describe('dialogueFeedbackSchema', () => {
  it('requires Swedish and allows 8000 characters per text', () => {
    expect(paths({ whatWeHeard: { sv: 'x'.repeat(8000) }, whatHappensNow: { sv: 'Nu' } }, dialogueFeedbackSchema)).toEqual([]);
    expect(paths({ whatWeHeard: { sv: 'x'.repeat(8001) }, whatHappensNow: { sv: '' } }, dialogueFeedbackSchema)).toEqual(['whatWeHeard.sv', 'whatHappensNow.sv']);
  });
});

describe('dialogueDecisionSchema', () => {
  const decision = { body: 'Kommunstyrelsen', meetingDate: '2026-04-07', paragraph: '45', diaryNumber: 'Dnr 2026–00123' };

  it('reuses the idea decision rules and normalizes § and Dnr', () => {
    const parsed = dialogueDecisionSchema.parse({ ...decision, url: '' });
    expect(parsed).toMatchObject({ paragraph: '§ 45', diaryNumber: '2026-00123', url: null, summary: null });
    expect(paths({ ...decision, paragraph: 'x', diaryNumber: '123', url: 'http://kalix.se' }, dialogueDecisionSchema)).toEqual(['paragraph', 'diaryNumber', 'url']);
  });

  it('limits the summary to 1000 characters', () => {
    expect(paths({ ...decision, summary: { sv: 'x'.repeat(1001) } }, dialogueDecisionSchema)).toEqual(['summary.sv']);
    expect(dialogueDecisionSchema.parse({ ...decision, summary: { sv: 'Beslut', fi: 'Päätös' } }).summary).toEqual({ sv: 'Beslut', fi: 'Päätös', fit: null });
  });
});
