import type { LiveStateView } from '@thidua/shared';
import {
  hostState,
  PHONE_TOP_PLAYERS,
  phaseViews,
  phoneBroadcast,
  phoneState,
  TOP_PLAYERS,
  youView,
  type RuntimeGame,
  type RuntimePlayer,
} from './live-game-state.js';
import { DEMO_QUESTIONS, type DemoQuestion } from '../../database/seeds/demo-content.js';
import { markRemoved } from './game-rules/join-rules.js';
import { atQuestion, revealed, runtimeGame, runtimeQuestion, withPlayer } from './testing/runtime-game.factory.js';

/*
 * What one phone receives per phase at 10,000 players in 60 units (issue 17): the
 * phones' shared state and the phone's own `you`, as the broadcaster writes them. Names
 * and titles are Vietnamese and long; the questions are the demo's own.
 */

const UNITS = 60;
const PLAYERS = 10_000;

const contentBytes = (q: DemoQuestion) => Buffer.byteLength(q.prompt + q.options.join('') + q.explanation);
/** The demo's question of median length (prompt, options and explanation together). */
const MEDIAN_QUESTION = [...DEMO_QUESTIONS]
  .filter((q) => q.type === 'SINGLE_CHOICE')
  .sort((a, b) => contentBytes(a) - contentBytes(b))[Math.floor(DEMO_QUESTIONS.length / 4)];

function hall(players: number, question: DemoQuestion = MEDIAN_QUESTION): RuntimeGame {
  const game = runtimeGame({
    questions: 3,
    title: 'Hội thi trực tuyến tìm hiểu Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV',
    units: new Map(
      Array.from({ length: UNITS }, (_, i) => {
        const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        const unit = {
          id,
          code: `TDP${i + 1}`,
          name: `Tổ dân phố số ${i + 1} khu phố Hải An`,
          kind: 'TDP',
          parentName: 'Phường Hải An',
          population: { kind: 'RESIDENTS', size: 1200, source: 'ROSTER' as const },
        };
        return [id, unit];
      }),
    ),
  });
  game.questions = game.questions.map((_, index) =>
    runtimeQuestion(index, {
      prompt: question.prompt,
      options: question.options.map((text, i) => ({ id: `o${i}`, text })),
      answerKey: { type: 'SINGLE_CHOICE', correctOptionIds: question.correct.map((i) => `o${i}`) },
      explanation: question.explanation,
      sectionTitle: 'Phần II. Nhiệm vụ và giải pháp',
    }),
  );
  const unitIds = [...game.units.keys()];
  for (let i = 0; i < players; i += 1) {
    const guest = i % 8 === 3; // one in eight is a guest
    const player = withPlayer(game, `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`, {
      name: `Nguyễn Thị Phương Thảo ${i}`,
      unitId: unitIds[i % UNITS],
      personId: guest ? null : `p-${i}`,
      personKind: guest ? null : 'RESIDENTS',
    });
    const points = i % 3 ? 900 : 0;
    player.answers.set(0, { response: { optionIds: ['o0'] }, credit: points ? 1 : 0, points, elapsedMs: 1500 });
    player.score = points;
    player.rank = i + 1;
  }
  return game;
}

type Phase = 'QUESTION' | 'REVEAL' | 'LEADERBOARD';

function inPhase(game: RuntimeGame, phase: Phase): RuntimeGame {
  if (phase === 'QUESTION') return atQuestion(game, 1);
  revealed(game, 0);
  return phase === 'LEADERBOARD' ? Object.assign(game, { phase }) : game;
}

/** The frame a phone gets at a phase change, as `LiveBroadcaster.emitState` writes it (the shared part, then `you`). */
function phoneFrame(game: RuntimeGame, player: RuntimePlayer): { state: LiveStateView; bytes: number } {
  const state = { ...phoneBroadcast(game), you: youView(game, player, phaseViews(game)) };
  return { state, bytes: Buffer.byteLength(`42/live,["game:state",${JSON.stringify(state)}]`) };
}

