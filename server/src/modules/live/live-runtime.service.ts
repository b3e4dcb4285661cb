import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ANSWER_GRACE_MS,
  answerPoints,
  checkPlayerName,
  gradeAnswer,
  Role,
  type AnswerAck,
  type AnswerPayload,
  type AnswerResponse,
  type LiveStateView,
  type QuestionOption,
} from '@thidua/shared';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, In, Not } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { LiveBroadcaster } from '../../realtime/live-broadcaster.js';
import { QuestionVersion } from '../content/entities/question-version.entity.js';
import { ResolutionSection } from '../content/entities/resolution-section.entity.js';
import { Unit } from '../units/entities/unit.entity.js';
import { AnswerBatcher } from './answer-batcher.js';
import { LiveAnswer } from './entities/live-answer.entity.js';
import { LiveGameQuestion } from './entities/live-game-question.entity.js';
import { LiveGame } from './entities/live-game.entity.js';
import { LivePlayer } from './entities/live-player.entity.js';
import {
  baseState,
  currentQuestion,
  lastRevealedIndex,
  lobbyView,
  nameKeyOf,
  standings,
  youView,
  type RuntimeGame,
  type RuntimePlayer,
  type RuntimeQuestion,
} from './live-game-state.js';
import { LiveCommandError } from './live.errors.js';

/** Players per game at most: a bound on memory, far above a ward festival. */
const MAX_PLAYERS_PER_GAME = 20_000;
const ANSWERS_EMIT_EVERY_MS = 250;
const LOBBY_EMIT_EVERY_MS = 500;
/** Ended games stay in memory this long for clients still showing the podium. */
const ENDED_GAME_TTL_MS = 30 * 60_000;

export const hashResumeToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface JoinResult {
  gameId: string;
  playerId: string;
  resumeToken: string;
  state: LiveStateView;
}

/**
 * The live-game runtime: the state machine LOBBY → QUESTION → REVEAL → LEADERBOARD →
 * … → ENDED, the server clock, answer grading and the views sent to clients.
 *
 * Every phase change is written to PostgreSQL before it is broadcast; on boot every
 * game that has not ended is rebuilt from its rows and its timer re-armed, so a
 * restarted server carries on where it stopped. Phase changes of one game run one at
 * a time (a per-game promise queue); answers don't wait for that queue.
 */
