import {
  ANSWER_GRACE_MS,
  questionPoints,
  rankPlayers,
  rankUnits,
  type AnswerKey,
  type AnswerResponse,
  type LiveGameSettings,
  type LiveLeaderboardView,
  type LiveLobbyView,
  type LivePhase,
  type LivePlayerRow,
  type LiveQuestionView,
  type QuestionImageView,
  type LiveRevealView,
  type LiveStateView,
  type LiveUnitRow,
  type LiveYouView,
  type ParticipationBasis,
  type ParticipationPopulation,
  type QuestionOption,
  type QuestionType,
  type RankedPlayer,
  type UnitBoardPlayer,
} from '@thidua/shared';
import type { LiveGameStatus } from './entities/live-game.entity.js';

/*
 * The in-memory model of a running game and the pure functions that turn it into the
 * views of the shared contract. Everything here is derived from rows in PostgreSQL, so
 * a restarted server rebuilds it (see game-store/live-game-rows.ts).
 */

export interface RuntimeAnswer {
  response: AnswerResponse;
  credit: number;
  points: number;
  elapsedMs: number;
}

export interface RuntimeQuestion {
  index: number;
  versionId: string;
  type: QuestionType;
  prompt: string;
  /** In display order. */
  options: QuestionOption[];
  answerKey: AnswerKey;
  explanation: string;
  sectionTitle: string | null;
  image: QuestionImageView | null;
  /** The version's limit × the game's time multiplier. */
  timeLimitMs: number;
  doublePoints: boolean;
  shownAt: number | null;
  opensAt: number | null;
  closesAt: number | null;
  revealedAt: number | null;
  /** Set when the reveal begins: no answer is taken after it. */
  closing: boolean;
  /** Committed answers. */
  answered: number;
}

export interface RuntimePlayer {
  id: string;
  name: string;
  /** Lower-case name: two players of a game may not share it. */
  nameKey: string;
  unitId: string | null;
  /**
   * The roster person the player identified as (then `unitId` is the person's unit);
   * null = a guest, shown but never counted for a unit.
   */
  personId: string | null;
  /** That person's population kind. */
  personKind: string | null;
  removed: boolean;
  /** Committed total, including the current question's points before its reveal (never shown then). */
  score: number;
  streak: number;
  correctTimeMs: number;
  answers: Map<number, RuntimeAnswer>;
  /** Rank after the last reveal. */
  rank: number | null;
}

export interface RuntimeUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentName: string | null;
  /** The unit's population of the game's kind (PopulationsService): what its rate divides by. */
  population: ParticipationPopulation;
}

export interface RuntimeGame {
  id: string;
  pin: string;
  title: string;
  hostUserId: string | null;
  settings: LiveGameSettings;
  status: LiveGameStatus;
  phase: LivePhase;
  currentIndex: number;
  paused: boolean;
  pausedAt: number | null;
  /** Closed to new players by the host (seated players still resume or take their seat over). */
  joinLocked: boolean;
  /** When the current phase began (the row's phase_started_at): a self-running game's pauses count from it. */
  phaseStartedAt: number | null;
  /** The row's revision this node last read or wrote: a phase change is written only over it. */
  revision: number;
  /**
   * The revision whose state this node last sent its players (LiveGameEmitter.state). Behind
   * `revision` when the game was re-read without a re-send (a refresh outside its queue):
   * cluster catch-up then re-sends it, so no phone is left on an old phase.
   */
  sentRevision: number;
  questions: RuntimeQuestion[];
  players: Map<string, RuntimePlayer>;
  nameKeys: Set<string>;
  /** Names of removed players: a join under one of them checks the ban (a Set, so a join never walks the players). */
  removedNameKeys: Set<string>;
  /** The seat of each roster person in the game (one per person): a second join takes it over. */
  seats: Map<string, string>;
  /** VERIFIED (since rosters) or BEFORE_ROSTERS: how unit figures count (shared participation()). */
  participationBasis: ParticipationBasis;
  /** Units players may choose (every unit that is not a WARD or GROUP). */
  units: Map<string, RuntimeUnit>;
  activePlayers: number;
  /** Of them, guests (no roster person): kept as players join and leave, so a phone's lobby costs nothing to build. */
  activeGuests: number;
  /** Serializes phase changes of this game. */
  queue: Promise<unknown>;
  /** This node runs the game's phase changes and timers (always with one node; the lock holder with Redis). */
  driving: boolean;
  timer: NodeJS.Timeout | null;
  /** Cached views, rebuilt when null. */
  cachedState: PhaseViews | null;
  cachedLobby: LiveLobbyView | null;
  answersEmit: { timer: NodeJS.Timeout | null; lastAt: number };
  lobbyEmit: { timer: NodeJS.Timeout | null; lastAt: number };
}

