import { foldForSearch } from '@thidua/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Activities get their title folded for search (as units, people and questions have), so the
 * log is searched in SQL before its 1,000-row limit; existing titles are folded here, by the
 * same foldForSearch the service writes with.
 */
export class ActivitySearchText1796620000000 implements MigrationInterface {
  name = 'ActivitySearchText1796620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "activity" ADD "search_text" text NOT NULL DEFAULT ''`);
    const rows = (await queryRunner.query(`SELECT id, title FROM "activity" WHERE title <> ''`)) as {
      id: string;
      title: string;
    }[];
    for (const row of rows)
      await queryRunner.query(`UPDATE "activity" SET "search_text" = $1 WHERE id = $2`, [
        foldForSearch(row.title),
        row.id,
      ]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "activity" DROP COLUMN "search_text"`);
  }
}
