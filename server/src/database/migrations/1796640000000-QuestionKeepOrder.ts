import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A question version may keep its option order (issue 15): "Cả 3 đáp án trên" means nothing
 * once the options are shuffled, so games and contests never shuffle such a question.
 */
export class QuestionKeepOrder1796640000000 implements MigrationInterface {
  name = 'QuestionKeepOrder1796640000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_version" ADD "keep_order" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_version" DROP COLUMN "keep_order"`);
  }
}
