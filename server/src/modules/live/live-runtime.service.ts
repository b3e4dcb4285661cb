import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
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
  type LiveStep,
  type QuestionOption,
} from '@thidua/shared';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, In, Not } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { LiveBroadcaster } from '../../realtime/live-broadcaster.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { QuestionVersion } from '../content/entities/question-version.entity.js';
import { ResolutionSection } from '../content/entities/resolution-section.entity.js';
import { Unit } from '../units/entities/unit.entity.js';
import { AnswerBatcher } from './answer-batcher.js';
import {
  LIVE_COORDINATOR,
  type ClusterMessage,
  type DriverCommand,
  type DriverReply,
  type LiveCoordinator,
} from './coordination/live-coordinator.js';
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
/**
 * Ended games stay in memory this long for the phones still showing the podium; a
 * resume after that reloads the game from PostgreSQL (get → load). Kept short: a
 * festival plays game after game, and each ended game holds all its players.
 */
const ENDED_GAME_TTL_MS = 2 * 60_000;
/** A reveal that could not be stored (database unreachable) is tried again after this long. */
const REVEAL_RETRY_MS = 1000;
/** With several nodes, how often each node compares its games' revisions with PostgreSQL. */
const CATCH_UP_EVERY_MS = 1000;

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
 *
 * One node or many (LiveCoordinator): phase changes and timers of a game run on its
 * *driver* only — with one node that is this node, with Redis the holder of the
 * game's lock. Host commands that arrive elsewhere are forwarded to the driver. After
 * a change the driver re-reads the game from PostgreSQL (answers and joins of other
 * nodes are there), sends hosts and screens the state through the socket.io adapter
 * and tells the other nodes, which re-read it too and send their own players their
 * `you`. Answers are taken by any node: validated against the question window it
 * knows, stored by its batcher, and the insert itself refuses a revealed question.
 * Messages between nodes may be lost (Redis pub/sub, a Redis restart), so each node
 * also compares its games' revisions with PostgreSQL every second (`catchUp`), and a
 * phase change is written only over the revision its node read (`persist`).
 */
