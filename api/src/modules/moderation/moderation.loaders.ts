import { ReportStatus, type ReportTargetType } from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderFactory } from '../../graphql/loader-registry';
import { loadTargets, type ModerationTarget } from './moderation-targets';

export interface ModerationLoaderSet {
  /** Keys are `${targetType}:${targetId}`. */
  targetByKey: DataLoader<string, ModerationTarget | null>;
  /** OPEN reports per target; keys are `${targetType}:${targetId}`. */
  openReportCount: DataLoader<string, number>;
  /** Pieces of content by the author hidden on reports (UPHELD) in the municipality; keys are `${municipalityId}:${authorId}`. */
  upheldCountByAuthor: DataLoader<string, number>;
}

@Injectable()
export class ModerationLoaders implements LoaderFactory<ModerationLoaderSet> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(): ModerationLoaderSet {
    return {
      targetByKey: new DataLoader(async (keys) => {
        const parsed = keys.map((key) => {
          const [type, id] = key.split(':') as [ReportTargetType, string];
          return { type, id };
        });
        const found = await loadTargets(this.dataSource.manager, parsed);
        return keys.map((key) => found.get(key) ?? null);
      }),
      openReportCount: new DataLoader(async (keys) => {
        const pairs = keys.map((key) => key.split(':') as [string, string]);
        const rows: Array<{ key: string; n: number }> = await this.dataSource.query(
          `SELECT r.target_type || ':' || r.target_id AS key, count(*)::int AS n
             FROM report r
             JOIN unnest($1::text[], $2::uuid[]) AS k(target_type, target_id)
               ON r.target_type::text = k.target_type AND r.target_id = k.target_id
            WHERE r.status = $3
            GROUP BY 1`,
          [pairs.map((p) => p[0]), pairs.map((p) => p[1]), ReportStatus.OPEN],
        );
        const counts = new Map(rows.map((row) => [row.key, row.n]));
        return keys.map((key) => counts.get(key) ?? 0);
      }),
      upheldCountByAuthor: new DataLoader(async (keys) => {
        const pairs = keys.map((key) => key.split(':') as [string, string]);
        const rows: Array<{ key: string; n: number }> = await this.dataSource.query(
          `SELECT r.municipality_id || ':' || r.target_author_id AS key, count(DISTINCT (r.target_type, r.target_id))::int AS n
             FROM report r
             JOIN unnest($1::uuid[], $2::uuid[]) AS k(municipality_id, author_id)
               ON r.municipality_id = k.municipality_id AND r.target_author_id = k.author_id
            WHERE r.status = $3
            GROUP BY 1`,
          [pairs.map((p) => p[0]), pairs.map((p) => p[1]), ReportStatus.UPHELD],
        );
        const counts = new Map(rows.map((row) => [row.key, row.n]));
        return keys.map((key) => counts.get(key) ?? 0);
      }),
    };
  }
}
