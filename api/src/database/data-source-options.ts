import { ALL_MIGRATIONS } from '@medskapa/migrations';
import type { DataSourceOptions } from 'typeorm';
import { ALL_ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const MIGRATIONS_TABLE = 'typeorm_migration';

export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    applicationName: 'medskapa',
    ...extra,
  } as DataSourceOptions;
}
