import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizations (föreningar, youth and school councils) of a municipality, their members with
 * LEADER or MEMBER, and e-mailed invitations (only the SHA-256 of the link's token is stored).
 * Names are citext, so "Töre byaförening" and "TÖRE BYAFÖRENING" cannot both exist in one municipality.
 */
export class Organizations1795312800000 implements MigrationInterface {
  name = 'Organizations1795312800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "citext"`);
    await queryRunner.query(
      `CREATE TYPE "public"."organization_kind" AS ENUM('VILLAGE_ASSOCIATION', 'HEMBYGDSFORENING', 'FOLKETS_HUS', 'YOUTH_COUNCIL', 'SCHOOL_COUNCIL', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."organization_status" AS ENUM('PENDING', 'APPROVED', 'REJECTED')`);
    await queryRunner.query(`CREATE TYPE "public"."membership_role" AS ENUM('LEADER', 'MEMBER')`);

    await queryRunner.query(
      `CREATE TABLE "organization" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "municipality_id" uuid NOT NULL,
        "name" citext NOT NULL,
        "kind" "public"."organization_kind" NOT NULL,
        "home_place_id" uuid,
        "contact_email" citext,
        "description" text,
        "status" "public"."organization_status" NOT NULL DEFAULT 'PENDING',
        "created_by_id" uuid,
        "reviewed_by_id" uuid,
        "reviewed_at" TIMESTAMP WITH TIME ZONE,
        "review_reason" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "uq_organization_municipality_id_name" UNIQUE ("municipality_id", "name"),
        CONSTRAINT "ck_organization_rejection_reason" CHECK ("status" <> 'REJECTED' OR "review_reason" IS NOT NULL),
        CONSTRAINT "ck_organization_description_length" CHECK ("description" IS NULL OR char_length("description") <= 2000),
        CONSTRAINT "pk_organization" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(`CREATE INDEX "ix_organization_home_place_id" ON "organization" ("home_place_id")`);

    await queryRunner.query(
      `CREATE TABLE "membership" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "role" "public"."membership_role" NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "uq_membership_organization_id_user_id" UNIQUE ("organization_id", "user_id"),
        CONSTRAINT "pk_membership" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(`CREATE INDEX "ix_membership_user_id" ON "membership" ("user_id")`);

    await queryRunner.query(
      `CREATE TABLE "organization_invitation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "email" citext NOT NULL,
        "role" "public"."membership_role" NOT NULL,
        "token_hash" text NOT NULL,
        "invited_by_id" uuid,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "accepted_at" TIMESTAMP WITH TIME ZONE,
        "accepted_by_id" uuid,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "uq_organization_invitation_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "pk_organization_invitation" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(`CREATE INDEX "ix_organization_invitation_organization_id" ON "organization_invitation" ("organization_id")`);
    await queryRunner.query(`CREATE INDEX "ix_organization_invitation_invited_by_id" ON "organization_invitation" ("invited_by_id")`);

    await queryRunner.query(`ALTER TABLE "organization" ADD CONSTRAINT "fk_organization_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization" ADD CONSTRAINT "fk_organization_home_place_id" FOREIGN KEY ("home_place_id") REFERENCES "place"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization" ADD CONSTRAINT "fk_organization_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization" ADD CONSTRAINT "fk_organization_reviewed_by_id" FOREIGN KEY ("reviewed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "fk_membership_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "fk_membership_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization_invitation" ADD CONSTRAINT "fk_organization_invitation_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization_invitation" ADD CONSTRAINT "fk_organization_invitation_invited_by_id" FOREIGN KEY ("invited_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization_invitation" ADD CONSTRAINT "fk_organization_invitation_accepted_by_id" FOREIGN KEY ("accepted_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization_invitation" DROP CONSTRAINT "fk_organization_invitation_accepted_by_id"`);
    await queryRunner.query(`ALTER TABLE "organization_invitation" DROP CONSTRAINT "fk_organization_invitation_invited_by_id"`);
    await queryRunner.query(`ALTER TABLE "organization_invitation" DROP CONSTRAINT "fk_organization_invitation_organization_id"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_user_id"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_organization_id"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "fk_organization_reviewed_by_id"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "fk_organization_created_by_id"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "fk_organization_home_place_id"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "fk_organization_municipality_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organization_invitation_invited_by_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organization_invitation_organization_id"`);
    await queryRunner.query(`DROP TABLE "organization_invitation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_membership_user_id"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organization_home_place_id"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP TYPE "public"."membership_role"`);
    await queryRunner.query(`DROP TYPE "public"."organization_status"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
  }
}
