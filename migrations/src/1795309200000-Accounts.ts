import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, single-use e-mail tokens, roles per municipality, the e-mail outbox, the audit log and rate-limit counters. */
export class Accounts1795309200000 implements MigrationInterface {
  name = 'Accounts1795309200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "citext"`);
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_name" text, "actor_roles" text array NOT NULL DEFAULT '{}', "municipality_id" uuid, "action" text NOT NULL, "target_type" text NOT NULL, "target_id" text, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "pk_audit_event" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_audit_event_actor_id" ON "audit_event" ("actor_id")`);
    await queryRunner.query(`CREATE INDEX "ix_audit_event_municipality_id_occurred_at" ON "audit_event" ("municipality_id", "occurred_at")`);
    await queryRunner.query(`CREATE TYPE "public"."assurance_level" AS ENUM('LOW', 'SUBSTANTIAL', 'HIGH')`);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" citext, "password_hash" text, "display_name" text NOT NULL, "locale" text NOT NULL DEFAULT 'sv', "birth_year" smallint, "municipality_id" uuid, "home_place_id" uuid, "email_verified_at" TIMESTAMP WITH TIME ZONE, "assurance_level" "public"."assurance_level", "identity_verified_at" TIMESTAMP WITH TIME ZONE, "eid_subject_hash" text, "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_app_user_eid_subject_hash" UNIQUE ("eid_subject_hash"), CONSTRAINT "uq_app_user_email" UNIQUE ("email"), CONSTRAINT "ck_app_user_birth_year" CHECK ("birth_year" IS NULL OR "birth_year" BETWEEN 1900 AND 2100), CONSTRAINT "pk_app_user" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_app_user_municipality_id" ON "app_user" ("municipality_id")`);
    await queryRunner.query(`CREATE INDEX "ix_app_user_home_place_id" ON "app_user" ("home_place_id")`);
    await queryRunner.query(`CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "method" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_session_token_hash" UNIQUE ("token_hash"), CONSTRAINT "pk_session" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_session_user_id" ON "session" ("user_id")`);
    await queryRunner.query(`CREATE TYPE "public"."user_token_kind" AS ENUM('EMAIL_VERIFICATION', 'PASSWORD_RESET')`);
    await queryRunner.query(`CREATE TABLE "user_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" "public"."user_token_kind" NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_user_token_token_hash" UNIQUE ("token_hash"), CONSTRAINT "pk_user_token" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_user_token_user_id" ON "user_token" ("user_id")`);
    await queryRunner.query(`CREATE TABLE "outbox_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" citext NOT NULL, "subject" text NOT NULL, "body_text" text NOT NULL, "kind" text NOT NULL, "locale" text NOT NULL, "municipality_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "error" text, CONSTRAINT "pk_outbox_message" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_outbox_message_to_address" ON "outbox_message" ("to_address")`);
    await queryRunner.query(`CREATE INDEX "ix_outbox_message_municipality_id" ON "outbox_message" ("municipality_id")`);
    await queryRunner.query(`CREATE INDEX "ix_outbox_message_created_at" ON "outbox_message" ("created_at")`);
    await queryRunner.query(`CREATE TABLE "rate_limit_counter" ("bucket" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, CONSTRAINT "pk_rate_limit_counter" PRIMARY KEY ("bucket"))`);
    await queryRunner.query(`CREATE TYPE "public"."role" AS ENUM('RESIDENT', 'MODERATOR', 'OFFICER', 'ADMIN')`);
    await queryRunner.query(`CREATE TABLE "role_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "role" "public"."role" NOT NULL, "granted_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_role_assignment_user_id_municipality_id_role" UNIQUE ("user_id", "municipality_id", "role"), CONSTRAINT "pk_role_assignment" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_role_assignment_municipality_id" ON "role_assignment" ("municipality_id")`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_home_place_id" FOREIGN KEY ("home_place_id") REFERENCES "place"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "fk_session_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_token" ADD CONSTRAINT "fk_user_token_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_assignment" ADD CONSTRAINT "fk_role_assignment_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_assignment" ADD CONSTRAINT "fk_role_assignment_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "role_assignment" ADD CONSTRAINT "fk_role_assignment_granted_by_id" FOREIGN KEY ("granted_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "role_assignment" DROP CONSTRAINT "fk_role_assignment_granted_by_id"`);
    await queryRunner.query(`ALTER TABLE "role_assignment" DROP CONSTRAINT "fk_role_assignment_municipality_id"`);
    await queryRunner.query(`ALTER TABLE "role_assignment" DROP CONSTRAINT "fk_role_assignment_user_id"`);
    await queryRunner.query(`ALTER TABLE "user_token" DROP CONSTRAINT "fk_user_token_user_id"`);
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "fk_session_user_id"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_home_place_id"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_municipality_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_role_assignment_municipality_id"`);
    await queryRunner.query(`DROP TABLE "role_assignment"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
    await queryRunner.query(`DROP TABLE "rate_limit_counter"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_message_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_message_municipality_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_message_to_address"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_token_user_id"`);
    await queryRunner.query(`DROP TABLE "user_token"`);
    await queryRunner.query(`DROP TYPE "public"."user_token_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_session_user_id"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."ix_app_user_home_place_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_app_user_municipality_id"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."assurance_level"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_municipality_id_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_actor_id"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
