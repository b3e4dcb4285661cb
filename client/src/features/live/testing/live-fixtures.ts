import {
  DEFAULT_LIVE_GAME_SETTINGS,
  type LiveQuestionView,
  type LiveStateView,
  type LiveYouView,
  type QuestionType,
} from '@thidua/shared';

/** A question open for answers now (reading time over, 20 s left). */
export function liveQuestion(type: QuestionType, overrides: Partial<LiveQuestionView> = {}): LiveQuestionView {
  const now = Date.now();
  const options =
    type === 'NUMERIC'
      ? []
      : [
          { id: 'opt-a', text: 'Hà Nội' },
          { id: 'opt-b', text: 'Huế' },
          { id: 'opt-c', text: 'Đà Nẵng' },
          { id: 'opt-d', text: 'Cần Thơ' },
        ].slice(0, type === 'TRUE_FALSE' ? 2 : 4);
  return {
    index: 0,
    count: 5,
    type,
    prompt: 'Câu hỏi thử',
    options,
    numericUnit: type === 'NUMERIC' ? 'năm' : null,
    points: 1000,
    timeLimitMs: 20_000,
    shownAt: now - 4000,
    opensAt: now - 1000,
    closesAt: now + 20_000,
    graceMs: 500,
    ...overrides,
  };
}

export function liveYou(overrides: Partial<LiveYouView> = {}): LiveYouView {
  return {
    playerId: 'p-1',
    name: 'Lan',
    unitId: null,
    unitName: null,
    verified: false,
    score: 0,
    rank: null,
    currentAnswer: null,
    lastResult: null,
    streak: null,
    unit: null,
    ...overrides,
  };
}

export function liveState(overrides: Partial<LiveStateView> = {}): LiveStateView {
  return {
    gameId: 'game-1',
    pin: '123456',
    title: 'Đố vui nghị quyết',
    phase: 'LOBBY',
    paused: false,
    joinLocked: false,
    settings: DEFAULT_LIVE_GAME_SETTINGS,
    questionCount: 5,
    question: null,
    reveal: null,
    leaderboard: null,
    podium: null,
    lobby: { players: 0, guests: 0, byUnit: [] },
    answeredCount: 0,
    serverTime: Date.now(),
    you: null,
    ...overrides,
  };
}
