import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { User } from '../users/user.entity';
import { type PersonalDataContributor, UsersService } from '../users/users.service';
import { Membership } from './membership.entity';
import { OrganizationInvitation } from './organization-invitation.entity';
import { Organization } from './organization.entity';

/**
 * The organizations part of `exportMyData` and `deleteMyAccount`.
 *
 * Deletion removes the person's memberships and the invitations addressed to their e-mail. It
 * succeeds even when they are the last leader of an organization: the organization then has no
 * leader until an officer of its municipality appoints one (setMemberRole on a member, or
 * inviteMember with role LEADER). Organizations they created or reviewed, and invitations they
 * sent, stay and point to the anonymised "removed user".
 */
@Injectable()
export class OrganizationsPersonalData implements PersonalDataContributor, OnModuleInit {
  constructor(
    private readonly users: UsersService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.users.registerPersonalDataContributor(this);
  }

  async exportFor(userId: string): Promise<Record<string, unknown>> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    const [memberships, created, sent, received] = await Promise.all([
      this.dataSource.getRepository(Membership).find({ where: { userId }, relations: { organization: true }, order: { createdAt: 'ASC' } }),
      this.dataSource.getRepository(Organization).find({ where: { createdById: userId }, order: { createdAt: 'ASC' } }),
      this.dataSource
        .getRepository(OrganizationInvitation)
        .find({ where: { invitedById: userId }, relations: { organization: true }, order: { createdAt: 'ASC' } }),
      user.email
        ? this.dataSource
            .getRepository(OrganizationInvitation)
            .find({ where: { email: user.email }, relations: { organization: true }, order: { createdAt: 'ASC' } })
        : [],
    ]);
    const organization = (o?: Organization) => (o ? { id: o.id, name: o.name } : null);
    return {
      organizationMemberships: memberships.map((m) => ({ organization: organization(m.organization), role: m.role, since: m.createdAt })),
      organizationsCreated: created.map((o) => ({ id: o.id, name: o.name, kind: o.kind, status: o.status, createdAt: o.createdAt })),
      organizationInvitationsSent: sent.map((i) => ({
        organization: organization(i.organization),
        email: i.email,
        role: i.role,
        sentAt: i.createdAt,
        expiresAt: i.expiresAt,
        acceptedAt: i.acceptedAt,
        revokedAt: i.revokedAt,
      })),
      organizationInvitationsReceived: received.map((i) => ({
        organization: organization(i.organization),
        role: i.role,
        sentAt: i.createdAt,
        acceptedAt: i.acceptedAt,
        revokedAt: i.revokedAt,
      })),
    };
  }

  async eraseFor(userId: string, manager: EntityManager): Promise<void> {
    const user = await manager.getRepository(User).findOneByOrFail({ id: userId });
    await manager.getRepository(Membership).delete({ userId });
    if (user.email) await manager.getRepository(OrganizationInvitation).delete({ email: user.email });
  }
}
