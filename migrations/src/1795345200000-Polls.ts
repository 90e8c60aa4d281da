import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Youth polls: polls of school and youth councils with options in sv, fi and fit, their målbild
 * tags, voter-code batches, voter codes (SHA-256 hashes only, no used_at) and votes (poll,
 * option, batch and the hour; nothing that identifies a person or a code).
 */
export class Polls1795345200000 implements MigrationInterface {
  name = 'Polls1795345200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "poll" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "short_code" text NOT NULL, "question" jsonb NOT NULL, "description" jsonb, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "live_results" boolean NOT NULL DEFAULT false, "audience" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_poll_short_code" UNIQUE ("short_code"), CONSTRAINT "ck_poll_times" CHECK ("closes_at" > "opens_at"), CONSTRAINT "pk_poll" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_poll_organization_id" ON "poll" ("organization_id")`);
    await queryRunner.query(`CREATE INDEX "ix_poll_municipality_id_opens_at" ON "poll" ("municipality_id", "opens_at")`);
    await queryRunner.query(`CREATE TABLE "poll_option" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "poll_id" uuid NOT NULL, "position" smallint NOT NULL, "text" jsonb NOT NULL, "image_alt" jsonb, CONSTRAINT "uq_poll_option_poll_id_position" UNIQUE ("poll_id", "position"), CONSTRAINT "pk_poll_option" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "poll_goal" ("poll_id" uuid NOT NULL, "goal_id" uuid NOT NULL, CONSTRAINT "pk_poll_goal" PRIMARY KEY ("poll_id", "goal_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_poll_goal_goal_id" ON "poll_goal" ("goal_id")`);
    await queryRunner.query(`CREATE TABLE "voter_code_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "poll_id" uuid NOT NULL, "label" text, "issued_count" integer NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_voter_code_batch" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_voter_code_batch_poll_id" ON "voter_code_batch" ("poll_id")`);
    await queryRunner.query(`CREATE TABLE "voter_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "poll_id" uuid NOT NULL, "batch_id" uuid NOT NULL, "code_hash" text NOT NULL, "used" boolean NOT NULL DEFAULT false, "revoked" boolean NOT NULL DEFAULT false, CONSTRAINT "uq_voter_code_poll_id_code_hash" UNIQUE ("poll_id", "code_hash"), CONSTRAINT "pk_voter_code" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_voter_code_batch_id" ON "voter_code" ("batch_id")`);
    await queryRunner.query(`CREATE TABLE "vote" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "poll_id" uuid NOT NULL, "option_id" uuid NOT NULL, "batch_id" uuid NOT NULL, "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_vote" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_vote_batch_id" ON "vote" ("batch_id")`);
    await queryRunner.query(`CREATE INDEX "ix_vote_poll_id_option_id" ON "vote" ("poll_id", "option_id")`);
    await queryRunner.query(`ALTER TABLE "poll" ADD CONSTRAINT "fk_poll_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "poll" ADD CONSTRAINT "fk_poll_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "poll" ADD CONSTRAINT "fk_poll_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "poll_option" ADD CONSTRAINT "fk_poll_option_poll_id" FOREIGN KEY ("poll_id") REFERENCES "poll"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "poll_goal" ADD CONSTRAINT "fk_poll_goal_poll_id" FOREIGN KEY ("poll_id") REFERENCES "poll"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "poll_goal" ADD CONSTRAINT "fk_poll_goal_goal_id" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "voter_code_batch" ADD CONSTRAINT "fk_voter_code_batch_poll_id" FOREIGN KEY ("poll_id") REFERENCES "poll"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "voter_code" ADD CONSTRAINT "fk_voter_code_poll_id" FOREIGN KEY ("poll_id") REFERENCES "poll"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "voter_code" ADD CONSTRAINT "fk_voter_code_batch_id" FOREIGN KEY ("batch_id") REFERENCES "voter_code_batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vote" ADD CONSTRAINT "fk_vote_poll_id" FOREIGN KEY ("poll_id") REFERENCES "poll"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vote" ADD CONSTRAINT "fk_vote_option_id" FOREIGN KEY ("option_id") REFERENCES "poll_option"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vote" ADD CONSTRAINT "fk_vote_batch_id" FOREIGN KEY ("batch_id") REFERENCES "voter_code_batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vote" DROP CONSTRAINT "fk_vote_batch_id"`);
    await queryRunner.query(`ALTER TABLE "vote" DROP CONSTRAINT "fk_vote_option_id"`);
    await queryRunner.query(`ALTER TABLE "vote" DROP CONSTRAINT "fk_vote_poll_id"`);
    await queryRunner.query(`ALTER TABLE "voter_code" DROP CONSTRAINT "fk_voter_code_batch_id"`);
    await queryRunner.query(`ALTER TABLE "voter_code" DROP CONSTRAINT "fk_voter_code_poll_id"`);
    await queryRunner.query(`ALTER TABLE "voter_code_batch" DROP CONSTRAINT "fk_voter_code_batch_poll_id"`);
    await queryRunner.query(`ALTER TABLE "poll_goal" DROP CONSTRAINT "fk_poll_goal_goal_id"`);
    await queryRunner.query(`ALTER TABLE "poll_goal" DROP CONSTRAINT "fk_poll_goal_poll_id"`);
    await queryRunner.query(`ALTER TABLE "poll_option" DROP CONSTRAINT "fk_poll_option_poll_id"`);
    await queryRunner.query(`ALTER TABLE "poll" DROP CONSTRAINT "fk_poll_created_by_id"`);
    await queryRunner.query(`ALTER TABLE "poll" DROP CONSTRAINT "fk_poll_organization_id"`);
    await queryRunner.query(`ALTER TABLE "poll" DROP CONSTRAINT "fk_poll_municipality_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_vote_poll_id_option_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_vote_batch_id"`);
    await queryRunner.query(`DROP TABLE "vote"`);
    await queryRunner.query(`DROP INDEX "public"."ix_voter_code_batch_id"`);
    await queryRunner.query(`DROP TABLE "voter_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_voter_code_batch_poll_id"`);
    await queryRunner.query(`DROP TABLE "voter_code_batch"`);
    await queryRunner.query(`DROP INDEX "public"."ix_poll_goal_goal_id"`);
    await queryRunner.query(`DROP TABLE "poll_goal"`);
    await queryRunner.query(`DROP TABLE "poll_option"`);
    await queryRunner.query(`DROP INDEX "public"."ix_poll_municipality_id_opens_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_poll_organization_id"`);
    await queryRunner.query(`DROP TABLE "poll"`);
  }
}