export const TOP_PLAYERS = 10;
/** Players a phone's leaderboard lists (it shows the top five and its own rank, sent in `you`). */
export const PHONE_TOP_PLAYERS = 5;
/** Lobby names sent per unit and in all (counts are always exact). */
const LOBBY_NAMES_PER_UNIT = 40;
const LOBBY_NAMES_TOTAL = 300;

export const nameKeyOf = (name: string) => name.toLocaleLowerCase('vi');

export function currentQuestion(game: RuntimeGame): RuntimeQuestion | null {
  return game.currentIndex >= 0 ? (game.questions[game.currentIndex] ?? null) : null;
}

/** The index of the last revealed question, -1 when none. */
export function lastRevealedIndex(game: RuntimeGame): number {
  for (let i = game.questions.length - 1; i >= 0; i -= 1) if (game.questions[i].revealedAt !== null) return i;
  return -1;
}

/** The score a player may see: the points of an unrevealed answer are left out (they would tell correctness). */
export function shownScore(game: RuntimeGame, player: RuntimePlayer): number {
  const q = currentQuestion(game);
  if (!q || q.revealedAt !== null) return player.score;
  return player.score - (player.answers.get(q.index)?.points ?? 0);
}

export type BoardPlayer = RankedPlayer & UnitBoardPlayer;

/** Standings of the players who are not removed, with question `excluding` (points and answer) left out. */
export function standings(game: RuntimeGame, excluding: number | null): BoardPlayer[] {
  const rows: UnitBoardPlayer[] = [];
  for (const p of game.players.values()) {
    if (p.removed) continue;
    const left = excluding === null ? undefined : p.answers.get(excluding);
    rows.push({
      playerId: p.id,
      name: p.name,
      unitId: p.unitId,
      score: p.score - (left?.points ?? 0),
      correctTimeMs: p.correctTimeMs - (left && left.credit > 0 ? left.elapsedMs : 0),
      personId: p.personId,
      personKind: p.personKind,
      answered: p.answers.size - (left ? 1 : 0) > 0,
    });
  }
  return rankPlayers(rows);
}

/** Each player's rank after the last reveal (the open question's points left out). */
export function refreshRanks(game: RuntimeGame): void {
  if (lastRevealedIndex(game) < 0) return;
  const q = currentQuestion(game);
  const unrevealed = q && q.revealedAt === null ? q.index : null;
  for (const p of standings(game, unrevealed)) {
    const player = game.players.get(p.playerId);
    if (player) player.rank = p.rank;
  }
}

function unitName(game: RuntimeGame, unitId: string | null): string | null {
  return unitId ? (game.units.get(unitId)?.name ?? null) : null;
}

export function playerRow(game: RuntimeGame, p: BoardPlayer): LivePlayerRow {
  return {
    playerId: p.playerId,
    name: p.name,
    unitName: unitName(game, p.unitId),
    score: p.score,
    rank: p.rank,
    verified: p.personId !== null,
  };
}

/**
 * Top players and unit ranking after question `afterIndex`, with each unit's rank before it.
 * Units are ranked by shared `rankUnits` (the one participation definition): guests are
 * shown apart and never move a unit.
 */
export function leaderboardView(game: RuntimeGame, afterIndex: number, ranked: BoardPlayer[]): LiveLeaderboardView {
  const population = new Map([...game.units.values()].map((u) => [u.id, u.population]));
  const basis = game.participationBasis;
  const aggregation = game.settings.unitAggregation;
  const units = rankUnits(ranked, population, aggregation, basis);
  const before = afterIndex > 0 ? rankUnits(standings(game, afterIndex), population, aggregation, basis) : [];
  const guests = ranked.filter((p) => p.personId === null).length;
  const previous = new Map(before.map((u) => [u.unitId, u.rank]));
  return {
    afterQuestion: afterIndex,
    topPlayers: ranked.slice(0, TOP_PLAYERS).map((p) => playerRow(game, p)),
    units: units.map((u) => ({
      ...u,
      unitName: unitName(game, u.unitId) ?? '',
      previousRank: previous.get(u.unitId) ?? null,
    })),
    unitAggregation: aggregation,
    participationBasis: basis,
    verifiedPlayers: ranked.length - guests,
    guests,
  };
}

