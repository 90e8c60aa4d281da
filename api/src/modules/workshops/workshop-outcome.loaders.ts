import { WorkshopInputStatus } from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type DataSource, In, Not, type Repository } from 'typeorm';
import type { LoaderFactory } from '../../graphql/loader-registry';
import type { Goal } from '../strategies/goal.entity';
import { WorkshopAttachment, WorkshopInput, WorkshopInputGoal, WorkshopParticipantCount } from './workshop.entity';

export interface WorkshopOutcomeLoaderSet {
  /** The inputs of a workshop that are not HIDDEN (DRAFT and PUBLISHED), in the order they were captured. */
  inputsByWorkshop: DataLoader<string, WorkshopInput[]>;
  inputById: DataLoader<string, WorkshopInput | null>;
  /** Målbilder of an input, by code. */
  goalsByInput: DataLoader<string, Goal[]>;
  participantsByWorkshop: DataLoader<string, WorkshopParticipantCount[]>;
  attachmentsByWorkshop: DataLoader<string, WorkshopAttachment[]>;
  /** Whether anything (an input that is not hidden, a participant count, a photo) has been recorded. */
  recordedByWorkshop: DataLoader<string, boolean>;
  /** PUBLISHED inputs tagged to a målbild. */
  publishedInputCountByGoal: DataLoader<string, number>;
  /** PUBLISHED inputs about a place: the input's own place, else its workshop's place. */
  publishedInputCountByPlace: DataLoader<string, number>;
}

const byCode = (a: Goal, b: Goal) => a.code.localeCompare(b.code, 'sv', { numeric: true });

function grouped<T>(ids: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return ids.map((id) => groups.get(id)!);
}

async function counts(dataSource: DataSource, sql: string, ids: readonly string[]): Promise<number[]> {
  const rows: Array<{ id: string; n: number }> = await dataSource.query(sql, [[...ids]]);
  const byId = new Map(rows.map((r) => [r.id, r.n]));
  return ids.map((id) => byId.get(id) ?? 0);
}

@Injectable()
export class WorkshopOutcomeLoaders implements LoaderFactory<WorkshopOutcomeLoaderSet> {
  constructor(
    @InjectRepository(WorkshopInput) private readonly inputs: Repository<WorkshopInput>,
    @InjectRepository(WorkshopInputGoal) private readonly inputGoals: Repository<WorkshopInputGoal>,
    @InjectRepository(WorkshopParticipantCount) private readonly participants: Repository<WorkshopParticipantCount>,
    @InjectRepository(WorkshopAttachment) private readonly attachments: Repository<WorkshopAttachment>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  create(): WorkshopOutcomeLoaderSet {
    return {
      inputsByWorkshop: new DataLoader(async (ids) => {
        const rows = await this.inputs.find({
          where: { workshopId: In([...ids]), status: Not(WorkshopInputStatus.HIDDEN) },
          order: { createdAt: 'ASC', id: 'ASC' },
        });
        return grouped(ids, rows, (row) => row.workshopId);
      }),
      inputById: new DataLoader(async (ids) => {
        const rows = await this.inputs.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      goalsByInput: new DataLoader(async (ids) => {
        const links = await this.inputGoals.find({ where: { inputId: In([...ids]) }, relations: { goal: true } });
        return grouped(ids, links, (link) => link.inputId).map((group) => group.flatMap((link) => (link.goal ? [link.goal] : [])).sort(byCode));
      }),
      participantsByWorkshop: new DataLoader(async (ids) => {
        const rows = await this.participants.find({ where: { workshopId: In([...ids]) }, order: { ageGroup: 'ASC', gender: 'ASC' } });
        return grouped(ids, rows, (row) => row.workshopId);
      }),
      attachmentsByWorkshop: new DataLoader(async (ids) => {
        const rows = await this.attachments.find({ where: { workshopId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
        return grouped(ids, rows, (row) => row.workshopId);
      }),
      recordedByWorkshop: new DataLoader(async (ids) => {
        const rows: Array<{ id: string }> = await this.dataSource.query(
          `SELECT w.id FROM unnest($1::uuid[]) AS w(id)
            WHERE EXISTS (SELECT 1 FROM workshop_input i WHERE i.workshop_id = w.id AND i.status <> 'HIDDEN')
               OR EXISTS (SELECT 1 FROM workshop_participant_count p WHERE p.workshop_id = w.id)
               OR EXISTS (SELECT 1 FROM workshop_attachment a WHERE a.workshop_id = w.id)`,
          [[...ids]],
        );
        const found = new Set(rows.map((r) => r.id));
        return ids.map((id) => found.has(id));
      }),
      publishedInputCountByGoal: new DataLoader((ids) =>
        counts(
          this.dataSource,
          `SELECT g.goal_id AS id, count(*)::int AS n FROM workshop_input_goal g JOIN workshop_input i ON i.id = g.input_id
            WHERE g.goal_id = ANY($1::uuid[]) AND i.status = 'PUBLISHED' GROUP BY g.goal_id`,
          ids,
        ),
      ),
      publishedInputCountByPlace: new DataLoader((ids) =>
        counts(
          this.dataSource,
          `SELECT coalesce(i.place_id, w.place_id) AS id, count(*)::int AS n FROM workshop_input i JOIN workshop w ON w.id = i.workshop_id
            WHERE coalesce(i.place_id, w.place_id) = ANY($1::uuid[]) AND i.status = 'PUBLISHED' GROUP BY 1`,
          ids,
        ),
      ),
    };
  }
}
