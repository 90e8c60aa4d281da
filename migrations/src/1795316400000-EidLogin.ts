import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in with e-ID: OpenID Connect attempts in progress (PKCE verifier, nonce, hashed state), so any API process can finish them. */
export class EidLogin1795316400000 implements MigrationInterface {
  name = 'EidLogin1795316400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "eid_login_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "state_hash" text NOT NULL, "code_verifier" text NOT NULL, "nonce" text NOT NULL, "return_to" text NOT NULL, "link_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "consumed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_eid_login_attempt_state_hash" UNIQUE ("state_hash"), CONSTRAINT "pk_eid_login_attempt" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_eid_login_attempt_link_user_id" ON "eid_login_attempt" ("link_user_id")`);
    await queryRunner.query(`CREATE INDEX "ix_eid_login_attempt_expires_at" ON "eid_login_attempt" ("expires_at")`);
    await queryRunner.query(`ALTER TABLE "eid_login_attempt" ADD CONSTRAINT "fk_eid_login_attempt_link_user_id" FOREIGN KEY ("link_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "eid_login_attempt" DROP CONSTRAINT "fk_eid_login_attempt_link_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_eid_login_attempt_expires_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_eid_login_attempt_link_user_id"`);
    await queryRunner.query(`DROP TABLE "eid_login_attempt"`);
  }
}
