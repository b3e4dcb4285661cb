import { questionImageView, type ParticipationPopulation } from '@thidua/shared';
import type { QuestionVersion } from '../../content/entities/question-version.entity.js';
import type { LiveAnswer } from '../entities/live-answer.entity.js';
import type { LiveGameQuestion } from '../entities/live-game-question.entity.js';
import type { LiveGame } from '../entities/live-game.entity.js';
import type { LivePlayer } from '../entities/live-player.entity.js';
import {
  nameKeyOf,
  refreshRanks,
  type RuntimeGame,
  type RuntimePlayer,
  type RuntimeQuestion,
} from '../live-game-state.js';

/** A unit players may choose, as the store reads it. */
export interface UnitRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  parent_name: string | null;
  /** The unit's population of the game's kind (PopulationsService). */
  population: ParticipationPopulation;
}

/** Everything a game is rebuilt from. */
export interface GameRows {
  game: LiveGame;
  questions: LiveGameQuestion[];
  versions: Map<string, QuestionVersion>;
  sectionTitles: Map<string, string>;
  units: UnitRow[];
  players: LivePlayer[];
  /** The population kind of each roster person seated in the game. */
  personKinds: Map<string, string>;
  answers: Pick<LiveAnswer, 'playerId' | 'questionIndex' | 'response' | 'credit' | 'points' | 'elapsedMs'>[];
}

/** A game as its rows say, with the resume token hashes of its players (only while it is open). */
export interface ReadGame {
  game: RuntimeGame;
  tokenHashes: [string, string][];
}

const ms = (d: Date | null) => d?.getTime() ?? null;

function questionOf(row: LiveGame, q: LiveGameQuestion, rows: GameRows): RuntimeQuestion {
  const v = rows.versions.get(q.questionVersionId)!;
  const byId = new Map(v.options.map((o) => [o.id, o]));
  return {
    index: q.index,
    versionId: v.id,
    type: v.type,
    prompt: v.prompt,
    options: q.optionOrder.flatMap((id) => byId.get(id) ?? []),
    answerKey: v.answerKey,
    explanation: v.explanation,
    sectionTitle: rows.sectionTitles.get(v.sectionId) ?? null,
    image: questionImageView(v.image),
    timeLimitMs: Math.round(v.timeLimitSeconds * 1000 * row.settings.timeMultiplier),
    doublePoints: v.doublePoints,
    shownAt: ms(q.shownAt),
    opensAt: ms(q.opensAt),
    closesAt: ms(q.closesAt),
    revealedAt: ms(q.revealedAt),
    closing: q.revealedAt !== null,
    answered: 0,
  };
}

function playerOf(p: LivePlayer, personKinds: Map<string, string>): RuntimePlayer {
  return {
    id: p.id,
    name: p.name,
    nameKey: nameKeyOf(p.name),
    unitId: p.unitId,
    personId: p.personId,
    personKind: p.personId ? (personKinds.get(p.personId) ?? null) : null,
    removed: p.removedAt !== null,
    score: p.score,
    streak: p.streak,
    correctTimeMs: p.correctTimeMs,
    answers: new Map(),
    rank: null,
  };
}

/** The in-memory game built from its rows (not driving, no timers: the runtime decides those). */
export function gameFromRows(rows: GameRows): ReadGame {
  const row = rows.game;
  const questions = rows.questions.map((q) => questionOf(row, q, rows));
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
    pausedAt: ms(row.pausedAt),
    phaseStartedAt: ms(row.phaseStartedAt),
    joinLocked: row.joinLocked,
    revision: row.revision,
    sentRevision: row.revision, // a (re)load: players get the state from their join or resume ack
    questions,
    players: new Map(),
    nameKeys: new Set(),
    removedNameKeys: new Set(),
    seats: new Map(),
    participationBasis: row.participationBasis ?? 'VERIFIED',
    units: new Map(
      rows.units.map((u) => [
        u.id,
        {
          id: u.id,
          code: u.code,
          name: u.name,
          kind: u.kind,
          parentName: u.parent_name,
          population: u.population,
        },
      ]),
    ),
    activePlayers: 0,
    activeGuests: 0,
    queue: Promise.resolve(),
    driving: false,
    timer: null,
    cachedState: null,
    cachedLobby: null,
    answersEmit: { timer: null, lastAt: 0 },
    lobbyEmit: { timer: null, lastAt: 0 },
  };
  const tokenHashes: [string, string][] = [];
  for (const p of rows.players) {
    const player = playerOf(p, rows.personKinds);
    game.players.set(p.id, player);
    if (player.personId) game.seats.set(player.personId, player.id);
    if (player.removed) game.removedNameKeys.add(player.nameKey);
    else {
      game.nameKeys.add(player.nameKey);
      game.activePlayers += 1;
      if (!player.personId) game.activeGuests += 1;
    }
    if (row.status !== 'ENDED') tokenHashes.push([p.resumeTokenHash, p.id]);
  }
  for (const a of rows.answers) {
    game.players.get(a.playerId)?.answers.set(a.questionIndex, {
      response: a.response,
      credit: a.credit,
      points: a.points,
      elapsedMs: a.elapsedMs,
    });
    const q = questions[a.questionIndex];
    if (q) q.answered += 1;
  }
  refreshRanks(game);
  return { game, tokenHashes };
}
