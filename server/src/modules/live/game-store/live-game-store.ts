import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Not } from 'typeorm';
import { QuestionVersion } from '../../content/entities/question-version.entity.js';
import { ResolutionSection } from '../../content/entities/resolution-section.entity.js';
import { PopulationsService } from '../../people/populations.service.js';
import { Unit } from '../../units/entities/unit.entity.js';
import { LiveAnswer } from '../entities/live-answer.entity.js';
import { LiveGameQuestion } from '../entities/live-game-question.entity.js';
import { LiveGame } from '../entities/live-game.entity.js';
import { LivePlayer } from '../entities/live-player.entity.js';
import type { PhaseChange } from '../game-rules/live-game-rules.js';
import type { RuntimeAnswer } from '../live-game-state.js';
import { gameFromRows, type ReadGame, type UnitRow } from './live-game-rows.js';

/**
 * What a phase change came to. `fenced`: another node moved the game on since this one
 * read it (the row's revision is no longer the one given); nothing was written, and the
 * caller decides what to do (re-read the game and re-send it).
 */
export type PhaseWrite = { written: true; revision: number } | { written: false; fenced: true };

/** A player's committed totals and answers, as another node may have written them. */
export interface PlayerRead {
  score: number;
  streak: number;
  correctTimeMs: number;
  answers: (RuntimeAnswer & { questionIndex: number })[];
}

const at = (ms: number | null) => (ms === null ? null : new Date(ms));

/**
 * The live runtime's SQL: reading a game back from its rows, players, and phase
 * changes written over the revision their node read (compare-and-set on
 * `live_game.revision`). Answers are written by LiveAnswerBatcher. A store answers;
 * it never starts recovery itself.
 */
