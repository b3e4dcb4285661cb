import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Contests1795696861132 implements MigrationInterface {
  name = 'Contests1795696861132';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "rules_text" text NOT NULL DEFAULT '', "status" character varying(10) NOT NULL, "eligible_unit_ids" uuid array NOT NULL DEFAULT '{}', "draw_rules" jsonb NOT NULL, "questions_per_attempt" integer NOT NULL, "shuffle_options" boolean NOT NULL DEFAULT true, "time_limit_seconds" integer NOT NULL, "attempts_per_round" integer NOT NULL, "counting_attempt" character varying(10) NOT NULL, "prediction_kind" character varying(20) NOT NULL, "ranking_chain" jsonb NOT NULL, "unit_prize" jsonb NOT NULL, "is_demo" boolean NOT NULL DEFAULT false, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_contest_limits" CHECK ("time_limit_seconds" > 0 AND "attempts_per_round" > 0 AND "questions_per_attempt" > 0), CONSTRAINT "PK_ba048331bed7d939b857e9c1c63" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "contest_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contest_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "frozen_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_contest_round_window" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_f22d7eead3b826ef4a6c4b4efc8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_contest_round_contest" ON "contest_round"  ("contest_id") `);
    await queryRunner.query(
      `CREATE TABLE "entrant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contest_id" uuid NOT NULL, "full_name" character varying(100) NOT NULL, "birth_year" smallint NOT NULL, "unit_id" uuid NOT NULL, "phone_hash" character(64) NOT NULL, "phone_masked" character varying(20) NOT NULL, "token_hash" character(64) NOT NULL, "consent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "disqualified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_20598fd0f599674e629f7428d7b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_entrant_unit" ON "entrant"  ("unit_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_entrant_token" ON "entrant"  ("token_hash") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_entrant_contest_phone" ON "entrant"  ("contest_id", "phone_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entrant_id" uuid NOT NULL, "round_id" uuid NOT NULL, "questions" jsonb NOT NULL, "question_count" integer NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "auto_closed" boolean NOT NULL DEFAULT false, "score" integer, "max_score" integer, "correct_count" integer, "duration_ms" integer, "prediction" integer, "device_token_hash" character(64) NOT NULL, "flags" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_5f822b29b3128d1c65d3d6c193d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_attempt_round" ON "attempt"  ("round_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_attempt_device_token" ON "attempt"  ("device_token_hash") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_attempt_open_deadline" ON "attempt"  ("deadline_at") WHERE "submitted_at" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_attempt_entrant_round" ON "attempt"  ("entrant_id", "round_id") `);
    await queryRunner.query(
      `CREATE TABLE "attempt_answer" ("attempt_id" uuid NOT NULL, "index" smallint NOT NULL, "response" jsonb NOT NULL, "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_525e59e830bd114d814fd901ca2" PRIMARY KEY ("attempt_id", "index"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "contest_flag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contest_id" uuid NOT NULL, "entrant_id" uuid NOT NULL, "attempt_id" uuid, "kind" character varying(30) NOT NULL, "details" jsonb NOT NULL, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "resolution" character varying(20), "resolution_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2c2b4b1c5cb6ceff10bdaa0a266" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_contest_flag_contest" ON "contest_flag"  ("contest_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "contest_round" ADD CONSTRAINT "FK_9602f1fe44f05ffe114e5dbb66c" FOREIGN KEY ("contest_id") REFERENCES "contest"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "entrant" ADD CONSTRAINT "FK_6e3e99d749c3cf6599dd5a1a623" FOREIGN KEY ("contest_id") REFERENCES "contest"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "entrant" ADD CONSTRAINT "FK_7612b7c6c1ead62a82bbd953911" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attempt" ADD CONSTRAINT "FK_27ff1afb4fa4c8405eedf00b7cd" FOREIGN KEY ("entrant_id") REFERENCES "entrant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attempt" ADD CONSTRAINT "FK_b6fdeb23dcdd70ae61b62460363" FOREIGN KEY ("round_id") REFERENCES "contest_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attempt_answer" ADD CONSTRAINT "FK_cce9ba4bc6f0d60b56acee4be96" FOREIGN KEY ("attempt_id") REFERENCES "attempt"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contest_flag" ADD CONSTRAINT "FK_0411047bd6abf345fee24f36cb2" FOREIGN KEY ("contest_id") REFERENCES "contest"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contest_flag" ADD CONSTRAINT "FK_276103e49990e7adea6792db7a9" FOREIGN KEY ("entrant_id") REFERENCES "entrant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contest_flag" ADD CONSTRAINT "FK_c800c9409139af278d3b3071b10" FOREIGN KEY ("attempt_id") REFERENCES "attempt"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contest_flag" DROP CONSTRAINT "FK_c800c9409139af278d3b3071b10"`);
    await queryRunner.query(`ALTER TABLE "contest_flag" DROP CONSTRAINT "FK_276103e49990e7adea6792db7a9"`);
    await queryRunner.query(`ALTER TABLE "contest_flag" DROP CONSTRAINT "FK_0411047bd6abf345fee24f36cb2"`);
    await queryRunner.query(`ALTER TABLE "attempt_answer" DROP CONSTRAINT "FK_cce9ba4bc6f0d60b56acee4be96"`);
    await queryRunner.query(`ALTER TABLE "attempt" DROP CONSTRAINT "FK_b6fdeb23dcdd70ae61b62460363"`);
    await queryRunner.query(`ALTER TABLE "attempt" DROP CONSTRAINT "FK_27ff1afb4fa4c8405eedf00b7cd"`);
    await queryRunner.query(`ALTER TABLE "entrant" DROP CONSTRAINT "FK_7612b7c6c1ead62a82bbd953911"`);
    await queryRunner.query(`ALTER TABLE "entrant" DROP CONSTRAINT "FK_6e3e99d749c3cf6599dd5a1a623"`);
    await queryRunner.query(`ALTER TABLE "contest_round" DROP CONSTRAINT "FK_9602f1fe44f05ffe114e5dbb66c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_contest_flag_contest"`);
    await queryRunner.query(`DROP TABLE "contest_flag"`);
    await queryRunner.query(`DROP TABLE "attempt_answer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_attempt_entrant_round"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_attempt_open_deadline"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_attempt_device_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_attempt_round"`);
    await queryRunner.query(`DROP TABLE "attempt"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_entrant_contest_phone"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_entrant_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_entrant_unit"`);
    await queryRunner.query(`DROP TABLE "entrant"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_contest_round_contest"`);
    await queryRunner.query(`DROP TABLE "contest_round"`);
    await queryRunner.query(`DROP TABLE "contest"`);
  }
}
