import {
  ErrorCode,
  loginSchema,
  type Locale,
  passwordSchema,
  registerSchema,
  tokenSchema,
} from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type DataSource, IsNull, type Repository } from 'typeorm';
import { DomainError, parseArgument } from '../../common/domain-error';
import { requireViewer, type Viewer } from '../../common/viewer';
import { MailService } from '../mail/mail.service';
import { Municipality } from '../municipalities/municipality.entity';
import { Place } from '../places/place.entity';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
import { User } from '../users/user.entity';
import type { RegisterInput } from './dto/register.input';
import { assertAcceptablePassword, hashPassword, verifyAgainstNothing, verifyPassword } from './password-policy';
import { SessionsService } from './sessions.service';
import { hashToken, newToken } from './tokens';
import { UserToken, UserTokenKind } from './user-token.entity';

const EMAIL_VERIFICATION_TTL_MS = 24 * 60 * 60 * 1000;
const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: User;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string; driverError?: { code?: string } })?.driverError?.code === '23505';
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(UserToken) private readonly tokens: Repository<UserToken>,
    @InjectRepository(Place) private readonly places: Repository<Place>,
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly rateLimits: RateLimitsService,
    private readonly mail: MailService,
  ) {}

  async register(raw: RegisterInput, clientAddress: string): Promise<SignedIn> {
    await this.rateLimits.hit('registerPerClient', clientAddress);
    const input = parseArgument(registerSchema, raw, 'input');
    assertAcceptablePassword(input.password, input);
    const municipalityId = await this.municipalityFor(input.homePlaceId ?? null, input.municipalitySlug ?? null);
    const passwordHash = await hashPassword(input.password);
    try {
      const { user, token, expiresAt } = await this.dataSource.transaction(async (manager) => {
        const user = await manager.getRepository(User).save(
          manager.getRepository(User).create({
            email: input.email,
            passwordHash,
            displayName: input.displayName,
            locale: input.locale,
            birthYear: input.birthYear ?? null,
            homePlaceId: input.homePlaceId ?? null,
            municipalityId,
          }),
        );
        const { token, session } = await this.sessions.create(user.id, 'PASSWORD', manager);
        return { user, token, expiresAt: session.expiresAt };
      });
      await this.sendEmailVerification(user);
      return { user, token, expiresAt };
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(ErrorCode.CONFLICT, 'An account with this e-mail address already exists.', {
          fields: [{ path: 'input.email', message: 'An account with this e-mail address already exists.' }],
        });
      }
      throw error;
    }
  }

  /** The same answer for an unknown e-mail and a wrong password, after the same amount of work. */
  async login(email: string, password: string, clientAddress: string): Promise<SignedIn> {
    const input = parseArgument(loginSchema, { email, password }, 'input');
    await this.rateLimits.hit('loginPerClient', clientAddress);
    await this.rateLimits.hit('loginPerEmail', input.email);
    const user = await this.users.findOneBy({ email: input.email, deletedAt: IsNull() });
    const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstNothing(input.password);
    if (!user || !valid) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Wrong e-mail address or password.');
    const { token, session } = await this.sessions.create(user.id, 'PASSWORD');
    return { user, token, expiresAt: session.expiresAt };
  }

  async logout(viewer: Viewer | null): Promise<boolean> {
    if (viewer) await this.sessions.revoke(viewer.sessionId, viewer.userId);
    return true;
  }

  async requestEmailVerification(viewer: Viewer | null): Promise<boolean> {
    const signedIn = requireViewer(viewer);
    await this.rateLimits.hit('emailVerificationPerUser', signedIn.userId);
    const user = await this.users.findOneByOrFail({ id: signedIn.userId });
    if (user.email && !user.emailVerifiedAt) await this.sendEmailVerification(user);
    return true;
  }

  async verifyEmail(token: string): Promise<User> {
    const userToken = await this.consumeToken(token, UserTokenKind.EMAIL_VERIFICATION);
    await this.users.update({ id: userToken.userId }, { emailVerifiedAt: new Date() });
    return this.users.findOneByOrFail({ id: userToken.userId });
  }

  /** Always true, so the answer never tells whether an account exists. */
  async requestPasswordReset(email: string, clientAddress: string): Promise<boolean> {
    const address = parseArgument(loginSchema.shape.email, email, 'email');
    await this.rateLimits.hit('passwordResetPerClient', clientAddress);
    await this.rateLimits.hit('passwordResetPerEmail', address);
    const user = await this.users.findOneBy({ email: address, deletedAt: IsNull() });
    if (user?.email) {
      const token = await this.issueToken(user.id, UserTokenKind.PASSWORD_RESET, PASSWORD_RESET_TTL_MS);
      await this.mail.send({
        to: user.email,
        locale: user.locale,
        template: 'passwordReset',
        vars: { name: user.displayName, link: this.mail.link('/reset-password', { token }) },
        municipalityId: user.municipalityId,
      });
    }
    return true;
  }

  /** Sets the new password and signs out every session, since the old password may be known to someone. */
  async resetPassword(token: string, newPassword: string): Promise<boolean> {
    const password = parseArgument(passwordSchema, newPassword, 'newPassword');
    parseArgument(tokenSchema, token, 'token');
    const pending = await this.tokens.findOneBy({ tokenHash: hashToken(token), kind: UserTokenKind.PASSWORD_RESET });
    const user = pending ? await this.users.findOneBy({ id: pending.userId }) : null;
    if (user) assertAcceptablePassword(password, user);
    const passwordHash = await hashPassword(password);
    const userToken = await this.consumeToken(token, UserTokenKind.PASSWORD_RESET);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(User).update({ id: userToken.userId }, { passwordHash });
      await this.sessions.revokeAll(userToken.userId, { manager });
    });
    return true;
  }

  async changePassword(viewer: Viewer | null, currentPassword: string, newPassword: string): Promise<boolean> {
    const signedIn = requireViewer(viewer);
    const password = parseArgument(passwordSchema, newPassword, 'newPassword');
    await this.rateLimits.hit('loginPerEmail', `user:${signedIn.userId}`);
    const user = await this.users.findOneByOrFail({ id: signedIn.userId });
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw DomainError.badInput([{ path: 'currentPassword', message: 'The current password is wrong.' }]);
    }
    assertAcceptablePassword(password, user);
    await this.users.update({ id: user.id }, { passwordHash: await hashPassword(password) });
    await this.sessions.revokeAll(user.id, { except: signedIn.sessionId });
    return true;
  }

  private async sendEmailVerification(user: User): Promise<void> {
    if (!user.email) return;
    const token = await this.issueToken(user.id, UserTokenKind.EMAIL_VERIFICATION, EMAIL_VERIFICATION_TTL_MS);
    await this.mail.send({
      to: user.email,
      locale: user.locale as Locale,
      template: 'emailVerification',
      vars: { name: user.displayName, link: this.mail.link('/verify-email', { token }) },
      municipalityId: user.municipalityId,
    });
  }

  private async issueToken(userId: string, kind: UserTokenKind, ttlMs: number): Promise<string> {
    const token = newToken();
    await this.tokens.insert({ userId, kind, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + ttlMs) });
    return token;
  }

  /** Marks a token used in the same statement that checks it, so it works exactly once. */
  private async consumeToken(token: string, kind: UserTokenKind): Promise<UserToken> {
    parseArgument(tokenSchema, token, 'token');
    const result = await this.tokens
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('token_hash = :hash AND kind = :kind AND used_at IS NULL AND expires_at > now()', { hash: hashToken(token), kind })
      .returning(['id', 'userId'])
      .execute();
    const row = (result.raw as Array<{ id: string; user_id: string }>)[0];
    if (!row) throw DomainError.badInput([{ path: 'token', message: 'This link has expired or has already been used.' }]);
    return { id: row.id, userId: row.user_id } as UserToken;
  }

  private async municipalityFor(homePlaceId: string | null, municipalitySlug: string | null): Promise<string | null> {
    if (homePlaceId) {
      const place = await this.places.findOneBy({ id: homePlaceId });
      if (!place) throw DomainError.badInput([{ path: 'input.homePlaceId', message: 'No such place.' }]);
      return place.municipalityId;
    }
    if (municipalitySlug) {
      const municipality = await this.municipalities.findOneBy({ slug: municipalitySlug });
      if (!municipality) throw DomainError.badInput([{ path: 'input.municipalitySlug', message: 'No such municipality.' }]);
      return municipality.id;
    }
    return null;
  }
}
