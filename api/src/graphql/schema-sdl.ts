import { Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { join } from 'node:path';
import { DOMAIN_MODULES } from '../app.module';

/** Where the committed schema lives: api/schema.graphql (from src/graphql or dist/graphql alike). */
export const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.graphql');

// @Resolver() marks every resolver class, typed or not, with this watermark (from @nestjs/common).
const RESOLVER_WATERMARK = '__entryProvider__';

function resolversOf(modules: Type[]): Function[] {
  return modules.flatMap((module) =>
    ((Reflect.getMetadata('providers', module) as Function[] | undefined) ?? []).filter(
      (provider) => typeof provider === 'function' && Reflect.getMetadata(RESOLVER_WATERMARK, provider) === true,
    ),
  );
}

@Module({ imports: [GraphQLSchemaBuilderModule] })
class SchemaBuilderModule {}

/** Prints the code-first schema of every domain module, sorted, without a database or a server. */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.createApplicationContext(SchemaBuilderModule, { logger: false });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(resolversOf(DOMAIN_MODULES));
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
