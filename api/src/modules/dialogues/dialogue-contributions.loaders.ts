import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import type { LoaderFactory } from '../../graphql/loader-registry';
import { Poll } from '../polls/poll.entity';
import { Workshop } from '../workshops/workshop.entity';
import { Dialogue } from './dialogue.entity';

export interface DialogueContributionsLoaderSet {
  /** A dialogue by id whatever its status (callers decide on visibility). */
  dialogueById: DataLoader<string, Dialogue | null>;
  /** Visible (not HIDDEN) ideas given to the dialogue. */
  ideaCountByDialogue: DataLoader<string, number>;
  /** The dialogue's workshops, by start (cancelled ones too: workshops are public with cancelledAt). */
  workshopsByDialogue: DataLoader<string, Workshop[]>;
  /** The dialogue's polls, by opening time. */
  pollsByDialogue: DataLoader<string, Poll[]>;
  /** Visible ideas + SUBMITTED survey responses + PUBLISHED workshop inputs + poll votes. */
  contributionCountByDialogue: DataLoader<string, number>;
}

/**
 * What has been given to dialogues through the four channels. Each loader is one statement for
 * every dialogue of a request, so a list of dialogues costs the same whatever its length.
 * Reads the tables of the ideas, workshops, polls and survey modules directly (plain SQL and
 * repositories of the shared DataSource) rather than importing those modules: they import the
 * dialogues module for the linking rule, and module imports must not go both ways.
 */
@Injectable()
export class DialogueContributionsLoaders implements LoaderFactory<DialogueContributionsLoaderSet> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(): DialogueContributionsLoaderSet {
    const counts = (sql: string) =>
      new DataLoader<string, number>(async (ids) => {
        const rows: Array<{ id: string; n: number }> = await this.dataSource.query(sql, [[...ids]]);
        const byId = new Map(rows.map((row) => [row.id, row.n]));
        return ids.map((id) => byId.get(id) ?? 0);
      });
    return {
      dialogueById: new DataLoader(async (ids) => {
        const rows = await this.dataSource.getRepository(Dialogue).findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      ideaCountByDialogue: counts(
        `SELECT dialogue_id AS id, count(*)::int AS n FROM idea WHERE dialogue_id = ANY($1::uuid[]) AND status <> 'HIDDEN' GROUP BY dialogue_id`,
      ),
      workshopsByDialogue: new DataLoader(async (ids) => {
        const rows = await this.dataSource
          .getRepository(Workshop)
          .find({ where: { dialogueId: In([...ids]) }, order: { startsAt: 'ASC', id: 'ASC' } });
        const groups = new Map<string, Workshop[]>(ids.map((id) => [id, []]));
        for (const row of rows) groups.get(row.dialogueId!)?.push(row);
        return ids.map((id) => groups.get(id)!);
      }),
      pollsByDialogue: new DataLoader(async (ids) => {
        const rows = await this.dataSource.getRepository(Poll).find({ where: { dialogueId: In([...ids]) }, order: { opensAt: 'ASC', id: 'ASC' } });
        const groups = new Map<string, Poll[]>(ids.map((id) => [id, []]));
        for (const row of rows) groups.get(row.dialogueId!)?.push(row);
        return ids.map((id) => groups.get(id)!);
      }),
      // One statement: each channel is counted by its own index (dialogue_id on idea, survey,
      // workshop and poll), then summed per dialogue.
      contributionCountByDialogue: counts(
        `SELECT d.id,
                ((SELECT count(*) FROM idea i WHERE i.dialogue_id = d.id AND i.status <> 'HIDDEN')
               + (SELECT count(*) FROM survey s JOIN survey_response r ON r.survey_id = s.id WHERE s.dialogue_id = d.id AND r.status = 'SUBMITTED')
               + (SELECT count(*) FROM workshop w JOIN workshop_input wi ON wi.workshop_id = w.id WHERE w.dialogue_id = d.id AND wi.status = 'PUBLISHED')
               + (SELECT count(*) FROM poll p JOIN vote v ON v.poll_id = p.id WHERE p.dialogue_id = d.id))::int AS n
           FROM unnest($1::uuid[]) AS d(id)`,
      ),
    };
  }
}
