import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveGames1795696241559 implements MigrationInterface {
  name = 'LiveGames1795696241559';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "live_game" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pin" character(6) NOT NULL, "quiz_id" uuid, "host_user_id" uuid, "title" character varying(200) NOT NULL, "settings" jsonb NOT NULL, "status" character varying(10) NOT NULL, "phase" character varying(12) NOT NULL, "current_index" integer NOT NULL DEFAULT '-1', "question_count" integer NOT NULL, "paused" boolean NOT NULL DEFAULT false, "paused_at" TIMESTAMP(3) WITH TIME ZONE, "phase_started_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP(3) WITH TIME ZONE, "ended_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_b70b566a9d911d760cc866807c3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_live_game_host" ON "live_game"  ("host_user_id", "created_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_live_game_open_pin" ON "live_game"  ("pin") WHERE "status" <> 'ENDED'`,
    );
    await queryRunner.query(
      `CREATE TABLE "live_player" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "game_id" uuid NOT NULL, "name" character varying(30) NOT NULL, "unit_id" uuid, "resume_token_hash" character(64) NOT NULL, "joined_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "removed_at" TIMESTAMP(3) WITH TIME ZONE, "score" integer NOT NULL DEFAULT '0', "streak" integer NOT NULL DEFAULT '0', "correct_time_ms" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_a1fea055558aa2eb5c8f8b45f1a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_live_player_resume_token" ON "live_player"  ("resume_token_hash") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_live_player_game" ON "live_player"  ("game_id") `);
    await queryRunner.query(
      `CREATE TABLE "live_answer" ("player_id" uuid NOT NULL, "question_index" integer NOT NULL, "game_id" uuid NOT NULL, "response" jsonb NOT NULL, "received_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "elapsed_ms" integer NOT NULL, "credit" real NOT NULL, "points" integer NOT NULL, CONSTRAINT "PK_f8c9ce1dff45b280c97d52b5365" PRIMARY KEY ("player_id", "question_index"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_live_answer_game_question" ON "live_answer"  ("game_id", "question_index") `,
    );
    await queryRunner.query(
      `CREATE TABLE "live_game_question" ("game_id" uuid NOT NULL, "index" integer NOT NULL, "question_version_id" uuid NOT NULL, "option_order" jsonb NOT NULL, "shown_at" TIMESTAMP(3) WITH TIME ZONE, "opens_at" TIMESTAMP(3) WITH TIME ZONE, "closes_at" TIMESTAMP(3) WITH TIME ZONE, "revealed_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_4c472e79e1875252d9a5400e2c6" PRIMARY KEY ("game_id", "index"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_game" ADD CONSTRAINT "FK_beb496fd376a8e912e9a29856bf" FOREIGN KEY ("quiz_id") REFERENCES "quiz"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_game" ADD CONSTRAINT "FK_830ee5eee275acca48d8b039a8d" FOREIGN KEY ("host_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_player" ADD CONSTRAINT "FK_ee3062259c0a0ddd89d18aa3a02" FOREIGN KEY ("game_id") REFERENCES "live_game"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_player" ADD CONSTRAINT "FK_24a198a1942a952e14f888eea5b" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_answer" ADD CONSTRAINT "FK_62ea9a977f6d44d0684b252d897" FOREIGN KEY ("player_id") REFERENCES "live_player"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_answer" ADD CONSTRAINT "FK_d69266fbdfd23bc195d2df665ac" FOREIGN KEY ("game_id") REFERENCES "live_game"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_game_question" ADD CONSTRAINT "FK_c968675fb159ea50c42def57ba5" FOREIGN KEY ("game_id") REFERENCES "live_game"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_game_question" ADD CONSTRAINT "FK_0914271a723bcc8ece7c3842647" FOREIGN KEY ("question_version_id") REFERENCES "question_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_game_question" DROP CONSTRAINT "FK_0914271a723bcc8ece7c3842647"`);
    await queryRunner.query(`ALTER TABLE "live_game_question" DROP CONSTRAINT "FK_c968675fb159ea50c42def57ba5"`);
    await queryRunner.query(`ALTER TABLE "live_answer" DROP CONSTRAINT "FK_d69266fbdfd23bc195d2df665ac"`);
    await queryRunner.query(`ALTER TABLE "live_answer" DROP CONSTRAINT "FK_62ea9a977f6d44d0684b252d897"`);
    await queryRunner.query(`ALTER TABLE "live_player" DROP CONSTRAINT "FK_24a198a1942a952e14f888eea5b"`);
    await queryRunner.query(`ALTER TABLE "live_player" DROP CONSTRAINT "FK_ee3062259c0a0ddd89d18aa3a02"`);
    await queryRunner.query(`ALTER TABLE "live_game" DROP CONSTRAINT "FK_830ee5eee275acca48d8b039a8d"`);
    await queryRunner.query(`ALTER TABLE "live_game" DROP CONSTRAINT "FK_beb496fd376a8e912e9a29856bf"`);
    await queryRunner.query(`DROP TABLE "live_game_question"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_live_answer_game_question"`);
    await queryRunner.query(`DROP TABLE "live_answer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_live_player_game"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_live_player_resume_token"`);
    await queryRunner.query(`DROP TABLE "live_player"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_live_game_open_pin"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_live_game_host"`);
    await queryRunner.query(`DROP TABLE "live_game"`);
  }
}
