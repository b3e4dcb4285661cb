import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LivePlayerJoinAddress1796300907573 implements MigrationInterface {
  name = 'LivePlayerJoinAddress1796300907573';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_player" ADD "join_address_hash" character(64)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_player" DROP COLUMN "join_address_hash"`);
  }
}
