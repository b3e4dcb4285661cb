import { PopulationsService } from '../people/populations.service.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_LIVE_GAME_SETTINGS,
  liveGameSettingsSchema,
  rankPlayers,
  rankUnits,
  Role,
  type LiveGameSettings,
} from '@thidua/shared';
import { randomInt } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { contestLockedQuestionIds, withholdsContestKeys } from '../content/contest-key-lock.js';
import { QuizzesService } from '../content/quizzes.service.js';
import type { StartLiveGameInput } from './dto/start-live-game.input.js';
import { LiveGameQuestion } from './entities/live-game-question.entity.js';
import { LiveGame } from './entities/live-game.entity.js';
import { LiveRuntimeService } from './live-runtime.service.js';
import { LiveCommandError, LiveGamesError } from './live.errors.js';
import type {
  LiveGameJoinInfoModel,
  LiveGameModel,
  LiveGameResultsModel,
  LiveResultPlayerModel,
  LiveResultQuestionModel,
  LiveResultUnitModel,
} from './models/live-game.model.js';

const PIN_ATTEMPTS = 20;

/** Starting games, listing them and their results (the GraphQL and XLSX side; the runtime drives play). */
@Injectable()
export class LiveGamesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly quizzes: QuizzesService,
    private readonly runtime: LiveRuntimeService,
    private readonly populations: PopulationsService,
  ) {}

  /**
   * Creates a game in the lobby. The quiz is resolved now (published versions; one draw
   * for DRAW quizzes) and its question versions and option display order are snapshot
   * in live_game_question: later edits of the quiz don't change this game.
   */
  async start(host: AuthUser, input: StartLiveGameInput): Promise<LiveGameModel> {
    const parsed = liveGameSettingsSchema.safeParse(input.settings ?? {});
    if (!parsed.success)
      throw new LiveGamesError('INVALID_SETTINGS', parsed.error.issues.map((i) => i.message).join('; '));
    const settings: LiveGameSettings = parsed.data;
    if (settings.populationKind !== null) {
      const known: unknown[] = await this.dataSource.query('SELECT 1 FROM population_kind WHERE code = $1', [
        settings.populationKind,
      ]);
      if (known.length === 0) throw new LiveGamesError('INVALID_SETTINGS', 'No such population kind');
    }
    const quiz = await this.quizzes.playerQuiz(input.quizId);
    if (quiz.questions.length === 0)
      throw new LiveGamesError('QUIZ_HAS_NO_QUESTIONS', 'This quiz has no published question to ask');
    await this.assertMayRevealKeys(host, quiz.questions);

    let gameId: string | null = null;
    for (let attempt = 0; attempt < PIN_ATTEMPTS && !gameId; attempt += 1) {
      const pin = String(randomInt(100_000, 1_000_000));
      try {
        gameId = await this.dataSource.transaction(async (manager) => {
          const game = await manager.save(
            manager.create(LiveGame, {
              pin,
              quizId: quiz.id,
              hostUserId: host.id,
              title: quiz.title,
              settings,
              status: 'LOBBY',
              phase: 'LOBBY',
              currentIndex: -1,
              questionCount: quiz.questions.length,
            }),
          );
          await manager.insert(
            LiveGameQuestion,
            quiz.questions.map((q, index) => ({
              gameId: game.id,
              index,
              questionVersionId: q.versionId,
              optionOrder: q.options.map((o) => o.id),
            })),
          );
          return game.id;
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error; // the PIN is in use by an open game: draw another
      }
    }
    if (!gameId) throw new Error('No free PIN found');
    await this.runtime.load(gameId);
    return this.get(host, gameId);
  }

  /**
   * Every reveal shows the key to the host and the hall, so a HOST, who may not read the keys
   * of questions a contest not yet closed can draw, may not run them live either; an ADMIN
   * may (a deliberate choice to give those answers away; reviewers do not host).
   */
  private async assertMayRevealKeys(host: AuthUser, questions: readonly { versionId: string }[]): Promise<void> {
    if (!withholdsContestKeys(host)) return;
    const rows: { id: string }[] = await this.dataSource.query(
      'SELECT question_id AS id FROM question_version WHERE id = ANY($1::uuid[])',
      [questions.map((q) => q.versionId)],
    );
    const locked = await contestLockedQuestionIds(
      this.dataSource.manager,
      rows.map((r) => r.id),
    );
    if (locked.size > 0)
      throw new LiveGamesError(
        'QUIZ_HAS_CONTEST_KEYS',
        `${locked.size} of this quiz's questions can be drawn by a contest that is not closed: their answers would be revealed; an admin may run it, or it can run once the contest closes`,
        { questions: locked.size },
      );
  }

  async list(viewer: AuthUser): Promise<LiveGameModel[]> {
    const query = this.dataSource
      .getRepository(LiveGame)
      .createQueryBuilder('g')
      .orderBy('g.created_at', 'DESC')
      .limit(200);
    if (viewer.role !== Role.ADMIN) query.where('g.host_user_id = :id', { id: viewer.id });
    return this.toModels(await query.getMany());
  }

  async get(viewer: AuthUser, id: string): Promise<LiveGameModel> {
    return (await this.toModels([await this.owned(viewer, id)]))[0];
  }

  /** Anyone with the PIN: the title, the phase and the units to choose from. */
  async joinInfo(pin: string, address: string): Promise<LiveGameJoinInfoModel> {
    let game;
    try {
      game = await this.runtime.findByPin(/^\d{6}$/.test(pin) ? pin : '', { address });
    } catch (error) {
      if (error instanceof LiveCommandError && error.reason === 'RATE_LIMITED')
        throw new LiveGamesError('PIN_LOOKUPS_LIMITED', 'Too many PINs tried from this address; wait a minute');
      throw error;
    }
    if (!game || game.status === 'ENDED') throw new LiveGamesError('LIVE_GAME_NOT_FOUND', 'No game has this PIN');
    return {
      gameId: game.id,
      title: game.title,
      phase: game.phase,
      allowLateJoin: game.settings.allowLateJoin,
      identityMode: game.settings.identityMode ?? 'OPEN',
      units: [...game.units.values()].map((u) => ({
        id: u.id,
        code: u.code,
        name: u.name,
        kind: u.kind,
        parentName: u.parentName,
      })),
    };
  }

  /** Per player, per question, per unit; computed from the stored answers (so also for ended games). */
  async results(viewer: AuthUser, id: string): Promise<LiveGameResultsModel> {
    const game = await this.owned(viewer, id);
    const [model] = await this.toModels([game]);
    const players: {
      id: string;
      name: string;
      unit_id: string | null;
      unit_name: string | null;
      person_id: string | null;
      person_kind: string | null;
      score: number;
      correct_time_ms: number;
      answered: string;
      correct: string;
    }[] = await this.dataSource.query(
      `SELECT p.id, p.name, p.unit_id, u.name AS unit_name, p.person_id, pe.kind AS person_kind,
              p.score, p.correct_time_ms,
              count(a.player_id) AS answered, count(a.player_id) FILTER (WHERE a.credit >= 1) AS correct
         FROM live_player p LEFT JOIN unit u ON u.id = p.unit_id
         LEFT JOIN person pe ON pe.id = p.person_id
         LEFT JOIN live_answer a ON a.player_id = p.id
        WHERE p.game_id = $1 AND p.removed_at IS NULL
        GROUP BY p.id, u.name, pe.kind`,
      [id],
    );
    const ranked = rankPlayers(
      players.map((p) => ({
        playerId: p.id,
        name: p.name,
        unitId: p.unit_id,
        score: p.score,
        correctTimeMs: p.correct_time_ms,
        personId: p.person_id,
        personKind: p.person_kind,
        answered: Number(p.answered) > 0,
      })),
    );
    const byId = new Map(players.map((p) => [p.id, p]));
    const playerRows: LiveResultPlayerModel[] = ranked.map((r) => {
      const p = byId.get(r.playerId)!;
      return {
        playerId: r.playerId,
        name: r.name,
        unitName: p.unit_name,
        score: r.score,
        rank: r.rank,
        correctCount: Number(p.correct),
        answeredCount: Number(p.answered),
        verified: p.person_id !== null,
      };
    });
    const questions: {
      index: number;
      prompt: string;
      type: string;
      answered: string;
      correct: string;
      avg: string | null;
    }[] = await this.dataSource.query(
      `SELECT q.index, v.prompt, v.type, count(a.player_id) AS answered,
                count(a.player_id) FILTER (WHERE a.credit >= 1) AS correct, avg(a.elapsed_ms) AS avg
           FROM live_game_question q JOIN question_version v ON v.id = q.question_version_id
           LEFT JOIN live_answer a ON a.game_id = q.game_id AND a.question_index = q.index
          WHERE q.game_id = $1
          GROUP BY q.index, v.prompt, v.type ORDER BY q.index`,
      [id],
    );
    const questionRows: LiveResultQuestionModel[] = questions.map((q) => ({
      index: q.index,
      prompt: q.prompt,
      type: q.type,
      answered: Number(q.answered),
      correctShare: Number(q.answered) > 0 ? Number(q.correct) / Number(q.answered) : 0,
      averageTimeMs: q.avg === null ? null : Math.round(Number(q.avg)),
    }));
    const unitIds = [...new Set(players.flatMap((p) => (p.unit_id ? [p.unit_id] : [])))];
    const units: { id: string; name: string }[] =
      unitIds.length > 0
        ? await this.dataSource.query(`SELECT id, name FROM unit WHERE id = ANY($1::uuid[])`, [unitIds])
        : [];
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    const figures = await this.populations.figures(unitIds, game.settings.populationKind ?? null);
    const populations = new Map(
      [...figures].map(([unitId, f]) => [
        unitId,
        { kind: f.kind, size: f.size, source: f.source, declared: f.declared },
      ]),
    );
    // The board's own definition (shared rankUnits → participation()): what the screen showed, what a campaign counts.
    const unitRows: LiveResultUnitModel[] = rankUnits(
      ranked,
      populations,
      game.settings.unitAggregation,
      game.participationBasis,
    ).map((u) => ({ ...u, unitName: unitName.get(u.unitId) ?? '' }));
    const guests = ranked.filter((p) => p.personId === null).length;
    return {
      game: model,
      unitAggregation: game.settings.unitAggregation,
      participationBasis: game.participationBasis,
      verifiedPlayers: ranked.length - guests,
      guests,
      players: playerRows,
      questions: questionRows,
      units: unitRows,
    };
  }

  private async owned(viewer: AuthUser, id: string): Promise<LiveGame> {
    const game = await this.dataSource.getRepository(LiveGame).findOneBy({ id });
    if (!game) throw new LiveGamesError('LIVE_GAME_NOT_FOUND', 'No such live game');
    if (viewer.role !== Role.ADMIN && game.hostUserId !== viewer.id)
      throw new LiveGamesError('LIVE_GAME_NOT_YOURS', 'Hosts see only their own games');
    return game;
  }

  private async toModels(games: LiveGame[]): Promise<LiveGameModel[]> {
    if (games.length === 0) return [];
    const counts: { game_id: string; n: string }[] = await this.dataSource.query(
      `SELECT game_id, count(*) AS n FROM live_player WHERE game_id = ANY($1::uuid[]) AND removed_at IS NULL GROUP BY game_id`,
      [games.map((g) => g.id)],
    );
    const countOf = new Map(counts.map((c) => [c.game_id, Number(c.n)]));
    return games.map((g) => ({
      id: g.id,
      pin: g.pin,
      title: g.title,
      status: g.status,
      quizId: g.quizId,
      createdAt: g.createdAt,
      startedAt: g.startedAt,
      endedAt: g.endedAt,
      playerCount: countOf.get(g.id) ?? 0,
      settings: { ...DEFAULT_LIVE_GAME_SETTINGS, ...g.settings },
      participationBasis: g.participationBasis,
      joinPath: `/play/${g.pin}`,
    }));
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}
