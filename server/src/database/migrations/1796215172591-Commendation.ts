import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Commendation1796215172591 implements MigrationInterface {
  name = 'Commendation1796215172591';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "commendation_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid, "proposal_id" uuid, "actor_id" uuid, "action" character varying(40) NOT NULL, "detail" jsonb, "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a0d540afc3803cfb446caafc1c0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_commendation_event_round_at" ON "commendation_event"  ("round_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "commendation_form" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "recipient_kind" character varying(12) NOT NULL, "authority" character varying(16) NOT NULL, "period" character varying(10) NOT NULL, "legal_basis" text NOT NULL DEFAULT '', "conditions" jsonb NOT NULL DEFAULT '[]', "unit_kinds" text array NOT NULL DEFAULT '{}', "quota_percent" double precision, "quota_of_form_code" character varying(40), "quota_minimum" integer NOT NULL DEFAULT '1', "posting_days" integer NOT NULL DEFAULT '10', "approval_percent" double precision NOT NULL DEFAULT '70', "secret_ballot" boolean NOT NULL DEFAULT false, "certificate_heading" character varying(100) NOT NULL DEFAULT '', "active" boolean NOT NULL DEFAULT true, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_492016526677690edb2df3d41e3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_commendation_form_code" ON "commendation_form"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "commendation_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "campaign_id" uuid, "period_id" uuid, "year" integer NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'PROPOSING', "submission_number" character varying(40) NOT NULL DEFAULT '', "submission_date" date, "posting_starts_at" TIMESTAMP WITH TIME ZONE, "posting_ends_at" TIMESTAMP WITH TIME ZONE, "posting_places" character varying(300) NOT NULL DEFAULT '', "decision_number" character varying(40), "decision_date" date, "signer_authority" character varying(100), "signer_capacity" character varying(100), "signer_title" character varying(100), "signer_name" character varying(100), "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by" uuid, "narrative" jsonb NOT NULL DEFAULT '{"results":"","limitations":"","directions":""}', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_619ea439e0a515e04ff892f9798" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_commendation_round_period" ON "commendation_round"  ("period_id") `);
    await queryRunner.query(
      `CREATE TABLE "commendation_proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "form_id" uuid NOT NULL, "recipient_kind" character varying(12) NOT NULL, "unit_id" uuid NOT NULL, "person_id" uuid, "recipient_name" character varying(200) NOT NULL, "recipient_detail" character varying(300) NOT NULL DEFAULT '', "achievements" text NOT NULL DEFAULT '', "source" character varying(10) NOT NULL, "source_title_id" uuid, "rank" integer, "total" double precision, "conditions" jsonb NOT NULL DEFAULT '[]', "confirmations" jsonb NOT NULL DEFAULT '{}', "status" character varying(12) NOT NULL DEFAULT 'PROPOSED', "status_reason" text, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" uuid, "position" integer NOT NULL DEFAULT '0', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_382b90c1bc0326385f11e01eaa8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_commendation_proposal_round" ON "commendation_proposal"  ("round_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_commendation_proposal_person" ON "commendation_proposal"  ("round_id", "form_id", "person_id") WHERE "person_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_commendation_proposal_unit" ON "commendation_proposal"  ("round_id", "form_id", "unit_id") WHERE "person_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "council_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "held_at" TIMESTAMP WITH TIME ZONE NOT NULL, "location" character varying(200) NOT NULL DEFAULT '', "quorum_numerator" integer NOT NULL DEFAULT '2', "quorum_denominator" integer NOT NULL DEFAULT '3', "minutes_note" text NOT NULL DEFAULT '', "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_19712e98e59eaa09f5abcf77da4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_council_session_round" ON "council_session"  ("round_id") `);
    await queryRunner.query(
      `CREATE TABLE "council_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "full_name" character varying(100) NOT NULL, "position" character varying(200) NOT NULL DEFAULT '', "role" character varying(16) NOT NULL, "present" boolean NOT NULL DEFAULT false, "sort_order" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_6620361345f37130c3960fd80e8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_council_member_session" ON "council_member"  ("session_id") `);
    await queryRunner.query(
      `CREATE TABLE "council_vote" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "proposal_id" uuid NOT NULL, "attempt" integer NOT NULL DEFAULT '1', "ballot" character varying(8) NOT NULL, "present" integer NOT NULL, "approve" integer NOT NULL, "against" integer NOT NULL, "abstain" integer NOT NULL DEFAULT '0', "threshold_percent" double precision NOT NULL, "passed" boolean NOT NULL, "reason" text, "recorded_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cef82f9bb25d5a405413571e860" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_council_vote_session" ON "council_vote"  ("session_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_council_vote_attempt" ON "council_vote"  ("proposal_id", "attempt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "posting_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "proposal_id" uuid, "body" text NOT NULL, "author_name" character varying(100), "contact" character varying(120), "status" character varying(10) NOT NULL DEFAULT 'NEW', "handling_note" text, "handled_by" uuid, "handled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9a172f0edd3f42dff9c881636a4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_posting_comment_round_at" ON "posting_comment"  ("round_id", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "campaign_title" ADD "commendation_form_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "commendation_proposal" ADD CONSTRAINT "FK_4908a2b8c00655fff689ec69e6f" FOREIGN KEY ("round_id") REFERENCES "commendation_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commendation_proposal" ADD CONSTRAINT "FK_fd24679752d06cfc0ec37f45f7a" FOREIGN KEY ("form_id") REFERENCES "commendation_form"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_session" ADD CONSTRAINT "FK_b3d9df035c336bead902349576b" FOREIGN KEY ("round_id") REFERENCES "commendation_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_member" ADD CONSTRAINT "FK_ef306daf7a8344fd071c2bf6cbd" FOREIGN KEY ("session_id") REFERENCES "council_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_vote" ADD CONSTRAINT "FK_53018b9e53f9b0561014aa7dbda" FOREIGN KEY ("session_id") REFERENCES "council_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_vote" ADD CONSTRAINT "FK_04f4078506d976a3970ffc6cc49" FOREIGN KEY ("proposal_id") REFERENCES "commendation_proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "council_vote" DROP CONSTRAINT "FK_04f4078506d976a3970ffc6cc49"`);
    await queryRunner.query(`ALTER TABLE "council_vote" DROP CONSTRAINT "FK_53018b9e53f9b0561014aa7dbda"`);
    await queryRunner.query(`ALTER TABLE "council_member" DROP CONSTRAINT "FK_ef306daf7a8344fd071c2bf6cbd"`);
    await queryRunner.query(`ALTER TABLE "council_session" DROP CONSTRAINT "FK_b3d9df035c336bead902349576b"`);
    await queryRunner.query(`ALTER TABLE "commendation_proposal" DROP CONSTRAINT "FK_fd24679752d06cfc0ec37f45f7a"`);
    await queryRunner.query(`ALTER TABLE "commendation_proposal" DROP CONSTRAINT "FK_4908a2b8c00655fff689ec69e6f"`);
    await queryRunner.query(`ALTER TABLE "campaign_title" DROP COLUMN "commendation_form_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posting_comment_round_at"`);
    await queryRunner.query(`DROP TABLE "posting_comment"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_council_vote_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_council_vote_session"`);
    await queryRunner.query(`DROP TABLE "council_vote"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_council_member_session"`);
    await queryRunner.query(`DROP TABLE "council_member"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_council_session_round"`);
    await queryRunner.query(`DROP TABLE "council_session"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_commendation_proposal_unit"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_commendation_proposal_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_commendation_proposal_round"`);
    await queryRunner.query(`DROP TABLE "commendation_proposal"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_commendation_round_period"`);
    await queryRunner.query(`DROP TABLE "commendation_round"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_commendation_form_code"`);
    await queryRunner.query(`DROP TABLE "commendation_form"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_commendation_event_round_at"`);
    await queryRunner.query(`DROP TABLE "commendation_event"`);
  }
}
