import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type DataSource, In, type Repository } from 'typeorm';
import type { LoaderFactory } from '../../graphql/loader-registry';
import type { Goal } from '../strategies/goal.entity';
import { Workshop, WorkshopGoal } from './workshop.entity';

export interface WorkshopsLoaderSet {
  workshopById: DataLoader<string, Workshop | null>;
  /** Målbilder of a workshop, by code. */
  goalsByWorkshop: DataLoader<string, Goal[]>;
  /** Sign-ups of a workshop (erased ones included: erasure keeps the count). */
  signupCountByWorkshop: DataLoader<string, number>;
  /** Keys are `${userId}:${workshopId}`. */
  viewerSignedUp: DataLoader<string, boolean>;
}

@Injectable()
export class WorkshopsLoaders implements LoaderFactory<WorkshopsLoaderSet> {
  constructor(
    @InjectRepository(Workshop) private readonly workshops: Repository<Workshop>,
    @InjectRepository(WorkshopGoal) private readonly workshopGoals: Repository<WorkshopGoal>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  create(): WorkshopsLoaderSet {
    return {
      workshopById: new DataLoader(async (ids) => {
        const rows = await this.workshops.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      goalsByWorkshop: new DataLoader(async (ids) => {
        const links = await this.workshopGoals.find({ where: { workshopId: In([...ids]) }, relations: { goal: true }, order: { goal: { code: 'ASC' } } });
        const groups = new Map<string, Goal[]>(ids.map((id) => [id, []]));
        for (const link of links) if (link.goal) groups.get(link.workshopId)?.push(link.goal);
        return ids.map((id) => groups.get(id)!);
      }),
      signupCountByWorkshop: new DataLoader(async (ids) => {
        const rows: Array<{ workshop_id: string; n: number }> = await this.dataSource.query(
          `SELECT workshop_id, count(*)::int AS n FROM workshop_signup WHERE workshop_id = ANY($1::uuid[]) GROUP BY workshop_id`,
          [[...ids]],
        );
        const byId = new Map(rows.map((r) => [r.workshop_id, r.n]));
        return ids.map((id) => byId.get(id) ?? 0);
      }),
      viewerSignedUp: new DataLoader(async (keys) => {
        const pairs = keys.map((key) => key.split(':') as [string, string]);
        const rows: Array<{ user_id: string; workshop_id: string }> = await this.dataSource.query(
          `SELECT s.user_id, s.workshop_id FROM workshop_signup s
             JOIN unnest($1::uuid[], $2::uuid[]) AS k(user_id, workshop_id) USING (user_id, workshop_id)`,
          [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
        );
        const found = new Set(rows.map((r) => `${r.user_id}:${r.workshop_id}`));
        return keys.map((key) => found.has(key));
      }),
    };
  }
}
