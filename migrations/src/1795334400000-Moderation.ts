import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderation: residents' reports of ideas and comments with the moderator's resolution, the status
 * a hidden idea returns to when restored, and who lifted a posting block and why.
 */
export class Moderation1795334400000 implements MigrationInterface {
  name = 'Moderation1795334400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."report_target_type" AS ENUM('IDEA', 'COMMENT', 'WORKSHOP_INPUT')`);
    await queryRunner.query(`CREATE TYPE "public"."report_reason" AS ENUM('SPAM', 'OFFENSIVE', 'PERSONAL_DATA', 'OFF_TOPIC')`);
    await queryRunner.query(`CREATE TYPE "public"."report_status" AS ENUM('OPEN', 'UPHELD', 'DISMISSED', 'RESTORED')`);
    await queryRunner.query(
      `CREATE TABLE "report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "target_type" "public"."report_target_type" NOT NULL, "target_id" uuid NOT NULL, "target_author_id" uuid, "reason" "public"."report_reason" NOT NULL, "note" text, "reporter_id" uuid, "status" "public"."report_status" NOT NULL DEFAULT 'OPEN', "resolved_by_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolution_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_report_target_type_target_id_reporter_id" UNIQUE ("target_type", "target_id", "reporter_id"), CONSTRAINT "ck_report_note" CHECK ("note" IS NULL OR char_length("note") <= 500), CONSTRAINT "pk_report" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_report_reporter_id" ON "report" ("reporter_id")`);
    await queryRunner.query(`CREATE INDEX "ix_report_target_author_id_municipality_id_status" ON "report" ("target_author_id", "municipality_id", "status")`);
    await queryRunner.query(`CREATE INDEX "ix_report_municipality_id_status_created_at" ON "report" ("municipality_id", "status", "created_at")`);
    await queryRunner.query(`ALTER TABLE "report" ADD CONSTRAINT "fk_report_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report" ADD CONSTRAINT "fk_report_target_author_id" FOREIGN KEY ("target_author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report" ADD CONSTRAINT "fk_report_reporter_id" FOREIGN KEY ("reporter_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report" ADD CONSTRAINT "fk_report_resolved_by_id" FOREIGN KEY ("resolved_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);

    await queryRunner.query(`ALTER TABLE "idea" ADD "status_before_hidden" "public"."idea_status"`);

    await queryRunner.query(`ALTER TABLE "user_block" ADD "lifted_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "user_block" ADD "lift_reason" text`);
    await queryRunner.query(`CREATE INDEX "ix_user_block_municipality_id_created_at" ON "user_block" ("municipality_id", "created_at")`);
    await queryRunner.query(`ALTER TABLE "user_block" ADD CONSTRAINT "fk_user_block_lifted_by_id" FOREIGN KEY ("lifted_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_block" DROP CONSTRAINT "fk_user_block_lifted_by_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_block_municipality_id_created_at"`);
    await queryRunner.query(`ALTER TABLE "user_block" DROP COLUMN "lift_reason"`);
    await queryRunner.query(`ALTER TABLE "user_block" DROP COLUMN "lifted_by_id"`);
    await queryRunner.query(`ALTER TABLE "idea" DROP COLUMN "status_before_hidden"`);
    await queryRunner.query(`DROP TABLE "report"`);
    await queryRunner.query(`DROP TYPE "public"."report_status"`);
    await queryRunner.query(`DROP TYPE "public"."report_reason"`);
    await queryRunner.query(`DROP TYPE "public"."report_target_type"`);
  }
}
