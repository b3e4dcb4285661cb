import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795695520114 implements MigrationInterface {
  name = 'Initial1795695520114';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Vietnamese dictionary order for names (ICU ships with PostgreSQL builds we support).
    await queryRunner.query(`CREATE COLLATION IF NOT EXISTS "vi_icu" (provider = icu, locale = 'vi-VN')`);
    await queryRunner.query(
      `CREATE TABLE "unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "search_text" character varying(300) NOT NULL, "kind" character varying(30) NOT NULL, "parent_id" uuid, "eligible_population" integer NOT NULL DEFAULT '0', "population_kind" character varying(20) NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_unit_population" CHECK ("eligible_population" >= 0), CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_unit_code" ON "unit"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_unit_parent" ON "unit"  ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(60) NOT NULL, "display_name" character varying(120) NOT NULL, "password_hash" character varying(200) NOT NULL, "role" character varying(20) NOT NULL, "unit_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_app_user_username" ON "app_user"  ("username") `);
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character varying(64) NOT NULL, "family_id" uuid NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_refresh_token_hash" ON "refresh_token"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_refresh_token_family" ON "refresh_token"  ("family_id") `);
    await queryRunner.query(
      `CREATE TABLE "app_setting" ("key" character varying(100) NOT NULL, "value" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0d66bfb0d9f93124a4549d21af0" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit" ADD CONSTRAINT "FK_33443cd5de3c6b130acfd6aba63" FOREIGN KEY ("parent_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_055c5291f4320e6e092162ae36c" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_055c5291f4320e6e092162ae36c"`);
    await queryRunner.query(`ALTER TABLE "unit" DROP CONSTRAINT "FK_33443cd5de3c6b130acfd6aba63"`);
    await queryRunner.query(`DROP TABLE "app_setting"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_refresh_token_family"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_refresh_token_hash"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_app_user_username"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_unit_parent"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_unit_code"`);
    await queryRunner.query(`DROP TABLE "unit"`);
    await queryRunner.query(`DROP COLLATION IF EXISTS "vi_icu"`);
  }
}
