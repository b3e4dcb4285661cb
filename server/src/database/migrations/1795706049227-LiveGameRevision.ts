import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveGameRevision1795706049227 implements MigrationInterface {
  name = 'LiveGameRevision1795706049227';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_game" ADD "revision" integer NOT NULL DEFAULT '0'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_game" DROP COLUMN "revision"`);
  }
}