@Injectable()
export class LiveRuntimeService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LiveRuntimeService.name);
  private readonly games = new Map<string, RuntimeGame>();
  private readonly gameIdByPin = new Map<string, string>();
  private readonly playerByTokenHash = new Map<string, { gameId: string; playerId: string }>();
  private readonly loading = new Map<string, Promise<RuntimeGame | null>>();
  private catchUpTimer: NodeJS.Timeout | null = null;
  private catchingUp = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly batcher: AnswerBatcher,
    private readonly broadcaster: LiveBroadcaster,
    @Inject(LIVE_COORDINATOR) private readonly coordinator: LiveCoordinator,
    private readonly metrics: MetricsService,
  ) {
    coordinator.bind({
      message: (m) => this.onClusterMessage(m),
      command: (c) => this.onForwardedCommand(c),
      claimed: (gameId) => this.onClaimed(gameId),
      lost: (gameId) => this.onLost(gameId),
      openGames: () => [...this.games.values()].filter((g) => g.status !== 'ENDED').map((g) => g.id),
      resync: () => this.resync(),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    const open = await this.dataSource.getRepository(LiveGame).find({
      select: { id: true },
      where: { status: Not('ENDED' as const) },
    });
    for (const { id } of open) await this.load(id);
    if (open.length > 0) this.logger.log(`Resumed ${open.length} live game(s) from PostgreSQL`);
    if (this.coordinator.clustered) {
      this.catchUpTimer = setInterval(() => void this.catchUp(), CATCH_UP_EVERY_MS);
      this.catchUpTimer.unref();
    }
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.catchUpTimer) clearInterval(this.catchUpTimer);
    for (const game of this.games.values()) this.clearTimers(game);
  }

  // ---------- lookups ----------

  /** The game of a PIN among games that have not ended (or ended recently and still in memory). */
  byPin(pin: string): RuntimeGame | null {
    const id = this.gameIdByPin.get(pin);
    return id ? (this.games.get(id) ?? null) : null;
  }

  /**
   * The open game of a PIN. With several nodes a game started on another node is not
   * in memory yet: it is looked up in PostgreSQL and loaded.
   */
  async findByPin(pin: string): Promise<RuntimeGame | null> {
    const known = this.byPin(pin);
    if (known || !this.coordinator.clustered) return known;
    const row = await this.dataSource
      .getRepository(LiveGame)
      .findOne({ select: { id: true }, where: { pin, status: Not('ENDED' as const) } });
    const game = row ? await this.get(row.id) : null;
    return game && game.status !== 'ENDED' ? game : null;
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

  /** (Re)builds a game from PostgreSQL and, if this node drives it, arms its timer. */
  async load(gameId: string): Promise<RuntimeGame | null> {
    const read = await this.readGame(gameId);
    if (!read) return null;
    const { game, tokenHashes } = read;
    for (const [hash, playerId] of tokenHashes) this.playerByTokenHash.set(hash, { gameId, playerId });
    const previous = this.games.get(game.id);
    if (previous) this.clearTimers(previous);
    this.games.set(game.id, game);
    if (game.status !== 'ENDED') {
      this.gameIdByPin.set(game.pin, game.id);
      game.driving = await this.coordinator.claim(game.id);
    } else this.scheduleEviction(game);
    this.countGames();
    this.armTimer(game);
    return game;
  }

  /**
   * Re-reads a loaded game from PostgreSQL in place (with several nodes: after a change
   * made by the driver, and by the driver itself to see other nodes' answers and joins).
   * The queue, the timers and the driving flag stay.
   */
  private async refresh(game: RuntimeGame): Promise<void> {
    const read = await this.readGame(game.id);
    if (!read) return;
    const fresh = read.game;
    game.status = fresh.status;
    game.phase = fresh.phase;
    game.currentIndex = fresh.currentIndex;
    game.paused = fresh.paused;
    game.pausedAt = fresh.pausedAt;
    game.revision = fresh.revision;
    game.questions = fresh.questions;
    game.players = fresh.players;
    game.nameKeys = fresh.nameKeys;
    game.activePlayers = fresh.activePlayers;
    game.cachedState = null;
    game.cachedLobby = null;
    if (game.status !== 'ENDED')
      for (const [hash, playerId] of read.tokenHashes) this.playerByTokenHash.set(hash, { gameId: game.id, playerId });
  }

  /** Re-reads one player's totals and answers (they may have answered through another node). */
  private async refreshPlayer(game: RuntimeGame, playerId: string): Promise<void> {
    const manager = this.dataSource.manager;
    const [row, answers] = await Promise.all([
      manager.findOneBy(LivePlayer, { id: playerId, gameId: game.id }),
      manager.find(LiveAnswer, {
        where: { playerId },
        select: { questionIndex: true, response: true, credit: true, points: true, elapsedMs: true },
      }),
    ]);
    const player = game.players.get(playerId);
    if (!row || !player) return;
    player.score = row.score;
    player.streak = row.streak;
    player.correctTimeMs = row.correctTimeMs;
    for (const a of answers) {
      if (player.answers.has(a.questionIndex)) continue;
      player.answers.set(a.questionIndex, a);
    }
  }

  /** A game as its rows say, with the resume token hashes of its players (only while it is open). */
  private async readGame(gameId: string): Promise<{ game: RuntimeGame; tokenHashes: [string, string][] } | null> {
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
      revision: row.revision,
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
      driving: false,
      timer: null,
      cachedState: null,
      cachedLobby: null,
      answersEmit: { timer: null, lastAt: 0 },
      lobbyEmit: { timer: null, lastAt: 0 },
    };
    const tokenHashes: [string, string][] = [];
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
      if (row.status !== 'ENDED') tokenHashes.push([p.resumeTokenHash, p.id]);
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
    return { game, tokenHashes };
  }

  // ---------- players ----------

  async join(pin: string, rawName: string, unitId: string | null): Promise<JoinResult> {
    const game = await this.findByPin(pin);
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
    this.coordinator.publish({
      type: 'joined',
      gameId: game.id,
      player: { id: player.id, name: player.name, unitId: player.unitId, tokenHash },
    });
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
    // With several nodes the player may have joined or answered through another node.
    if (game && this.coordinator.clustered) {
      if (!game.players.has(ref.playerId)) await this.refresh(game);
      else await this.refreshPlayer(game, ref.playerId);
    }
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
    // A retry of a stored answer (its ack was lost in a cut) is told so, even after the question closed.
    if (player.answers.has(q.index)) return { status: 'duplicate', receivedAt };
    if (game.phase !== 'QUESTION' || q.closing || q.opensAt === null || q.closesAt === null)
      return { status: 'rejected', reason: 'CLOSED' };
    // While paused the countdown is frozen: the answer counts as given when the pause began.
    const clock = game.paused && game.pausedAt !== null ? Math.min(receivedAt, game.pausedAt) : receivedAt;
    if (clock < q.opensAt) return { status: 'rejected', reason: 'NOT_OPEN_YET' };
    if (clock > q.closesAt + ANSWER_GRACE_MS) return { status: 'rejected', reason: 'CLOSED' };
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
    if (outcome === 'closed') return { status: 'rejected', reason: 'CLOSED' };
    if (outcome === 'accepted') {
      player.answers.set(q.index, { response, credit, points, elapsedMs });
      player.score += points;
      player.streak = credit >= 1 ? player.streak + 1 : 0;
      if (credit > 0) player.correctTimeMs += elapsedMs;
      q.answered += 1;
      if (this.coordinator.clustered) this.countClusterAnswer(game, q);
      else {
        this.answersChanged(game);
        if (q.answered >= game.activePlayers && game.phase === 'QUESTION' && game.currentIndex === q.index)
          this.revealDue(game, q.index);
      }
    }
    return { status: outcome, receivedAt };
  }

  /**
   * With several nodes, "everyone answered" is counted in Redis across nodes; when the
   * count reaches the players this node knows of, the driver checks PostgreSQL.
   */
  private countClusterAnswer(game: RuntimeGame, q: RuntimeQuestion): void {
    this.coordinator.addAnswered(game.id, q.index, 1).then(
      (total) => {
        const current = game.questions[q.index] ?? q; // a re-read may have replaced the question object
        current.answered = Math.max(current.answered, total);
        this.answersChanged(game);
        if (total < game.activePlayers) return;
        if (game.driving) void this.enqueue(game, () => this.checkAllAnswered(game, q.index));
        else this.coordinator.publish({ type: 'check', gameId: game.id, questionIndex: q.index });
      },
      (error: unknown) => this.logger.warn(`Answer count not updated in Redis: ${String(error)}`),
    );
  }

  /** Driver, several nodes: reveals early when PostgreSQL holds an answer of every active player. */
  private async checkAllAnswered(game: RuntimeGame, index: number): Promise<void> {
    if (!game.driving || game.phase !== 'QUESTION' || game.currentIndex !== index) return;
    const [counts] = await this.dataSource.query<{ answered: number; players: number }[]>(
      `SELECT (SELECT count(*) FROM live_answer WHERE game_id = $1 AND question_index = $2)::int AS answered,
              (SELECT count(*) FROM live_player WHERE game_id = $1 AND removed_at IS NULL)::int AS players`,
      [game.id, index],
    );
    if (counts.players > 0 && counts.answered >= counts.players) await this.reveal(game, index);
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

  async screenGame(pin: string): Promise<RuntimeGame> {
    const game = await this.findByPin(pin);
    if (!game) throw new LiveCommandError('GAME_NOT_FOUND', 'No game has this PIN');
    return game;
  }

  stateFor(game: RuntimeGame, playerId: string | null): LiveStateView {
    const state = baseState(game, () => standings(game, null));
    const player = playerId ? game.players.get(playerId) : undefined;
    return player ? { ...state, you: youView(game, player) } : state;
  }

  start(game: RuntimeGame, from?: LiveStep): Promise<void> {
    return this.command(game, { gameId: game.id, command: 'start', from });
  }

  next(game: RuntimeGame, from?: LiveStep): Promise<void> {
    return this.command(game, { gameId: game.id, command: 'next', from });
  }

  pause(game: RuntimeGame): Promise<void> {
    return this.command(game, { gameId: game.id, command: 'pause' });
  }

  /** host:resume: the frozen countdown goes on. */
  resumeCountdown(game: RuntimeGame): Promise<void> {
    return this.command(game, { gameId: game.id, command: 'resume' });
  }

  skip(game: RuntimeGame, from?: LiveStep): Promise<void> {
    return this.command(game, { gameId: game.id, command: 'skip', from });
  }

  end(game: RuntimeGame): Promise<void> {
    return this.command(game, { gameId: game.id, command: 'end' });
  }

  removePlayer(game: RuntimeGame, playerId: string): Promise<void> {
    return this.command(game, { gameId: game.id, command: 'remove-player', playerId });
  }

  /** Runs a host command here if this node drives the game, else on its driver. */
  private async command(game: RuntimeGame, command: DriverCommand): Promise<void> {
    if (!game.driving && this.coordinator.clustered) {
      const reply = await this.coordinator.forward(command);
      if (reply) {
        if (!reply.ok) throw new LiveCommandError(reply.reason, reply.message);
        return;
      }
      // Nobody drives it (its driver stopped): take it over, then run the command here.
      if (!(await this.coordinator.claim(game.id)))
        throw new LiveCommandError('INVALID_COMMAND', 'The game is changing hands between servers; try again');
      await this.takeOver(game);
    }
    return this.execute(game, command);
  }

  private execute(game: RuntimeGame, c: DriverCommand): Promise<void> {
    switch (c.command) {
      case 'start':
        return this.runStart(game, c.from);
      case 'next':
        return this.runNext(game, c.from);
      case 'pause':
        return this.runPause(game);
      case 'resume':
        return this.runResume(game);
      case 'skip':
        return this.runSkip(game, c.from);
      case 'end':
        return this.runEnd(game);
      case 'remove-player':
        return this.runRemovePlayer(game, c.playerId ?? '');
    }
  }

  // ---------- several nodes ----------

  private async onForwardedCommand(c: DriverCommand): Promise<DriverReply> {
    const game = await this.get(c.gameId);
    if (!game) return { ok: false, reason: 'GAME_NOT_FOUND', message: 'No such game' };
    try {
      if (!game.driving) return { ok: false, reason: 'INVALID_COMMAND', message: 'Try again' };
      await this.execute(game, c);
      return { ok: true };
    } catch (error) {
      if (error instanceof LiveCommandError) return { ok: false, reason: error.reason, message: error.message };
      this.logger.error(`Forwarded ${c.command} of game ${c.gameId} failed: ${String(error)}`);
      return { ok: false, reason: 'INVALID_COMMAND', message: 'The server could not do this; try again' };
    }
  }

  private onClusterMessage(m: ClusterMessage): void {
    const game = this.games.get(m.gameId);
    if (!game) return; // not loaded here: it will be read from PostgreSQL when needed
    switch (m.type) {
      case 'changed':
        // Also when this node drives the game: only a node that believed it drove sends this,
        // so for a moment two did (a Redis restart lost the lock) and the other may have moved it on.
        this.reread(game, m.revision);
        return;
      case 'joined': {
        if (game.players.has(m.player.id)) return;
        const nameKey = nameKeyOf(m.player.name);
        game.players.set(m.player.id, {
          id: m.player.id,
          name: m.player.name,
          nameKey,
          unitId: m.player.unitId,
          removed: false,
          score: 0,
          streak: 0,
          correctTimeMs: 0,
          answers: new Map(),
          rank: null,
        });
        game.nameKeys.add(nameKey);
        game.activePlayers += 1;
        this.playerByTokenHash.set(m.player.tokenHash, { gameId: game.id, playerId: m.player.id });
        this.lobbyChanged(game);
        return;
      }
      case 'removed': {
        const player = game.players.get(m.playerId);
        if (player && !player.removed) this.markRemoved(game, player);
        return;
      }
      case 'answers': {
        const q = game.questions[m.questionIndex];
        if (q) q.answered = Math.max(q.answered, m.answered);
        return;
      }
      case 'check':
        if (game.driving)
          void this.enqueue(game, () => this.checkAllAnswered(game, m.questionIndex)).catch((error: unknown) =>
            this.logger.error(`Answer check of game ${game.id} failed: ${String(error)}`),
          );
        return;
    }
  }

  /**
   * Back on Redis after an outage: the cluster messages sent meanwhile are lost, so
   * every open game is re-read from PostgreSQL and its state re-sent to this node's
   * clients (each node does so on its own reconnect, and `catchUp` covers the rest).
   */
  private resync(): void {
    for (const game of this.games.values()) if (game.status !== 'ENDED') this.reread(game);
  }

  /**
   * Re-reads a game from PostgreSQL after the running tasks of its queue, re-arms its
   * timer if this node drives it and re-sends this node's clients their state. With
   * `revision` (a change heard of), only if this node has not got that one by then:
   * its own change being written counts, and repeated notices of one change cost nothing.
   */
  private reread(game: RuntimeGame, revision?: number): void {
    void this.enqueue(game, async () => {
      if (revision !== undefined && game.revision >= revision) return;
      await this.refresh(game);
      this.refreshRanks(game);
      if (game.status === 'ENDED') this.forget(game);
      else this.armTimer(game);
      this.broadcast(game);
    }).catch((error: unknown) => this.logger.error(`Re-reading game ${game.id} failed: ${String(error)}`));
  }

  /**
   * With several nodes, every second: re-reads the open games that another node moved
   * on since this one read them, in case its 'changed' message was lost.
   */
  private async catchUp(): Promise<void> {
    const open = [...this.games.values()].filter((g) => g.status !== 'ENDED');
    if (open.length === 0 || this.catchingUp) return;
    this.catchingUp = true;
    try {
      const rows = await this.dataSource.query<{ id: string; revision: number }[]>(
        'SELECT id, revision FROM live_game WHERE id = ANY($1::uuid[])',
        [open.map((g) => g.id)],
      );
      for (const row of rows) {
        const game = this.games.get(row.id);
        if (game && row.revision > game.revision) this.reread(game, row.revision);
      }
    } catch {
      // PostgreSQL unreachable: the next round tries again (phase changes are failing too).
    } finally {
      this.catchingUp = false;
    }
  }

  /** The previous driver of a game stopped renewing its lock: this node carries the game on. */
  private onClaimed(gameId: string): void {
    const game = this.games.get(gameId);
    if (!game) return;
    this.logger.warn(`Taking over live game ${gameId} (its driving node stopped)`);
    void this.enqueue(game, () => this.takeOver(game)).catch((error: unknown) =>
      this.logger.error(`Taking over game ${gameId} failed: ${String(error)}`),
    );
  }

  private onLost(gameId: string): void {
    const game = this.games.get(gameId);
    if (!game) return;
    this.logger.warn(`Another node drives live game ${gameId} now`);
    game.driving = false;
    this.clearTimer(game);
    // Its changes may have reached this node while it still believed it drove: catch up.
    this.reread(game);
  }

  /** Re-arms the timers from the phase times in PostgreSQL and re-sends everyone the state. */
  private async takeOver(game: RuntimeGame): Promise<void> {
    game.driving = true;
    await this.refresh(game);
    this.refreshRanks(game);
    if (game.status === 'ENDED') {
      this.forget(game);
      return;
    }
    this.armTimer(game);
    this.broadcast(game);
    this.coordinator.publish({ type: 'changed', gameId: game.id, revision: game.revision });
    const q = currentQuestion(game);
    if (game.phase === 'QUESTION' && q) await this.checkAllAnswered(game, q.index);
  }

  private markRemoved(game: RuntimeGame, player: RuntimePlayer): void {
    player.removed = true;
    game.nameKeys.delete(player.nameKey);
    game.activePlayers -= 1;
    this.broadcaster.playerRemoved(game.id, player.id);
    game.cachedState = null;
    this.lobbyChanged(game);
  }

  /**
   * A host command carries where its host saw the game (`from`). If the game has moved
   * on since, the command already ran (a resend after its reply was lost) or was
   * overtaken (the deadline revealed the question): it does nothing more, and the state
   * is sent again in case the host missed it.
   */
  private movedOn(game: RuntimeGame, from: LiveStep | undefined): boolean {
    if (!from) return false;
    const index = game.phase === 'LOBBY' ? -1 : game.phase === 'ENDED' ? game.questions.length - 1 : game.currentIndex;
    if (from.phase === game.phase && from.index === index) return false;
    this.broadcast(game);
    return true;
  }

  private runStart(game: RuntimeGame, from?: LiveStep): Promise<void> {
    return this.enqueue(game, async () => {
      if (this.movedOn(game, from)) return;
      if (game.phase !== 'LOBBY') throw new LiveCommandError('INVALID_COMMAND', 'The game has already started');
      await this.showQuestion(game, 0);
    });
  }

  private runNext(game: RuntimeGame, from?: LiveStep): Promise<void> {
    return this.enqueue(game, async () => {
      if (this.movedOn(game, from)) return;
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

  private runPause(game: RuntimeGame): Promise<void> {
    return this.enqueue(game, async () => {
      if (game.phase !== 'QUESTION') throw new LiveCommandError('INVALID_COMMAND', 'Only a question can be paused');
      if (game.paused) return;
      const undo = this.snapshot(game);
      game.paused = true;
      game.pausedAt = Date.now();
      try {
        await this.persist(game);
      } catch (error) {
        undo();
        throw error;
      }
      this.clearTimer(game);
      await this.changed(game);
    });
  }

  /** host:resume: the frozen countdown goes on. */
  private runResume(game: RuntimeGame): Promise<void> {
    return this.enqueue(game, async () => {
      if (!game.paused || game.pausedAt === null) return;
      const q = currentQuestion(game);
      const undo = this.snapshot(game, q);
      const shift = Date.now() - game.pausedAt;
      if (q && game.phase === 'QUESTION') {
        // The countdown was frozen: open and close move by the paused time.
        if (q.opensAt !== null) q.opensAt += shift;
        if (q.closesAt !== null) q.closesAt += shift;
      }
      game.paused = false;
      game.pausedAt = null;
      try {
        await this.persist(game, q ?? undefined);
      } catch (error) {
        undo();
        throw error;
      }
      this.armTimer(game);
      await this.changed(game);
    });
  }

  private runSkip(game: RuntimeGame, from?: LiveStep): Promise<void> {
    return this.enqueue(game, async () => {
      if (this.movedOn(game, from)) return;
      if (game.phase !== 'QUESTION') throw new LiveCommandError('INVALID_COMMAND', 'No question is open');
      await this.reveal(game, game.currentIndex);
    });
  }

  private runEnd(game: RuntimeGame): Promise<void> {
    return this.enqueue(game, async () => {
      if (game.phase === 'ENDED') return;
      await this.finish(game);
    });
  }

  private runRemovePlayer(game: RuntimeGame, playerId: string): Promise<void> {
    return this.enqueue(game, async () => {
      const player = game.players.get(playerId);
      if (!player) throw new LiveCommandError('INVALID_COMMAND', 'No such player in this game');
      if (player.removed) return;
      await this.dataSource.getRepository(LivePlayer).update({ id: playerId }, { removedAt: new Date() });
      this.markRemoved(game, player);
      this.coordinator.publish({ type: 'removed', gameId: game.id, playerId });
      const q = currentQuestion(game);
      if (game.phase === 'QUESTION' && q && game.activePlayers > 0 && q.answered >= game.activePlayers)
        await this.reveal(game, q.index);
    });
  }

  // ---------- phase changes (run inside the game's queue) ----------

  private async showQuestion(game: RuntimeGame, index: number): Promise<void> {
    const q = game.questions[index];
    const undo = this.snapshot(game, q);
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
    try {
      await this.persist(game, q, index === 0 ? { startedAt: new Date(now) } : {});
    } catch (error) {
      undo();
      throw error;
    }
    this.armTimer(game);
    await this.changed(game);
  }

  private async reveal(game: RuntimeGame, index: number): Promise<void> {
    const q = game.questions[index];
    if (game.phase !== 'QUESTION' || game.currentIndex !== index || q.revealedAt !== null) return;
    q.closing = true;
    this.clearTimer(game);
    await this.batcher.drain();
    await new Promise((resolve) => setImmediate(resolve)); // let the drained answers land in memory
    const undo = this.snapshot(game, q);
    q.revealedAt = Date.now();
    game.phase = 'REVEAL';
    game.paused = false;
    game.pausedAt = null;
    for (const p of game.players.values()) if (!p.answers.has(index)) p.streak = 0;
    try {
      await this.persist(game, q, {}, index);
    } catch (error) {
      // Still open: answers of the window are taken until a retry (or the deadline) reveals it.
      undo();
      q.closing = false;
      this.armTimer(game);
      throw error;
    }
    this.refreshRanks(game);
    await this.changed(game);
  }

  private async showLeaderboard(game: RuntimeGame): Promise<void> {
    const undo = this.snapshot(game);
    game.phase = 'LEADERBOARD';
    try {
      await this.persist(game);
    } catch (error) {
      undo();
      throw error;
    }
    await this.changed(game);
  }

  private async advance(game: RuntimeGame): Promise<void> {
    if (game.currentIndex + 1 < game.questions.length) return this.showQuestion(game, game.currentIndex + 1);
    return this.finish(game);
  }

  private async finish(game: RuntimeGame): Promise<void> {
    const q = currentQuestion(game);
    const open = game.phase === 'QUESTION' && q !== null && q.revealedAt === null;
    if (open) {
      q.closing = true;
      await this.batcher.drain();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const undo = this.snapshot(game, q);
    if (game.phase === 'QUESTION' && q) q.revealedAt = Date.now();
    this.clearTimer(game);
    game.phase = 'ENDED';
    game.status = 'ENDED';
    game.paused = false;
    game.pausedAt = null;
    try {
      await this.persist(game, q ?? undefined, { endedAt: new Date() });
    } catch (error) {
      undo();
      if (open) q.closing = false;
      this.armTimer(game);
      throw error;
    }
    this.refreshRanks(game);
    await this.changed(game);
    this.forget(game);
  }

  /** An ended game: no PIN, no resume tokens, no lock; kept a while for the podium. */
  private forget(game: RuntimeGame): void {
    this.clearTimer(game);
    this.gameIdByPin.delete(game.pin);
    for (const [hash, ref] of this.playerByTokenHash) if (ref.gameId === game.id) this.playerByTokenHash.delete(hash);
    if (game.driving && this.coordinator.clustered)
      this.coordinator.release(game.id).catch((error: unknown) => this.logger.warn(`Lock release: ${String(error)}`));
    game.driving = false;
    this.scheduleEviction(game);
    this.countGames();
  }

  /**
   * After the driver persisted a change: with several nodes it re-reads the game (other
   * nodes' answers and joins), then everyone gets the state and the other nodes are told.
   */
  private async changed(game: RuntimeGame): Promise<void> {
    if (this.coordinator.clustered) {
      await this.refresh(game);
      this.refreshRanks(game);
    }
    this.broadcast(game);
    this.coordinator.publish({ type: 'changed', gameId: game.id, revision: game.revision });
  }

  private countGames(): void {
    let open = 0;
    for (const g of this.games.values()) if (g.status !== 'ENDED') open += 1;
    this.metrics.liveGames.set(open);
  }

  /**
   * What a phase change is about to modify in memory; `undo()` puts it back when the
   * change could not be persisted (PostgreSQL unreachable), so memory never runs ahead
   * of the database and the same change can simply be tried again.
   */
  private snapshot(game: RuntimeGame, q?: RuntimeQuestion | null): () => void {
    const { status, phase, currentIndex, paused, pausedAt } = game;
    const question = q ? { ...q } : null;
    const streaks = [...game.players.values()].map((p) => [p, p.streak] as const);
    return () => {
      Object.assign(game, { status, phase, currentIndex, paused, pausedAt, cachedState: null });
      if (q && question) {
        q.shownAt = question.shownAt;
        q.opensAt = question.opensAt;
        q.closesAt = question.closesAt;
        q.revealedAt = question.revealedAt;
        q.closing = question.closing;
      }
      for (const [p, streak] of streaks) p.streak = streak;
    };
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
      const written = await manager
        .createQueryBuilder()
        .update(LiveGame)
        .set({
          status: game.status,
          phase: game.phase,
          currentIndex: game.currentIndex,
          paused: game.paused,
          pausedAt: at(game.pausedAt),
          phaseStartedAt: new Date(),
          revision: () => 'revision + 1',
          ...extra,
        })
        .where('id = :id AND revision = :revision', { id: game.id, revision: game.revision })
        .execute();
      if (written.affected !== 1) {
        // Another node moved the game on since this one read it: nothing is written here;
        // the caller puts memory back, then the game is re-read and re-sent as it is.
        this.logger.warn(`Live game ${game.id} was changed by another node; re-reading it`);
        this.reread(game);
        throw new LiveCommandError('INVALID_COMMAND', 'The game was just changed on another server; try again');
      }
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
    game.revision += 1;
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

  /** The state to this node's players; to hosts and screens (of every node) when this node drives the game. */
  private broadcast(game: RuntimeGame): void {
    game.cachedState = null;
    const state = this.stateFor(game, null);
    this.broadcaster.emitState(
      game.id,
      state,
      (playerId) => {
        const player = game.players.get(playerId);
        return player ? youView(game, player) : null;
      },
      { hostsAndScreens: game.driving },
    );
  }

  private enqueue(game: RuntimeGame, task: () => Promise<void>): Promise<void> {
    const run = game.queue.then(task, task);
    game.queue = run.catch(() => undefined);
    return run;
  }

  private armTimer(game: RuntimeGame): void {
    this.clearTimer(game);
    if (this.stopped || !game.driving || game.phase !== 'QUESTION' || game.paused) return;
    const q = currentQuestion(game);
    if (!q || q.closesAt === null || q.revealedAt !== null) return;
    const index = q.index;
    const delay = Math.max(0, q.closesAt + ANSWER_GRACE_MS - Date.now());
    game.timer = setTimeout(() => {
      game.timer = null;
      this.revealDue(game, index);
    }, delay);
  }

  /**
   * Reveals a question whose deadline passed or that everyone answered. If that fails
   * (PostgreSQL unreachable: the phase change could not be stored, nothing changed) it
   * is tried again every REVEAL_RETRY_MS until it works, so the game carries on by
   * itself once the database is back.
   */
  private revealDue(game: RuntimeGame, index: number): void {
    this.enqueue(game, () => this.reveal(game, index)).catch((error: unknown) => {
      this.logger.error(`Reveal of game ${game.id} failed, retrying in ${REVEAL_RETRY_MS} ms: ${String(error)}`);
      if (this.stopped || !game.driving) return;
      this.clearTimer(game);
      game.timer = setTimeout(() => {
        game.timer = null;
        this.revealDue(game, index);
      }, REVEAL_RETRY_MS);
    });
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
      this.countGames();
    }, ENDED_GAME_TTL_MS).unref();
  }

  /** Hosts and screens get the answer count at most every 250 ms. */
  private answersChanged(game: RuntimeGame): void {
    this.throttle(game.answersEmit, ANSWERS_EMIT_EVERY_MS, () => {
      const q = currentQuestion(game);
      if (!q) return;
      this.broadcaster.emitAnswers(game.id, {
        questionIndex: q.index,
        answered: q.answered,
        players: game.activePlayers,
      });
      this.coordinator.publish({ type: 'answers', gameId: game.id, questionIndex: q.index, answered: q.answered });
    });
  }

  /** Hosts and screens hear the lobby from the game's driver (it learns every node's joins). */
  private lobbyChanged(game: RuntimeGame): void {
    game.cachedLobby = null;
    if (!game.driving) return;
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
