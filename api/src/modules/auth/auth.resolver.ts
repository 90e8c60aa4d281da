import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/context';
import { requireViewer } from '../../common/viewer';
import { User } from '../users/user.entity';
import { AuthService, type SignedIn } from './auth.service';
import { AuthPayload } from './dto/auth-payload';
import { RegisterInput } from './dto/register.input';
import { Session } from './session.entity';
import { SessionsService } from './sessions.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  /** Sets the cookie, and makes the rest of this request see the new session (for the payload's private fields). */
  private async signIn(ctx: GraphQLContext, signedIn: SignedIn): Promise<AuthPayload> {
    this.sessions.setCookie(ctx.res, signedIn.token, signedIn.expiresAt);
    ctx.viewer = await this.sessions.viewerFor(signedIn.token);
    return { token: signedIn.token, user: signedIn.user };
  }

  @Mutation(() => AuthPayload, { description: 'Creates an account, signs in and sends an e-mail to verify the address.' })
  async register(@Args('input') input: RegisterInput, @Context() ctx: GraphQLContext): Promise<AuthPayload> {
    return this.signIn(ctx, await this.auth.register(input, ctx.clientAddress));
  }

  @Mutation(() => AuthPayload)
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() ctx: GraphQLContext,
  ): Promise<AuthPayload> {
    return this.signIn(ctx, await this.auth.login(email, password, ctx.clientAddress));
  }

  @Mutation(() => Boolean, { description: 'Ends this session everywhere (the token stops working).' })
  async logout(@Context() ctx: GraphQLContext): Promise<boolean> {
    this.sessions.clearCookie(ctx.res);
    return this.auth.logout(ctx.viewer);
  }

  @Query(() => [Session], { description: 'Your active sessions, most recently used first.' })
  mySessions(@Context() ctx: GraphQLContext): Promise<Session[]> {
    return this.sessions.listActive(requireViewer(ctx.viewer).userId);
  }

  @Mutation(() => Boolean, { description: 'Signs out one of your sessions, e.g. a lost phone.' })
  revokeSession(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.sessions.revoke(id, requireViewer(ctx.viewer).userId);
  }

  @Mutation(() => Boolean)
  requestEmailVerification(@Context() ctx: GraphQLContext): Promise<boolean> {
    return this.auth.requestEmailVerification(ctx.viewer);
  }

  @Mutation(() => User)
  verifyEmail(@Args('token') token: string): Promise<User> {
    return this.auth.verifyEmail(token);
  }

  @Mutation(() => Boolean, { description: 'Always true: the answer never tells whether the address has an account.' })
  requestPasswordReset(@Args('email') email: string, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.auth.requestPasswordReset(email, ctx.clientAddress);
  }

  @Mutation(() => Boolean, { description: 'Sets a new password from an e-mailed link and signs out every session.' })
  resetPassword(@Args('token') token: string, @Args('newPassword') newPassword: string): Promise<boolean> {
    return this.auth.resetPassword(token, newPassword);
  }

  @Mutation(() => Boolean, { description: 'Signs out your other sessions.' })
  changePassword(
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    return this.auth.changePassword(ctx.viewer, currentPassword, newPassword);
  }
}

@Resolver(() => Session)
export class SessionResolver {
  @ResolveField(() => Boolean, { description: 'True for the session this request is made with ("this device").' })
  current(@Parent() session: Session, @Context() ctx: GraphQLContext): boolean {
    return session.id === ctx.viewer?.sessionId;
  }
}