@Injectable()
export class LiveGameStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly populations: PopulationsService,
  ) {}

  async openGameIds(): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(LiveGame)
      .find({ select: { id: true }, where: { status: Not('ENDED' as const) } });
    return rows.map((r) => r.id);
  }

  async openGameIdByPin(pin: string): Promise<string | null> {
    const row = await this.dataSource
      .getRepository(LiveGame)
      .findOne({ select: { id: true }, where: { pin, status: Not('ENDED' as const) } });
    return row?.id ?? null;
  }

  /** The current revision of each of these games. */
  async revisions(gameIds: string[]): Promise<{ id: string; revision: number }[]> {
    return this.dataSource.query<{ id: string; revision: number }[]>(
      'SELECT id, revision FROM live_game WHERE id = ANY($1::uuid[])',
      [gameIds],
    );
  }

  async readGame(gameId: string): Promise<ReadGame | null> {
    const manager = this.dataSource.manager;
    const game = await manager.findOneBy(LiveGame, { id: gameId });
    if (!game) return null;
    const questions = await manager.find(LiveGameQuestion, { where: { gameId }, order: { index: 'ASC' } });
    const versions = new Map(
      (await manager.findBy(QuestionVersion, { id: In(questions.map((q) => q.questionVersionId)) })).map((v) => [
        v.id,
        v,
      ]),
    );
    const sectionTitles = new Map(
      (await manager.findBy(ResolutionSection, { id: In([...versions.values()].map((v) => v.sectionId)) })).map((s) => [
        s.id,
        s.title,
      ]),
    );
    const unitRows = await manager
      .createQueryBuilder(Unit, 'u')
      .leftJoin(Unit, 'p', 'p.id = u.parent_id')
      .select(['u.id AS id', 'u.code AS code', 'u.name AS name', 'u.kind AS kind'])
      .addSelect('p.name', 'parent_name')
      .where("u.kind NOT IN ('WARD', 'GROUP')")
      .orderBy('p.name', 'ASC')
      .addOrderBy('u.sort_order', 'ASC')
      .addOrderBy('u.name', 'ASC')
      .getRawMany<Omit<UnitRow, 'population'>>();
    const figures = await this.populations.figures(
      unitRows.map((u) => u.id),
      game.settings.populationKind ?? null,
      manager,
    );
    const units: UnitRow[] = unitRows.map((u) => {
      const figure = figures.get(u.id);
      return {
        ...u,
        population: figure
          ? { kind: figure.kind, size: figure.size, source: figure.source, declared: figure.declared }
          : { kind: game.settings.populationKind ?? '', size: 0, source: 'DECLARED' as const },
      };
    });
    const players = await manager.findBy(LivePlayer, { gameId });
    const personIds = players.flatMap((p) => (p.personId ? [p.personId] : []));
    const personKinds = new Map(
      personIds.length > 0
        ? (
            await manager.query<{ id: string; kind: string }[]>(
              'SELECT id, kind FROM person WHERE id = ANY($1::uuid[])',
              [personIds],
            )
          ).map((r) => [r.id, r.kind])
        : [],
    );
    const answers = await manager.find(LiveAnswer, {
      where: { gameId },
      select: { playerId: true, questionIndex: true, response: true, credit: true, points: true, elapsedMs: true },
    });
    return gameFromRows({ game, questions, versions, sectionTitles, units, players, personKinds, answers });
  }

  async readPlayer(gameId: string, playerId: string): Promise<PlayerRead | null> {
    const manager = this.dataSource.manager;
    const [row, answers] = await Promise.all([
      manager.findOneBy(LivePlayer, { id: playerId, gameId }),
      manager.find(LiveAnswer, {
        where: { playerId },
        select: { questionIndex: true, response: true, credit: true, points: true, elapsedMs: true },
      }),
    ]);
    return row ? { score: row.score, streak: row.streak, correctTimeMs: row.correctTimeMs, answers } : null;
  }

  /** The game and player of a resume token (hashed). */
  async playerByTokenHash(tokenHash: string): Promise<{ gameId: string; playerId: string } | null> {
    const row = await this.dataSource
      .getRepository(LivePlayer)
      .findOne({ where: { resumeTokenHash: tokenHash }, select: { id: true, gameId: true } });
    return row ? { gameId: row.gameId, playerId: row.id } : null;
  }

  /** Names of the players the host removed from the game who had joined from this (hashed) address. */
  async removedNamesFrom(gameId: string, addressHash: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ name: string }[]>(
      `SELECT name FROM live_player WHERE game_id = $1 AND join_address_hash = $2 AND removed_at IS NOT NULL`,
      [gameId, addressHash],
    );
    return rows.map((r) => r.name);
  }

  /**
   * A roster person took their seat over (another phone): the seat gets a new resume
   * token, the old one stops working. Null when the seat is not the person's (it is gone).
   */
  async replaceToken(playerId: string, personId: string, tokenHash: string): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      const [seat]: { resume_token_hash: string }[] = await manager.query(
        `SELECT resume_token_hash FROM live_player WHERE id = $1 AND person_id = $2 AND removed_at IS NULL FOR UPDATE`,
        [playerId, personId],
      );
      if (!seat) return null;
      await manager.update(LivePlayer, { id: playerId }, { resumeTokenHash: tokenHash });
      return seat.resume_token_hash;
    });
  }

  async removePlayer(playerId: string): Promise<void> {
    await this.dataSource.getRepository(LivePlayer).update({ id: playerId }, { removedAt: new Date() });
  }

  /** Committed answers to a question and active players, cluster-wide (the early reveal). */
  async answeredCounts(gameId: string, index: number): Promise<{ answered: number; players: number }> {
    const [counts] = await this.dataSource.query<{ answered: number; players: number }[]>(
      `SELECT (SELECT count(*) FROM live_answer WHERE game_id = $1 AND question_index = $2)::int AS answered,
              (SELECT count(*) FROM live_player WHERE game_id = $1 AND removed_at IS NULL)::int AS players`,
      [gameId, index],
    );
    return counts;
  }

  /**
   * A phase change in one transaction: the game row (only over `revision`), the
   * question's times and, at a reveal, the streak reset of players who did not answer.
   */
  async writePhase(gameId: string, revision: number, change: PhaseChange): Promise<PhaseWrite> {
    return this.dataSource.transaction(async (manager): Promise<PhaseWrite> => {
      const written = await manager
        .createQueryBuilder()
        .update(LiveGame)
        .set({
          status: change.status,
          phase: change.phase,
          currentIndex: change.currentIndex,
          paused: change.paused,
          pausedAt: at(change.pausedAt),
          phaseStartedAt: new Date(change.at),
          ...(change.joinLocked !== undefined ? { joinLocked: change.joinLocked } : {}),
          revision: () => 'revision + 1',
          ...(change.startedAt !== undefined ? { startedAt: new Date(change.startedAt) } : {}),
          ...(change.endedAt !== undefined ? { endedAt: new Date(change.endedAt) } : {}),
        })
        .where('id = :id AND revision = :revision', { id: gameId, revision })
        .execute();
      if (written.affected !== 1) return { written: false, fenced: true };
      const q = change.question;
      if (q)
        await manager.update(
          LiveGameQuestion,
          { gameId, index: q.index },
          { shownAt: at(q.shownAt), opensAt: at(q.opensAt), closesAt: at(q.closesAt), revealedAt: at(q.revealedAt) },
        );
      if (change.resetStreaksWithout !== undefined)
        await manager.query(
          `UPDATE live_player p SET streak = 0 WHERE p.game_id = $1 AND p.streak <> 0
             AND NOT EXISTS (SELECT 1 FROM live_answer a WHERE a.player_id = p.id AND a.question_index = $2)`,
          [gameId, change.resetStreaksWithout],
        );
      return { written: true, revision: revision + 1 };
    });
  }
}
