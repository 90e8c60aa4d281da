import {
  createOrganizationSchema,
  ErrorCode,
  idSchema,
  INVITATION_TTL_DAYS,
  inviteMemberSchema,
  MembershipRole,
  type OrganizationKind,
  OrganizationReviewDecision,
  OrganizationStatus,
  reviewOrganizationSchema,
  Role,
  tokenSchema,
  updateOrganizationSchema,
} from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull, type Repository } from 'typeorm';
import type { z } from 'zod';
import { DomainError, parseArgument } from '../../common/domain-error';
import { hasRole, requireRole, requireViewer, type Viewer } from '../../common/viewer';
import type { RequestLoaders } from '../../graphql/loader-registry';
import { AuditService } from '../audit/audit.service';
import { hashToken, newToken } from '../auth/tokens';
import { MailService } from '../mail/mail.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { Place } from '../places/place.entity';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
import { User } from '../users/user.entity';
import type { CreateOrganizationInput } from './dto/create-organization.input';
import type { UpdateOrganizationInput } from './dto/update-organization.input';
import { Membership } from './membership.entity';
import { OrganizationInvitation } from './organization-invitation.entity';
import { Organization } from './organization.entity';
import { OrganizationsLoaders } from './organizations.loaders';

const INVITATION_TTL_MS = INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000;

/** Validates top-level arguments together (e.g. decision and reason), naming each argument as the path. */
function parseArguments<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw DomainError.badInput(result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })));
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

const NAME_TAKEN = 'An organization with this name already exists in the municipality.';

/**
 * Organizations and their members. Who may do what:
 * - anyone signed in creates one (PENDING, they become its LEADER; APPROVED at once when they are an officer there);
 * - officers of the municipality review, edit and manage every organization of it;
 * - leaders edit their organization and manage its members; they invite only once it is APPROVED;
 * - members see the members and may leave; the last leader can neither leave nor be removed.
 */
