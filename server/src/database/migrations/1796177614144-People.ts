import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The kinds a ward starts with, as DEFAULT_POPULATION_KINDS had them when this migration was written. */
const KINDS = [
  { code: 'STUDENTS', labelVi: 'Học sinh', labelEn: 'Pupils', household: false },
  { code: 'SCHOOL_STAFF', labelVi: 'Cán bộ - giáo viên - nhân viên', labelEn: 'School staff', household: false },
  { code: 'CIVIL_SERVANTS', labelVi: 'Cán bộ - công chức', labelEn: 'Civil servants', household: false },
  { code: 'PARTY_MEMBERS', labelVi: 'Đảng viên', labelEn: 'Party members', household: false },
  { code: 'MEMBERS', labelVi: 'Hội viên, đoàn viên', labelEn: 'Association members', household: false },
  { code: 'RESIDENTS', labelVi: 'Người dân', labelEn: 'Residents', household: false },
  { code: 'HOUSEHOLDS', labelVi: 'Hộ gia đình', labelEn: 'Households', household: true },
];

export class People1796177614144 implements MigrationInterface {
  name = 'People1796177614144';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "unit" DROP CONSTRAINT "CHK_unit_population"`);
    await queryRunner.query(
      `CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "full_name" character varying(100) NOT NULL, "search_text" character varying(100) NOT NULL, "birth_date" date, "birth_year" smallint, "sub_unit" character varying(60) NOT NULL DEFAULT '', "identity_key" character varying(120) NOT NULL, "phone_ciphertext" text, "phone_hash" character(64), "phone_masked" character varying(20), "personal_code" character(8), "is_demo" boolean NOT NULL DEFAULT false, "erased_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_person_birth_year" CHECK ("birth_year" IS NULL OR "birth_year" BETWEEN 1900 AND 2100), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_person_code" ON "person"  ("personal_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_person_unit_name" ON "person"  ("unit_id", "search_text") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_person_identity" ON "person"  ("unit_id", "kind", "identity_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "data_audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "action" character varying(40) NOT NULL, "subject_type" character varying(20) NOT NULL, "subject_id" uuid, "unit_id" uuid, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_36c3ba8acf57cbaa6975296a974" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_data_audit_unit_at" ON "data_audit_event"  ("unit_id", "at") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_data_audit_subject" ON "data_audit_event"  ("subject_type", "subject_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "population_kind" ("code" character varying(30) NOT NULL, "label_vi" character varying(100) NOT NULL, "label_en" character varying(100) NOT NULL, "household" boolean NOT NULL DEFAULT false, "sort_order" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_ea603ad97fe3f29c4f482941109" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "unit_population" ("unit_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "declared" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_unit_population_declared" CHECK ("declared" >= 0), CONSTRAINT "PK_8b3bfb5d44eac640506df990c8b" PRIMARY KEY ("unit_id", "kind"))`,
    );
    await queryRunner.query(`ALTER TABLE "unit" ALTER COLUMN "population_kind" TYPE character varying(30)`);
    // The kinds a ward starts with (editable afterwards) and the populations units declared so far.
    for (const [order, kind] of KINDS.entries()) {
      await queryRunner.query(
        `INSERT INTO "population_kind" ("code", "label_vi", "label_en", "household", "sort_order") VALUES ($1, $2, $3, $4, $5)`,
        [kind.code, kind.labelVi, kind.labelEn, kind.household, order],
      );
    }
    await queryRunner.query(
      `INSERT INTO "unit_population" ("unit_id", "kind", "declared")
       SELECT "id", "population_kind", "eligible_population" FROM "unit" WHERE "eligible_population" > 0`,
    );
    await queryRunner.query(`ALTER TABLE "unit" DROP COLUMN "eligible_population"`);
    await queryRunner.query(
      `ALTER TABLE "live_game" ADD "participation_basis" character varying(20) NOT NULL DEFAULT 'VERIFIED'`,
    );
    await queryRunner.query(`ALTER TABLE "live_player" ADD "person_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "campaign" ADD "participation_basis" character varying(20) NOT NULL DEFAULT 'VERIFIED'`,
    );
    await queryRunner.query(`ALTER TABLE "contest" ADD "identity_mode" character varying(20) NOT NULL DEFAULT 'OPEN'`);
    await queryRunner.query(`ALTER TABLE "contest" ADD "population_kind" character varying(30)`);
    await queryRunner.query(
      `ALTER TABLE "contest" ADD "answer_key_reveal" character varying(30) NOT NULL DEFAULT 'AFTER_ROUND_CLOSES'`,
    );
    await queryRunner.query(
      `ALTER TABLE "contest" ADD "participation_basis" character varying(20) NOT NULL DEFAULT 'VERIFIED'`,
    );
    await queryRunner.query(`ALTER TABLE "entrant" ADD "person_id" uuid`);
    await queryRunner.query(`ALTER TABLE "entrant" ADD "phone_ciphertext" text`);
    await queryRunner.query(`ALTER TABLE "entrant" ADD "entrant_code_hash" character(64)`);
    // What existed before rosters keeps its numbers, labelled as counted before rosters.
    for (const table of ['live_game', 'contest', 'campaign']) {
      await queryRunner.query(`UPDATE "${table}" SET "participation_basis" = 'BEFORE_ROSTERS'`);
    }
    await queryRunner.query(`DROP INDEX "public"."UQ_entrant_contest_phone"`);
    await queryRunner.query(`ALTER TABLE "entrant" ALTER COLUMN "phone_hash" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "entrant" ALTER COLUMN "phone_masked" DROP NOT NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_live_player_person" ON "live_player"  ("game_id", "person_id") WHERE "person_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_entrant_contest_person" ON "entrant"  ("contest_id", "person_id") WHERE "person_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_entrant_contest_phone" ON "entrant"  ("contest_id", "phone_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_1ccc95c9861eb01e5303cf22e34" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_player" ADD CONSTRAINT "FK_d227ccba228c8a336d06d1795d8" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "entrant" ADD CONSTRAINT "FK_ef25644b3da7b8f6183ecbaf288" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_population" ADD CONSTRAINT "FK_c58e1a46f0504704c2b909892b7" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_population" ADD CONSTRAINT "FK_6d0b4a05e66a14b27cbeee1c280" FOREIGN KEY ("kind") REFERENCES "population_kind"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "unit_population" DROP CONSTRAINT "FK_6d0b4a05e66a14b27cbeee1c280"`);
    await queryRunner.query(`ALTER TABLE "unit_population" DROP CONSTRAINT "FK_c58e1a46f0504704c2b909892b7"`);
    await queryRunner.query(`ALTER TABLE "entrant" DROP CONSTRAINT "FK_ef25644b3da7b8f6183ecbaf288"`);
    await queryRunner.query(`ALTER TABLE "live_player" DROP CONSTRAINT "FK_d227ccba228c8a336d06d1795d8"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_1ccc95c9861eb01e5303cf22e34"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_entrant_contest_phone"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_entrant_contest_person"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_live_player_person"`);
    await queryRunner.query(`ALTER TABLE "entrant" ALTER COLUMN "phone_masked" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "entrant" ALTER COLUMN "phone_hash" SET NOT NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_entrant_contest_phone" ON "entrant" USING btree ("contest_id", "phone_hash") `,
    );
    await queryRunner.query(`ALTER TABLE "entrant" DROP COLUMN "entrant_code_hash"`);
    await queryRunner.query(`ALTER TABLE "entrant" DROP COLUMN "phone_ciphertext"`);
    await queryRunner.query(`ALTER TABLE "entrant" DROP COLUMN "person_id"`);
    await queryRunner.query(`ALTER TABLE "contest" DROP COLUMN "participation_basis"`);
    await queryRunner.query(`ALTER TABLE "contest" DROP COLUMN "answer_key_reveal"`);
    await queryRunner.query(`ALTER TABLE "contest" DROP COLUMN "population_kind"`);
    await queryRunner.query(`ALTER TABLE "contest" DROP COLUMN "identity_mode"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP COLUMN "participation_basis"`);
    await queryRunner.query(`ALTER TABLE "live_player" DROP COLUMN "person_id"`);
    await queryRunner.query(`ALTER TABLE "live_game" DROP COLUMN "participation_basis"`);
    await queryRunner.query(`ALTER TABLE "unit" ADD "eligible_population" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `UPDATE "unit" u SET "eligible_population" = p."declared" FROM "unit_population" p
        WHERE p."unit_id" = u."id" AND p."kind" = u."population_kind"`,
    );
    await queryRunner.query(
      `UPDATE "unit" SET "population_kind" = 'MEMBERS' WHERE "population_kind" NOT IN ('STUDENTS', 'RESIDENTS', 'MEMBERS')`,
    );
    await queryRunner.query(`ALTER TABLE "unit" ALTER COLUMN "population_kind" TYPE character varying(20)`);
    await queryRunner.query(`DROP TABLE "unit_population"`);
    await queryRunner.query(`DROP TABLE "population_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_data_audit_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_data_audit_unit_at"`);
    await queryRunner.query(`DROP TABLE "data_audit_event"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_person_identity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_person_unit_name"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_person_code"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(
      `ALTER TABLE "unit" ADD CONSTRAINT "CHK_unit_population" CHECK ((eligible_population >= 0))`,
    );
  }
}
