import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Content1795695812956 implements MigrationInterface {
  name = 'Content1795695812956';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "resolution" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "title" character varying(300) NOT NULL, "issued_on" date, "summary" text NOT NULL DEFAULT '', "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2a6383d82766ccd2a9e6163306d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_resolution_code" ON "resolution"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "resolution_section" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resolution_id" uuid NOT NULL, "key" character varying(20) NOT NULL, "kind" character varying(30) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL DEFAULT '', "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_9eedf89c1e675e9c015f8dca369" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_resolution_section_key" ON "resolution_section"  ("resolution_id", "key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(40) NOT NULL, "status" character varying(20) NOT NULL, "current_version_id" uuid, "published_version_id" uuid, "return_reason" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_21e5786aa0ea704ae185a79b2d5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_question_key" ON "question"  ("key") `);
    await queryRunner.query(`CREATE INDEX "IDX_question_published_version" ON "question"  ("published_version_id") `);
    await queryRunner.query(
      `CREATE TABLE "question_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid NOT NULL, "version" integer NOT NULL, "type" character varying(20) NOT NULL, "prompt" text NOT NULL, "options" jsonb NOT NULL DEFAULT '[]', "answer_key" jsonb NOT NULL, "explanation" text NOT NULL, "section_id" uuid NOT NULL, "difficulty" character varying(10) NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "time_limit_seconds" integer NOT NULL, "double_points" boolean NOT NULL DEFAULT false, "search_text" text NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "published_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "PK_536fa313bdfc73a7694128dcf6e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_question_version_section" ON "question_version"  ("section_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_question_version_number" ON "question_version"  ("question_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "quiz" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "mode" character varying(10) NOT NULL, "shuffle_options" boolean NOT NULL DEFAULT true, "is_demo" boolean NOT NULL DEFAULT false, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_422d974e7217414e029b3e641d0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "quiz_draw_rule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "quiz_id" uuid NOT NULL, "position" integer NOT NULL, "section_id" uuid, "tag" character varying(50), "difficulty" character varying(10), "count" integer NOT NULL, CONSTRAINT "CHK_quiz_draw_rule_count" CHECK ("count" > 0), CONSTRAINT "PK_65e68f5baac57494a2986990d43" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_quiz_draw_rule_quiz" ON "quiz_draw_rule"  ("quiz_id") `);
    await queryRunner.query(
      `CREATE TABLE "quiz_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "quiz_id" uuid NOT NULL, "position" integer NOT NULL, "question_id" uuid NOT NULL, CONSTRAINT "PK_c48f89263aafeb79ab0e1a262e9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_quiz_item_question" ON "quiz_item"  ("question_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_quiz_item_position" ON "quiz_item"  ("quiz_id", "position") `);
    await queryRunner.query(
      `ALTER TABLE "resolution_section" ADD CONSTRAINT "FK_e21788460ab080b78522db27e51" FOREIGN KEY ("resolution_id") REFERENCES "resolution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question" ADD CONSTRAINT "FK_1b109dc2287df3e6463033290c2" FOREIGN KEY ("current_version_id") REFERENCES "question_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question" ADD CONSTRAINT "FK_5267e363130afb8fe03f0b733a0" FOREIGN KEY ("published_version_id") REFERENCES "question_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question" ADD CONSTRAINT "FK_5f80c84683bc919678a7c8f424b" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_version" ADD CONSTRAINT "FK_52195709bb83807f7bf7b537a36" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_version" ADD CONSTRAINT "FK_d65876b699bc21d43cccd43079d" FOREIGN KEY ("section_id") REFERENCES "resolution_section"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_version" ADD CONSTRAINT "FK_2127f5a03b2a1179a591d45c45f" FOREIGN KEY ("published_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_version" ADD CONSTRAINT "FK_66a9e5bce571053101f1083085c" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quiz" ADD CONSTRAINT "FK_7169e23a7f249e4ce5b5fda6c8c" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quiz_draw_rule" ADD CONSTRAINT "FK_c49bd2c05f09c09e01f2f665c3a" FOREIGN KEY ("quiz_id") REFERENCES "quiz"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quiz_draw_rule" ADD CONSTRAINT "FK_26a9f344fde1a9a8fdfdf32c44d" FOREIGN KEY ("section_id") REFERENCES "resolution_section"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quiz_item" ADD CONSTRAINT "FK_5b4c3e4d7bd84b4202bfa56077c" FOREIGN KEY ("quiz_id") REFERENCES "quiz"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quiz_item" ADD CONSTRAINT "FK_808818d6b841cb7cdad93271b46" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quiz_item" DROP CONSTRAINT "FK_808818d6b841cb7cdad93271b46"`);
    await queryRunner.query(`ALTER TABLE "quiz_item" DROP CONSTRAINT "FK_5b4c3e4d7bd84b4202bfa56077c"`);
    await queryRunner.query(`ALTER TABLE "quiz_draw_rule" DROP CONSTRAINT "FK_26a9f344fde1a9a8fdfdf32c44d"`);
    await queryRunner.query(`ALTER TABLE "quiz_draw_rule" DROP CONSTRAINT "FK_c49bd2c05f09c09e01f2f665c3a"`);
    await queryRunner.query(`ALTER TABLE "quiz" DROP CONSTRAINT "FK_7169e23a7f249e4ce5b5fda6c8c"`);
    await queryRunner.query(`ALTER TABLE "question_version" DROP CONSTRAINT "FK_66a9e5bce571053101f1083085c"`);
    await queryRunner.query(`ALTER TABLE "question_version" DROP CONSTRAINT "FK_2127f5a03b2a1179a591d45c45f"`);
    await queryRunner.query(`ALTER TABLE "question_version" DROP CONSTRAINT "FK_d65876b699bc21d43cccd43079d"`);
    await queryRunner.query(`ALTER TABLE "question_version" DROP CONSTRAINT "FK_52195709bb83807f7bf7b537a36"`);
    await queryRunner.query(`ALTER TABLE "question" DROP CONSTRAINT "FK_5f80c84683bc919678a7c8f424b"`);
    await queryRunner.query(`ALTER TABLE "question" DROP CONSTRAINT "FK_5267e363130afb8fe03f0b733a0"`);
    await queryRunner.query(`ALTER TABLE "question" DROP CONSTRAINT "FK_1b109dc2287df3e6463033290c2"`);
    await queryRunner.query(`ALTER TABLE "resolution_section" DROP CONSTRAINT "FK_e21788460ab080b78522db27e51"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_quiz_item_position"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_quiz_item_question"`);
    await queryRunner.query(`DROP TABLE "quiz_item"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_quiz_draw_rule_quiz"`);
    await queryRunner.query(`DROP TABLE "quiz_draw_rule"`);
    await queryRunner.query(`DROP TABLE "quiz"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_question_version_number"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_question_version_section"`);
    await queryRunner.query(`DROP TABLE "question_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_question_published_version"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_question_key"`);
    await queryRunner.query(`DROP TABLE "question"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_resolution_section_key"`);
    await queryRunner.query(`DROP TABLE "resolution_section"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_resolution_code"`);
    await queryRunner.query(`DROP TABLE "resolution"`);
  }
}