export function questionView(game: RuntimeGame, q: RuntimeQuestion): LiveQuestionView {
  return {
    index: q.index,
    count: game.questions.length,
    type: q.type,
    prompt: q.prompt,
    options: q.options.map((o) => ({ id: o.id, text: o.text })),
    numericUnit: q.answerKey.type === 'NUMERIC' ? (q.answerKey.numeric.unit ?? null) : null,
    image: q.image,
    points: questionPoints(q.doublePoints),
    timeLimitMs: q.timeLimitMs,
    shownAt: q.shownAt ?? 0,
    opensAt: q.opensAt ?? 0,
    closesAt: q.closesAt ?? 0,
    graceMs: ANSWER_GRACE_MS,
  };
}

/** Only after the question closed. ORDERING and NUMERIC count "correct"/"wrong"; choices count per option. */
export function revealView(game: RuntimeGame, q: RuntimeQuestion): LiveRevealView {
  const key = q.answerKey;
  const perOption = q.type === 'SINGLE_CHOICE' || q.type === 'TRUE_FALSE' || q.type === 'MULTIPLE_SELECT';
  const distribution: Record<string, number> = perOption
    ? Object.fromEntries(q.options.map((o) => [o.id, 0]))
    : { correct: 0, wrong: 0 };
  let answered = 0;
  for (const p of game.players.values()) {
    const a = p.answers.get(q.index);
    if (!a) continue;
    answered += 1;
    if (perOption) for (const id of a.response.optionIds ?? []) if (id in distribution) distribution[id] += 1;
    if (!perOption) distribution[a.credit >= 1 ? 'correct' : 'wrong'] += 1;
  }
  return {
    index: q.index,
    correctOptionIds: key.type === 'NUMERIC' ? [] : [...key.correctOptionIds],
    correctValue: key.type === 'NUMERIC' ? key.numeric.answer : null,
    distribution,
    answered,
    explanation: q.explanation,
    sectionTitle: q.sectionTitle,
  };
}

export function lobbyView(game: RuntimeGame): LiveLobbyView {
  if (game.cachedLobby) return game.cachedLobby;
  const groups = new Map<string | null, { names: string[]; count: number }>();
  let listed = 0;
  let guests = 0;
  for (const p of game.players.values()) {
    if (p.removed) continue;
    if (p.personId === null) guests += 1;
    const group = groups.get(p.unitId) ?? { names: [], count: 0 };
    group.count += 1;
    if (group.names.length < LOBBY_NAMES_PER_UNIT && listed < LOBBY_NAMES_TOTAL) {
      group.names.push(p.name);
      listed += 1;
    }
    groups.set(p.unitId, group);
  }
  game.cachedLobby = {
    players: game.activePlayers,
    guests,
    byUnit: [...groups].map(([unitId, g]) => ({
      unitId,
      unitName: unitName(game, unitId),
      names: g.names,
      count: g.count,
    })),
  };
  return game.cachedLobby;
}

/** What a phase shows, without what changes between phase changes (the lobby, the answer count, the clock, `you`). */
type PhaseState = Omit<LiveStateView, 'lobby' | 'answeredCount' | 'serverTime' | 'you'>;

/**
 * The views of the current phase, built once per phase change. Phase by phase they carry
 * only what may be known then: the question (no answer) from QUESTION on, the reveal only
 * once the question closed, the leaderboard in LEADERBOARD and ENDED. `full` is for hosts
 * and screens; `phone` is what every phone shares: no settings; on the board, the top PHONE_TOP_PLAYERS
 * players, no unit rows (a phone gets its own unit's row in `you`, from `unitRows`) and
 * no question or reveal (the phone has moved on from them).
 */
export interface PhaseViews {
  full: PhaseState;
  phone: PhaseState;
  unitRows: ReadonlyMap<string, LiveUnitRow>;
}

