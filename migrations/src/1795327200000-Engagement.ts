import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Engagement around ideas: comments (one level of replies; deleted ones stay as placeholders),
 * the idea timeline, follows, in-app notifications with digest preferences, and posting blocks.
 */
export class Engagement1795327200000 implements MigrationInterface {
  name = 'Engagement1795327200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."comment_status" AS ENUM('VISIBLE', 'HIDDEN')`);
    await queryRunner.query(`CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idea_id" uuid NOT NULL, "parent_id" uuid, "author_id" uuid, "body" text NOT NULL, "status" "public"."comment_status" NOT NULL DEFAULT 'VISIBLE', "posted_as_officer" boolean NOT NULL DEFAULT false, "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_comment" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_comment_parent_id" ON "comment" ("parent_id")`);
    await queryRunner.query(`CREATE INDEX "ix_comment_author_id" ON "comment" ("author_id")`);
    await queryRunner.query(`CREATE INDEX "ix_comment_idea_id_created_at" ON "comment" ("idea_id", "created_at")`);
    await queryRunner.query(`CREATE TYPE "public"."idea_event_kind" AS ENUM('SUBMITTED', 'THRESHOLD_REACHED', 'STATUS_CHANGED', 'ANSWERED', 'DECIDED', 'HIDDEN', 'RESTORED')`);
    await queryRunner.query(`CREATE TABLE "idea_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idea_id" uuid NOT NULL, "kind" "public"."idea_event_kind" NOT NULL, "from_status" "public"."idea_status", "to_status" "public"."idea_status", "actor_id" uuid, "data" jsonb NOT NULL DEFAULT '{}', "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_idea_event" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_idea_event_idea_id_occurred_at" ON "idea_event" ("idea_id", "occurred_at")`);
    await queryRunner.query(`CREATE TABLE "user_block" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "until" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text NOT NULL, "blocked_by_id" uuid, "lifted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_user_block" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_user_block_user_id_municipality_id" ON "user_block" ("user_id", "municipality_id")`);
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "municipality_id" uuid, "kind" text NOT NULL, "idea_id" uuid, "comment_id" uuid, "data" jsonb NOT NULL DEFAULT '{}', "read_at" TIMESTAMP WITH TIME ZONE, "digested_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_notification" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_notification_idea_id" ON "notification" ("idea_id")`);
    await queryRunner.query(`CREATE INDEX "ix_notification_user_id_created_at" ON "notification" ("user_id", "created_at")`);
    await queryRunner.query(`CREATE TABLE "idea_follow" ("idea_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_idea_follow" PRIMARY KEY ("idea_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_idea_follow_user_id" ON "idea_follow" ("user_id")`);
    await queryRunner.query(`CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "daily_digest" boolean NOT NULL DEFAULT false, "last_digest_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_notification_preference" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`ALTER TABLE "comment" ADD CONSTRAINT "fk_comment_idea_id" FOREIGN KEY ("idea_id") REFERENCES "idea"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comment" ADD CONSTRAINT "fk_comment_parent_id" FOREIGN KEY ("parent_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comment" ADD CONSTRAINT "fk_comment_author_id" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "idea_event" ADD CONSTRAINT "fk_idea_event_idea_id" FOREIGN KEY ("idea_id") REFERENCES "idea"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "idea_event" ADD CONSTRAINT "fk_idea_event_actor_id" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_block" ADD CONSTRAINT "fk_user_block_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_block" ADD CONSTRAINT "fk_user_block_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_block" ADD CONSTRAINT "fk_user_block_blocked_by_id" FOREIGN KEY ("blocked_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_idea_id" FOREIGN KEY ("idea_id") REFERENCES "idea"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "idea_follow" ADD CONSTRAINT "fk_idea_follow_idea_id" FOREIGN KEY ("idea_id") REFERENCES "idea"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "idea_follow" ADD CONSTRAINT "fk_idea_follow_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_preference" ADD CONSTRAINT "fk_notification_preference_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP TABLE "idea_follow"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "user_block"`);
    await queryRunner.query(`DROP TABLE "idea_event"`);
    await queryRunner.query(`DROP TABLE "comment"`);
    await queryRunner.query(`DROP TYPE "public"."idea_event_kind"`);
    await queryRunner.query(`DROP TYPE "public"."comment_status"`);
  }
}
