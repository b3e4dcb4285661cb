import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public board shows only published results (issue 16), so a campaign's choice of
 * board data is gone. Down brings the column back at its old default; the choices it
 * held are not restored (nothing read them any more).
 */
export class DropCampaignBoardSource1796610000000 implements MigrationInterface {
  name = 'DropCampaignBoardSource1796610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign" DROP COLUMN "board_source"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "campaign" ADD "board_source" character varying(20) NOT NULL DEFAULT 'PUBLISHED'`,
    );
  }
}