@Injectable()
export class LiveRuntimeService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LiveRuntimeService.name);
  private readonly games = new Map<string, RuntimeGame>();
  private readonly gameIdByPin = new Map<string, string>();
  private readonly playerByTokenHash = new Map<string, { gameId: string; playerId: string }>();
  private readonly loading = new Map<string, Promise<RuntimeGame | null>>();
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly batcher: AnswerBatcher,
    private readonly broadcaster: LiveBroadcaster,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const open = await this.dataSource.getRepository(LiveGame).find({
      select: { id: true },
      where: { status: Not('ENDED' as const) },
    });
    for (const { id } of open) await this.load(id);
    if (open.length > 0) this.logger.log(`Resumed ${open.length} live game(s) from PostgreSQL`);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    for (const game of this.games.values()) this.clearTimers(game);
  }

  // ---------- lookups ----------

  /** The game of a PIN among games that have not ended (or ended recently and still in memory). */
  byPin(pin: string): RuntimeGame | null {
    const id = this.gameIdByPin.get(pin);
    return id ? (this.games.get(id) ?? null) : null;
  }

  /** A game by id, loaded from PostgreSQL when it is not in memory (ended games included). */
  async get(gameId: string): Promise<RuntimeGame | null> {
    const game = this.games.get(gameId);
    if (game) return game;
    let loading = this.loading.get(gameId);
    if (!loading) {
      loading = this.load(gameId).finally(() => this.loading.delete(gameId));
      this.loading.set(gameId, loading);
    }
    return loading;
  }

  /** (Re)builds a game from PostgreSQL and arms its timer. */
  async load(gameId: string): Promise<RuntimeGame | null> {
    const manager = this.dataSource.manager;
    const row = await manager.findOneBy(LiveGame, { id: gameId });
    if (!row) return null;
    const questionRows = await manager.find(LiveGameQuestion, { where: { gameId }, order: { index: 'ASC' } });
    const versions = new Map(
      (await manager.findBy(QuestionVersion, { id: In(questionRows.map((q) => q.questionVersionId)) })).map((v) => [
        v.id,
        v,
      ]),
    );
    const sections = new Map(
      (await manager.findBy(ResolutionSection, { id: In([...versions.values()].map((v) => v.sectionId)) })).map((s) => [
        s.id,
        s.title,
      ]),
    );
    const units = await manager
      .createQueryBuilder(Unit, 'u')
      .leftJoin(Unit, 'p', 'p.id = u.parent_id')
      .select(['u.id AS id', 'u.code AS code', 'u.name AS name', 'u.kind AS kind'])
      .addSelect('u.eligible_population', 'eligible_population')
      .addSelect('p.name', 'parent_name')
      .where("u.kind NOT IN ('WARD', 'GROUP')")
      .orderBy('p.name', 'ASC')
      .addOrderBy('u.sort_order', 'ASC')
      .addOrderBy('u.name', 'ASC')
      .getRawMany<{
        id: string;
        code: string;
        name: string;
        kind: string;
        eligible_population: number;
        parent_name: string | null;
      }>();
    const players = await manager.findBy(LivePlayer, { gameId });
    const answers = await manager.find(LiveAnswer, {
      where: { gameId },
      select: { playerId: true, questionIndex: true, response: true, credit: true, points: true, elapsedMs: true },
    });

    const questions: RuntimeQuestion[] = questionRows.map((q) => {
      const v = versions.get(q.questionVersionId)!;
      const byId = new Map(v.options.map((o) => [o.id, o]));
      return {
        index: q.index,
        versionId: v.id,
        type: v.type,
        prompt: v.prompt,
        options: q.optionOrder.flatMap((id) => byId.get(id) ?? []),
        answerKey: v.answerKey,
        explanation: v.explanation,
        sectionTitle: sections.get(v.sectionId) ?? null,
        timeLimitMs: Math.round(v.timeLimitSeconds * 1000 * row.settings.timeMultiplier),
        doublePoints: v.doublePoints,
        shownAt: q.shownAt?.getTime() ?? null,
        opensAt: q.opensAt?.getTime() ?? null,
        closesAt: q.closesAt?.getTime() ?? null,
        revealedAt: q.revealedAt?.getTime() ?? null,
        closing: q.revealedAt !== null,
        answered: 0,
      };
    });
    const game: RuntimeGame = {
      id: row.id,
      pin: row.pin,
      title: row.title,
      hostUserId: row.hostUserId,
      settings: row.settings,
      status: row.status,
      phase: row.phase,
      currentIndex: row.currentIndex,
      paused: row.paused,
      pausedAt: row.pausedAt?.getTime() ?? null,
      questions,
      players: new Map(),
      nameKeys: new Set(),
      units: new Map(
        units.map((u) => [
          u.id,
          {
            id: u.id,
            code: u.code,
            name: u.name,
            kind: u.kind,
            parentName: u.parent_name,
            eligiblePopulation: Number(u.eligible_population),
          },
        ]),
      ),
      activePlayers: 0,
      queue: Promise.resolve(),
      timer: null,
      cachedState: null,
      cachedLobby: null,
      answersEmit: { timer: null, lastAt: 0 },
      lobbyEmit: { timer: null, lastAt: 0 },
    };
    for (const p of players) {
      const player: RuntimePlayer = {
        id: p.id,
        name: p.name,
        nameKey: nameKeyOf(p.name),
        unitId: p.unitId,
        removed: p.removedAt !== null,
        score: p.score,
        streak: p.streak,
        correctTimeMs: p.correctTimeMs,
        answers: new Map(),
        rank: null,
      };
      game.players.set(p.id, player);
      if (!player.removed) {
        game.nameKeys.add(player.nameKey);
        game.activePlayers += 1;
      }
      if (row.status !== 'ENDED') this.playerByTokenHash.set(p.resumeTokenHash, { gameId: p.gameId, playerId: p.id });
    }
    for (const a of answers) {
      game.players.get(a.playerId)?.answers.set(a.questionIndex, {
        response: a.response,
        credit: a.credit,
        points: a.points,
        elapsedMs: a.elapsedMs,
      });
      const q = questions[a.questionIndex];
      if (q) q.answered += 1;
    }
    this.refreshRanks(game);

    const previous = this.games.get(game.id);
    if (previous) this.clearTimers(previous);
    this.games.set(game.id, game);
    if (game.status !== 'ENDED') this.gameIdByPin.set(game.pin, game.id);
    else this.scheduleEviction(game);
    this.armTimer(game);
    return game;
  }

  // ---------- players ----------

  async join(pin: string, rawName: string, unitId: string | null): Promise<JoinResult> {
    const game = this.byPin(pin);
    if (!game) throw new LiveCommandError('GAME_NOT_FOUND', 'No game has this PIN');
    if (game.status === 'ENDED') throw new LiveCommandError('GAME_ENDED', 'This game has ended');
    if (game.phase !== 'LOBBY' && !game.settings.allowLateJoin)
      throw new LiveCommandError('LATE_JOIN_CLOSED', 'This game has started and does not take new players');
    const check = checkPlayerName(rawName);
    if (!check.ok) throw new LiveCommandError('NAME_REFUSED', `This name cannot be used (${check.problem})`);
    const nameKey = nameKeyOf(check.name);
    if (game.nameKeys.has(nameKey)) throw new LiveCommandError('NAME_TAKEN', 'Another player already has this name');
    if (unitId && !game.units.has(unitId)) throw new LiveCommandError('UNKNOWN_UNIT', 'No such unit in this game');
    if (game.players.size >= MAX_PLAYERS_PER_GAME) throw new LiveCommandError('NOT_ALLOWED', 'This game is full');

    game.nameKeys.add(nameKey); // reserved before the insert: two joins with one name cannot both pass
    const resumeToken = randomBytes(24).toString('base64url');
    const tokenHash = hashResumeToken(resumeToken);
    const player: RuntimePlayer = {
      id: randomUUID(),
      name: check.name,
      nameKey,
      unitId: unitId ?? null,
      removed: false,
      score: 0,
      streak: 0,
      correctTimeMs: 0,
      answers: new Map(),
      rank: null,
    };
    try {
      await this.dataSource.getRepository(LivePlayer).insert({
        id: player.id,
        gameId: game.id,
        name: player.name,
        unitId: player.unitId,
        resumeTokenHash: tokenHash,
        joinedAt: new Date(),
      });
    } catch (error) {
      game.nameKeys.delete(nameKey);
      throw error;
    }
    game.players.set(player.id, player);
    game.activePlayers += 1;
    this.playerByTokenHash.set(tokenHash, { gameId: game.id, playerId: player.id });
    this.lobbyChanged(game);
    return { gameId: game.id, playerId: player.id, resumeToken, state: this.stateFor(game, player.id) };
  }

  async resume(resumeToken: string): Promise<{ gameId: string; playerId: string; state: LiveStateView }> {
    const tokenHash = hashResumeToken(resumeToken);
    let ref = this.playerByTokenHash.get(tokenHash);
    if (!ref) {
      const row = await this.dataSource
        .getRepository(LivePlayer)
        .findOne({ where: { resumeTokenHash: tokenHash }, select: { id: true, gameId: true } });
      if (!row) throw new LiveCommandError('RESUME_INVALID', 'This resume token is unknown');
      ref = { gameId: row.gameId, playerId: row.id };
    }
    const game = await this.get(ref.gameId);
    const player = game?.players.get(ref.playerId);
    if (!game || !player) throw new LiveCommandError('RESUME_INVALID', 'This resume token is unknown');
    if (player.removed) throw new LiveCommandError('RESUME_INVALID', 'The host removed this player');
    return { gameId: game.id, playerId: player.id, state: this.stateFor(game, player.id) };
  }

  /**
   * One answer, graded at receipt against the server clock, acknowledged after its
   * commit. `receivedAt` is taken by the gateway when the frame arrived.
   */
  async answer(gameId: string, playerId: string, payload: AnswerPayload, receivedAt: number): Promise<AnswerAck> {
    const game = this.games.get(gameId);
    const player = game?.players.get(playerId);
    if (!game || !player) return { status: 'rejected', reason: 'NOT_JOINED' };
    if (player.removed) return { status: 'rejected', reason: 'REMOVED' };
    const q = currentQuestion(game);
    if (!q || payload.questionIndex !== q.index) return { status: 'rejected', reason: 'WRONG_QUESTION' };
    if (game.phase !== 'QUESTION' || q.closing || q.opensAt === null || q.closesAt === null)
      return { status: 'rejected', reason: 'CLOSED' };
    // While paused the countdown is frozen: the answer counts as given when the pause began.
    const clock = game.paused && game.pausedAt !== null ? Math.min(receivedAt, game.pausedAt) : receivedAt;
    if (clock < q.opensAt) return { status: 'rejected', reason: 'NOT_OPEN_YET' };
    if (clock > q.closesAt + ANSWER_GRACE_MS) return { status: 'rejected', reason: 'CLOSED' };
    if (player.answers.has(q.index)) return { status: 'duplicate', receivedAt };
    const response = validResponse(q, payload.response);
    if (!response) return { status: 'rejected', reason: 'INVALID_RESPONSE' };

    const elapsedMs = Math.min(Math.max(0, clock - q.opensAt), q.timeLimitMs + ANSWER_GRACE_MS);
    const credit = gradeAnswer(q.answerKey, response);
    const points = answerPoints(
      { credit, elapsedMs, timeLimitMs: q.timeLimitMs, doublePoints: q.doublePoints, streakBefore: player.streak },
      game.settings,
    );
    const outcome = await this.batcher.submit({
      gameId,
      questionIndex: q.index,
      playerId,
      response,
      receivedAt,
      elapsedMs,
      credit,
      points,
      streakAfter: credit >= 1 ? player.streak + 1 : 0,
      correctTimeAddMs: credit > 0 ? elapsedMs : 0,
    });
    if (outcome === 'accepted') {
      player.answers.set(q.index, { response, credit, points, elapsedMs });
      player.score += points;
      player.streak = credit >= 1 ? player.streak + 1 : 0;
      if (credit > 0) player.correctTimeMs += elapsedMs;
      q.answered += 1;
      this.answersChanged(game);
      if (q.answered >= game.activePlayers && game.phase === 'QUESTION' && game.currentIndex === q.index)
        void this.enqueue(game, () => this.reveal(game, q.index));
    }
    return { status: outcome, receivedAt };
  }

  // ---------- host and screen ----------

  /** The game if `user` may drive it: its host, or any admin. */
  async hostGame(gameId: string, user: AuthUser | null): Promise<RuntimeGame> {
    if (!user || (user.role !== Role.HOST && user.role !== Role.ADMIN))
      throw new LiveCommandError('NOT_ALLOWED', 'Only the host of this game can do this');
    const game = await this.get(gameId);
    if (!game) throw new LiveCommandError('GAME_NOT_FOUND', 'No such game');
    if (user.role !== Role.ADMIN && game.hostUserId !== user.id)
      throw new LiveCommandError('NOT_ALLOWED', 'Only the host of this game can do this');
    return game;
  }

  screenGame(pin: string): RuntimeGame {
    const game = this.byPin(pin);
    if (!game) throw new LiveCommandError('GAME_NOT_FOUND', 'No game has this PIN');
    return game;
  }

  stateFor(game: RuntimeGame, playerId: string | null): LiveStateView {
    const state = baseState(game, () => standings(game, null));
    const player = playerId ? game.players.get(playerId) : undefined;
    return player ? { ...state, you: youView(game, player) } : state;
  }

  start(game: RuntimeGame): Promise<void> {
    return this.enqueue(game, async () => {
      if (game.phase !== 'LOBBY') throw new LiveCommandError('INVALID_COMMAND', 'The game has already started');
      await this.showQuestion(game, 0);
    });
  }

  next(game: RuntimeGame): Promise<void> {
    return this.enqueue(game, async () => {
      switch (game.phase) {
        case 'LOBBY':
          return this.showQuestion(game, 0);
        case 'QUESTION':
          throw new LiveCommandError('INVALID_COMMAND', 'The question is still open; skip it to reveal now');
        case 'REVEAL':
          if (game.settings.leaderboardMode === 'AFTER_EACH_QUESTION') return this.showLeaderboard(game);
          return this.advance(game);
        case 'LEADERBOARD':
          return this.advance(game);
        case 'ENDED':
          throw new LiveCommandError('GAME_ENDED', 'This game has ended');
      }
    });
  }

  pause(game: RuntimeGame): Promise<void> {
    return this.enqueue(game, async () => {
      if (game.phase !== 'QUESTION') throw new LiveCommandError('INVALID_COMMAND', 'Only a question can be paused');
      if (game.paused) return;
      game.paused = true;
      game.pausedAt = Date.now();
      this.clearTimer(game);
      await this.persist(game);
      this.broadcast(game);
    });
  }

  /** host:resume: the frozen countdown goes on. */
  resumeCountdown(game: RuntimeGame): Promise<void> {
    return this.enqueue(game, async () => {
      if (!game.paused || game.pausedAt === null) return;
      const q = currentQuestion(game);
      const shift = Date.now() - game.pausedAt;
      if (q && game.phase === 'QUESTION') {
        // The countdown was frozen: open and close move by the paused time.
        if (q.opensAt !== null) q.opensAt += shift;
        if (q.closesAt !== null) q.closesAt += shift;
      }
      game.paused = false;
      game.pausedAt = null;
      await this.persist(game, q ?? undefined);
      this.armTimer(game);
      this.broadcast(game);
    });
  }

  skip(game: RuntimeGame): Promise<void> {
    return this.enqueue(game, async () => {
      if (game.phase !== 'QUESTION') throw new LiveCommandError('INVALID_COMMAND', 'No question is open');
      await this.reveal(game, game.currentIndex);
    });
  }

  end(game: RuntimeGame): Promise<void> {
    return this.enqueue(game, async () => {
      if (game.phase === 'ENDED') return;
      await this.finish(game);
    });
  }

  removePlayer(game: RuntimeGame, playerId: string): Promise<void> {
    return this.enqueue(game, async () => {
      const player = game.players.get(playerId);
      if (!player) throw new LiveCommandError('INVALID_COMMAND', 'No such player in this game');
      if (player.removed) return;
      await this.dataSource.getRepository(LivePlayer).update({ id: playerId }, { removedAt: new Date() });
      player.removed = true;
      game.nameKeys.delete(player.nameKey);
      game.activePlayers -= 1;
      this.broadcaster.playerRemoved(game.id, playerId);
      game.cachedState = null;
      this.lobbyChanged(game);
      const q = currentQuestion(game);
      if (game.phase === 'QUESTION' && q && game.activePlayers > 0 && q.answered >= game.activePlayers)
        await this.reveal(game, q.index);
    });
  }

  // ---------- phase changes (run inside the game's queue) ----------

  private async showQuestion(game: RuntimeGame, index: number): Promise<void> {
    const q = game.questions[index];
    const now = Date.now();
    q.shownAt = now;
    q.opensAt = now + game.settings.readingSeconds * 1000;
    q.closesAt = q.opensAt + q.timeLimitMs;
    q.revealedAt = null;
    q.closing = false;
    game.phase = 'QUESTION';
    game.status = 'RUNNING';
    game.currentIndex = index;
    game.paused = false;
    game.pausedAt = null;
    await this.persist(game, q, index === 0 ? { startedAt: new Date(now) } : {});
    this.armTimer(game);
    this.broadcast(game);
  }

  private async reveal(game: RuntimeGame, index: number): Promise<void> {
    const q = game.questions[index];
    if (game.phase !== 'QUESTION' || game.currentIndex !== index || q.revealedAt !== null) return;
    q.closing = true;
    this.clearTimer(game);
    await this.batcher.drain();
    await new Promise((resolve) => setImmediate(resolve)); // let the drained answers land in memory
    q.revealedAt = Date.now();
    game.phase = 'REVEAL';
    game.paused = false;
    game.pausedAt = null;
    for (const p of game.players.values()) if (!p.answers.has(index)) p.streak = 0;
    await this.persist(game, q, {}, index);
    this.refreshRanks(game);
    this.broadcast(game);
  }

  private async showLeaderboard(game: RuntimeGame): Promise<void> {
    game.phase = 'LEADERBOARD';
    await this.persist(game);
    this.broadcast(game);
  }

  private async advance(game: RuntimeGame): Promise<void> {
    if (game.currentIndex + 1 < game.questions.length) return this.showQuestion(game, game.currentIndex + 1);
    return this.finish(game);
  }

  private async finish(game: RuntimeGame): Promise<void> {
    const q = currentQuestion(game);
    if (game.phase === 'QUESTION' && q) {
      q.closing = true;
      await this.batcher.drain();
      await new Promise((resolve) => setImmediate(resolve));
      q.revealedAt = Date.now();
    }
    this.clearTimer(game);
    game.phase = 'ENDED';
    game.status = 'ENDED';
    game.paused = false;
    game.pausedAt = null;
    await this.persist(game, q ?? undefined, { endedAt: new Date() });
    this.refreshRanks(game);
    this.broadcast(game);
    this.gameIdByPin.delete(game.pin);
    for (const [hash, ref] of this.playerByTokenHash) if (ref.gameId === game.id) this.playerByTokenHash.delete(hash);
    this.scheduleEviction(game);
  }

  /** Game row, the question's timing and (at a reveal) the streak reset of non-answerers, in one transaction. */
  private async persist(
    game: RuntimeGame,
    q?: RuntimeQuestion,
    extra: Partial<Pick<LiveGame, 'startedAt' | 'endedAt'>> = {},
    revealedIndex?: number,
  ): Promise<void> {
    game.cachedState = null;
    const at = (ms: number | null) => (ms === null ? null : new Date(ms));
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        LiveGame,
        { id: game.id },
        {
          status: game.status,
          phase: game.phase,
          currentIndex: game.currentIndex,
          paused: game.paused,
          pausedAt: at(game.pausedAt),
          phaseStartedAt: new Date(),
          ...extra,
        },
      );
      if (q)
        await manager.update(
          LiveGameQuestion,
          { gameId: game.id, index: q.index },
          { shownAt: at(q.shownAt), opensAt: at(q.opensAt), closesAt: at(q.closesAt), revealedAt: at(q.revealedAt) },
        );
      if (revealedIndex !== undefined)
        await manager.query(
          `UPDATE live_player p SET streak = 0 WHERE p.game_id = $1 AND p.streak <> 0
             AND NOT EXISTS (SELECT 1 FROM live_answer a WHERE a.player_id = p.id AND a.question_index = $2)`,
          [game.id, revealedIndex],
        );
    });
  }

  private refreshRanks(game: RuntimeGame): void {
    if (lastRevealedIndex(game) < 0) return;
    const q = currentQuestion(game);
    const unrevealed = q && q.revealedAt === null ? q.index : null;
    for (const p of standings(game, unrevealed)) {
      const player = game.players.get(p.playerId);
      if (player) player.rank = p.rank;
    }
  }

  private broadcast(game: RuntimeGame): void {
    game.cachedState = null;
    const state = this.stateFor(game, null);
    this.broadcaster.emitState(game.id, state, (playerId) => {
      const player = game.players.get(playerId);
      return player ? youView(game, player) : null;
    });
  }

  private enqueue(game: RuntimeGame, task: () => Promise<void>): Promise<void> {
    const run = game.queue.then(task, task);
    game.queue = run.catch(() => undefined);
    return run;
  }

  private armTimer(game: RuntimeGame): void {
    this.clearTimer(game);
    if (this.stopped || game.phase !== 'QUESTION' || game.paused) return;
    const q = currentQuestion(game);
    if (!q || q.closesAt === null || q.revealedAt !== null) return;
    const index = q.index;
    const delay = Math.max(0, q.closesAt + ANSWER_GRACE_MS - Date.now());
    game.timer = setTimeout(() => {
      game.timer = null;
      this.enqueue(game, () => this.reveal(game, index)).catch((error: unknown) =>
        this.logger.error(`Reveal of game ${game.id} failed: ${String(error)}`),
      );
    }, delay);
  }

  private clearTimer(game: RuntimeGame): void {
    if (game.timer) clearTimeout(game.timer);
    game.timer = null;
  }

  private clearTimers(game: RuntimeGame): void {
    this.clearTimer(game);
    for (const t of [game.answersEmit, game.lobbyEmit]) if (t.timer) clearTimeout(t.timer);
  }

  private scheduleEviction(game: RuntimeGame): void {
    setTimeout(() => {
      if (this.games.get(game.id) === game) this.games.delete(game.id);
    }, ENDED_GAME_TTL_MS).unref();
  }

  /** Hosts and screens get the answer count at most every 250 ms. */
  private answersChanged(game: RuntimeGame): void {
    this.throttle(game.answersEmit, ANSWERS_EMIT_EVERY_MS, () => {
      const q = currentQuestion(game);
      if (q)
        this.broadcaster.emitAnswers(game.id, {
          questionIndex: q.index,
          answered: q.answered,
          players: game.activePlayers,
        });
    });
  }

  private lobbyChanged(game: RuntimeGame): void {
    game.cachedLobby = null;
    this.throttle(game.lobbyEmit, LOBBY_EMIT_EVERY_MS, () => this.broadcaster.emitLobby(game.id, lobbyView(game)));
  }

  private throttle(slot: { timer: NodeJS.Timeout | null; lastAt: number }, everyMs: number, emit: () => void): void {
    if (slot.timer) return;
    const wait = Math.max(0, slot.lastAt + everyMs - Date.now());
    slot.timer = setTimeout(() => {
      slot.timer = null;
      slot.lastAt = Date.now();
      emit();
    }, wait);
  }
}

/**
 * The response in the shape the question needs, or null: option ids of this question
 * only, exactly one for single choice and true/false, at least one for multiple select,
 * every option once for ordering, a number for numeric.
 */
function validResponse(q: RuntimeQuestion, response: { optionIds?: string[]; value?: number }): AnswerResponse | null {
  if (q.type === 'NUMERIC') return typeof response.value === 'number' ? { value: response.value } : null;
  const ids = response.optionIds;
  if (!ids || ids.length === 0 || new Set(ids).size !== ids.length) return null;
  const known = new Set(q.options.map((o: QuestionOption) => o.id));
  if (!ids.every((id) => known.has(id))) return null;
  if ((q.type === 'SINGLE_CHOICE' || q.type === 'TRUE_FALSE') && ids.length !== 1) return null;
  if (q.type === 'ORDERING' && ids.length !== q.options.length) return null;
  return { optionIds: [...ids] };
}
