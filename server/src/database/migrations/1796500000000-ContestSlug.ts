import { slugify, uniqueSlug } from '@thidua/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Contests get a short readable link (/c/<slug>); existing ones get one from their title, oldest first. */
export class ContestSlug1796500000000 implements MigrationInterface {
  name = 'ContestSlug1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contest" ADD "slug" character varying(60)`);
    const rows = (await queryRunner.query(`SELECT id, title FROM "contest" ORDER BY created_at, id`)) as {
      id: string;
      title: string;
    }[];
    const taken = new Set<string>();
    for (const row of rows) {
      const slug = uniqueSlug(slugify(row.title), taken);
      taken.add(slug);
      await queryRunner.query(`UPDATE "contest" SET "slug" = $1 WHERE id = $2`, [slug, row.id]);
    }
    await queryRunner.query(`ALTER TABLE "contest" ALTER COLUMN "slug" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_contest_slug" ON "contest" ("slug") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_contest_slug"`);
    await queryRunner.query(`ALTER TABLE "contest" DROP COLUMN "slug"`);
  }
}
