import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Activities1796239160560 implements MigrationInterface {
  name = 'Activities1796239160560';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "activity_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(300) NOT NULL, "document_number" character varying(60) NOT NULL DEFAULT '', "issued_on" date, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'OPEN', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1034a8ea002217c0bedadd0bd8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "form" character varying(20) NOT NULL, "kind" character varying(40) NOT NULL, "title" character varying(300) NOT NULL DEFAULT '', "occurred_on" date, "location" character varying(200) NOT NULL DEFAULT '', "speaker" character varying(200) NOT NULL DEFAULT '', "link" text, "quantity" integer, "attendee_count" integer, "audience_kind" character varying(30), "notes" text NOT NULL DEFAULT '', "status" character varying(25) NOT NULL DEFAULT 'DRAFT', "correction_reason" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_24625a1d6b1b089c8ae206fe467" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_activity_plan_form_date" ON "activity"  ("plan_id", "form", "occurred_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_activity_plan_unit_date" ON "activity"  ("plan_id", "unit_id", "occurred_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "activity_attendee" ("activity_id" uuid NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "PK_bba2ab57caf3ab59359c5bffba9" PRIMARY KEY ("activity_id", "person_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_activity_attendee_person" ON "activity_attendee"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "activity_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_kind" character varying(20) NOT NULL, "subject_id" uuid NOT NULL, "unit_id" uuid, "actor_id" uuid, "action" character varying(40) NOT NULL, "old_value" jsonb, "new_value" jsonb, "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c2c1e9fdda754a6bf7f664d7e04" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_activity_event_unit_at" ON "activity_event"  ("unit_id", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_activity_event_subject" ON "activity_event"  ("subject_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "activity_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "activity_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "url" text, "stored_path" character varying(300), "file_name" character varying(255), "mime_type" character varying(120), "size" integer, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8b525eba3916fb7617ebe5d7b59" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_activity_evidence_activity" ON "activity_evidence"  ("activity_id") `);
    await queryRunner.query(
      `CREATE TABLE "periodic_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "from_date" date NOT NULL, "to_date" date NOT NULL, "document_number" character varying(60) NOT NULL DEFAULT '', "sections" jsonb NOT NULL DEFAULT '{}', "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e56a1918604da85808952cd667" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_periodic_report_plan" ON "periodic_report"  ("plan_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "ward_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "found_where" character varying(200) NOT NULL DEFAULT '', "link" text, "reported_on" date NOT NULL, "action_taken" text NOT NULL DEFAULT '', "status" character varying(15) NOT NULL DEFAULT 'SENT', "reply" text, "replied_by" uuid, "replied_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b57e24dcfbf40f64728ed5eee0a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ward_report_unit" ON "ward_report"  ("unit_id", "created_at") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_ward_report_plan_kind" ON "ward_report"  ("plan_id", "kind", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "activity" ADD CONSTRAINT "FK_b1034a8ea002217c0bedadd0bd8" FOREIGN KEY ("plan_id") REFERENCES "activity_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity" ADD CONSTRAINT "FK_dbe26dbc9e49871eedad01b53ac" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_attendee" ADD CONSTRAINT "FK_5f25b1f3946b61948387af7c76f" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_attendee" ADD CONSTRAINT "FK_e15f8ec4192a6752a8e75456baa" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_evidence" ADD CONSTRAINT "FK_79149832d8e774093cf7b52988d" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "periodic_report" ADD CONSTRAINT "FK_5f047abd25e0dda61962a647df6" FOREIGN KEY ("plan_id") REFERENCES "activity_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ward_report" ADD CONSTRAINT "FK_2e15194937b42bae0f5a64c80fa" FOREIGN KEY ("plan_id") REFERENCES "activity_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ward_report" ADD CONSTRAINT "FK_cb95f50cb266cbc6cd8d64dc761" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ward_report" DROP CONSTRAINT "FK_cb95f50cb266cbc6cd8d64dc761"`);
    await queryRunner.query(`ALTER TABLE "ward_report" DROP CONSTRAINT "FK_2e15194937b42bae0f5a64c80fa"`);
    await queryRunner.query(`ALTER TABLE "periodic_report" DROP CONSTRAINT "FK_5f047abd25e0dda61962a647df6"`);
    await queryRunner.query(`ALTER TABLE "activity_evidence" DROP CONSTRAINT "FK_79149832d8e774093cf7b52988d"`);
    await queryRunner.query(`ALTER TABLE "activity_attendee" DROP CONSTRAINT "FK_e15f8ec4192a6752a8e75456baa"`);
    await queryRunner.query(`ALTER TABLE "activity_attendee" DROP CONSTRAINT "FK_5f25b1f3946b61948387af7c76f"`);
    await queryRunner.query(`ALTER TABLE "activity" DROP CONSTRAINT "FK_dbe26dbc9e49871eedad01b53ac"`);
    await queryRunner.query(`ALTER TABLE "activity" DROP CONSTRAINT "FK_b1034a8ea002217c0bedadd0bd8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ward_report_plan_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ward_report_unit"`);
    await queryRunner.query(`DROP TABLE "ward_report"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_periodic_report_plan"`);
    await queryRunner.query(`DROP TABLE "periodic_report"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_activity_evidence_activity"`);
    await queryRunner.query(`DROP TABLE "activity_evidence"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_activity_event_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_activity_event_unit_at"`);
    await queryRunner.query(`DROP TABLE "activity_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_activity_attendee_person"`);
    await queryRunner.query(`DROP TABLE "activity_attendee"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_activity_plan_unit_date"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_activity_plan_form_date"`);
    await queryRunner.query(`DROP TABLE "activity"`);
    await queryRunner.query(`DROP TABLE "activity_plan"`);
  }
}
