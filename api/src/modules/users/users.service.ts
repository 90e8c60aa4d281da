import { ErrorCode, idSchema, Role, updateProfileSchema } from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { DomainError, parseArgument } from '../../common/domain-error';
import { hasRole, requireRole, requireViewer, type Viewer } from '../../common/viewer';
import { type ConnectionShape, decodeCursor, pageSize, toConnection } from '../../graphql/connection';
import type { RequestLoaders } from '../../graphql/loader-registry';
import { AuditService } from '../audit/audit.service';
import { Session } from '../auth/session.entity';
import { UserToken } from '../auth/user-token.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { OutboxMessage } from '../mail/outbox-message.entity';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { Place } from '../places/place.entity';
import type { UpdateProfileInput } from './dto/update-profile.input';
import { RoleAssignment } from './role-assignment.entity';
import { User } from './user.entity';
import { UsersLoaders } from './users.loaders';

/** Hooks other modules register to add their part to a data export or an account deletion. */
export interface PersonalDataContributor {
  exportFor(userId: string): Promise<Record<string, unknown>>;
  eraseFor(userId: string, manager: EntityManager): Promise<void>;
}

@Injectable()
export class UsersService {
  private readonly contributors: PersonalDataContributor[] = [];

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(RoleAssignment) private readonly roles: Repository<RoleAssignment>,
    @InjectRepository(Place) private readonly places: Repository<Place>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly audit: AuditService,
  ) {}

  registerPersonalDataContributor(contributor: PersonalDataContributor): void {
    this.contributors.push(contributor);
  }

  async me(viewer: Viewer | null): Promise<User | null> {
    return viewer ? this.users.findOneBy({ id: viewer.userId }) : null;
  }

  /** True when `viewer` may see the private fields of `user`: themself, or an admin of their municipality. */
  canSeePrivate(viewer: Viewer | null, user: User): boolean {
    if (!viewer) return false;
    if (viewer.userId === user.id) return true;
    return !!user.municipalityId && hasRole(viewer, user.municipalityId, Role.ADMIN);
  }

  async updateProfile(viewer: Viewer | null, raw: UpdateProfileInput): Promise<User> {
    const signedIn = requireViewer(viewer);
    const input = parseArgument(updateProfileSchema, raw, 'input');
    const user = await this.users.findOneByOrFail({ id: signedIn.userId });
    if (input.displayName !== undefined) user.displayName = input.displayName;
    if (input.locale !== undefined) user.locale = input.locale;
    if (input.birthYear !== undefined) user.birthYear = input.birthYear ?? null;
    if (input.homePlaceId !== undefined) {
      if (input.homePlaceId === null) {
        user.homePlaceId = null;
      } else {
        const place = await this.places.findOneBy({ id: input.homePlaceId });
        if (!place) throw DomainError.badInput([{ path: 'input.homePlaceId', message: 'No such place.' }]);
        user.homePlaceId = place.id;
        user.municipalityId = place.municipalityId;
      }
    }
    return this.users.save(user);
  }

  roleAssignmentsOf(user: User, loaders: RequestLoaders): Promise<RoleAssignment[]> {
    return loaders.get(UsersLoaders).roleAssignmentsByUser.load(user.id);
  }

  /** RESIDENT plus the roles granted in the person's own municipality. */
  async rolesOf(user: User, loaders: RequestLoaders): Promise<Role[]> {
    const assignments = await this.roleAssignmentsOf(user, loaders);
    const own = assignments.filter((a) => a.municipalityId === user.municipalityId).map((a) => a.role);
    return [Role.RESIDENT, ...new Set(own)];
  }

  async grantRole(viewer: Viewer | null, userId: string, municipalitySlug: string, role: Role): Promise<User> {
    const municipality = await this.municipalities.bySlug(municipalitySlug, 'municipalitySlug');
    requireRole(viewer, municipality.id, Role.ADMIN);
    if (role === Role.RESIDENT) throw DomainError.badInput([{ path: 'role', message: 'Everyone is a resident; grant MODERATOR, OFFICER or ADMIN.' }]);
    const user = await this.activeUser(userId);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(RoleAssignment)
        .values({ userId: user.id, municipalityId: municipality.id, role, grantedById: viewer!.userId })
        .orIgnore()
        .execute();
      if (result.identifiers.length > 0 && result.identifiers[0]) {
        await this.audit.record(viewer, { action: 'ROLE_GRANTED', municipalityId: municipality.id, targetType: 'User', targetId: user.id, details: { role } }, manager);
      }
    });
    return user;
  }

  async revokeRole(viewer: Viewer | null, userId: string, municipalitySlug: string, role: Role): Promise<User> {
    const municipality = await this.municipalities.bySlug(municipalitySlug, 'municipalitySlug');
    requireRole(viewer, municipality.id, Role.ADMIN);
    const user = await this.activeUser(userId);
    await this.dataSource.transaction(async (manager) => {
      if (role === Role.ADMIN) {
        // Serialise revocations so two admins cannot remove each other at the same time.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`admins:${municipality.id}`]);
        const admins = await manager.getRepository(RoleAssignment).countBy({ municipalityId: municipality.id, role: Role.ADMIN });
        if (admins <= 1) throw new DomainError(ErrorCode.CONFLICT, 'A municipality must keep at least one admin.', { reason: 'LAST_ADMIN' });
      }
      const result = await manager.getRepository(RoleAssignment).delete({ userId: user.id, municipalityId: municipality.id, role });
      if (result.affected) {
        await this.audit.record(viewer, { action: 'ROLE_REVOKED', municipalityId: municipality.id, targetType: 'User', targetId: user.id, details: { role } }, manager);
      }
    });
    return user;
  }

  /** People of a municipality (living there or holding a role there), for admins granting roles. */
  async listForAdmin(
    viewer: Viewer | null,
    municipalitySlug: string,
    args: { search?: string | null; first?: number | null; after?: string | null },
  ): Promise<ConnectionShape<User>> {
    const municipality = await this.municipalities.bySlug(municipalitySlug, 'municipalitySlug');
    requireRole(viewer, municipality.id, Role.ADMIN);
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after);
    const query = this.users
      .createQueryBuilder('u')
      .where('u.deleted_at IS NULL')
      .andWhere(
        '(u.municipality_id = :m OR EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.user_id = u.id AND ra.municipality_id = :m))',
        { m: municipality.id },
      );
    const search = args.search?.trim();
    if (search) {
      if (search.length > 100) throw DomainError.badInput([{ path: 'search', message: 'At most 100 characters.' }]);
      query.andWhere('(u.display_name ILIKE :q OR u.email ILIKE :q)', { q: `%${search.replace(/[%_\\]/g, '\\$&')}%` });
    }
    const totalCount = await query.getCount();
    if (cursor) query.andWhere('(u.created_at, u.id) < (:at, :id)', cursor);
    const rows = await query.orderBy('u.created_at', 'DESC').addOrderBy('u.id', 'DESC').take(size + 1).getMany();
    return toConnection(rows, size, totalCount, (row) => row.createdAt);
  }

  /** Everything the platform holds about the viewer, as JSON (GDPR article 15 and 20). */
  async exportMyData(viewer: Viewer | null): Promise<string> {
    const signedIn = requireViewer(viewer);
    const user = await this.users.findOneByOrFail({ id: signedIn.userId });
    const [roles, sessions, actions, emails] = await Promise.all([
      this.roles.find({ where: { userId: user.id }, relations: { municipality: true } }),
      this.dataSource.getRepository(Session).find({ where: { userId: user.id }, order: { createdAt: 'DESC' } }),
      this.dataSource.getRepository(AuditEvent).find({ where: { actorId: user.id }, order: { occurredAt: 'DESC' } }),
      user.email ? this.dataSource.getRepository(OutboxMessage).find({ where: { toAddress: user.email }, order: { createdAt: 'DESC' } }) : [],
    ]);
    const homePlace = user.homePlaceId ? await this.places.findOneBy({ id: user.homePlaceId }) : null;
    const extra = Object.assign({}, ...(await Promise.all(this.contributors.map((c) => c.exportFor(user.id)))));
    return JSON.stringify(
      {
        exportedAt: new Date().toISOString(),
        account: {
          id: user.id,
          email: user.email,
          emailVerifiedAt: user.emailVerifiedAt,
          displayName: user.displayName,
          locale: user.locale,
          birthYear: user.birthYear,
          homePlace: homePlace ? { id: homePlace.id, name: homePlace.name } : null,
          identityVerification: user.assuranceLevel ? { assuranceLevel: user.assuranceLevel, verifiedAt: user.identityVerifiedAt } : null,
          createdAt: user.createdAt,
        },
        roles: roles.map((r) => ({ municipality: r.municipality?.slug, role: r.role, since: r.createdAt })),
        sessions: sessions.map((s) => ({ method: s.method, createdAt: s.createdAt, lastUsedAt: s.lastUsedAt, expiresAt: s.expiresAt, revokedAt: s.revokedAt })),
        privilegedActions: actions.map((a) => ({ at: a.occurredAt, action: a.action, targetType: a.targetType, targetId: a.targetId })),
        emailsSentToYou: emails.map((m) => ({ at: m.createdAt, subject: m.subject, kind: m.kind })),
        ...extra,
      },
      null,
      2,
    );
  }

  /**
   * Removes personal data and signs out everywhere. The row stays (anonymised) so contributions
   * keep their author as "removed user" and audit records keep their meaning.
   */
  async deleteMyAccount(viewer: Viewer | null): Promise<boolean> {
    const signedIn = requireViewer(viewer);
    await this.dataSource.transaction(async (manager) => {
      for (const contributor of this.contributors) await contributor.eraseFor(signedIn.userId, manager);
      const user = await manager.getRepository(User).findOneByOrFail({ id: signedIn.userId });
      if (user.email) await manager.getRepository(OutboxMessage).delete({ toAddress: user.email });
      await manager.getRepository(RoleAssignment).delete({ userId: user.id });
      await manager.getRepository(UserToken).delete({ userId: user.id });
      await manager.getRepository(Session).delete({ userId: user.id });
      await manager.getRepository(AuditEvent).update({ actorId: user.id }, { actorName: null });
      await manager.getRepository(User).update(
        { id: user.id },
        {
          email: null,
          passwordHash: null,
          displayName: '',
          birthYear: null,
          homePlaceId: null,
          emailVerifiedAt: null,
          assuranceLevel: null,
          identityVerifiedAt: null,
          eidSubjectHash: null,
          deletedAt: new Date(),
        },
      );
    });
    return true;
  }

  private async activeUser(userId: string): Promise<User> {
    const user = await this.users.findOneBy({ id: parseArgument(idSchema, userId, 'userId') });
    if (!user || user.deletedAt) throw DomainError.notFound('user', userId);
    return user;
  }
}
