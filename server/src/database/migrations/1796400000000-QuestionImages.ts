import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuestionImages1796400000000 implements MigrationInterface {
  name = 'QuestionImages1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "question_image" ("hash" character varying(32) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "widths" integer array NOT NULL, "stored_bytes" integer NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_36aa626ee70ba379f8b476a3c83" PRIMARY KEY ("hash"))`,
    );
    await queryRunner.query(`ALTER TABLE "question_version" ADD "image" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_version" DROP COLUMN "image"`);
    await queryRunner.query(`DROP TABLE "question_image"`);
  }
}
