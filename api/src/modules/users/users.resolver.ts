import { Role } from '@medskapa/shared';
import { Args, Context, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Connection } from '../../graphql/connection';
import { Municipality } from '../municipalities/municipality.entity';
import { MunicipalitiesLoaders } from '../municipalities/municipalities.loaders';
import { Place } from '../places/place.entity';
import { PlacesLoaders } from '../places/places.loaders';
import { IdentityVerification } from './dto/identity-verification';
import { UpdateProfileInput } from './dto/update-profile.input';
import { RoleAssignment } from './role-assignment.entity';
import { User } from './user.entity';
import { UsersService } from './users.service';

@ObjectType()
export class UserConnection extends Connection(User) {}

const PRIVATE = 'Visible to the person themself and to admins of their municipality; null for others.';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => User, { nullable: true, description: 'The signed-in person, or null.' })
  me(@Context() ctx: GraphQLContext): Promise<User | null> {
    return this.service.me(ctx.viewer);
  }

  @Mutation(() => User)
  updateProfile(@Args('input') input: UpdateProfileInput, @Context() ctx: GraphQLContext): Promise<User> {
    return this.service.updateProfile(ctx.viewer, input);
  }

  @Query(() => String, { description: 'Everything the platform holds about you, as JSON.' })
  exportMyData(@Context() ctx: GraphQLContext): Promise<string> {
    return this.service.exportMyData(ctx.viewer);
  }

  @Mutation(() => Boolean, { description: 'Removes your personal data and signs you out; contributions stay under "removed user".' })
  async deleteMyAccount(@Context() ctx: GraphQLContext): Promise<boolean> {
    const deleted = await this.service.deleteMyAccount(ctx.viewer);
    ctx.res.clearCookie('medskapa_session', { path: '/' });
    return deleted;
  }

  @Query(() => UserConnection, { description: 'People of a municipality, newest first. ADMIN only.' })
  users(
    @Context() ctx: GraphQLContext,
    @Args('municipalitySlug') municipalitySlug: string,
    @Args('search', { nullable: true }) search?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.service.listForAdmin(ctx.viewer, municipalitySlug, { search, first, after });
  }

  @Mutation(() => User, { description: 'Grants MODERATOR, OFFICER or ADMIN in a municipality. ADMIN of it only.' })
  grantRole(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('municipalitySlug') municipalitySlug: string,
    @Args('role', { type: () => Role }) role: Role,
    @Context() ctx: GraphQLContext,
  ): Promise<User> {
    return this.service.grantRole(ctx.viewer, userId, municipalitySlug, role);
  }

  @Mutation(() => User, { description: 'Revokes a role; the last admin of a municipality cannot be removed. ADMIN only.' })
  revokeRole(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('municipalitySlug') municipalitySlug: string,
    @Args('role', { type: () => Role }) role: Role,
    @Context() ctx: GraphQLContext,
  ): Promise<User> {
    return this.service.revokeRole(ctx.viewer, userId, municipalitySlug, role);
  }

  @ResolveField(() => String, { nullable: true, description: PRIVATE })
  email(@Parent() user: User, @Context() ctx: GraphQLContext): string | null {
    return this.service.canSeePrivate(ctx.viewer, user) ? user.email : null;
  }

  @ResolveField(() => Boolean, { nullable: true, description: PRIVATE })
  emailVerified(@Parent() user: User, @Context() ctx: GraphQLContext): boolean | null {
    return this.service.canSeePrivate(ctx.viewer, user) ? user.emailVerifiedAt !== null : null;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Only the person themself sees it; used for statistics only.' })
  birthYear(@Parent() user: User, @Context() ctx: GraphQLContext): number | null {
    return ctx.viewer?.userId === user.id ? user.birthYear : null;
  }

  @ResolveField(() => IdentityVerification, { nullable: true, description: PRIVATE })
  verification(@Parent() user: User, @Context() ctx: GraphQLContext): IdentityVerification | null {
    if (!this.service.canSeePrivate(ctx.viewer, user) || !user.assuranceLevel || !user.identityVerifiedAt) return null;
    return { assuranceLevel: user.assuranceLevel, verifiedAt: user.identityVerifiedAt };
  }

  @ResolveField(() => Boolean, { description: 'True for an account its owner deleted (shown as "removed user").' })
  removed(@Parent() user: User): boolean {
    return user.deletedAt !== null;
  }

  @ResolveField(() => [Role], { description: "RESIDENT and the roles granted in the person's own municipality." })
  roles(@Parent() user: User, @Context() ctx: GraphQLContext): Promise<Role[]> {
    return this.service.rolesOf(user, ctx.loaders);
  }

  @ResolveField(() => [RoleAssignment], { description: 'Roles in every municipality. ' + PRIVATE })
  async roleAssignments(@Parent() user: User, @Context() ctx: GraphQLContext): Promise<RoleAssignment[]> {
    return this.service.canSeePrivate(ctx.viewer, user) ? this.service.roleAssignmentsOf(user, ctx.loaders) : [];
  }

  @ResolveField(() => Place, { nullable: true, description: PRIVATE })
  async homePlace(@Parent() user: User, @Context() ctx: GraphQLContext): Promise<Place | null> {
    if (!user.homePlaceId || !this.service.canSeePrivate(ctx.viewer, user)) return null;
    return ctx.loaders.get(PlacesLoaders).placeById.load(user.homePlaceId);
  }

  @ResolveField(() => Municipality, { nullable: true })
  async municipality(@Parent() user: User, @Context() ctx: GraphQLContext): Promise<Municipality | null> {
    return user.municipalityId ? ctx.loaders.get(MunicipalitiesLoaders).municipalityById.load(user.municipalityId) : null;
  }
}

@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @ResolveField(() => Municipality)
  async municipality(@Parent() assignment: RoleAssignment, @Context() ctx: GraphQLContext): Promise<Municipality> {
    return (await ctx.loaders.get(MunicipalitiesLoaders).municipalityById.load(assignment.municipalityId)) as Municipality;
  }
}
