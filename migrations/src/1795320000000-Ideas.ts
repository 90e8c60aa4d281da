import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ideas (medborgarförslag): the idea with its readable reference (unique; numbered per
 * municipality and year by idea_reference_counter), its målbilder and places, and supports with
 * one row per person and idea (the primary key keeps support_count exact under concurrency).
 * (author_id, text_hash) makes the same author's identical text unique (the duplicate guard).
 */
export class Ideas1795320000000 implements MigrationInterface {
  name = 'Ideas1795320000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."idea_status" AS ENUM('PUBLISHED', 'UNDER_REVIEW', 'ANSWERED', 'PLANNED', 'IN_PROGRESS', 'IMPLEMENTED', 'NOT_PLANNED', 'HIDDEN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "idea" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "municipality_id" uuid NOT NULL,
        "reference" text NOT NULL,
        "title" text NOT NULL,
        "body" text NOT NULL,
        "original_locale" text NOT NULL,
        "status" "public"."idea_status" NOT NULL DEFAULT 'PUBLISHED',
        "author_id" uuid,
        "support_count" integer NOT NULL DEFAULT '0',
        "comment_count" integer NOT NULL DEFAULT '0',
        "text_hash" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "uq_idea_author_id_text_hash" UNIQUE ("author_id", "text_hash"),
        CONSTRAINT "uq_idea_reference" UNIQUE ("reference"),
        CONSTRAINT "ck_idea_counts" CHECK ("support_count" >= 0 AND "comment_count" >= 0),
        CONSTRAINT "pk_idea" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(`CREATE INDEX "ix_idea_author_id" ON "idea" ("author_id")`);
    await queryRunner.query(`CREATE INDEX "ix_idea_municipality_id_created_at" ON "idea" ("municipality_id", "created_at")`);

    await queryRunner.query(
      `CREATE TABLE "idea_goal" (
        "idea_id" uuid NOT NULL,
        "goal_id" uuid NOT NULL,
        CONSTRAINT "pk_idea_goal" PRIMARY KEY ("idea_id", "goal_id")
      )`,
    );
    await queryRunner.query(`CREATE INDEX "ix_idea_goal_goal_id" ON "idea_goal" ("goal_id")`);
    await queryRunner.query(
      `CREATE TABLE "idea_place" (
        "idea_id" uuid NOT NULL,
        "place_id" uuid NOT NULL,
        CONSTRAINT "pk_idea_place" PRIMARY KEY ("idea_id", "place_id")
      )`,
    );
    await queryRunner.query(`CREATE INDEX "ix_idea_place_place_id" ON "idea_place" ("place_id")`);
    await queryRunner.query(
      `CREATE TABLE "idea_support" (
        "idea_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_idea_support" PRIMARY KEY ("idea_id", "user_id")
      )`,
    );
    await queryRunner.query(`CREATE INDEX "ix_idea_support_user_id" ON "idea_support" ("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "idea_reference_counter" (
        "municipality_id" uuid NOT NULL,
        "year" smallint NOT NULL,
        "last_number" integer NOT NULL,
        CONSTRAINT "pk_idea_reference_counter" PRIMARY KEY ("municipality_id", "year")
      )`,
    );

    await queryRunner.query(`ALTER TABLE "idea" ADD CONSTRAINT "fk_idea_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "idea" ADD CONSTRAINT "fk_idea_author_id" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "idea_goal" ADD CONSTRAINT "fk_idea_goal_idea_id" FOREIGN KEY ("idea_id") REFERENCES "idea"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "idea_goal" ADD CONSTRAINT "fk_idea_goal_goal_id" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "idea_place" ADD CONSTRAINT "fk_idea_place_idea_id" FOREIGN KEY ("idea_id") REFERENCES "idea"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "idea_place" ADD CONSTRAINT "fk_idea_place_place_id" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "idea_support" ADD CONSTRAINT "fk_idea_support_idea_id" FOREIGN KEY ("idea_id") REFERENCES "idea"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "idea_support" ADD CONSTRAINT "fk_idea_support_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "idea_reference_counter" ADD CONSTRAINT "fk_idea_reference_counter_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idea_reference_counter" DROP CONSTRAINT "fk_idea_reference_counter_municipality_id"`);
    await queryRunner.query(`ALTER TABLE "idea_support" DROP CONSTRAINT "fk_idea_support_user_id"`);
    await queryRunner.query(`ALTER TABLE "idea_support" DROP CONSTRAINT "fk_idea_support_idea_id"`);
    await queryRunner.query(`ALTER TABLE "idea_place" DROP CONSTRAINT "fk_idea_place_place_id"`);
    await queryRunner.query(`ALTER TABLE "idea_place" DROP CONSTRAINT "fk_idea_place_idea_id"`);
    await queryRunner.query(`ALTER TABLE "idea_goal" DROP CONSTRAINT "fk_idea_goal_goal_id"`);
    await queryRunner.query(`ALTER TABLE "idea_goal" DROP CONSTRAINT "fk_idea_goal_idea_id"`);
    await queryRunner.query(`ALTER TABLE "idea" DROP CONSTRAINT "fk_idea_author_id"`);
    await queryRunner.query(`ALTER TABLE "idea" DROP CONSTRAINT "fk_idea_municipality_id"`);
    await queryRunner.query(`DROP TABLE "idea_reference_counter"`);
    await queryRunner.query(`DROP INDEX "public"."ix_idea_support_user_id"`);
    await queryRunner.query(`DROP TABLE "idea_support"`);
    await queryRunner.query(`DROP INDEX "public"."ix_idea_place_place_id"`);
    await queryRunner.query(`DROP TABLE "idea_place"`);
    await queryRunner.query(`DROP INDEX "public"."ix_idea_goal_goal_id"`);
    await queryRunner.query(`DROP TABLE "idea_goal"`);
    await queryRunner.query(`DROP INDEX "public"."ix_idea_municipality_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_idea_author_id"`);
    await queryRunner.query(`DROP TABLE "idea"`);
    await queryRunner.query(`DROP TYPE "public"."idea_status"`);
  }
}
