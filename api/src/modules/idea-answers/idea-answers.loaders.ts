import type { IdeaEventKind, IdeaStatus } from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type DataSource, In, type Repository } from 'typeorm';
import type { LoaderFactory } from '../../graphql/loader-registry';
import { IdeaResponse } from './idea-response.entity';

/** One timeline entry as read for display. */
export interface TimelineRow {
  id: string;
  ideaId: string;
  kind: IdeaEventKind;
  fromStatus: IdeaStatus | null;
  toStatus: IdeaStatus | null;
  actorId: string | null;
  /** The actor's display name, null when the account is deleted or there is no actor. */
  actorName: string | null;
  data: Record<string, unknown>;
  occurredAt: Date;
}

export interface IdeaAnswersLoaderSet {
  responseByIdea: DataLoader<string, IdeaResponse | null>;
  /** Oldest first. */
  timelineByIdea: DataLoader<string, TimelineRow[]>;
}

/**
 * Entries written in one transaction share occurred_at (now() is the transaction's start), so
 * within one instant the cause comes before its effect: submitted, threshold reached, hidden or
 * restored, answered, then the status change, then the decision.
 */
const KIND_ORDER = `CASE kind WHEN 'SUBMITTED' THEN 0 WHEN 'THRESHOLD_REACHED' THEN 1 WHEN 'HIDDEN' THEN 2 WHEN 'RESTORED' THEN 2
  WHEN 'ANSWERED' THEN 3 WHEN 'STATUS_CHANGED' THEN 4 WHEN 'DECIDED' THEN 5 ELSE 6 END`;

@Injectable()
export class IdeaAnswersLoaders implements LoaderFactory<IdeaAnswersLoaderSet> {
  constructor(
    @InjectRepository(IdeaResponse) private readonly responses: Repository<IdeaResponse>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  create(): IdeaAnswersLoaderSet {
    return {
      responseByIdea: new DataLoader(async (ids) => {
        // The respondent comes in the same statement: a second loader would batch by timing.
        const rows = await this.responses.find({ where: { ideaId: In([...ids]) }, relations: { respondent: true } });
        const byIdea = new Map(rows.map((row) => [row.ideaId, row]));
        return ids.map((id) => byIdea.get(id) ?? null);
      }),
      timelineByIdea: new DataLoader(async (ids) => {
        const rows: Array<{
          id: string;
          idea_id: string;
          kind: IdeaEventKind;
          from_status: IdeaStatus | null;
          to_status: IdeaStatus | null;
          actor_id: string | null;
          actor_name: string | null;
          data: Record<string, unknown>;
          occurred_at: Date;
        }> = await this.dataSource.query(
          `SELECT e.id, e.idea_id, e.kind, e.from_status, e.to_status, e.actor_id,
                  CASE WHEN u.deleted_at IS NULL THEN u.display_name END AS actor_name, e.data, e.occurred_at
             FROM idea_event e LEFT JOIN app_user u ON u.id = e.actor_id
            WHERE e.idea_id = ANY($1::uuid[]) ORDER BY e.occurred_at, ${KIND_ORDER.replaceAll('kind', 'e.kind')}, e.id`,
          [[...ids]],
        );
        const groups = new Map<string, TimelineRow[]>(ids.map((id) => [id, []]));
        for (const row of rows) {
          groups.get(row.idea_id)?.push({
            id: row.id,
            ideaId: row.idea_id,
            kind: row.kind,
            fromStatus: row.from_status,
            toStatus: row.to_status,
            actorId: row.actor_id,
            actorName: row.actor_name,
            data: row.data ?? {},
            occurredAt: row.occurred_at,
          });
        }
        return ids.map((id) => groups.get(id) ?? []);
      }),
    };
  }
}
