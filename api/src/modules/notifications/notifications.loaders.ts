import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderFactory } from '../../graphql/loader-registry';

export interface NotificationsLoaderSet {
  /** Keys are `${userId}:${ideaId}`. */
  following: DataLoader<string, boolean>;
}

@Injectable()
export class NotificationsLoaders implements LoaderFactory<NotificationsLoaderSet> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(): NotificationsLoaderSet {
    return {
      following: new DataLoader(async (keys) => {
        const pairs = keys.map((key) => key.split(':') as [string, string]);
        const rows: Array<{ key: string }> = await this.dataSource.query(
          `SELECT f.user_id || ':' || f.idea_id AS key FROM idea_follow f
           WHERE f.user_id = ANY($1::uuid[]) AND f.idea_id = ANY($2::uuid[])`,
          [[...new Set(pairs.map((p) => p[0]))], [...new Set(pairs.map((p) => p[1]))]],
        );
        const found = new Set(rows.map((row) => row.key));
        return keys.map((key) => found.has(key));
      }),
    };
  }
}
