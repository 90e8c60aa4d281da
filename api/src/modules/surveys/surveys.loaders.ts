import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type DataSource, In, type Repository } from 'typeorm';
import type { LoaderFactory } from '../../graphql/loader-registry';
import { Dialogue } from '../dialogues/dialogue.entity';
import { Goal } from '../strategies/goal.entity';
import { Survey } from './survey.entity';

export interface SurveysLoaderSet {
  surveyById: DataLoader<string, Survey | null>;
  /** Every version of a series, newest first. */
  versionsBySeries: DataLoader<string, Survey[]>;
  /** Every survey row (all versions) linked to a dialogue, by series then newest version first. */
  surveysByDialogue: DataLoader<string, Survey[]>;
  dialogueById: DataLoader<string, Dialogue | null>;
  /** The målbilder a GOAL question offers when none are chosen: those of the municipality's adopted strategies, in document order. */
  offeredGoalsByMunicipality: DataLoader<string, Goal[]>;
}

@Injectable()
export class SurveysLoaders implements LoaderFactory<SurveysLoaderSet> {
  constructor(
    @InjectRepository(Survey) private readonly surveys: Repository<Survey>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  create(): SurveysLoaderSet {
    return {
      surveyById: new DataLoader(async (ids) => {
        const rows = await this.surveys.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      versionsBySeries: new DataLoader(async (ids) => {
        const rows = await this.surveys.find({ where: { seriesId: In([...ids]) }, order: { version: 'DESC' } });
        const groups = new Map<string, Survey[]>(ids.map((id) => [id, []]));
        for (const row of rows) groups.get(row.seriesId)?.push(row);
        return ids.map((id) => groups.get(id)!);
      }),
      surveysByDialogue: new DataLoader(async (ids) => {
        const rows = await this.surveys.find({ where: { dialogueId: In([...ids]) }, order: { seriesId: 'ASC', version: 'DESC' } });
        const groups = new Map<string, Survey[]>(ids.map((id) => [id, []]));
        for (const row of rows) groups.get(row.dialogueId!)?.push(row);
        return ids.map((id) => groups.get(id)!);
      }),
      dialogueById: new DataLoader(async (ids) => {
        const rows = await this.dataSource.getRepository(Dialogue).findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      offeredGoalsByMunicipality: new DataLoader(async (ids) => {
        const rows = await this.dataSource
          .getRepository(Goal)
          .createQueryBuilder('g')
          .innerJoin('strategic_area', 'a', 'a.id = g.area_id')
          .innerJoin('strategy', 's', 's.id = a.strategy_id')
          .addSelect('s.municipality_id', 'municipality_id')
          .where('s.municipality_id IN (:...ids)', { ids: [...ids] })
          .andWhere("s.status = 'ADOPTED'")
          .orderBy('s.period_start', 'ASC')
          .addOrderBy('a.position', 'ASC')
          .addOrderBy('g.position', 'ASC')
          .getRawAndEntities();
        const groups = new Map<string, Goal[]>(ids.map((id) => [id, []]));
        const municipalityOf = new Map<string, string>(rows.raw.map((raw: { g_id: string; municipality_id: string }) => [raw.g_id, raw.municipality_id]));
        for (const goal of rows.entities) groups.get(municipalityOf.get(goal.id)!)?.push(goal);
        return ids.map((id) => groups.get(id)!);
      }),
    };
  }
}
