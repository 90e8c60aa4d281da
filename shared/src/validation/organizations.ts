import { z } from 'zod';
import { MembershipRole, OrganizationKind, OrganizationReviewDecision } from '../types/enums';
import { emailSchema } from './accounts';
import { idSchema, slugSchema } from './taxonomy';

export const ORGANIZATION_NAME_MIN_LENGTH = 2;
export const ORGANIZATION_NAME_MAX_LENGTH = 120;
export const ORGANIZATION_DESCRIPTION_MAX_LENGTH = 2000;
export const REVIEW_REASON_MAX_LENGTH = 1000;
/** How long an e-mailed invitation link works. */
export const INVITATION_TTL_DAYS = 7;

/** Names as the association writes them; unique per municipality regardless of case. */
export const organizationNameSchema = z
  .string()
  .trim()
  .min(ORGANIZATION_NAME_MIN_LENGTH)
  .max(ORGANIZATION_NAME_MAX_LENGTH)
  .regex(/^[^\p{Cc}<>]*$/u, 'name');

/** An empty string from a cleared form field means "none". */
const blankAsNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

export const organizationDescriptionSchema = z.preprocess(
  blankAsNull,
  z.string().trim().max(ORGANIZATION_DESCRIPTION_MAX_LENGTH).nullish(),
);

export const organizationContactEmailSchema = z.preprocess(blankAsNull, emailSchema.nullish());

export const organizationKindSchema = z.enum(OrganizationKind);
export const membershipRoleSchema = z.enum(MembershipRole);

export const createOrganizationSchema = z.object({
  municipalitySlug: slugSchema,
  name: organizationNameSchema,
  kind: organizationKindSchema,
  homePlaceId: idSchema.nullish(),
  contactEmail: organizationContactEmailSchema,
  description: organizationDescriptionSchema,
});
export type CreateOrganizationInput = z.infer<typeof createOrganizationSchema>;

/** Fields left out stay as they are; null clears an optional field. */
export const updateOrganizationSchema = z.object({
  name: organizationNameSchema.optional(),
  kind: organizationKindSchema.optional(),
  homePlaceId: idSchema.nullish(),
  contactEmail: organizationContactEmailSchema,
  description: organizationDescriptionSchema,
});
export type UpdateOrganizationInput = z.infer<typeof updateOrganizationSchema>;

/** A reason is required when rejecting, so the applicants learn why. */
export const reviewOrganizationSchema = z
  .object({
    decision: z.enum(OrganizationReviewDecision),
    reason: z.preprocess(blankAsNull, z.string().trim().max(REVIEW_REASON_MAX_LENGTH).nullish()),
  })
  .superRefine((value, ctx) => {
    if (value.decision === OrganizationReviewDecision.REJECT && !value.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'A reason is required when rejecting.' });
    }
  });
export type ReviewOrganizationInput = z.infer<typeof reviewOrganizationSchema>;

export const inviteMemberSchema = z.object({
  organizationId: idSchema,
  email: emailSchema,
  role: membershipRoleSchema,
});
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;
