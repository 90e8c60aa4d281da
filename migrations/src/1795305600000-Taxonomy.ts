import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Regions, municipalities, their strategies (areas, målbilder with steps) and places. */
export class Taxonomy1795305600000 implements MigrationInterface {
  name = 'Taxonomy1795305600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "pgcrypto"`);
    await queryRunner.query(`CREATE TABLE "region" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_region_slug" UNIQUE ("slug"), CONSTRAINT "pk_region" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "municipality" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" jsonb NOT NULL, "municipal_code" text NOT NULL, "region_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_municipality_municipal_code" UNIQUE ("municipal_code"), CONSTRAINT "uq_municipality_slug" UNIQUE ("slug"), CONSTRAINT "ck_municipality_municipal_code" CHECK ("municipal_code" ~ '^[0-9]{4}$'), CONSTRAINT "pk_municipality" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_municipality_region_id" ON "municipality" ("region_id")`);
    await queryRunner.query(`CREATE TYPE "public"."place_kind" AS ENUM('CENTRAL_TOWN', 'VILLAGE', 'DISTRICT')`);
    await queryRunner.query(`CREATE TABLE "place" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "name" text NOT NULL, "kind" "public"."place_kind" NOT NULL, "population" integer, "population_year" smallint, "latitude" double precision, "longitude" double precision, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_place_municipality_id_name" UNIQUE ("municipality_id", "name"), CONSTRAINT "ck_place_coordinates" CHECK (("latitude" IS NULL) = ("longitude" IS NULL)), CONSTRAINT "ck_place_population" CHECK ("population" IS NULL OR ("population" >= 0 AND "population_year" IS NOT NULL)), CONSTRAINT "pk_place" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."strategy_status" AS ENUM('DRAFT', 'ADOPTED', 'SUPERSEDED', 'EXPIRED')`);
    await queryRunner.query(`CREATE TABLE "strategy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "region_id" uuid, "municipality_id" uuid, "title" jsonb NOT NULL, "description" jsonb NOT NULL, "period_start" smallint NOT NULL, "period_end" smallint, "status" "public"."strategy_status" NOT NULL, "source" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_strategy_key" UNIQUE ("key"), CONSTRAINT "ck_strategy_period" CHECK ("period_end" IS NULL OR "period_end" >= "period_start"), CONSTRAINT "ck_strategy_one_owner" CHECK (num_nonnulls("region_id", "municipality_id") = 1), CONSTRAINT "pk_strategy" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_strategy_region_id" ON "strategy" ("region_id")`);
    await queryRunner.query(`CREATE INDEX "ix_strategy_municipality_id" ON "strategy" ("municipality_id")`);
    await queryRunner.query(`CREATE TABLE "strategic_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "strategy_id" uuid NOT NULL, "code" text NOT NULL, "position" smallint NOT NULL, "title" jsonb NOT NULL, "description" jsonb NOT NULL, "regional_area_id" uuid, "sdgs" smallint array NOT NULL DEFAULT '{}', CONSTRAINT "uq_strategic_area_strategy_id_code" UNIQUE ("strategy_id", "code"), CONSTRAINT "ck_strategic_area_sdgs" CHECK ("sdgs" <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::smallint[]), CONSTRAINT "pk_strategic_area" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_strategic_area_regional_area_id" ON "strategic_area" ("regional_area_id")`);
    await queryRunner.query(`CREATE TABLE "goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "code" text NOT NULL, "position" smallint NOT NULL, "title" jsonb NOT NULL, "steps" jsonb NOT NULL DEFAULT '[]', "regional_goal_id" uuid, CONSTRAINT "uq_goal_area_id_code" UNIQUE ("area_id", "code"), CONSTRAINT "pk_goal" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_goal_regional_goal_id" ON "goal" ("regional_goal_id")`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD CONSTRAINT "fk_municipality_region_id" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "place" ADD CONSTRAINT "fk_place_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "strategy" ADD CONSTRAINT "fk_strategy_region_id" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "strategy" ADD CONSTRAINT "fk_strategy_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "strategic_area" ADD CONSTRAINT "fk_strategic_area_strategy_id" FOREIGN KEY ("strategy_id") REFERENCES "strategy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "strategic_area" ADD CONSTRAINT "fk_strategic_area_regional_area_id" FOREIGN KEY ("regional_area_id") REFERENCES "strategic_area"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "goal" ADD CONSTRAINT "fk_goal_area_id" FOREIGN KEY ("area_id") REFERENCES "strategic_area"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "goal" ADD CONSTRAINT "fk_goal_regional_goal_id" FOREIGN KEY ("regional_goal_id") REFERENCES "goal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "fk_goal_regional_goal_id"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "fk_goal_area_id"`);
    await queryRunner.query(`ALTER TABLE "strategic_area" DROP CONSTRAINT "fk_strategic_area_regional_area_id"`);
    await queryRunner.query(`ALTER TABLE "strategic_area" DROP CONSTRAINT "fk_strategic_area_strategy_id"`);
    await queryRunner.query(`ALTER TABLE "strategy" DROP CONSTRAINT "fk_strategy_municipality_id"`);
    await queryRunner.query(`ALTER TABLE "strategy" DROP CONSTRAINT "fk_strategy_region_id"`);
    await queryRunner.query(`ALTER TABLE "place" DROP CONSTRAINT "fk_place_municipality_id"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "fk_municipality_region_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_goal_regional_goal_id"`);
    await queryRunner.query(`DROP TABLE "goal"`);
    await queryRunner.query(`DROP INDEX "public"."ix_strategic_area_regional_area_id"`);
    await queryRunner.query(`DROP TABLE "strategic_area"`);
    await queryRunner.query(`DROP INDEX "public"."ix_strategy_municipality_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_strategy_region_id"`);
    await queryRunner.query(`DROP TABLE "strategy"`);
    await queryRunner.query(`DROP TYPE "public"."strategy_status"`);
    await queryRunner.query(`DROP TABLE "place"`);
    await queryRunner.query(`DROP TYPE "public"."place_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_municipality_region_id"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
    await queryRunner.query(`DROP TABLE "region"`);
  }
}