function aPlayer(game: RuntimeGame): RuntimePlayer {
  const player = [...game.players.values()][game.players.size >> 1];
  if (!player) throw new Error('no player');
  return player;
}

describe('phone frames', () => {
  it.each<[Phase, number]>([
    ['QUESTION', 1536],
    ['REVEAL', 1536],
    ['LEADERBOARD', 3072],
  ])('a %s frame at 10,000 players is at most %d bytes', (phase, limit) => {
    const game = inPhase(hall(PLAYERS), phase);
    expect(phoneFrame(game, aPlayer(game)).bytes).toBeLessThanOrEqual(limit);
  });

  it.each<Phase>(['QUESTION', 'REVEAL', 'LEADERBOARD'])(
    'a %s frame is the same size with 10 players as with 10,000 (only numbers get longer)',
    (phase) => {
      const small = inPhase(hall(10), phase);
      const big = inPhase(hall(PLAYERS), phase);
      const grew = phoneFrame(big, aPlayer(big)).bytes - phoneFrame(small, aPlayer(small)).bytes;
      expect(grew).toBeLessThanOrEqual(48);
    },
  );

  it('a question carries no lobby names, no settings and nothing of the answer', () => {
    const game = inPhase(hall(PLAYERS), 'QUESTION');
    const { state } = phoneFrame(game, aPlayer(game));
    expect(state.lobby).toEqual({ players: PLAYERS, guests: PLAYERS / 8, byUnit: [] });
    expect(state.settings).toBeNull();
    expect(state.reveal).toBeNull();
    expect(state.you?.streak).toBeNull();
    expect(JSON.stringify(state)).not.toMatch(/correctOptionIds|answerKey|explanation|distribution/);
  });

  it("the board lists the top five and no unit rows; the phone's own unit comes in `you`", () => {
    const game = inPhase(hall(PLAYERS), 'LEADERBOARD');
    const player = aPlayer(game);
    const { state } = phoneFrame(game, player);
    expect(state.leaderboard?.topPlayers).toHaveLength(PHONE_TOP_PLAYERS);
    expect(state.leaderboard?.units).toEqual([]);
    expect(state.question).toBeNull();
    expect(state.you?.unit).toEqual(hostState(game).leaderboard?.units.find((u) => u.unitId === player.unitId));
  });

  it('a reveal comes without the question the phone holds; the ack of a phone that resumes then carries it', () => {
    const game = inPhase(hall(PLAYERS), 'REVEAL');
    const { state } = phoneFrame(game, aPlayer(game));
    expect(state.question).toBeNull();
    expect(state.reveal?.index).toBe(0);
    expect(phoneState(game).question?.index).toBe(0);
    expect(hostState(game).question?.index).toBe(0);
  });

  it('hosts and screens still get every unit, the top ten, the settings and the lobby by unit', () => {
    const game = inPhase(hall(PLAYERS), 'LEADERBOARD');
    const state = hostState(game);
    expect(state.leaderboard?.units).toHaveLength(UNITS);
    expect(state.leaderboard?.topPlayers).toHaveLength(TOP_PLAYERS);
    expect(state.settings).toEqual(game.settings);
    expect(state.lobby.byUnit).toHaveLength(UNITS);
    expect(state.you).toBeNull();
  });

  it("a phone's state is built without the lobby's names (a join's ack does not walk the players)", () => {
    const game = hall(PLAYERS);
    phoneState(game);
    expect(game.cachedLobby).toBeNull();
    hostState(game);
    expect(game.cachedLobby?.players).toBe(PLAYERS);
  });

  it('keeps the guest count as players leave: a removed guest no longer counts', () => {
    const game = hall(PLAYERS);
    const guest = [...game.players.values()].find((p) => p.personId === null);
    if (!guest) throw new Error('no guest');
    markRemoved(game, guest);
    expect(phoneState(game).lobby).toMatchObject({ players: PLAYERS - 1, guests: PLAYERS / 8 - 1 });
  });
});