@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    @InjectRepository(OrganizationInvitation) private readonly invitations: Repository<OrganizationInvitation>,
    @InjectRepository(Place) private readonly places: Repository<Place>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly rateLimits: RateLimitsService,
  ) {}

  // ---------------------------------------------------------------- helpers for other modules

  /**
   * The organization, when the viewer may act for it: a LEADER of it once it is APPROVED, or an
   * OFFICER of its municipality. UNAUTHENTICATED, NOT_FOUND or FORBIDDEN otherwise.
   * For polls, workshops and everything else an organization runs.
   */
  async requireLeader(viewer: Viewer | null, organizationId: string): Promise<Organization> {
    const signedIn = requireViewer(viewer);
    const organization = await this.find(organizationId, 'organizationId');
    await this.authorizeLeader(signedIn, organization, { approvedOnly: true });
    return organization;
  }

  /** True when the viewer is a member (any role) of the organization. */
  async isMember(viewer: Viewer | null, organizationId: string): Promise<boolean> {
    if (!viewer || !idSchema.safeParse(organizationId).success) return false;
    return this.memberships.existsBy({ organizationId, userId: viewer.userId });
  }

  // ---------------------------------------------------------------- queries

  /**
   * The organizations of a municipality by name. Everyone sees the APPROVED ones (the default);
   * officers of the municipality may ask for PENDING or REJECTED.
   */
  async list(
    viewer: Viewer | null,
    municipalitySlug: string,
    filter: { status?: OrganizationStatus | null; kind?: OrganizationKind | null },
  ): Promise<Organization[]> {
    const municipality = await this.municipalities.bySlug(municipalitySlug, 'municipalitySlug');
    const status = filter.status ?? OrganizationStatus.APPROVED;
    if (status !== OrganizationStatus.APPROVED) requireRole(viewer, municipality.id, Role.OFFICER);
    return this.organizations.find({
      where: { municipalityId: municipality.id, status, ...(filter.kind ? { kind: filter.kind } : {}) },
      order: { name: 'ASC' },
    });
  }

  /** NOT_FOUND also for an organization that is not approved and the viewer is neither member nor officer of. */
  async byId(viewer: Viewer | null, id: string, loaders: RequestLoaders): Promise<Organization> {
    const organizationId = parseArgument(idSchema, id, 'id');
    const organization = await loaders.get(OrganizationsLoaders).organizationById.load(organizationId);
    if (!organization || !(await this.canSeeInside(viewer, organization, loaders, { orApproved: true }))) {
      throw DomainError.notFound('organization', organizationId);
    }
    return organization;
  }

  async invitationsOf(viewer: Viewer | null, organizationId: string): Promise<OrganizationInvitation[]> {
    const signedIn = requireViewer(viewer);
    const organization = await this.find(organizationId, 'organizationId');
    await this.authorizeLeader(signedIn, organization, { approvedOnly: false });
    return this.invitations.find({ where: { organizationId: organization.id }, order: { createdAt: 'DESC' } });
  }

  // ---------------------------------------------------------------- fields

  /** Leaders of the organization and officers of its municipality. */
  async contactEmailOf(viewer: Viewer | null, organization: Organization, loaders: RequestLoaders): Promise<string | null> {
    if (!organization.contactEmail || !viewer) return null;
    if (hasRole(viewer, organization.municipalityId, Role.OFFICER)) return organization.contactEmail;
    const membership = await this.viewerMembership(viewer, organization, loaders);
    return membership?.role === MembershipRole.LEADER ? organization.contactEmail : null;
  }

  /** Members and officers see who the members are; others get an empty list. */
  async membersOf(viewer: Viewer | null, organization: Organization, loaders: RequestLoaders): Promise<Membership[]> {
    if (!(await this.canSeeInside(viewer, organization, loaders))) return [];
    return loaders.get(OrganizationsLoaders).membershipsByOrganization.load(organization.id);
  }

  async reviewReasonOf(viewer: Viewer | null, organization: Organization, loaders: RequestLoaders): Promise<string | null> {
    if (!organization.reviewReason || !(await this.canSeeInside(viewer, organization, loaders))) return null;
    return organization.reviewReason;
  }

  memberCountOf(organization: Organization, loaders: RequestLoaders): Promise<number> {
    return loaders.get(OrganizationsLoaders).memberCountByOrganization.load(organization.id);
  }

  async viewerMembership(viewer: Viewer | null, organization: Organization, loaders: RequestLoaders): Promise<Membership | null> {
    if (!viewer) return null;
    const mine = await loaders.get(OrganizationsLoaders).membershipsByUser.load(viewer.userId);
    return mine.find((membership) => membership.organizationId === organization.id) ?? null;
  }

  membershipsOfUser(userId: string, loaders: RequestLoaders): Promise<Membership[]> {
    return loaders.get(OrganizationsLoaders).membershipsByUser.load(userId);
  }

  async organizationOf(id: string, loaders: RequestLoaders): Promise<Organization> {
    return (await loaders.get(OrganizationsLoaders).organizationById.load(id)) as Organization;
  }

  // ---------------------------------------------------------------- mutations

  async create(viewer: Viewer | null, raw: CreateOrganizationInput): Promise<Organization> {
    const signedIn = requireViewer(viewer);
    const input = parseArgument(createOrganizationSchema, raw, 'input');
    const municipality = await this.municipalities.bySlug(input.municipalitySlug, 'input.municipalitySlug');
    const homePlaceId = await this.checkedHomePlace(input.homePlaceId ?? null, municipality.id, 'input.homePlaceId');
    const approvedAtOnce = hasRole(signedIn, municipality.id, Role.OFFICER);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const repository = manager.getRepository(Organization);
        const organization = await repository.save(
          repository.create({
            municipalityId: municipality.id,
            name: input.name,
            kind: input.kind,
            homePlaceId,
            contactEmail: input.contactEmail ?? null,
            description: input.description ?? null,
            status: approvedAtOnce ? OrganizationStatus.APPROVED : OrganizationStatus.PENDING,
            createdById: signedIn.userId,
            reviewedById: approvedAtOnce ? signedIn.userId : null,
            reviewedAt: approvedAtOnce ? new Date() : null,
          }),
        );
        await manager.getRepository(Membership).insert({ organizationId: organization.id, userId: signedIn.userId, role: MembershipRole.LEADER });
        if (approvedAtOnce) {
          await this.audit.record(
            signedIn,
            { action: 'ORGANIZATION_APPROVED', municipalityId: municipality.id, targetType: 'Organization', targetId: organization.id, details: { name: organization.name, onCreation: true } },
            manager,
          );
        }
        return organization;
      });
    } catch (error) {
      throw this.translateConflict(error, 'input.name');
    }
  }

  /** OFFICER of the organization's municipality; a reason is required for REJECT. */
  async review(viewer: Viewer | null, id: string, decision: OrganizationReviewDecision, reason?: string | null): Promise<Organization> {
    const signedIn = requireViewer(viewer);
    const args = parseArguments(reviewOrganizationSchema, { decision, reason });
    const organization = await this.find(id, 'id');
    requireRole(signedIn, organization.municipalityId, Role.OFFICER);
    const status = args.decision === OrganizationReviewDecision.APPROVE ? OrganizationStatus.APPROVED : OrganizationStatus.REJECTED;
    if (organization.status === status) {
      throw new DomainError(ErrorCode.CONFLICT, `The organization is already ${status.toLowerCase()}.`);
    }
    await this.dataSource.transaction(async (manager) => {
      // Only from the status we read, so two officers deciding at once cannot both win.
      const result = await manager
        .createQueryBuilder()
        .update(Organization)
        .set({ status, reviewedById: signedIn.userId, reviewedAt: () => 'now()', reviewReason: args.reason ?? null })
        .where('id = :id AND status = :previous', { id: organization.id, previous: organization.status })
        .execute();
      if (!result.affected) throw new DomainError(ErrorCode.CONFLICT, 'Someone else reviewed the organization at the same time.');
      await this.audit.record(
        signedIn,
        {
          action: status === OrganizationStatus.APPROVED ? 'ORGANIZATION_APPROVED' : 'ORGANIZATION_REJECTED',
          municipalityId: organization.municipalityId,
          targetType: 'Organization',
          targetId: organization.id,
          details: { name: organization.name, previousStatus: organization.status, reason: args.reason ?? null },
        },
        manager,
      );
    });
    return this.organizations.findOneByOrFail({ id: organization.id });
  }

  /** LEADER of the organization (whatever its status) or OFFICER of its municipality. */
  async update(viewer: Viewer | null, id: string, raw: UpdateOrganizationInput): Promise<Organization> {
    const signedIn = requireViewer(viewer);
    const input = parseArgument(updateOrganizationSchema, raw, 'input');
    const organization = await this.find(id, 'id');
    await this.authorizeLeader(signedIn, organization, { approvedOnly: false });
    const changes: Partial<Organization> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.kind !== undefined) changes.kind = input.kind;
    if (input.homePlaceId !== undefined) {
      changes.homePlaceId = await this.checkedHomePlace(input.homePlaceId, organization.municipalityId, 'input.homePlaceId');
    }
    if (input.contactEmail !== undefined) changes.contactEmail = input.contactEmail;
    if (input.description !== undefined) changes.description = input.description;
    if (Object.keys(changes).length === 0) return organization;
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.getRepository(Organization).update({ id: organization.id }, changes);
        await this.audit.record(
          signedIn,
          { action: 'ORGANIZATION_UPDATED', municipalityId: organization.municipalityId, targetType: 'Organization', targetId: organization.id, details: { fields: Object.keys(changes) } },
          manager,
        );
      });
    } catch (error) {
      throw this.translateConflict(error, 'input.name');
    }
    return this.organizations.findOneByOrFail({ id: organization.id });
  }

  /**
   * LEADER of an APPROVED organization, or OFFICER of its municipality. E-mails a single-use link
   * valid for seven days, in the invitee's language when they have an account, else the inviter's.
   * A new invitation to the same address replaces the open one.
   */
  async invite(viewer: Viewer | null, organizationId: string, email: string, role: MembershipRole | null | undefined): Promise<OrganizationInvitation> {
    const signedIn = requireViewer(viewer);
    const args = parseArguments(inviteMemberSchema, { organizationId, email, role: role ?? MembershipRole.MEMBER });
    const organization = await this.find(args.organizationId, 'organizationId');
    await this.authorizeLeader(signedIn, organization, { approvedOnly: true });
    const invitee = await this.users.findOneBy({ email: args.email, deletedAt: IsNull() });
    if (invitee && (await this.memberships.existsBy({ organizationId: organization.id, userId: invitee.id }))) {
      throw new DomainError(ErrorCode.CONFLICT, 'This person is already a member.', { fields: [{ path: 'email', message: 'Already a member.' }] });
    }
    await this.rateLimits.hit('invitationsPerUser', signedIn.userId);
    const token = newToken();
    const invitation = await this.dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .update(OrganizationInvitation)
        .set({ revokedAt: () => 'now()' })
        .where('organization_id = :organizationId AND email = :email AND accepted_at IS NULL AND revoked_at IS NULL', {
          organizationId: organization.id,
          email: args.email,
        })
        .execute();
      const repository = manager.getRepository(OrganizationInvitation);
      const saved = await repository.save(
        repository.create({
          organizationId: organization.id,
          email: args.email,
          role: args.role,
          tokenHash: hashToken(token),
          invitedById: signedIn.userId,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        }),
      );
      await this.audit.record(
        signedIn,
        { action: 'MEMBER_INVITED', municipalityId: organization.municipalityId, targetType: 'Organization', targetId: organization.id, details: { invitationId: saved.id, role: args.role } },
        manager,
      );
      return saved;
    });
    await this.mail.send({
      to: args.email,
      locale: invitee?.locale ?? signedIn.locale,
      template: 'invitation',
      vars: { organization: organization.name, inviter: signedIn.displayName, link: this.mail.link('/invitations/accept', { token }) },
      municipalityId: organization.municipalityId,
    });
    return invitation;
  }

  /**
   * Anyone signed in who holds the link joins, once: the invitation is marked accepted by them in
   * the same statement that checks it is open. Already a member: nothing new, except that an
   * invitation as LEADER promotes a MEMBER.
   */
  async accept(viewer: Viewer | null, token: string): Promise<Membership> {
    const signedIn = requireViewer(viewer);
    parseArgument(tokenSchema, token, 'token');
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(OrganizationInvitation)
        .set({ acceptedAt: () => 'now()', acceptedById: signedIn.userId })
        .where('token_hash = :hash AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()', { hash: hashToken(token) })
        .returning(['organizationId', 'role'])
        .execute();
      const row = (result.raw as Array<{ organization_id: string; role: MembershipRole }>)[0];
      if (!row) throw DomainError.badInput([{ path: 'token', message: 'This invitation has expired, was withdrawn or has already been used.' }]);
      const repository = manager.getRepository(Membership);
      await manager
        .createQueryBuilder()
        .insert()
        .into(Membership)
        .values({ organizationId: row.organization_id, userId: signedIn.userId, role: row.role })
        .orIgnore()
        .execute();
      const membership = await repository.findOneByOrFail({ organizationId: row.organization_id, userId: signedIn.userId });
      if (row.role === MembershipRole.LEADER && membership.role !== MembershipRole.LEADER) {
        await repository.update({ id: membership.id }, { role: MembershipRole.LEADER });
        membership.role = MembershipRole.LEADER;
      }
      return membership;
    });
  }

  /** LEADER or OFFICER; only an open invitation can be withdrawn (CONFLICT otherwise). */
  async revokeInvitation(viewer: Viewer | null, id: string): Promise<OrganizationInvitation> {
    const signedIn = requireViewer(viewer);
    const invitationId = parseArgument(idSchema, id, 'id');
    const invitation = await this.invitations.findOneBy({ id: invitationId });
    if (!invitation) throw DomainError.notFound('invitation', invitationId);
    const organization = await this.organizations.findOneByOrFail({ id: invitation.organizationId });
    await this.authorizeLeader(signedIn, organization, { approvedOnly: false });
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(OrganizationInvitation)
        .set({ revokedAt: () => 'now()' })
        .where('id = :id AND accepted_at IS NULL AND revoked_at IS NULL', { id: invitation.id })
        .execute();
      if (!result.affected) throw new DomainError(ErrorCode.CONFLICT, 'The invitation has already been accepted or withdrawn.');
      await this.audit.record(
        signedIn,
        { action: 'INVITATION_REVOKED', municipalityId: organization.municipalityId, targetType: 'Organization', targetId: organization.id, details: { invitationId: invitation.id } },
        manager,
      );
    });
    return this.invitations.findOneByOrFail({ id: invitation.id });
  }

  /** A member leaves; a LEADER or OFFICER removes anyone. The last leader stays (CONFLICT). */
  async removeMember(viewer: Viewer | null, organizationId: string, userId: string): Promise<boolean> {
    const signedIn = requireViewer(viewer);
    const memberId = parseArgument(idSchema, userId, 'userId');
    const organization = await this.find(organizationId, 'organizationId');
    const leaving = memberId === signedIn.userId;
    if (!leaving) await this.authorizeLeader(signedIn, organization, { approvedOnly: false });
    await this.dataSource.transaction(async (manager) => {
      const membership = await this.lockedMembership(manager, organization.id, memberId);
      if (membership.role === MembershipRole.LEADER) await this.assertAnotherLeader(manager, organization.id, leaving ? 'leave' : 'remove');
      await manager.getRepository(Membership).delete({ id: membership.id });
      if (!leaving) {
        await this.audit.record(
          signedIn,
          { action: 'MEMBER_REMOVED', municipalityId: organization.municipalityId, targetType: 'Organization', targetId: organization.id, details: { userId: memberId, role: membership.role } },
          manager,
        );
      }
    });
    return true;
  }

  /** LEADER or OFFICER; the last leader cannot be made a MEMBER (CONFLICT). */
  async setMemberRole(viewer: Viewer | null, organizationId: string, userId: string, role: MembershipRole): Promise<Membership> {
    const signedIn = requireViewer(viewer);
    const memberId = parseArgument(idSchema, userId, 'userId');
    const organization = await this.find(organizationId, 'organizationId');
    await this.authorizeLeader(signedIn, organization, { approvedOnly: false });
    return this.dataSource.transaction(async (manager) => {
      const membership = await this.lockedMembership(manager, organization.id, memberId);
      if (membership.role === role) return membership;
      if (membership.role === MembershipRole.LEADER) await this.assertAnotherLeader(manager, organization.id, 'demote');
      await manager.getRepository(Membership).update({ id: membership.id }, { role });
      await this.audit.record(
        signedIn,
        {
          action: 'MEMBER_ROLE_CHANGED',
          municipalityId: organization.municipalityId,
          targetType: 'Organization',
          targetId: organization.id,
          details: { userId: memberId, from: membership.role, to: role },
        },
        manager,
      );
      return { ...membership, role };
    });
  }

  // ---------------------------------------------------------------- internals

  private async find(id: string, argumentName: string): Promise<Organization> {
    const organizationId = parseArgument(idSchema, id, argumentName);
    const organization = await this.organizations.findOneBy({ id: organizationId });
    if (!organization) throw DomainError.notFound('organization', organizationId);
    return organization;
  }

  /** OFFICER of the municipality, or LEADER (of an APPROVED organization when `approvedOnly`). FORBIDDEN otherwise. */
  private async authorizeLeader(viewer: Viewer, organization: Organization, options: { approvedOnly: boolean }): Promise<void> {
    if (hasRole(viewer, organization.municipalityId, Role.OFFICER)) return;
    const membership = await this.memberships.findOneBy({ organizationId: organization.id, userId: viewer.userId });
    if (membership?.role !== MembershipRole.LEADER) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only leaders of the organization and officers of the municipality can do this.', {
        requiredRole: Role.OFFICER,
      });
    }
    if (options.approvedOnly && organization.status !== OrganizationStatus.APPROVED) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'The municipality has not approved the organization yet.', { organizationStatus: organization.status });
    }
  }

  /** Members and officers see inside an organization; with `orApproved`, everyone sees an approved one. */
  private async canSeeInside(
    viewer: Viewer | null,
    organization: Organization,
    loaders: RequestLoaders,
    options: { orApproved?: boolean } = {},
  ): Promise<boolean> {
    if (options.orApproved && organization.status === OrganizationStatus.APPROVED) return true;
    if (!viewer) return false;
    if (hasRole(viewer, organization.municipalityId, Role.OFFICER)) return true;
    return (await this.viewerMembership(viewer, organization, loaders)) !== null;
  }

  private async checkedHomePlace(placeId: string | null, municipalityId: string, path: string): Promise<string | null> {
    if (!placeId) return null;
    const place = await this.places.findOneBy({ id: placeId });
    if (!place || place.municipalityId !== municipalityId) {
      throw DomainError.badInput([{ path, message: 'Not a place of this municipality.' }]);
    }
    return place.id;
  }

  /** The membership, with the organization's row locked so leader counts cannot race. */
  private async lockedMembership(manager: EntityManager, organizationId: string, userId: string): Promise<Membership> {
    await manager.query(`SELECT 1 FROM organization WHERE id = $1 FOR UPDATE`, [organizationId]);
    const membership = await manager.getRepository(Membership).findOneBy({ organizationId, userId });
    if (!membership) throw DomainError.notFound('membership', userId);
    return membership;
  }

  private async assertAnotherLeader(manager: EntityManager, organizationId: string, what: 'leave' | 'remove' | 'demote'): Promise<void> {
    const leaders = await manager.getRepository(Membership).countBy({ organizationId, role: MembershipRole.LEADER });
    if (leaders <= 1) {
      const verb = { leave: 'leave', remove: 'be removed', demote: 'be made a member' }[what];
      throw new DomainError(ErrorCode.CONFLICT, `The last leader cannot ${verb}; appoint another leader first.`, { reason: 'LAST_LEADER' });
    }
  }

  private translateConflict(error: unknown, path: string): unknown {
    if (isUniqueViolation(error, 'uq_organization_municipality_id_name')) {
      return new DomainError(ErrorCode.CONFLICT, NAME_TAKEN, { fields: [{ path, message: NAME_TAKEN }] });
    }
    return error;
  }
}
