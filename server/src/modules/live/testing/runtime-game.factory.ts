import { DEFAULT_LIVE_GAME_SETTINGS, type LiveGameSettings } from '@thidua/shared';
import type { RuntimeGame, RuntimePlayer, RuntimeQuestion } from '../live-game-state.js';

/*
 * In-memory games for the unit tests of the pure rules: a game of `questions` single
 * choice questions (options a–d, `a` correct, 10 s each), in the lobby, no players.
 */

export function runtimeQuestion(index: number, overrides: Partial<RuntimeQuestion> = {}): RuntimeQuestion {
  return {
    index,
    versionId: `v${index}`,
    type: 'SINGLE_CHOICE',
    prompt: `Question ${index + 1}`,
    options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id.toUpperCase() })),
    answerKey: { type: 'SINGLE_CHOICE', correctOptionIds: ['a'] },
    explanation: '',
    sectionTitle: null,
    image: null,
    timeLimitMs: 10_000,
    doublePoints: false,
    shownAt: null,
    opensAt: null,
    closesAt: null,
    revealedAt: null,
    closing: false,
    answered: 0,
    ...overrides,
  };
}

export function runtimeGame(
  options: { questions?: number; settings?: Partial<LiveGameSettings> } & Partial<
    Omit<RuntimeGame, 'questions' | 'settings'>
  > = {},
): RuntimeGame {
  const { questions = 3, settings, ...overrides } = options;
  return {
    id: 'game-1',
    pin: '123456',
    title: 'Test game',
    hostUserId: 'host-1',
    settings: { ...DEFAULT_LIVE_GAME_SETTINGS, ...settings },
    status: 'LOBBY',
    phase: 'LOBBY',
    currentIndex: -1,
    paused: false,
    pausedAt: null,
    phaseStartedAt: null,
    joinLocked: false,
    revision: 1,
    sentRevision: 1,
    questions: Array.from({ length: questions }, (_, i) => runtimeQuestion(i)),
    players: new Map(),
    nameKeys: new Set(),
    removedNameKeys: new Set(),
    seats: new Map(),
    participationBasis: 'VERIFIED',
    units: new Map([
      [
        'unit-1',
        {
          id: 'unit-1',
          code: 'U1',
          name: 'Unit 1',
          kind: 'SCHOOL',
          parentName: null,
          population: { kind: 'STUDENTS', size: 10, source: 'ROSTER' },
        },
      ],
    ]),
    activePlayers: 0,
    activeGuests: 0,
    queue: Promise.resolve(),
    driving: true,
    timer: null,
    cachedState: null,
    cachedLobby: null,
    answersEmit: { timer: null, lastAt: 0 },
    lobbyEmit: { timer: null, lastAt: 0 },
    ...overrides,
  };
}

/** Adds an active player to `game`. */
export function withPlayer(game: RuntimeGame, id: string, overrides: Partial<RuntimePlayer> = {}): RuntimePlayer {
  const player: RuntimePlayer = {
    id,
    name: `Player ${id}`,
    nameKey: `player ${id}`,
    unitId: null,
    personId: null,
    personKind: null,
    removed: false,
    score: 0,
    streak: 0,
    correctTimeMs: 0,
    answers: new Map(),
    rank: null,
    ...overrides,
  };
  game.players.set(id, player);
  if (player.personId) game.seats.set(player.personId, id);
  if (player.removed) game.removedNameKeys.add(player.nameKey);
  else {
    game.nameKeys.add(player.nameKey);
    game.activePlayers += 1;
    if (!player.personId) game.activeGuests += 1;
  }
  return player;
}

/** `game` with question `index` open: shown at `shownAt`, opened after the reading time, closing after its limit. */
export function atQuestion(game: RuntimeGame, index: number, shownAt = 1_000_000): RuntimeGame {
  const q = game.questions[index];
  q.shownAt = shownAt;
  q.opensAt = shownAt + game.settings.readingSeconds * 1000;
  q.closesAt = q.opensAt + q.timeLimitMs;
  for (const earlier of game.questions.slice(0, index)) earlier.revealedAt = shownAt - 1;
  return Object.assign(game, { status: 'RUNNING', phase: 'QUESTION', currentIndex: index });
}

/** `game` with question `index` revealed at `at`. */
export function revealed(game: RuntimeGame, index: number, at = 1_020_000): RuntimeGame {
  atQuestion(game, index);
  game.questions[index].revealedAt = at;
  game.questions[index].closing = true;
  return Object.assign(game, { phase: 'REVEAL' });
}
