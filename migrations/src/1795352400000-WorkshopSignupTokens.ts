import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Cancel links for workshop sign-ups: only a hash of the token is stored. */
export class WorkshopSignupTokens1795352400000 implements MigrationInterface {
  name = 'WorkshopSignupTokens1795352400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workshop_signup" ADD "cancel_token_hash" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_workshop_signup_cancel_token" ON "workshop_signup"  ("cancel_token_hash") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_workshop_signup_cancel_token"`);
    await queryRunner.query(`ALTER TABLE "workshop_signup" DROP COLUMN "cancel_token_hash"`);
  }
}
