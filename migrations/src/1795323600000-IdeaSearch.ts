import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full-text document of an idea, in the dictionary of its language (sv → swedish, fi →
 * finnish, anything else, Meänkieli included → simple), title weighted A and body B. Only
 * immutable functions (regconfig constants), so it can be indexed.
 *
 * `alias` qualifies the columns ("i" in queries); the index uses them unqualified, and PostgreSQL
 * matches the two, so searches use the index.
 */
export function ideaSearchDocument(alias?: string): string {
  const c = (column: string) => (alias ? `${alias}."${column}"` : `"${column}"`);
  const document = (config: string) =>
    `setweight(to_tsvector('${config}'::regconfig, ${c('title')}), 'A') || setweight(to_tsvector('${config}'::regconfig, ${c('body')}), 'B')`;
  return `(CASE ${c('original_locale')} WHEN 'sv' THEN ${document('swedish')} WHEN 'fi' THEN ${document('finnish')} ELSE ${document('simple')} END)`;
}

/** The lower-cased text compared by trigram similarity (pg_trgm). */
export function ideaSearchText(alias?: string): string {
  const c = (column: string) => (alias ? `${alias}."${column}"` : `"${column}"`);
  return `lower(${c('title')} || ' ' || ${c('body')})`;
}

/**
 * Search for ideas: pg_trgm and unaccent; a GIN index on the full-text document (an expression
 * index rather than a stored generated column: TypeORM keeps generated-column expressions in a
 * typeorm_metadata row keyed by database name, which breaks on cloned databases), and a GIN
 * trigram index on the lower-cased title and body. The entity declares both indexes with
 * synchronize: false.
 */
export class IdeaSearch1795323600000 implements MigrationInterface {
  name = 'IdeaSearch1795323600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE INDEX "ix_idea_search_document" ON "idea" USING gin (${ideaSearchDocument()})`);
    await queryRunner.query(`CREATE INDEX "ix_idea_search_text" ON "idea" USING gin (${ideaSearchText()} gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_idea_search_text"`);
    await queryRunner.query(`DROP INDEX "ix_idea_search_document"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
