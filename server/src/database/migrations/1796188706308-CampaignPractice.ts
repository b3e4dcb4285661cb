import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaigns as a ward runs them: criteria sets per block, indicator numbers local to
 * their parent, deadlines that bend (extensions, reply windows, marks, a late rule),
 * two review rounds and reviewer scopes, quota rules, and staff notifications.
 */
export class CampaignPractice1796188706308 implements MigrationInterface {
  name = 'CampaignPractice1796188706308';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_indicator_campaign_code"`);
    await queryRunner.query(
      `CREATE TABLE "criteria_set" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_6717d6b7309a910d3f19f558c04" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_criteria_set_campaign" ON "criteria_set"  ("campaign_id") `);
    await queryRunner.query(
      `CREATE TABLE "campaign_reviewer_block" ("user_id" uuid NOT NULL, "block_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, CONSTRAINT "PK_40943f51f34d28cac485b42aa3f" PRIMARY KEY ("user_id", "block_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "dedupe_key" character varying(120), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_notification_user_dedupe" ON "notification"  ("user_id", "dedupe_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_user_created" ON "notification"  ("user_id", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "app_user" ADD "email" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "campaign" ADD "organizer_unit_id" uuid`);
    await queryRunner.query(`ALTER TABLE "campaign" ADD "rank_organizer" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "campaign_block" ADD "criteria_set_id" uuid`);
    await queryRunner.query(`ALTER TABLE "campaign_period" ADD "late_rule" jsonb NOT NULL DEFAULT '{"kind":"NONE"}'`);
    await queryRunner.query(`ALTER TABLE "campaign_period" ADD "reply_days" integer NOT NULL DEFAULT '3'`);
    await queryRunner.query(`ALTER TABLE "campaign_period" ADD "quota_bases" jsonb`);
    await queryRunner.query(`ALTER TABLE "campaign_period" ADD "quota_frozen_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "campaign_title" ADD "quota_base" character varying(20) NOT NULL DEFAULT 'LOWER_TITLE'`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_title" ADD "quota_rounding" character varying(10) NOT NULL DEFAULT 'FLOOR'`,
    );
    await queryRunner.query(`ALTER TABLE "campaign_title" ADD "quota_minimum" integer NOT NULL DEFAULT '1'`);
    // Titles saved before this migration keep the quota they were published with: a share of the block, no minimum.
    await queryRunner.query(`UPDATE "campaign_title" SET "quota_base" = 'BLOCK_UNITS', "quota_minimum" = 0`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD "criteria_set_id" uuid`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD "number" character varying(20)`);
    // Every existing campaign gets one criteria set holding its tree and scoring all its blocks.
    await queryRunner.query(
      `INSERT INTO "criteria_set" ("campaign_id", "name", "position") SELECT "id", 'Bộ tiêu chí chung', 0 FROM "campaign"`,
    );
    await queryRunner.query(
      `UPDATE "campaign_block" b SET "criteria_set_id" = s."id" FROM "criteria_set" s WHERE s."campaign_id" = b."campaign_id"`,
    );
    await queryRunner.query(
      `UPDATE "indicator" i SET "criteria_set_id" = s."id", "number" = left(i."code", 20) FROM "criteria_set" s WHERE s."campaign_id" = i."campaign_id"`,
    );
    await queryRunner.query(`ALTER TABLE "campaign_block" ALTER COLUMN "criteria_set_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "indicator" ALTER COLUMN "criteria_set_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "indicator" ALTER COLUMN "number" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD "thresholds" jsonb`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD "comparison" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD "population_kind" character varying(30)`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD "method" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD "evidence_text" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "score_sheet" ADD "first_reviewed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "score_sheet" ADD "first_reviewed_by" uuid`);
    await queryRunner.query(`ALTER TABLE "score_sheet" ADD "deadline_override" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "score_sheet" ADD "reply_due_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "score_sheet" ADD "late_days" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "score_sheet" ADD "entered_on_behalf" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "score_sheet" ADD "mark" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "score_sheet" ADD "mark_reason" text`);
    await queryRunner.query(`ALTER TABLE "score_sheet" ADD "marked_by" uuid`);
    await queryRunner.query(`ALTER TABLE "score_sheet" ADD "marked_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "score_entry" ADD "reviewed_value" double precision`);
    // Full codes ("II.1") join the parents' numbers, so they grow past 20 characters.
    await queryRunner.query(`ALTER TABLE "indicator" ALTER COLUMN "code" TYPE character varying(40)`);
    await queryRunner.query(`CREATE INDEX "IDX_indicator_criteria_set" ON "indicator"  ("criteria_set_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_indicator_set_code" ON "indicator"  ("criteria_set_id", "code") `);
    await queryRunner.query(
      `ALTER TABLE "criteria_set" ADD CONSTRAINT "FK_50703f35f5f224292f484f69982" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_block" ADD CONSTRAINT "FK_f33ae3984e607da27ea1f5b4e04" FOREIGN KEY ("criteria_set_id") REFERENCES "criteria_set"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator" ADD CONSTRAINT "FK_bd2a80f2c1db67711538c7d5de0" FOREIGN KEY ("criteria_set_id") REFERENCES "criteria_set"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_reviewer_block" ADD CONSTRAINT "FK_47ca50f65653df4a9e0d3875b8d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_reviewer_block" ADD CONSTRAINT "FK_9953f037a30c5fe2f226a5af2da" FOREIGN KEY ("block_id") REFERENCES "campaign_block"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_reviewer_block" ADD CONSTRAINT "FK_d1eb61cd995b8d9a11d78393ec8" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
    await queryRunner.query(`ALTER TABLE "campaign_reviewer_block" DROP CONSTRAINT "FK_d1eb61cd995b8d9a11d78393ec8"`);
    await queryRunner.query(`ALTER TABLE "campaign_reviewer_block" DROP CONSTRAINT "FK_9953f037a30c5fe2f226a5af2da"`);
    await queryRunner.query(`ALTER TABLE "campaign_reviewer_block" DROP CONSTRAINT "FK_47ca50f65653df4a9e0d3875b8d"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "FK_bd2a80f2c1db67711538c7d5de0"`);
    await queryRunner.query(`ALTER TABLE "campaign_block" DROP CONSTRAINT "FK_f33ae3984e607da27ea1f5b4e04"`);
    await queryRunner.query(`ALTER TABLE "criteria_set" DROP CONSTRAINT "FK_50703f35f5f224292f484f69982"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_indicator_set_code"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_indicator_criteria_set"`);
    await queryRunner.query(`ALTER TABLE "indicator" ALTER COLUMN "code" TYPE character varying(20)`);
    await queryRunner.query(`ALTER TABLE "score_entry" DROP COLUMN "reviewed_value"`);
    await queryRunner.query(`ALTER TABLE "score_sheet" DROP COLUMN "marked_at"`);
    await queryRunner.query(`ALTER TABLE "score_sheet" DROP COLUMN "marked_by"`);
    await queryRunner.query(`ALTER TABLE "score_sheet" DROP COLUMN "mark_reason"`);
    await queryRunner.query(`ALTER TABLE "score_sheet" DROP COLUMN "mark"`);
    await queryRunner.query(`ALTER TABLE "score_sheet" DROP COLUMN "entered_on_behalf"`);
    await queryRunner.query(`ALTER TABLE "score_sheet" DROP COLUMN "late_days"`);
    await queryRunner.query(`ALTER TABLE "score_sheet" DROP COLUMN "reply_due_at"`);
    await queryRunner.query(`ALTER TABLE "score_sheet" DROP COLUMN "deadline_override"`);
    await queryRunner.query(`ALTER TABLE "score_sheet" DROP COLUMN "first_reviewed_by"`);
    await queryRunner.query(`ALTER TABLE "score_sheet" DROP COLUMN "first_reviewed_at"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "evidence_text"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "method"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "population_kind"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "comparison"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "thresholds"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "number"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "criteria_set_id"`);
    await queryRunner.query(`ALTER TABLE "campaign_title" DROP COLUMN "quota_minimum"`);
    await queryRunner.query(`ALTER TABLE "campaign_title" DROP COLUMN "quota_rounding"`);
    await queryRunner.query(`ALTER TABLE "campaign_title" DROP COLUMN "quota_base"`);
    await queryRunner.query(`ALTER TABLE "campaign_period" DROP COLUMN "quota_frozen_at"`);
    await queryRunner.query(`ALTER TABLE "campaign_period" DROP COLUMN "quota_bases"`);
    await queryRunner.query(`ALTER TABLE "campaign_period" DROP COLUMN "reply_days"`);
    await queryRunner.query(`ALTER TABLE "campaign_period" DROP COLUMN "late_rule"`);
    await queryRunner.query(`ALTER TABLE "campaign_block" DROP COLUMN "criteria_set_id"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP COLUMN "rank_organizer"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP COLUMN "organizer_unit_id"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "email"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_user_created"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_notification_user_dedupe"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "campaign_reviewer_block"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_criteria_set_campaign"`);
    await queryRunner.query(`DROP TABLE "criteria_set"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_indicator_campaign_code" ON "indicator" USING btree ("campaign_id", "code") `,
    );
  }
}
