import type { MembershipRole } from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type DataSource, In, type Repository } from 'typeorm';
import type { LoaderFactory } from '../../graphql/loader-registry';
import type { Goal } from '../strategies/goal.entity';
import { Poll, PollGoal, PollOption } from './poll.entity';

export interface PollsLoaderSet {
  pollById: DataLoader<string, Poll | null>;
  optionsByPoll: DataLoader<string, PollOption[]>;
  goalsByPoll: DataLoader<string, Goal[]>;
  /** The polls tagged to a målbild, newest first. */
  pollsByGoal: DataLoader<string, Poll[]>;
  /** Keys are `${userId}:${organizationId}`; null when not a member. */
  membershipRole: DataLoader<string, MembershipRole | null>;
}

@Injectable()
export class PollsLoaders implements LoaderFactory<PollsLoaderSet> {
  constructor(
    @InjectRepository(Poll) private readonly polls: Repository<Poll>,
    @InjectRepository(PollOption) private readonly options: Repository<PollOption>,
    @InjectRepository(PollGoal) private readonly pollGoals: Repository<PollGoal>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  create(): PollsLoaderSet {
    return {
      pollById: new DataLoader(async (ids) => {
        const rows = await this.polls.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      optionsByPoll: new DataLoader(async (ids) => {
        const rows = await this.options.find({ where: { pollId: In([...ids]) }, order: { position: 'ASC' } });
        const groups = new Map<string, PollOption[]>(ids.map((id) => [id, []]));
        for (const row of rows) groups.get(row.pollId)?.push(row);
        return ids.map((id) => groups.get(id)!);
      }),
      goalsByPoll: new DataLoader(async (ids) => {
        const links = await this.pollGoals.find({ where: { pollId: In([...ids]) }, relations: { goal: true }, order: { goal: { code: 'ASC' } } });
        const groups = new Map<string, Goal[]>(ids.map((id) => [id, []]));
        for (const link of links) if (link.goal) groups.get(link.pollId)?.push(link.goal);
        return ids.map((id) => groups.get(id)!);
      }),
      pollsByGoal: new DataLoader(async (ids) => {
        const links = await this.pollGoals.find({ where: { goalId: In([...ids]) }, relations: { poll: true }, order: { poll: { createdAt: 'DESC', id: 'DESC' } } });
        const groups = new Map<string, Poll[]>(ids.map((id) => [id, []]));
        for (const link of links) if (link.poll) groups.get(link.goalId)?.push(link.poll);
        return ids.map((id) => groups.get(id)!);
      }),
      membershipRole: new DataLoader(async (keys) => {
        const pairs = keys.map((key) => key.split(':') as [string, string]);
        const rows: Array<{ user_id: string; organization_id: string; role: MembershipRole }> = await this.dataSource.query(
          `SELECT m.user_id, m.organization_id, m.role FROM membership m
             JOIN unnest($1::uuid[], $2::uuid[]) AS k(user_id, organization_id) USING (user_id, organization_id)`,
          [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
        );
        const byKey = new Map(rows.map((r) => [`${r.user_id}:${r.organization_id}`, r.role]));
        return keys.map((key) => byKey.get(key) ?? null);
      }),
    };
  }
}
