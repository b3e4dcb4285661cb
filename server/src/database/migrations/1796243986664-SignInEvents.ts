import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SignInEvents1796243986664 implements MigrationInterface {
  name = 'SignInEvents1796243986664';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "username" character varying(60) NOT NULL, "user_id" uuid, "address" character varying(64) NOT NULL, "user_agent" character varying(300), "outcome" character varying(20) NOT NULL, "delay_seconds" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_0f97b0c95ea188ec1b09bc4f88a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_sign_in_event_created" ON "sign_in_event"  ("created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_sign_in_event_address" ON "sign_in_event"  ("address", "created_at") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_sign_in_event_account_address" ON "sign_in_event"  ("username", "address", "created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_sign_in_event_account_address"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sign_in_event_address"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sign_in_event_created"`);
    await queryRunner.query(`DROP TABLE "sign_in_event"`);
  }
}
