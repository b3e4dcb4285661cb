import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A host may close a live quiz to new players (issue 15: the lobby lock). */
export class LiveGameJoinLock1796630000000 implements MigrationInterface {
  name = 'LiveGameJoinLock1796630000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_game" ADD "join_locked" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_game" DROP COLUMN "join_locked"`);
  }
}