export function phaseViews(game: RuntimeGame): PhaseViews {
  if (game.cachedState) return game.cachedState;
  const q = currentQuestion(game);
  const revealed = q !== null && q.revealedAt !== null;
  const showLeaderboard = game.phase === 'LEADERBOARD' || game.phase === 'ENDED';
  const all = showLeaderboard ? standings(game, null) : [];
  const leaderboard = showLeaderboard ? leaderboardView(game, lastRevealedIndex(game), all) : null;
  const full: PhaseState = {
    gameId: game.id,
    pin: game.pin,
    title: game.title,
    phase: game.phase,
    paused: game.paused,
    joinLocked: game.joinLocked,
    settings: game.settings,
    questionCount: game.questions.length,
    question: q && game.phase !== 'LOBBY' && game.phase !== 'ENDED' ? questionView(game, q) : null,
    reveal: q && revealed && (game.phase === 'REVEAL' || game.phase === 'LEADERBOARD') ? revealView(game, q) : null,
    leaderboard,
    podium:
      game.phase === 'ENDED'
        ? all.filter((p) => p.rank <= game.settings.podiumPlaces).map((p) => playerRow(game, p))
        : null,
  };
  // A phone on the board shows its rank and the top: the question and its reveal are behind it.
  const phone: PhaseState = leaderboard
    ? {
        ...full,
        settings: null,
        question: null,
        reveal: null,
        leaderboard: { ...leaderboard, topPlayers: leaderboard.topPlayers.slice(0, PHONE_TOP_PLAYERS), units: [] },
      }
    : { ...full, settings: null };
  game.cachedState = { full, phone, unitRows: new Map(leaderboard?.units.map((u) => [u.unitId, u])) };
  return game.cachedState;
}

/** The state hosts and screens get: the phase's full views and the lobby with names. */
export function hostState(game: RuntimeGame): LiveStateView {
  return {
    ...phaseViews(game).full,
    lobby: lobbyView(game),
    answeredCount: currentQuestion(game)?.answered ?? 0,
    serverTime: Date.now(),
    you: null,
  };
}

/**
 * What every phone shares, without `you`: the phone's views and the lobby as counts only
 * (a phone shows no names), so a join's ack costs the same with 10 players or 10,000.
 */
export function phoneState(game: RuntimeGame): LiveStateView {
  return {
    ...phaseViews(game).phone,
    lobby: { players: game.activePlayers, guests: game.activeGuests, byUnit: [] },
    answeredCount: currentQuestion(game)?.answered ?? 0,
    serverTime: Date.now(),
    you: null,
  };
}

/** The phases after a reveal, when a player's streak no longer tells anything about an open question. */
const STREAK_SHOWN_IN: ReadonlySet<LivePhase> = new Set<LivePhase>(['REVEAL', 'LEADERBOARD', 'ENDED']);

/**
 * What a phase change sends every phone: its shared state, in REVEAL without the question
 * (each phone has it from the QUESTION frame and puts it back: shared `withHeldQuestion`).
 */
export function phoneBroadcast(game: RuntimeGame): LiveStateView {
  const state = phoneState(game);
  return state.phase === 'REVEAL' ? { ...state, question: null } : state;
}

/** One phone's own part of its state (`views`: the phase's, for its unit's row). */
export function youView(game: RuntimeGame, player: RuntimePlayer, views: PhaseViews): LiveYouView {
  const q = currentQuestion(game);
  const last = lastRevealedIndex(game);
  const lastAnswer = last >= 0 ? player.answers.get(last) : undefined;
  return {
    playerId: player.id,
    name: player.name,
    unitId: player.unitId,
    unitName: unitName(game, player.unitId),
    verified: player.personId !== null,
    score: shownScore(game, player),
    rank: player.rank,
    currentAnswer:
      q && game.phase !== 'LOBBY' && game.phase !== 'ENDED' ? (player.answers.get(q.index)?.response ?? null) : null,
    lastResult:
      last >= 0 ? { questionIndex: last, credit: lastAnswer?.credit ?? 0, points: lastAnswer?.points ?? 0 } : null,
    streak: STREAK_SHOWN_IN.has(game.phase) ? player.streak : null,
    unit: player.unitId ? (views.unitRows.get(player.unitId) ?? null) : null,
  };
}
