import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dialogues (medborgardialoger) with phases, målbilder, places, decisions and followers; surveys
 * (one row per version, questions as JSONB) and their responses; ideas, workshops, polls and
 * notifications may belong to a dialogue.
 */
export class DialoguesAndSurveys1795356000000 implements MigrationInterface {
  name = 'DialoguesAndSurveys1795356000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "dialogue" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "title" jsonb NOT NULL, "purpose" jsonb NOT NULL, "promise" jsonb NOT NULL, "decision_maker" text, "decision_expected_on" date, "target_groups" text array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'DRAFT', "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "what_we_heard" jsonb, "what_happens_now" jsonb, "feedback_published_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_dialogue" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_dialogue_municipality_id_status" ON "dialogue"  ("municipality_id", "status") `);
    await queryRunner.query(`CREATE TABLE "dialogue_phase" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dialogue_id" uuid NOT NULL, "kind" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "description" jsonb, CONSTRAINT "uq_dialogue_phase_dialogue_id_kind" UNIQUE ("dialogue_id", "kind"), CONSTRAINT "ck_dialogue_phase_dates" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "pk_dialogue_phase" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_dialogue_phase_dialogue_id" ON "dialogue_phase"  ("dialogue_id") `);
    await queryRunner.query(`CREATE TABLE "dialogue_goal" ("dialogue_id" uuid NOT NULL, "goal_id" uuid NOT NULL, CONSTRAINT "pk_dialogue_goal" PRIMARY KEY ("dialogue_id", "goal_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_dialogue_goal_goal_id" ON "dialogue_goal"  ("goal_id") `);
    await queryRunner.query(`CREATE TABLE "dialogue_place" ("dialogue_id" uuid NOT NULL, "place_id" uuid NOT NULL, CONSTRAINT "pk_dialogue_place" PRIMARY KEY ("dialogue_id", "place_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_dialogue_place_place_id" ON "dialogue_place"  ("place_id") `);
    await queryRunner.query(`CREATE TABLE "dialogue_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dialogue_id" uuid NOT NULL, "body" text NOT NULL, "meeting_date" date NOT NULL, "paragraph" text NOT NULL, "diary_number" text NOT NULL, "url" text, "summary" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_dialogue_decision" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_dialogue_decision_dialogue_id" ON "dialogue_decision"  ("dialogue_id") `);
    await queryRunner.query(`CREATE TABLE "dialogue_follow" ("dialogue_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_dialogue_follow" PRIMARY KEY ("dialogue_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_dialogue_follow_user_id" ON "dialogue_follow"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "survey" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "dialogue_id" uuid, "series_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "status" text NOT NULL DEFAULT 'DRAFT', "response_mode" text NOT NULL DEFAULT 'ANONYMOUS', "collect_demographics" boolean NOT NULL DEFAULT true, "title" jsonb NOT NULL, "description" jsonb, "sections" jsonb NOT NULL DEFAULT '[]', "published_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_survey_series_id_version" UNIQUE ("series_id", "version"), CONSTRAINT "pk_survey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_survey_dialogue_id" ON "survey"  ("dialogue_id") `);
    await queryRunner.query(`CREATE INDEX "ix_survey_series_id" ON "survey"  ("series_id") `);
    await queryRunner.query(`CREATE INDEX "ix_survey_municipality_id_status" ON "survey"  ("municipality_id", "status") `);
    await queryRunner.query(`CREATE TABLE "survey_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'IN_PROGRESS', "respondent_token_hash" text, "account_hash" text, "locale" text NOT NULL, "answers" jsonb NOT NULL DEFAULT '{}', "age_group" text, "gender" text, "home_place_id" uuid, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_survey_response" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_survey_response_survey_id_status" ON "survey_response"  ("survey_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_survey_response_account" ON "survey_response"  ("survey_id", "account_hash") WHERE "account_hash" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_survey_response_token" ON "survey_response"  ("survey_id", "respondent_token_hash") WHERE "respondent_token_hash" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "survey_hidden_answer" ("response_id" uuid NOT NULL, "question_id" uuid NOT NULL, "reason" text NOT NULL, "hidden_by_id" uuid, "hidden_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_survey_hidden_answer" PRIMARY KEY ("response_id", "question_id"))`);
    await queryRunner.query(`ALTER TABLE "idea" ADD "dialogue_id" uuid`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "dialogue_id" uuid`);
    await queryRunner.query(`ALTER TABLE "poll" ADD "dialogue_id" uuid`);
    await queryRunner.query(`ALTER TABLE "workshop" ADD "dialogue_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_idea_dialogue_id" ON "idea"  ("dialogue_id") `);
    await queryRunner.query(`CREATE INDEX "ix_notification_dialogue_id" ON "notification"  ("dialogue_id") `);
    await queryRunner.query(`CREATE INDEX "ix_poll_dialogue_id" ON "poll"  ("dialogue_id") `);
    await queryRunner.query(`CREATE INDEX "ix_workshop_dialogue_id" ON "workshop"  ("dialogue_id") `);
    await queryRunner.query(`ALTER TABLE "dialogue" ADD CONSTRAINT "fk_dialogue_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dialogue" ADD CONSTRAINT "fk_dialogue_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dialogue_phase" ADD CONSTRAINT "fk_dialogue_phase_dialogue_id" FOREIGN KEY ("dialogue_id") REFERENCES "dialogue"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dialogue_goal" ADD CONSTRAINT "fk_dialogue_goal_dialogue_id" FOREIGN KEY ("dialogue_id") REFERENCES "dialogue"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dialogue_goal" ADD CONSTRAINT "fk_dialogue_goal_goal_id" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dialogue_place" ADD CONSTRAINT "fk_dialogue_place_dialogue_id" FOREIGN KEY ("dialogue_id") REFERENCES "dialogue"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dialogue_place" ADD CONSTRAINT "fk_dialogue_place_place_id" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dialogue_decision" ADD CONSTRAINT "fk_dialogue_decision_dialogue_id" FOREIGN KEY ("dialogue_id") REFERENCES "dialogue"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dialogue_follow" ADD CONSTRAINT "fk_dialogue_follow_dialogue_id" FOREIGN KEY ("dialogue_id") REFERENCES "dialogue"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dialogue_follow" ADD CONSTRAINT "fk_dialogue_follow_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "idea" ADD CONSTRAINT "fk_idea_dialogue_id" FOREIGN KEY ("dialogue_id") REFERENCES "dialogue"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_dialogue_id" FOREIGN KEY ("dialogue_id") REFERENCES "dialogue"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "poll" ADD CONSTRAINT "fk_poll_dialogue_id" FOREIGN KEY ("dialogue_id") REFERENCES "dialogue"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop" ADD CONSTRAINT "fk_workshop_dialogue_id" FOREIGN KEY ("dialogue_id") REFERENCES "dialogue"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey" ADD CONSTRAINT "fk_survey_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey" ADD CONSTRAINT "fk_survey_dialogue_id" FOREIGN KEY ("dialogue_id") REFERENCES "dialogue"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey" ADD CONSTRAINT "fk_survey_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_response" ADD CONSTRAINT "fk_survey_response_survey_id" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_response" ADD CONSTRAINT "fk_survey_response_home_place_id" FOREIGN KEY ("home_place_id") REFERENCES "place"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_hidden_answer" ADD CONSTRAINT "fk_survey_hidden_answer_response_id" FOREIGN KEY ("response_id") REFERENCES "survey_response"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_hidden_answer" ADD CONSTRAINT "fk_survey_hidden_answer_hidden_by_id" FOREIGN KEY ("hidden_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_hidden_answer" DROP CONSTRAINT "fk_survey_hidden_answer_hidden_by_id"`);
    await queryRunner.query(`ALTER TABLE "survey_hidden_answer" DROP CONSTRAINT "fk_survey_hidden_answer_response_id"`);
    await queryRunner.query(`ALTER TABLE "survey_response" DROP CONSTRAINT "fk_survey_response_home_place_id"`);
    await queryRunner.query(`ALTER TABLE "survey_response" DROP CONSTRAINT "fk_survey_response_survey_id"`);
    await queryRunner.query(`ALTER TABLE "survey" DROP CONSTRAINT "fk_survey_created_by_id"`);
    await queryRunner.query(`ALTER TABLE "survey" DROP CONSTRAINT "fk_survey_dialogue_id"`);
    await queryRunner.query(`ALTER TABLE "survey" DROP CONSTRAINT "fk_survey_municipality_id"`);
    await queryRunner.query(`ALTER TABLE "workshop" DROP CONSTRAINT "fk_workshop_dialogue_id"`);
    await queryRunner.query(`ALTER TABLE "poll" DROP CONSTRAINT "fk_poll_dialogue_id"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_dialogue_id"`);
    await queryRunner.query(`ALTER TABLE "idea" DROP CONSTRAINT "fk_idea_dialogue_id"`);
    await queryRunner.query(`ALTER TABLE "dialogue_follow" DROP CONSTRAINT "fk_dialogue_follow_user_id"`);
    await queryRunner.query(`ALTER TABLE "dialogue_follow" DROP CONSTRAINT "fk_dialogue_follow_dialogue_id"`);
    await queryRunner.query(`ALTER TABLE "dialogue_decision" DROP CONSTRAINT "fk_dialogue_decision_dialogue_id"`);
    await queryRunner.query(`ALTER TABLE "dialogue_place" DROP CONSTRAINT "fk_dialogue_place_place_id"`);
    await queryRunner.query(`ALTER TABLE "dialogue_place" DROP CONSTRAINT "fk_dialogue_place_dialogue_id"`);
    await queryRunner.query(`ALTER TABLE "dialogue_goal" DROP CONSTRAINT "fk_dialogue_goal_goal_id"`);
    await queryRunner.query(`ALTER TABLE "dialogue_goal" DROP CONSTRAINT "fk_dialogue_goal_dialogue_id"`);
    await queryRunner.query(`ALTER TABLE "dialogue_phase" DROP CONSTRAINT "fk_dialogue_phase_dialogue_id"`);
    await queryRunner.query(`ALTER TABLE "dialogue" DROP CONSTRAINT "fk_dialogue_created_by_id"`);
    await queryRunner.query(`ALTER TABLE "dialogue" DROP CONSTRAINT "fk_dialogue_municipality_id"`);
    await queryRunner.query(`DROP INDEX "ix_workshop_dialogue_id"`);
    await queryRunner.query(`DROP INDEX "ix_poll_dialogue_id"`);
    await queryRunner.query(`DROP INDEX "ix_notification_dialogue_id"`);
    await queryRunner.query(`DROP INDEX "ix_idea_dialogue_id"`);
    await queryRunner.query(`ALTER TABLE "workshop" DROP COLUMN "dialogue_id"`);
    await queryRunner.query(`ALTER TABLE "poll" DROP COLUMN "dialogue_id"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "dialogue_id"`);
    await queryRunner.query(`ALTER TABLE "idea" DROP COLUMN "dialogue_id"`);
    await queryRunner.query(`DROP TABLE "survey_hidden_answer"`);
    await queryRunner.query(`DROP INDEX "ux_survey_response_token"`);
    await queryRunner.query(`DROP INDEX "ux_survey_response_account"`);
    await queryRunner.query(`DROP INDEX "ix_survey_response_survey_id_status"`);
    await queryRunner.query(`DROP TABLE "survey_response"`);
    await queryRunner.query(`DROP INDEX "ix_survey_municipality_id_status"`);
    await queryRunner.query(`DROP INDEX "ix_survey_series_id"`);
    await queryRunner.query(`DROP INDEX "ix_survey_dialogue_id"`);
    await queryRunner.query(`DROP TABLE "survey"`);
    await queryRunner.query(`DROP INDEX "ix_dialogue_follow_user_id"`);
    await queryRunner.query(`DROP TABLE "dialogue_follow"`);
    await queryRunner.query(`DROP INDEX "ix_dialogue_decision_dialogue_id"`);
    await queryRunner.query(`DROP TABLE "dialogue_decision"`);
    await queryRunner.query(`DROP INDEX "ix_dialogue_place_place_id"`);
    await queryRunner.query(`DROP TABLE "dialogue_place"`);
    await queryRunner.query(`DROP INDEX "ix_dialogue_goal_goal_id"`);
    await queryRunner.query(`DROP TABLE "dialogue_goal"`);
    await queryRunner.query(`DROP INDEX "ix_dialogue_phase_dialogue_id"`);
    await queryRunner.query(`DROP TABLE "dialogue_phase"`);
    await queryRunner.query(`DROP INDEX "ix_dialogue_municipality_id_status"`);
    await queryRunner.query(`DROP TABLE "dialogue"`);
  }
}
