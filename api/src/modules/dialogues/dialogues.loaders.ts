import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type DataSource, In, type Repository } from 'typeorm';
import { DIALOGUE_PHASE_ORDER } from '@medskapa/shared';
import type { LoaderFactory } from '../../graphql/loader-registry';
import type { Place } from '../places/place.entity';
import type { Goal } from '../strategies/goal.entity';
import { Dialogue, DialogueDecision, DialogueGoal, DialoguePhase, DialoguePlace } from './dialogue.entity';

export interface DialoguesLoaderSet {
  dialogueById: DataLoader<string, Dialogue | null>;
  /** Målbilder by code. */
  goalsByDialogue: DataLoader<string, Goal[]>;
  /** Places by name. */
  placesByDialogue: DataLoader<string, Place[]>;
  /** In the order INFORM, COLLECT, ANALYSE, FEEDBACK. */
  phasesByDialogue: DataLoader<string, DialoguePhase[]>;
  /** Oldest meeting first. */
  decisionsByDialogue: DataLoader<string, DialogueDecision[]>;
  /** Followers whose accounts are not deleted. */
  followerCount: DataLoader<string, number>;
  /** Keys are `${userId}:${dialogueId}`. */
  follows: DataLoader<string, boolean>;
}

function groupBy<T>(ids: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

@Injectable()
export class DialoguesLoaders implements LoaderFactory<DialoguesLoaderSet> {
  constructor(
    @InjectRepository(Dialogue) private readonly dialogues: Repository<Dialogue>,
    @InjectRepository(DialoguePhase) private readonly phases: Repository<DialoguePhase>,
    @InjectRepository(DialogueGoal) private readonly dialogueGoals: Repository<DialogueGoal>,
    @InjectRepository(DialoguePlace) private readonly dialoguePlaces: Repository<DialoguePlace>,
    @InjectRepository(DialogueDecision) private readonly decisions: Repository<DialogueDecision>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  create(): DialoguesLoaderSet {
    return {
      dialogueById: new DataLoader(async (ids) => {
        const rows = await this.dialogues.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      goalsByDialogue: new DataLoader(async (ids) => {
        const links = await this.dialogueGoals.find({ where: { dialogueId: In([...ids]) }, relations: { goal: true }, order: { goal: { code: 'ASC' } } });
        return groupBy(ids, links.filter((link) => link.goal), (link) => link.dialogueId).map((group) => group.map((link) => link.goal!));
      }),
      placesByDialogue: new DataLoader(async (ids) => {
        const links = await this.dialoguePlaces.find({ where: { dialogueId: In([...ids]) }, relations: { place: true }, order: { place: { name: 'ASC' } } });
        return groupBy(ids, links.filter((link) => link.place), (link) => link.dialogueId).map((group) => group.map((link) => link.place!));
      }),
      phasesByDialogue: new DataLoader(async (ids) => {
        const rows = await this.phases.findBy({ dialogueId: In([...ids]) });
        rows.sort((a, b) => DIALOGUE_PHASE_ORDER.indexOf(a.kind) - DIALOGUE_PHASE_ORDER.indexOf(b.kind));
        return groupBy(ids, rows, (row) => row.dialogueId);
      }),
      decisionsByDialogue: new DataLoader(async (ids) => {
        const rows = await this.decisions.find({ where: { dialogueId: In([...ids]) }, order: { meetingDate: 'ASC', createdAt: 'ASC', id: 'ASC' } });
        return groupBy(ids, rows, (row) => row.dialogueId);
      }),
      followerCount: new DataLoader(async (ids) => {
        const rows: Array<{ dialogue_id: string; n: number }> = await this.dataSource.query(
          `SELECT f.dialogue_id, count(*)::int AS n FROM dialogue_follow f JOIN app_user u ON u.id = f.user_id
            WHERE f.dialogue_id = ANY($1::uuid[]) AND u.deleted_at IS NULL GROUP BY f.dialogue_id`,
          [[...ids]],
        );
        const byId = new Map(rows.map((row) => [row.dialogue_id, row.n]));
        return ids.map((id) => byId.get(id) ?? 0);
      }),
      follows: new DataLoader(async (keys) => {
        const pairs = keys.map((key) => key.split(':') as [string, string]);
        const rows: Array<{ key: string }> = await this.dataSource.query(
          `SELECT f.user_id || ':' || f.dialogue_id AS key FROM dialogue_follow f
            WHERE f.user_id = ANY($1::uuid[]) AND f.dialogue_id = ANY($2::uuid[])`,
          [[...new Set(pairs.map((p) => p[0]))], [...new Set(pairs.map((p) => p[1]))]],
        );
        const found = new Set(rows.map((row) => row.key));
        return keys.map((key) => found.has(key));
      }),
    };
  }
}
