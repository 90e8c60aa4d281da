import { describe, expect, it } from 'vitest';
import { MembershipRole, OrganizationKind, OrganizationReviewDecision } from '../types/enums';
import { createOrganizationSchema, inviteMemberSchema, ORGANIZATION_DESCRIPTION_MAX_LENGTH, reviewOrganizationSchema, updateOrganizationSchema } from './organizations';

const valid = { municipalitySlug: 'kalix', name: '  Töre byaförening ', kind: OrganizationKind.VILLAGE_ASSOCIATION };

describe('createOrganizationSchema', () => {
  it('trims, lower-cases the contact address and turns blank optional fields into null', () => {
    expect(createOrganizationSchema.parse({ ...valid, contactEmail: ' Styrelsen@Tore.SE ', description: '   ' })).toEqual({
      municipalitySlug: 'kalix',
      name: 'Töre byaförening',
      kind: 'VILLAGE_ASSOCIATION',
      contactEmail: 'styrelsen@tore.se',
      description: null,
    });
  });

  it('names every invalid field', () => {
    const result = createOrganizationSchema.safeParse({
      municipalitySlug: 'Kalix kommun',
      name: 'x',
      kind: 'CLUB',
      homePlaceId: '42',
      contactEmail: 'nope',
      description: 'a'.repeat(ORGANIZATION_DESCRIPTION_MAX_LENGTH + 1),
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['contactEmail', 'description', 'homePlaceId', 'kind', 'municipalitySlug', 'name']);
  });

  it('refuses control characters and angle brackets in names', () => {
    expect(createOrganizationSchema.safeParse({ ...valid, name: '<script>' }).success).toBe(false);
    expect(createOrganizationSchema.safeParse({ ...valid, name: 'Byaförening\u0000' }).success).toBe(false);
  });
});

describe('updateOrganizationSchema', () => {
  it('keeps left-out fields undefined and null clears', () => {
    expect(updateOrganizationSchema.parse({ description: null })).toEqual({ description: null });
    expect(updateOrganizationSchema.parse({})).toEqual({});
  });
});

describe('reviewOrganizationSchema', () => {
  it('requires a reason to reject, not to approve', () => {
    expect(reviewOrganizationSchema.safeParse({ decision: OrganizationReviewDecision.APPROVE }).success).toBe(true);
    const rejected = reviewOrganizationSchema.safeParse({ decision: OrganizationReviewDecision.REJECT, reason: '  ' });
    expect(rejected.error?.issues.map((i) => i.path.join('.'))).toEqual(['reason']);
    expect(reviewOrganizationSchema.parse({ decision: OrganizationReviewDecision.REJECT, reason: ' Dubblett ' }).reason).toBe('Dubblett');
  });
});

describe('inviteMemberSchema', () => {
  it('normalises the address', () => {
    expect(inviteMemberSchema.parse({ organizationId: '3f2b1f1e-9a9b-4b7c-8d7e-1a2b3c4d5e6f', email: ' A@B.SE ', role: MembershipRole.MEMBER }).email).toBe('a@b.se');
  });
});
