import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Campaigns1795696726469 implements MigrationInterface {
  name = 'Campaigns1795696726469';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "sheet_id" uuid, "entry_id" uuid, "actor_id" uuid, "action" character varying(40) NOT NULL, "field" character varying(40), "old_value" jsonb, "new_value" jsonb, "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_sheet_at" ON "audit_event"  ("sheet_id", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_campaign_at" ON "audit_event"  ("campaign_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "campaign" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT '', "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "total_points" double precision NOT NULL DEFAULT '100', "tie_rule" jsonb NOT NULL, "board_source" character varying(20) NOT NULL DEFAULT 'PUBLISHED', "board_enabled" boolean NOT NULL DEFAULT false, "is_demo" boolean NOT NULL DEFAULT false, "launched_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_block" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "leader_unit_id" uuid, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_edc896c631d67f3aea94f1e8090" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_campaign_block_campaign" ON "campaign_block"  ("campaign_id") `);
    await queryRunner.query(
      `CREATE TABLE "campaign_block_unit" ("block_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, CONSTRAINT "PK_820b0396d64d1cc4a751b5dbdf4" PRIMARY KEY ("block_id", "unit_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_campaign_block_unit_campaign_unit" ON "campaign_block_unit"  ("campaign_id", "unit_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_period" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(10) NOT NULL, "position" integer NOT NULL DEFAULT '0', "starts_on" date NOT NULL, "ends_on" date NOT NULL, "submission_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d0cfeb3c54752a8a396ca9ebcd9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_campaign_period_campaign" ON "campaign_period"  ("campaign_id") `);
    await queryRunner.query(
      `CREATE TABLE "campaign_title" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "min_total" double precision NOT NULL, "group_floor_percent" double precision, "quota_percent" double precision, "rank_order" integer NOT NULL, CONSTRAINT "PK_dca0e5cfd9a7f1fedd09dabf6d3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_campaign_title_campaign" ON "campaign_title"  ("campaign_id") `);
    await queryRunner.query(
      `CREATE TABLE "indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "parent_id" uuid, "code" character varying(20) NOT NULL, "title" character varying(500) NOT NULL, "kind" character varying(20) NOT NULL, "max_points" double precision NOT NULL, "step" double precision, "target" double precision, "per_item_points" double precision, "evidence_required" boolean NOT NULL DEFAULT false, "computed_source" jsonb, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "CHK_indicator_max" CHECK ("max_points" > 0), CONSTRAINT "PK_4693fe4c2cb912a71e05c589e7e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_indicator_parent" ON "indicator"  ("parent_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_indicator_campaign_code" ON "indicator"  ("campaign_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "indicator_target" ("indicator_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "target" double precision NOT NULL, CONSTRAINT "CHK_indicator_target_positive" CHECK ("target" > 0), CONSTRAINT "PK_86e2720bb0e63cbb7dd46c99e6e" PRIMARY KEY ("indicator_id", "unit_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "score_sheet" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "period_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "return_reason" text, "explanation" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2d456b20d675a5e607486b79440" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_score_sheet_campaign" ON "score_sheet"  ("campaign_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_score_sheet_unit" ON "score_sheet"  ("unit_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_score_sheet_period_unit" ON "score_sheet"  ("period_id", "unit_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "score_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sheet_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "value" double precision, "self_score" double precision, "reviewed_score" double precision, "corrected_score" double precision, "note" text, "review_reason" text, "computed" jsonb, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_258ef4c1672e2f248a0fa3268a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_score_entry_indicator" ON "score_entry"  ("indicator_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_score_entry_sheet_indicator" ON "score_entry"  ("sheet_id", "indicator_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "sheet_id" uuid NOT NULL, "entry_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "url" text, "stored_path" character varying(300), "file_name" character varying(255), "mime_type" character varying(120), "size" integer, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b864cb5d49854f89917fc0b44b9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_evidence_entry" ON "evidence"  ("entry_id") `);
    await queryRunner.query(
      `CREATE TABLE "score_correction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "sheet_id" uuid NOT NULL, "old_score" double precision, "new_score" double precision NOT NULL, "reason" text NOT NULL, "corrected_by" uuid, "corrected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d0d901d52d078800bcf1af43adc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_score_correction_entry" ON "score_correction"  ("entry_id") `);
    await queryRunner.query(
      `ALTER TABLE "campaign_block" ADD CONSTRAINT "FK_227eed90d9f9b0d006fe3973bb4" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_block" ADD CONSTRAINT "FK_00481586ddd0f238ce2ab19a9d4" FOREIGN KEY ("leader_unit_id") REFERENCES "unit"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_block_unit" ADD CONSTRAINT "FK_4fcb177bb86388c40b6ec4f9721" FOREIGN KEY ("block_id") REFERENCES "campaign_block"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_block_unit" ADD CONSTRAINT "FK_84cfa809cd8087ee1328df1e575" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_block_unit" ADD CONSTRAINT "FK_8451aa329834d6900e2b164ee72" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_period" ADD CONSTRAINT "FK_c2e81ac00443befc97c73a8cb98" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_title" ADD CONSTRAINT "FK_be18647eb4d11ba1fd64dac67de" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator" ADD CONSTRAINT "FK_9e2b096789641708289ef02fa5c" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator" ADD CONSTRAINT "FK_c3b7bdd5e819335fa40af270d5e" FOREIGN KEY ("parent_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_target" ADD CONSTRAINT "FK_aee24e10c440f5e7e44f95ce3bd" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_target" ADD CONSTRAINT "FK_c26b542c433353fbeb61283bf66" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_sheet" ADD CONSTRAINT "FK_83c54f4b12422995d2a59685cac" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_sheet" ADD CONSTRAINT "FK_bd11492adca8d8b53b7224bb398" FOREIGN KEY ("period_id") REFERENCES "campaign_period"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_sheet" ADD CONSTRAINT "FK_ed96fb23542234f36670cf281bf" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_entry" ADD CONSTRAINT "FK_8c165017dbeeb864f263922cbe0" FOREIGN KEY ("sheet_id") REFERENCES "score_sheet"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_entry" ADD CONSTRAINT "FK_9688b271efbf672395abdbbe06e" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence" ADD CONSTRAINT "FK_0cbe7fba38ea2ad81a7474098f5" FOREIGN KEY ("entry_id") REFERENCES "score_entry"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_correction" ADD CONSTRAINT "FK_7979da7b26bf8742e04620ae1b4" FOREIGN KEY ("entry_id") REFERENCES "score_entry"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "score_correction" DROP CONSTRAINT "FK_7979da7b26bf8742e04620ae1b4"`);
    await queryRunner.query(`ALTER TABLE "evidence" DROP CONSTRAINT "FK_0cbe7fba38ea2ad81a7474098f5"`);
    await queryRunner.query(`ALTER TABLE "score_entry" DROP CONSTRAINT "FK_9688b271efbf672395abdbbe06e"`);
    await queryRunner.query(`ALTER TABLE "score_entry" DROP CONSTRAINT "FK_8c165017dbeeb864f263922cbe0"`);
    await queryRunner.query(`ALTER TABLE "score_sheet" DROP CONSTRAINT "FK_ed96fb23542234f36670cf281bf"`);
    await queryRunner.query(`ALTER TABLE "score_sheet" DROP CONSTRAINT "FK_bd11492adca8d8b53b7224bb398"`);
    await queryRunner.query(`ALTER TABLE "score_sheet" DROP CONSTRAINT "FK_83c54f4b12422995d2a59685cac"`);
    await queryRunner.query(`ALTER TABLE "indicator_target" DROP CONSTRAINT "FK_c26b542c433353fbeb61283bf66"`);
    await queryRunner.query(`ALTER TABLE "indicator_target" DROP CONSTRAINT "FK_aee24e10c440f5e7e44f95ce3bd"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "FK_c3b7bdd5e819335fa40af270d5e"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "FK_9e2b096789641708289ef02fa5c"`);
    await queryRunner.query(`ALTER TABLE "campaign_title" DROP CONSTRAINT "FK_be18647eb4d11ba1fd64dac67de"`);
    await queryRunner.query(`ALTER TABLE "campaign_period" DROP CONSTRAINT "FK_c2e81ac00443befc97c73a8cb98"`);
    await queryRunner.query(`ALTER TABLE "campaign_block_unit" DROP CONSTRAINT "FK_8451aa329834d6900e2b164ee72"`);
    await queryRunner.query(`ALTER TABLE "campaign_block_unit" DROP CONSTRAINT "FK_84cfa809cd8087ee1328df1e575"`);
    await queryRunner.query(`ALTER TABLE "campaign_block_unit" DROP CONSTRAINT "FK_4fcb177bb86388c40b6ec4f9721"`);
    await queryRunner.query(`ALTER TABLE "campaign_block" DROP CONSTRAINT "FK_00481586ddd0f238ce2ab19a9d4"`);
    await queryRunner.query(`ALTER TABLE "campaign_block" DROP CONSTRAINT "FK_227eed90d9f9b0d006fe3973bb4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_score_correction_entry"`);
    await queryRunner.query(`DROP TABLE "score_correction"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evidence_entry"`);
    await queryRunner.query(`DROP TABLE "evidence"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_score_entry_sheet_indicator"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_score_entry_indicator"`);
    await queryRunner.query(`DROP TABLE "score_entry"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_score_sheet_period_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_score_sheet_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_score_sheet_campaign"`);
    await queryRunner.query(`DROP TABLE "score_sheet"`);
    await queryRunner.query(`DROP TABLE "indicator_target"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_indicator_campaign_code"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_indicator_parent"`);
    await queryRunner.query(`DROP TABLE "indicator"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_campaign_title_campaign"`);
    await queryRunner.query(`DROP TABLE "campaign_title"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_campaign_period_campaign"`);
    await queryRunner.query(`DROP TABLE "campaign_period"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_campaign_block_unit_campaign_unit"`);
    await queryRunner.query(`DROP TABLE "campaign_block_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_campaign_block_campaign"`);
    await queryRunner.query(`DROP TABLE "campaign_block"`);
    await queryRunner.query(`DROP TABLE "campaign"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_campaign_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_sheet_at"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
