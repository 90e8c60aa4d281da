import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type Repository } from 'typeorm';
import type { LoaderFactory } from '../../graphql/loader-registry';
import { RoleAssignment } from './role-assignment.entity';
import { User } from './user.entity';

export interface UsersLoaderSet {
  userById: DataLoader<string, User | null>;
  roleAssignmentsByUser: DataLoader<string, RoleAssignment[]>;
}

@Injectable()
export class UsersLoaders implements LoaderFactory<UsersLoaderSet> {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(RoleAssignment) private readonly roles: Repository<RoleAssignment>,
  ) {}

  create(): UsersLoaderSet {
    return {
      userById: new DataLoader(async (ids) => {
        const rows = await this.users.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      roleAssignmentsByUser: new DataLoader(async (ids) => {
        const rows = await this.roles.find({ where: { userId: In([...ids]) }, order: { createdAt: 'ASC' } });
        return ids.map((id) => rows.filter((row) => row.userId === id));
      }),
    };
  }
}
