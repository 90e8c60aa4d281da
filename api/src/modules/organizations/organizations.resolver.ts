import { MembershipRole, OrganizationKind, OrganizationReviewDecision, OrganizationStatus } from '@medskapa/shared';
import { Args, Context, ID, Int, Mutation, Parent, Query, registerEnumType, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Municipality } from '../municipalities/municipality.entity';
import { MunicipalitiesLoaders } from '../municipalities/municipalities.loaders';
import { Place } from '../places/place.entity';
import { PlacesLoaders } from '../places/places.loaders';
import { User } from '../users/user.entity';
import { UsersLoaders } from '../users/users.loaders';
import { UsersService } from '../users/users.service';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { Membership } from './membership.entity';
import { OrganizationInvitation } from './organization-invitation.entity';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';

registerEnumType(OrganizationReviewDecision, { name: 'OrganizationReviewDecision', description: "An officer's decision on an organization." });

const LEADERS_AND_OFFICERS = 'Visible to leaders of the organization and officers of its municipality; null for others.';
const MEMBERS_AND_OFFICERS = 'Visible to members of the organization and officers of its municipality.';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Query(() => [Organization], {
    description:
      "A municipality's organizations by name. Without `status`, the APPROVED ones; PENDING and REJECTED only for officers of the municipality.",
  })
  organizations(
    @Context() ctx: GraphQLContext,
    @Args('municipalitySlug') municipalitySlug: string,
    @Args('status', { type: () => OrganizationStatus, nullable: true }) status?: OrganizationStatus,
    @Args('kind', { type: () => OrganizationKind, nullable: true }) kind?: OrganizationKind,
  ): Promise<Organization[]> {
    return this.service.list(ctx.viewer, municipalitySlug, { status, kind });
  }

  @Query(() => Organization, {
    nullable: true,
    description: 'NOT_FOUND when there is none, or when it is not approved and you are neither a member nor an officer.',
  })
  organization(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Organization> {
    return this.service.byId(ctx.viewer, id, ctx.loaders);
  }

  @Query(() => [OrganizationInvitation], { description: 'Invitations of an organization, newest first. Leaders and officers.' })
  organizationInvitations(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Context() ctx: GraphQLContext,
  ): Promise<OrganizationInvitation[]> {
    return this.service.invitationsOf(ctx.viewer, organizationId);
  }

  @Mutation(() => Organization, {
    description: 'Registers an organization; you become its leader. PENDING until an officer approves it (APPROVED at once when you are an officer there).',
  })
  createOrganization(@Args('input') input: CreateOrganizationInput, @Context() ctx: GraphQLContext): Promise<Organization> {
    return this.service.create(ctx.viewer, input);
  }

  @Mutation(() => Organization, { description: 'Approves or rejects an organization (a reason is required to reject). OFFICER of its municipality.' })
  reviewOrganization(
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => OrganizationReviewDecision }) decision: OrganizationReviewDecision,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null | undefined,
    @Context() ctx: GraphQLContext,
  ): Promise<Organization> {
    return this.service.review(ctx.viewer, id, decision, reason);
  }

  @Mutation(() => Organization, { description: 'Leaders of the organization and officers of its municipality.' })
  updateOrganization(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrganizationInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Organization> {
    return this.service.update(ctx.viewer, id, input);
  }

  @Mutation(() => OrganizationInvitation, {
    description: 'E-mails a link to join, valid for seven days. Leaders of an approved organization and officers of its municipality.',
  })
  inviteMember(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('email') email: string,
    @Args('role', { type: () => MembershipRole, defaultValue: MembershipRole.MEMBER }) role: MembershipRole,
    @Context() ctx: GraphQLContext,
  ): Promise<OrganizationInvitation> {
    return this.service.invite(ctx.viewer, organizationId, email, role);
  }

  @Mutation(() => Membership, { description: 'Joins with the token from an invitation e-mail; each invitation works once.' })
  acceptInvitation(@Args('token') token: string, @Context() ctx: GraphQLContext): Promise<Membership> {
    return this.service.accept(ctx.viewer, token);
  }

  @Mutation(() => OrganizationInvitation, { description: 'Withdraws an open invitation. Leaders and officers.' })
  revokeInvitation(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<OrganizationInvitation> {
    return this.service.revokeInvitation(ctx.viewer, id);
  }

  @Mutation(() => Boolean, {
    description: 'Removes a member (leaders and officers) or leaves (your own userId). The last leader cannot be removed or leave.',
  })
  removeMember(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    return this.service.removeMember(ctx.viewer, organizationId, userId);
  }

  @Mutation(() => Membership, { description: 'Makes a member a LEADER or MEMBER; the last leader cannot be demoted. Leaders and officers.' })
  setMemberRole(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => MembershipRole }) role: MembershipRole,
    @Context() ctx: GraphQLContext,
  ): Promise<Membership> {
    return this.service.setMemberRole(ctx.viewer, organizationId, userId, role);
  }

  @ResolveField(() => Municipality)
  async municipality(@Parent() organization: Organization, @Context() ctx: GraphQLContext): Promise<Municipality> {
    return (await ctx.loaders.get(MunicipalitiesLoaders).municipalityById.load(organization.municipalityId)) as Municipality;
  }

  @ResolveField(() => Place, { nullable: true })
  async homePlace(@Parent() organization: Organization, @Context() ctx: GraphQLContext): Promise<Place | null> {
    return organization.homePlaceId ? ctx.loaders.get(PlacesLoaders).placeById.load(organization.homePlaceId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: LEADERS_AND_OFFICERS })
  contactEmail(@Parent() organization: Organization, @Context() ctx: GraphQLContext): Promise<string | null> {
    return this.service.contactEmailOf(ctx.viewer, organization, ctx.loaders);
  }

  @ResolveField(() => String, { nullable: true, description: `Why the officer decided as they did. ${MEMBERS_AND_OFFICERS}` })
  reviewReason(@Parent() organization: Organization, @Context() ctx: GraphQLContext): Promise<string | null> {
    return this.service.reviewReasonOf(ctx.viewer, organization, ctx.loaders);
  }

  @ResolveField(() => [Membership], { description: `Leaders first. ${MEMBERS_AND_OFFICERS} Empty for others.` })
  members(@Parent() organization: Organization, @Context() ctx: GraphQLContext): Promise<Membership[]> {
    return this.service.membersOf(ctx.viewer, organization, ctx.loaders);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() organization: Organization, @Context() ctx: GraphQLContext): Promise<number> {
    return this.service.memberCountOf(organization, ctx.loaders);
  }

  @ResolveField(() => Membership, { nullable: true, description: 'Your membership, if you are a member.' })
  viewerMembership(@Parent() organization: Organization, @Context() ctx: GraphQLContext): Promise<Membership | null> {
    return this.service.viewerMembership(ctx.viewer, organization, ctx.loaders);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  constructor(private readonly service: OrganizationsService) {}

  @ResolveField(() => Organization)
  organization(@Parent() membership: Membership, @Context() ctx: GraphQLContext): Promise<Organization> {
    return this.service.organizationOf(membership.organizationId, ctx.loaders);
  }

  @ResolveField(() => User)
  async user(@Parent() membership: Membership, @Context() ctx: GraphQLContext): Promise<User> {
    return (await ctx.loaders.get(UsersLoaders).userById.load(membership.userId)) as User;
  }
}

@Resolver(() => OrganizationInvitation)
export class OrganizationInvitationResolver {
  constructor(private readonly service: OrganizationsService) {}

  @ResolveField(() => Organization)
  organization(@Parent() invitation: OrganizationInvitation, @Context() ctx: GraphQLContext): Promise<Organization> {
    return this.service.organizationOf(invitation.organizationId, ctx.loaders);
  }
}

@Resolver(() => User)
export class UserOrganizationsResolver {
  constructor(
    private readonly service: OrganizationsService,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => [Membership], { description: 'The organizations the person belongs to. Visible to the person themself and to admins; empty for others.' })
  async organizations(@Parent() user: User, @Context() ctx: GraphQLContext): Promise<Membership[]> {
    return this.users.canSeePrivate(ctx.viewer, user) ? this.service.membershipsOfUser(user.id, ctx.loaders) : [];
  }
}
