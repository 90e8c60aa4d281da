import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workshops of föreningar: the workshop with its målbilder, sign-ups (an account, or a name and an
 * e-mail erased after the workshop), participants per age group and gender, inputs with their
 * målbilder keyed by a device-generated client id (idempotent retries from an offline queue),
 * photos of flip charts, and each outcome submission by its client mutation id.
 */
export class Workshops1795348800000 implements MigrationInterface {
  name = 'Workshops1795348800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "workshop" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "title" jsonb NOT NULL, "description" jsonb, "original_locale" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "venue" text NOT NULL, "place_id" uuid, "signup_enabled" boolean NOT NULL DEFAULT false, "signup_limit" integer, "cancelled_at" TIMESTAMP WITH TIME ZONE, "outcome_published_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_workshop_times" CHECK ("ends_at" > "starts_at"), CONSTRAINT "pk_workshop" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_workshop_organization_id" ON "workshop"  ("organization_id")`);
    await queryRunner.query(`CREATE INDEX "ix_workshop_place_id" ON "workshop"  ("place_id")`);
    await queryRunner.query(`CREATE INDEX "ix_workshop_municipality_id_starts_at" ON "workshop"  ("municipality_id", "starts_at")`);
    await queryRunner.query(`CREATE TABLE "workshop_goal" ("workshop_id" uuid NOT NULL, "goal_id" uuid NOT NULL, CONSTRAINT "pk_workshop_goal" PRIMARY KEY ("workshop_id", "goal_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_workshop_goal_goal_id" ON "workshop_goal"  ("goal_id")`);
    await queryRunner.query(`CREATE TABLE "workshop_signup" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workshop_id" uuid NOT NULL, "user_id" uuid, "name" text, "email" text, "email_normalized" text, "locale" text NOT NULL DEFAULT 'sv', "personal_data_erased_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_workshop_signup" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_workshop_signup_workshop_id" ON "workshop_signup"  ("workshop_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_workshop_signup_email" ON "workshop_signup"  ("workshop_id", "email_normalized") WHERE "email_normalized" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_workshop_signup_user" ON "workshop_signup"  ("workshop_id", "user_id") WHERE "user_id" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "workshop_participant_count" ("workshop_id" uuid NOT NULL, "age_group" text NOT NULL, "gender" text NOT NULL, "count" integer NOT NULL, CONSTRAINT "ck_workshop_participant_count" CHECK ("count" >= 0), CONSTRAINT "pk_workshop_participant_count" PRIMARY KEY ("workshop_id", "age_group", "gender"))`);
    await queryRunner.query(`CREATE TABLE "workshop_input" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workshop_id" uuid NOT NULL, "client_id" uuid NOT NULL, "text" text NOT NULL, "priority" smallint, "dot_votes" integer, "place_id" uuid, "status" text NOT NULL DEFAULT 'DRAFT', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_workshop_input_workshop_id_client_id" UNIQUE ("workshop_id", "client_id"), CONSTRAINT "ck_workshop_input_dot_votes" CHECK ("dot_votes" IS NULL OR "dot_votes" >= 0), CONSTRAINT "ck_workshop_input_priority" CHECK ("priority" IS NULL OR "priority" BETWEEN 1 AND 3), CONSTRAINT "pk_workshop_input" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_workshop_input_workshop_id" ON "workshop_input"  ("workshop_id")`);
    await queryRunner.query(`CREATE INDEX "ix_workshop_input_place_id" ON "workshop_input"  ("place_id")`);
    await queryRunner.query(`CREATE TABLE "workshop_input_goal" ("input_id" uuid NOT NULL, "goal_id" uuid NOT NULL, CONSTRAINT "pk_workshop_input_goal" PRIMARY KEY ("input_id", "goal_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_workshop_input_goal_goal_id" ON "workshop_input_goal"  ("goal_id")`);
    await queryRunner.query(`CREATE TABLE "workshop_attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workshop_id" uuid NOT NULL, "client_id" uuid NOT NULL, "storage_key" text NOT NULL, "content_type" text NOT NULL, "byte_size" integer NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "alt_text" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_workshop_attachment_workshop_id_client_id" UNIQUE ("workshop_id", "client_id"), CONSTRAINT "pk_workshop_attachment" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_workshop_attachment_workshop_id" ON "workshop_attachment"  ("workshop_id")`);
    await queryRunner.query(`CREATE TABLE "workshop_outcome_submission" ("workshop_id" uuid NOT NULL, "client_mutation_id" uuid NOT NULL, "submitted_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_workshop_outcome_submission" PRIMARY KEY ("workshop_id", "client_mutation_id"))`);
    await queryRunner.query(`ALTER TABLE "workshop" ADD CONSTRAINT "fk_workshop_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop" ADD CONSTRAINT "fk_workshop_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop" ADD CONSTRAINT "fk_workshop_place_id" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop" ADD CONSTRAINT "fk_workshop_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_goal" ADD CONSTRAINT "fk_workshop_goal_workshop_id" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_goal" ADD CONSTRAINT "fk_workshop_goal_goal_id" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_signup" ADD CONSTRAINT "fk_workshop_signup_workshop_id" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_signup" ADD CONSTRAINT "fk_workshop_signup_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_participant_count" ADD CONSTRAINT "fk_workshop_participant_count_workshop_id" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_input" ADD CONSTRAINT "fk_workshop_input_workshop_id" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_input" ADD CONSTRAINT "fk_workshop_input_place_id" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_input" ADD CONSTRAINT "fk_workshop_input_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_input_goal" ADD CONSTRAINT "fk_workshop_input_goal_input_id" FOREIGN KEY ("input_id") REFERENCES "workshop_input"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_input_goal" ADD CONSTRAINT "fk_workshop_input_goal_goal_id" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_attachment" ADD CONSTRAINT "fk_workshop_attachment_workshop_id" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_attachment" ADD CONSTRAINT "fk_workshop_attachment_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_outcome_submission" ADD CONSTRAINT "fk_workshop_outcome_submission_workshop_id" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_outcome_submission" ADD CONSTRAINT "fk_workshop_outcome_submission_submitted_by_id" FOREIGN KEY ("submitted_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workshop_outcome_submission" DROP CONSTRAINT "fk_workshop_outcome_submission_submitted_by_id"`);
    await queryRunner.query(`ALTER TABLE "workshop_outcome_submission" DROP CONSTRAINT "fk_workshop_outcome_submission_workshop_id"`);
    await queryRunner.query(`ALTER TABLE "workshop_attachment" DROP CONSTRAINT "fk_workshop_attachment_created_by_id"`);
    await queryRunner.query(`ALTER TABLE "workshop_attachment" DROP CONSTRAINT "fk_workshop_attachment_workshop_id"`);
    await queryRunner.query(`ALTER TABLE "workshop_input_goal" DROP CONSTRAINT "fk_workshop_input_goal_goal_id"`);
    await queryRunner.query(`ALTER TABLE "workshop_input_goal" DROP CONSTRAINT "fk_workshop_input_goal_input_id"`);
    await queryRunner.query(`ALTER TABLE "workshop_input" DROP CONSTRAINT "fk_workshop_input_created_by_id"`);
    await queryRunner.query(`ALTER TABLE "workshop_input" DROP CONSTRAINT "fk_workshop_input_place_id"`);
    await queryRunner.query(`ALTER TABLE "workshop_input" DROP CONSTRAINT "fk_workshop_input_workshop_id"`);
    await queryRunner.query(`ALTER TABLE "workshop_participant_count" DROP CONSTRAINT "fk_workshop_participant_count_workshop_id"`);
    await queryRunner.query(`ALTER TABLE "workshop_signup" DROP CONSTRAINT "fk_workshop_signup_user_id"`);
    await queryRunner.query(`ALTER TABLE "workshop_signup" DROP CONSTRAINT "fk_workshop_signup_workshop_id"`);
    await queryRunner.query(`ALTER TABLE "workshop_goal" DROP CONSTRAINT "fk_workshop_goal_goal_id"`);
    await queryRunner.query(`ALTER TABLE "workshop_goal" DROP CONSTRAINT "fk_workshop_goal_workshop_id"`);
    await queryRunner.query(`ALTER TABLE "workshop" DROP CONSTRAINT "fk_workshop_created_by_id"`);
    await queryRunner.query(`ALTER TABLE "workshop" DROP CONSTRAINT "fk_workshop_place_id"`);
    await queryRunner.query(`ALTER TABLE "workshop" DROP CONSTRAINT "fk_workshop_organization_id"`);
    await queryRunner.query(`ALTER TABLE "workshop" DROP CONSTRAINT "fk_workshop_municipality_id"`);
    await queryRunner.query(`DROP TABLE "workshop_outcome_submission"`);
    await queryRunner.query(`DROP INDEX "ix_workshop_attachment_workshop_id"`);
    await queryRunner.query(`DROP TABLE "workshop_attachment"`);
    await queryRunner.query(`DROP INDEX "ix_workshop_input_goal_goal_id"`);
    await queryRunner.query(`DROP TABLE "workshop_input_goal"`);
    await queryRunner.query(`DROP INDEX "ix_workshop_input_place_id"`);
    await queryRunner.query(`DROP INDEX "ix_workshop_input_workshop_id"`);
    await queryRunner.query(`DROP TABLE "workshop_input"`);
    await queryRunner.query(`DROP TABLE "workshop_participant_count"`);
    await queryRunner.query(`DROP INDEX "uq_workshop_signup_user"`);
    await queryRunner.query(`DROP INDEX "uq_workshop_signup_email"`);
    await queryRunner.query(`DROP INDEX "ix_workshop_signup_workshop_id"`);
    await queryRunner.query(`DROP TABLE "workshop_signup"`);
    await queryRunner.query(`DROP INDEX "ix_workshop_goal_goal_id"`);
    await queryRunner.query(`DROP TABLE "workshop_goal"`);
    await queryRunner.query(`DROP INDEX "ix_workshop_municipality_id_starts_at"`);
    await queryRunner.query(`DROP INDEX "ix_workshop_place_id"`);
    await queryRunner.query(`DROP INDEX "ix_workshop_organization_id"`);
    await queryRunner.query(`DROP TABLE "workshop"`);
  }
}
