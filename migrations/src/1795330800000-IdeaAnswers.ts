import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Answering ideas: the current answer per idea with its council decision reference, answer
 * templates per municipality, and the municipality's idea settings (population, support threshold
 * by count or per mille, minority-language exemption).
 */
export class IdeaAnswers1795330800000 implements MigrationInterface {
  name = 'IdeaAnswers1795330800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "municipality" ADD "population" integer`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD "idea_support_threshold" integer`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD "idea_support_threshold_per_mille" numeric`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD "idea_threshold_minority_language_exempt" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "municipality" ADD CONSTRAINT "ck_municipality_idea_support_threshold" CHECK ("idea_support_threshold" IS NULL OR "idea_support_threshold_per_mille" IS NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "municipality" ADD CONSTRAINT "ck_municipality_idea_settings_positive" CHECK (("population" IS NULL OR "population" > 0) AND ("idea_support_threshold" IS NULL OR "idea_support_threshold" > 0) AND ("idea_support_threshold_per_mille" IS NULL OR "idea_support_threshold_per_mille" > 0))`,
    );
    await queryRunner.query(
      `CREATE TABLE "idea_response" ("idea_id" uuid NOT NULL, "body" jsonb NOT NULL, "original_locale" text NOT NULL, "respondent_id" uuid, "responded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decision_body" text, "decision_meeting_date" date, "decision_paragraph" text, "decision_diary_number" text, "decision_url" text, CONSTRAINT "pk_idea_response" PRIMARY KEY ("idea_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_idea_response_respondent_id" ON "idea_response" ("respondent_id")`);
    await queryRunner.query(
      `CREATE TABLE "answer_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "name" text NOT NULL, "body" jsonb NOT NULL, "status" "public"."idea_status", "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_answer_template_municipality_id_name" UNIQUE ("municipality_id", "name"), CONSTRAINT "pk_answer_template" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_response" ADD CONSTRAINT "fk_idea_response_idea_id" FOREIGN KEY ("idea_id") REFERENCES "idea"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_response" ADD CONSTRAINT "fk_idea_response_respondent_id" FOREIGN KEY ("respondent_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "answer_template" ADD CONSTRAINT "fk_answer_template_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "answer_template" ADD CONSTRAINT "fk_answer_template_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "answer_template"`);
    await queryRunner.query(`DROP TABLE "idea_response"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "ck_municipality_idea_settings_positive"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "ck_municipality_idea_support_threshold"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "idea_threshold_minority_language_exempt"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "idea_support_threshold_per_mille"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "idea_support_threshold"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "population"`);
  }
}
