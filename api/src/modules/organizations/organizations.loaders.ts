import { MembershipRole } from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type Repository } from 'typeorm';
import type { LoaderFactory } from '../../graphql/loader-registry';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';

export interface OrganizationsLoaderSet {
  organizationById: DataLoader<string, Organization | null>;
  /** Leaders first, then by joining date. */
  membershipsByOrganization: DataLoader<string, Membership[]>;
  membershipsByUser: DataLoader<string, Membership[]>;
  memberCountByOrganization: DataLoader<string, number>;
}

const byRoleThenDate = (a: Membership, b: Membership) =>
  Number(a.role !== MembershipRole.LEADER) - Number(b.role !== MembershipRole.LEADER) || a.createdAt.getTime() - b.createdAt.getTime();

@Injectable()
export class OrganizationsLoaders implements LoaderFactory<OrganizationsLoaderSet> {
  constructor(
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
  ) {}

  create(): OrganizationsLoaderSet {
    return {
      organizationById: new DataLoader(async (ids) => {
        const rows = await this.organizations.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      membershipsByOrganization: new DataLoader(async (ids) => {
        const rows = await this.memberships.findBy({ organizationId: In([...ids]) });
        const groups = new Map<string, Membership[]>(ids.map((id) => [id, []]));
        for (const row of rows) groups.get(row.organizationId)?.push(row);
        return ids.map((id) => (groups.get(id) ?? []).sort(byRoleThenDate));
      }),
      membershipsByUser: new DataLoader(async (ids) => {
        const rows = await this.memberships.find({ where: { userId: In([...ids]) }, order: { createdAt: 'ASC' } });
        const groups = new Map<string, Membership[]>(ids.map((id) => [id, []]));
        for (const row of rows) groups.get(row.userId)?.push(row);
        return ids.map((id) => groups.get(id) ?? []);
      }),
      memberCountByOrganization: new DataLoader(async (ids) => {
        const rows: Array<{ organization_id: string; n: number }> = await this.memberships
          .createQueryBuilder('m')
          .select('m.organization_id', 'organization_id')
          .addSelect('count(*)::int', 'n')
          .where('m.organization_id IN (:...ids)', { ids: [...ids] })
          .groupBy('m.organization_id')
          .getRawMany();
        const counts = new Map(rows.map((row) => [row.organization_id, Number(row.n)]));
        return ids.map((id) => counts.get(id) ?? 0);
      }),
    };
  }
}
