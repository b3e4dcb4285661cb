import { liveStepOf, type AnswerAck, type LiveStateView } from '@thidua/shared';
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../bootstrap.js';
import { loadConfig } from '../../config/app-config.js';
import { createTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../test-support/test-app.js';
import {
  answerKeys,
  liveClient,
  seedPerson,
  seedQuiz,
  seedUnits,
  startGame,
  untilOpen,
  type TestSocket,
} from './testing/live-test-kit.js';

/** What another node's reveal of question `index` writes (its messages never reach this node). */
async function revealAsAnotherNode(app: TestApp, gameId: string, index: number): Promise<void> {
  await app.dataSource.transaction(async (m) => {
    await m.query(
      `UPDATE live_game SET phase = 'REVEAL', revision = revision + 1, phase_started_at = now() WHERE id = $1`,
      [gameId],
    );
    await m.query('UPDATE live_game_question SET revealed_at = now() WHERE game_id = $1 AND index = $2', [
      gameId,
      index,
    ]);
  });
}

type JoinAck = { ok: boolean; reason?: string; resumeToken: string; state: LiveStateView };
type Ack = { ok: boolean; reason?: string; state?: LiveStateView };

describe('live games over socket.io', () => {
  let app: TestApp;
  let hostToken: string;
  let quizId: string;
  let units: { classId: string; tdpId: string };
  const sockets: TestSocket[] = [];

  const client = async (token?: string) => {
    const s = await liveClient(app.server.url, token);
    sockets.push(s);
    return s;
  };
  const join = async (pin: string, name: string, unitId?: string, identity?: { personalCode: string }) => {
    const s = await client();
    const ack = await s.call<JoinAck>('player:join', identity ? { pin, identity } : { pin, name, unitId });
    if (!ack.ok) throw new Error(`join failed: ${JSON.stringify(ack)}`);
    return { s, ack };
  };
  const hostOf = async (gameId: string) => {
    const host = await client(hostToken);
    expect((await host.call<Ack>('host:attach', { gameId })).ok).toBe(true);
    return host;
  };

  beforeAll(async () => {
    app = await createTestApp();
    hostToken = await app.tokenFor('HOST');
    quizId = await seedQuiz(app);
    units = await seedUnits(app);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('plays a whole game: join (one via a unit), question, reveal, leaderboard, podium, results', async () => {
    const game = await startGame(app, hostToken, quizId, { readingSeconds: 1 });
    expect(game.pin).toMatch(/^\d{6}$/);
    expect(game.joinPath).toBe(`/play/${game.pin}`);
    const info = await app.gql<{
      liveGameJoinInfo: { gameId: string; phase: string; units: { id: string; kind: string }[] };
    }>(
      'query($pin: String!) { liveGameJoinInfo(pin: $pin) { gameId phase allowLateJoin units { id code name kind parentName } } }',
      { pin: game.pin },
    );
    expect(info.data?.liveGameJoinInfo.gameId).toBe(game.id);
    const kinds = info.data!.liveGameJoinInfo.units.map((u) => u.kind);
    expect(kinds).toEqual(expect.arrayContaining(['CLASS', 'NEIGHBORHOOD_GROUP', 'SCHOOL']));
    expect(kinds).not.toContain('WARD');

    const host = await hostOf(game.id);
    const screen = await client();
    expect((await screen.call<Ack>('screen:attach', { pin: game.pin })).ok).toBe(true);
    // Three roster persons join with their personal codes (two of the class, one of the TDP); two guests type a name.
    const names = ['An', 'Hà', 'Bình', 'Châu', 'Dũng'];
    const roster = [
      await seedPerson(app, units.classId, 'An'),
      await seedPerson(app, units.classId, 'Hà'),
      await seedPerson(app, units.tdpId, 'Bình'),
    ];
    const players = [];
    for (const [i, name] of names.entries())
      players.push(
        await join(game.pin, name, undefined, roster[i] ? { personalCode: roster[i].personalCode } : undefined),
      );
    expect(players[0].ack.state.you).toMatchObject({ name: 'An', unitName: 'Lớp 9A', score: 0, verified: true });
    expect(players[2].ack.state.you).toMatchObject({ name: 'Bình', unitName: 'Tổ dân phố 3', verified: true });
    expect(players[3].ack.state.you).toMatchObject({ name: 'Châu', unitName: null, verified: false });
    expect((await players[0].s.call<Ack>('player:join', { pin: game.pin, name: 'an' })).reason).toBe('NAME_TAKEN');

    const keys = await answerKeys(app, game.id);
    const questionShown = players.map((p) => p.s.next((s) => s.phase === 'QUESTION' && s.question?.index === 0));
    expect((await host.call<Ack>('host:start', { gameId: game.id })).ok).toBe(true);
    const [q0] = await Promise.all(questionShown);
    expect(q0.question).toMatchObject({ index: 0, count: 3, type: 'SINGLE_CHOICE', points: 1000, graceMs: 500 });
    expect(q0.question!.opensAt - q0.question!.shownAt).toBe(1000);
    expect(q0.you?.currentAnswer).toBeNull();

    // Too early: refused, nothing stored.
    const early = await players[0].s.call<AnswerAck>('player:answer', {
      questionIndex: 0,
      response: { optionIds: [keys[0].correct[0]] },
    });
    expect(early).toEqual({ status: 'rejected', reason: 'NOT_OPEN_YET' });
    await untilOpen(q0);

    const correct = keys[0].correct[0];
    const wrong = q0.question!.options.map((o) => o.id).find((id) => id !== correct)!;
    const revealed = players.map((p) => p.s.next((s) => s.phase === 'REVEAL'));
    const screenReveal = screen.next((s) => s.phase === 'REVEAL');
    const acks = await Promise.all(
      players.map((p, i) =>
        p.s.call<AnswerAck>('player:answer', { questionIndex: 0, response: { optionIds: [i < 3 ? correct : wrong] } }),
      ),
    );
    expect(acks.map((a) => a.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'accepted']);
    // Everyone answered: revealed without waiting for the timer.
    const reveals = await Promise.all(revealed);
    const reveal = reveals[0].reveal!;
    expect(reveal.correctOptionIds).toEqual([correct]);
    expect(reveal.distribution).toMatchObject({ [correct]: 3, [wrong]: 2 });
    expect(reveal.answered).toBe(5);
    expect(reveal.explanation).toBe(keys[0].explanation);
    expect(reveal.sectionTitle).toBe('Nhóm nội dung thứ nhất');
    expect(reveals[0].you!.lastResult).toMatchObject({ questionIndex: 0, credit: 1 });
    expect(reveals[0].you!.score).toBeGreaterThan(500);
    expect(reveals[4].you!.lastResult).toEqual({ questionIndex: 0, credit: 0, points: 0 });
    expect([reveals[0].you!.streak, reveals[4].you!.streak]).toEqual([1, 0]);
    expect((await screenReveal).you).toBeNull();
    expect(host.frames.some((f) => f.event === 'game:answers')).toBe(true);

    // Leaderboard with the unit ranking and its formula.
    const board = screen.next((s) => s.phase === 'LEADERBOARD');
    expect((await host.call<Ack>('host:next', { gameId: game.id })).ok).toBe(true);
    const leaderboard = (await board).leaderboard!;
    expect(leaderboard.unitAggregation).toBe('MEAN');
    expect(leaderboard.topPlayers).toHaveLength(5);
    expect(leaderboard.topPlayers[0].rank).toBe(1);
    expect(leaderboard.units.map((u) => u.unitName).sort()).toEqual(['Lớp 9A', 'Tổ dân phố 3']);
    expect(leaderboard.units[0]).toMatchObject({ rank: 1, previousRank: null, eligiblePopulation: expect.any(Number) });
    // The formula's parts: 2 verified pupils answered ÷ the class's 40 (declared when the game was created); guests apart.
    expect(leaderboard.units.find((u) => u.unitName === 'Lớp 9A')).toMatchObject({
      verified: 2,
      guests: 0,
      eligiblePopulation: 40,
      populationKind: 'STUDENTS',
      populationSource: 'DECLARED',
      participationRate: 0.05,
    });
    expect(leaderboard).toMatchObject({ participationBasis: 'VERIFIED', verifiedPlayers: 3, guests: 2 });
    expect(
      leaderboard.topPlayers
        .filter((p) => !p.verified)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Châu', 'Dũng']);

    // Question 2 (double points): skipped by the host with one answer in.
    const q1Shown = players[0].s.next((s) => s.phase === 'QUESTION' && s.question?.index === 1);
    await host.call('host:next', { gameId: game.id });
    const q1 = await q1Shown;
    expect(q1.question!.points).toBe(2000);
    await untilOpen(q1);
    expect(
      await players[0].s.call<AnswerAck>('player:answer', {
        questionIndex: 1,
        response: { optionIds: keys[1].correct },
      }),
    ).toMatchObject({ status: 'accepted' });
    const skipped = players[1].s.next((s) => s.phase === 'REVEAL');
    expect((await host.call<Ack>('host:skip', { gameId: game.id })).ok).toBe(true);
    expect((await skipped).reveal!.answered).toBe(1);
    const late = await players[1].s.call<AnswerAck>('player:answer', {
      questionIndex: 1,
      response: { optionIds: keys[1].correct },
    });
    expect(late).toEqual({ status: 'rejected', reason: 'CLOSED' });

    // Numeric question, then the end with a podium.
    await host.call('host:next', { gameId: game.id }); // leaderboard
    const q2Shown = players[0].s.next((s) => s.phase === 'QUESTION' && s.question?.index === 2);
    await host.call('host:next', { gameId: game.id });
    const q2 = await q2Shown;
    expect(q2.question).toMatchObject({ type: 'NUMERIC', options: [], numericUnit: 'lần' });
    await untilOpen(q2);
    expect(
      (await players[2].s.call<AnswerAck>('player:answer', { questionIndex: 2, response: { value: 2 } })).status,
    ).toBe('accepted');
    const ended = players[0].s.next((s) => s.phase === 'ENDED');
    const hostEnded = host.next((s) => s.phase === 'ENDED');
    expect((await host.call<Ack>('host:end', { gameId: game.id })).ok).toBe(true);
    const end = await ended;
    expect(end.podium!.length).toBeGreaterThanOrEqual(3);
    expect(end.podium![0].rank).toBe(1);
    // The host's board ranks both units; a phone gets only its own unit's row (issue 17).
    const hostEnd = await hostEnded;
    expect(hostEnd.leaderboard!.units.length).toBe(2);
    expect(end.leaderboard!.units).toEqual([]);
    expect(end.you!.unit).toEqual(hostEnd.leaderboard!.units.find((u) => u.unitName === 'Lớp 9A'));
    expect((await host.call<Ack>('host:next', { gameId: game.id })).reason).toBe('GAME_ENDED');

    // Scores in PostgreSQL are the sum of the stored answers' points.
    const mismatched: unknown[] = await app.dataSource.query(
      `SELECT p.id FROM live_player p LEFT JOIN live_answer a ON a.player_id = p.id WHERE p.game_id = $1
        GROUP BY p.id HAVING p.score <> coalesce(sum(a.points), 0)`,
      [game.id],
    );
    expect(mismatched).toEqual([]);

    const results = await app.gql<{
      liveGameResults: {
        players: { name: string; rank: number; answeredCount: number }[];
        questions: { answered: number; correctShare: number }[];
        units: { unitName: string }[];
      };
    }>(
      `query($id: ID!) { liveGameResults(id: $id) { players { playerId name unitName score rank correctCount answeredCount }
        questions { index prompt type answered correctShare averageTimeMs }
        units { unitId unitName players eligiblePopulation participationRate meanScore score rank } } }`,
      { id: game.id },
      hostToken,
    );
    expect(results.data!.liveGameResults.players).toHaveLength(5);
    expect(results.data!.liveGameResults.questions.map((q) => q.answered)).toEqual([5, 1, 1]);
    expect(results.data!.liveGameResults.questions[0].correctShare).toBeCloseTo(0.6);
    const xlsx = await fetch(`${app.server.url}/api/live-games/${game.id}/results.xlsx`, {
      headers: { authorization: `Bearer ${hostToken}` },
    });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Người dự thi', 'Câu hỏi', 'Đơn vị']);
    const otherHost = await app.tokenFor('HOST');
    const forbidden = await app.gql('query($id: ID!) { liveGame(id: $id) { id } }', { id: game.id }, otherHost);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // No leakage: nothing a player received before a question's reveal names its correct options or explanation.
    for (const { s } of players) {
      for (const [index, key] of keys.entries()) {
        const revealFrame = s.frames.find(
          (f) => f.event === 'game:state' && (f.args[0] as LiveStateView).reveal?.index === index,
        );
        const before = s.frames.filter((f) => !revealFrame || f.seq < revealFrame.seq);
        const text = JSON.stringify(before.map((f) => f.args));
        expect(text).not.toContain(key.explanation);
        expect(text).not.toContain('answerKey');
        for (const f of before) {
          const state = f.args[0] as LiveStateView | undefined;
          if (f.event === 'game:state' && state?.reveal) expect(state.reveal.index).not.toBe(index);
          // The streak moves with each answer: it is withheld while a question is open.
          if (f.event === 'game:state' && state?.phase === 'QUESTION') expect(state.you?.streak ?? null).toBeNull();
        }
      }
      expect(JSON.stringify(s.frames.filter((f) => f.event !== 'game:state'))).not.toContain('correct');
    }
  });

  it('takes no new player once the host locked it; a seated one comes back; unlocked, it takes them again', async () => {
    const game = await startGame(app, hostToken, quizId, { readingSeconds: 0 });
    const host = await hostOf(game.id);
    const seated = await join(game.pin, 'Đã vào');
    const locked = host.next((st) => st.joinLocked);
    expect((await host.call<Ack>('host:lock', { gameId: game.id })).ok).toBe(true);
    expect((await locked).joinLocked).toBe(true);
    const refused = await (await client()).call<JoinAck>('player:join', { pin: game.pin, name: 'Đến muộn' });
    expect(refused).toMatchObject({ ok: false, reason: 'LOBBY_LOCKED' });
    const back = await (await client()).call<Ack>('player:resume', { resumeToken: seated.ack.resumeToken });
    expect(back.ok).toBe(true);
    const rows: { join_locked: boolean }[] = await app.dataSource.query(
      'SELECT join_locked FROM live_game WHERE id = $1',
      [game.id],
    );
    expect(rows[0].join_locked).toBe(true);
    expect((await host.call<Ack>('host:unlock', { gameId: game.id })).ok).toBe(true);
    expect((await join(game.pin, 'Đến muộn')).ack.ok).toBe(true);
    await host.call('host:end', { gameId: game.id });
  });

  it('runs by itself when self-running: reveal, leaderboard and the next question follow without the host', async () => {
    const settings = { readingSeconds: 0, autoAdvance: true, revealSeconds: 2, leaderboardSeconds: 2 };
    const game = await startGame(app, hostToken, quizId, settings);
    const host = await hostOf(game.id);
    const { s } = await join(game.pin, 'Tự chạy');
    const first = s.next((st) => st.phase === 'QUESTION' && st.question?.index === 0);
    expect((await host.call<Ack>('host:start', { gameId: game.id })).ok).toBe(true);
    const q0 = await first;
    const steps: string[] = [];
    const seen = (st: LiveStateView) => {
      const { phase, index } = liveStepOf(st);
      if (phase !== 'QUESTION' && steps.at(-1) !== `${phase}:${index}`) steps.push(`${phase}:${index}`);
      return phase === 'ENDED';
    };
    const ended = s.next(seen, 60_000);
    await untilOpen(q0);
    // The only player answers each question as it opens: the reveal comes at once, the rest by itself.
    for (let i = 0; i < q0.question!.count; i += 1) {
      const q = i === 0 ? q0 : await s.next((st) => st.phase === 'QUESTION' && st.question?.index === i, 20_000);
      await untilOpen(q);
      const optionIds = q.question!.type === 'NUMERIC' ? undefined : [q.question!.options[0].id];
      const response = optionIds ? { optionIds } : { value: 1 };
      expect((await s.call<AnswerAck>('player:answer', { questionIndex: i, response })).status).toBe('accepted');
    }
    await ended;
    const count = q0.question!.count;
    const expected = Array.from({ length: count }, (_, i) => [`REVEAL:${i}`, `LEADERBOARD:${i}`]).flat();
    expect(steps).toEqual([...expected, `ENDED:${count - 1}`]);
  });

  it('counts a retried answer once and answers the retries `duplicate`', async () => {
    const game = await startGame(app, hostToken, quizId, { readingSeconds: 0 });
    const host = await hostOf(game.id);
    const { s } = await join(game.pin, 'Lan');
    await join(game.pin, 'Mai'); // a second player keeps the question open
    const shown = s.next((st) => st.phase === 'QUESTION');
    await host.call('host:start', { gameId: game.id });
    const q = await shown;
    await untilOpen(q);
    const payload = { questionIndex: 0, response: { optionIds: [q.question!.options[0].id] } };
    const burst = await Promise.all([1, 2, 3].map(() => s.call<AnswerAck>('player:answer', payload)));
    const after = await s.call<AnswerAck>('player:answer', payload);
    expect(burst.map((a) => a.status).sort()).toEqual(['accepted', 'duplicate', 'duplicate']);
    expect(after.status).toBe('duplicate');
    const rows: { n: string; score: number; points: number }[] = await app.dataSource.query(
      `SELECT count(*) AS n, max(p.score) AS score, max(a.points) AS points FROM live_answer a JOIN live_player p ON p.id = a.player_id
        WHERE a.game_id = $1`,
      [game.id],
    );
    expect(Number(rows[0].n)).toBe(1);
    expect(rows[0].score).toBe(rows[0].points);
    // Another question index, or an answer of the wrong shape: refused.
    expect(await s.call<AnswerAck>('player:answer', { questionIndex: 1, response: { optionIds: ['x'] } })).toEqual({
      status: 'rejected',
      reason: 'WRONG_QUESTION',
    });
    await host.call('host:end', { gameId: game.id });
  });

  it('freezes the countdown on pause and shifts open and close times by the paused duration', async () => {
    const game = await startGame(app, hostToken, quizId, { readingSeconds: 0 });
    const host = await hostOf(game.id);
    const { s } = await join(game.pin, 'Oanh');
    await join(game.pin, 'Nga');
    const shown = s.next((st) => st.phase === 'QUESTION');
    await host.call('host:start', { gameId: game.id });
    const q = await shown;
    const paused = s.next((st) => st.paused);
    expect((await host.call<Ack>('host:pause', { gameId: game.id })).ok).toBe(true);
    expect((await paused).question!.closesAt).toBe(q.question!.closesAt);
    await new Promise((r) => setTimeout(r, 300));
    const resumed = s.next((st) => st.phase === 'QUESTION' && !st.paused);
    expect((await host.call<Ack>('host:resume', { gameId: game.id })).ok).toBe(true);
    const after = (await resumed).question!;
    const shift = after.closesAt - q.question!.closesAt;
    expect(shift).toBeGreaterThanOrEqual(300);
    expect(after.opensAt - q.question!.opensAt).toBe(shift);
    const [row]: { closes_at: Date }[] = await app.dataSource.query(
      'SELECT closes_at FROM live_game_question WHERE game_id = $1 AND index = 0',
      [game.id],
    );
    expect(row.closes_at.getTime()).toBe(after.closesAt);
    expect((await host.call<Ack>('host:next', { gameId: game.id })).reason).toBe('INVALID_COMMAND');
    await host.call('host:end', { gameId: game.id });
  });

  it('refuses a phase change over one another node made, and re-sends the game as it now is', async () => {
    // Two nodes both believing they drive (a Redis restart lost the lock): the other one
    // revealed question 0 first. This node's memory still shows the question open.
    const game = await startGame(app, hostToken, quizId, { readingSeconds: 0 });
    const host = await hostOf(game.id);
    const { s } = await join(game.pin, 'Quế');
    await join(game.pin, 'Phúc');
    const shown = s.next((st) => st.phase === 'QUESTION');
    await host.call('host:start', { gameId: game.id });
    await shown;
    const revision = async () =>
      Number(
        (
          await app.dataSource.query<{ revision: number }[]>('SELECT revision FROM live_game WHERE id = $1', [game.id])
        )[0].revision,
      );
    const before = await revision();
    await revealAsAnotherNode(app, game.id, 0);

    const resent = s.next((st) => st.phase === 'REVEAL');
    const refused = await host.call<Ack>('host:skip', { gameId: game.id });
    expect(refused).toMatchObject({ ok: false, reason: 'INVALID_COMMAND' });
    expect((await resent).reveal?.index).toBe(0); // the phone hears the other node's reveal
    expect(await revision()).toBe(before + 1); // nothing written over it

    // Re-read, this node carries the game on from the other node's revision.
    const board = s.next((st) => st.phase === 'LEADERBOARD');
    expect((await host.call<Ack>('host:next', { gameId: game.id })).ok).toBe(true);
    await board;
    expect(await revision()).toBe(before + 2);
    await host.call('host:end', { gameId: game.id });
  });

  it('runs a resent host command once: it says where the host saw the game', async () => {
    const game = await startGame(app, hostToken, quizId, { readingSeconds: 0 });
    const host = await hostOf(game.id);
    const { s } = await join(game.pin, 'Thảo');
    await join(game.pin, 'Uyên');
    const shown = s.next((st) => st.phase === 'QUESTION');
    expect((await host.call<Ack>('host:start', { gameId: game.id, from: { phase: 'LOBBY', index: -1 } })).ok).toBe(
      true,
    );
    await shown;
    const phase = async () =>
      (
        await app.dataSource.query<{ phase: string; current_index: number }[]>(
          'SELECT phase, current_index FROM live_game WHERE id = $1',
          [game.id],
        )
      )[0];
    // The first skip's reply is lost; the host sends it again, from the same view: nothing more happens.
    const atQuestion = { gameId: game.id, from: { phase: 'QUESTION', index: 0 } };
    expect((await host.call<Ack>('host:skip', atQuestion)).ok).toBe(true);
    expect((await host.call<Ack>('host:skip', atQuestion)).ok).toBe(true);
    const atReveal = { gameId: game.id, from: { phase: 'REVEAL', index: 0 } };
    expect((await host.call<Ack>('host:next', atReveal)).ok).toBe(true);
    expect(await phase()).toEqual({ phase: 'LEADERBOARD', current_index: 0 });
    const resent = host.next((st) => st.phase === 'LEADERBOARD'); // the host gets the state again
    expect((await host.call<Ack>('host:next', atReveal)).ok).toBe(true);
    await resent;
    expect(await phase()).toEqual({ phase: 'LEADERBOARD', current_index: 0 }); // not on to question 2
    // From the leaderboard it goes on; without `from` a command runs as before.
    const atBoard = { gameId: game.id, from: { phase: 'LEADERBOARD', index: 0 } };
    expect((await host.call<Ack>('host:next', atBoard)).ok).toBe(true);
    expect(await phase()).toEqual({ phase: 'QUESTION', current_index: 1 });
    expect((await host.call<Ack>('host:skip', { gameId: game.id })).ok).toBe(true);
    expect(await phase()).toEqual({ phase: 'REVEAL', current_index: 1 });
    await host.call('host:end', { gameId: game.id });
  });

  it('gives a dropped phone its name, unit, score and locked-in answer back from its resume token', async () => {
    const game = await startGame(app, hostToken, quizId, { readingSeconds: 0 });
    const host = await hostOf(game.id);
    const { s, ack } = await join(game.pin, 'Phương', units.tdpId);
    await join(game.pin, 'Quân');
    const shown = s.next((st) => st.phase === 'QUESTION');
    await host.call('host:start', { gameId: game.id });
    const q = await shown;
    await untilOpen(q);
    const response = { optionIds: [q.question!.options[1].id] };
    expect((await s.call<AnswerAck>('player:answer', { questionIndex: 0, response })).status).toBe('accepted');
    s.close();

    const again = await client();
    const resumed = await again.call<Ack>('player:resume', { resumeToken: ack.resumeToken });
    expect(resumed.ok).toBe(true);
    expect(resumed.state!.phase).toBe('QUESTION');
    expect(resumed.state!.you).toMatchObject({
      name: 'Phương',
      unitName: 'Tổ dân phố 3',
      score: 0,
      currentAnswer: response,
    });
    expect((await again.call<AnswerAck>('player:answer', { questionIndex: 0, response })).status).toBe('duplicate');
    const revealed = again.next((st) => st.phase === 'REVEAL');
    await host.call('host:skip', { gameId: game.id });
    const reveal = await revealed;
    expect(reveal.you!.lastResult!.questionIndex).toBe(0);
    expect((await again.call<Ack>('player:resume', { resumeToken: 'x'.repeat(40) })).reason).toBe('RESUME_INVALID');
    await host.call('host:end', { gameId: game.id });
  });

  it('answers malformed, oversized and unauthorized messages with errors and stays up', async () => {
    const game = await startGame(app, hostToken, quizId);
    const s = await client();
    expect((await s.call<Ack>('player:join', { pin: 12 })).reason).toBe('INVALID_PAYLOAD');
    expect((await s.call<Ack>('player:join', 'garbage')).reason).toBe('INVALID_PAYLOAD');
    expect((await s.call<Ack>('player:join', { pin: '000000', name: 'An' })).reason).toBe('GAME_NOT_FOUND');
    expect((await s.call<Ack>('player:join', { pin: game.pin, name: 'đụ má' })).reason).toBe('NAME_REFUSED');
    expect(
      (await s.call<Ack>('player:join', { pin: game.pin, name: 'An', unitId: '00000000-0000-4000-8000-000000000000' }))
        .reason,
    ).toBe('UNKNOWN_UNIT');
    expect(await s.call<AnswerAck>('player:answer', { questionIndex: 'one' })).toEqual({
      status: 'rejected',
      reason: 'INVALID_RESPONSE',
    });
    expect(await s.call<AnswerAck>('player:answer', { questionIndex: 0, response: {} })).toEqual({
      status: 'rejected',
      reason: 'NOT_JOINED',
    });
    s.socket.emit('player:join', { pin: game.pin }); // no ack function: ignored, no crash

    // A player (and another host) cannot drive the game.
    const { s: player } = await join(game.pin, 'Tuấn');
    expect((await player.call<Ack>('host:start', { gameId: game.id })).reason).toBe('NOT_ALLOWED');
    expect((await player.call<Ack>('host:attach', { gameId: game.id })).reason).toBe('NOT_ALLOWED');
    const intruder = await client(await app.tokenFor('HOST'));
    expect((await intruder.call<Ack>('host:next', { gameId: game.id })).reason).toBe('NOT_ALLOWED');
    expect((await intruder.call<Ack>('host:remove-player', { gameId: game.id, playerId: 'nope' })).reason).toBe(
      'INVALID_PAYLOAD',
    );

    // An oversized frame closes only that connection.
    const big = await client();
    const closed = new Promise<string>((resolve) => big.socket.once('disconnect', (reason) => resolve(reason)));
    big.socket.emit('player:join', { pin: game.pin, name: 'x'.repeat(40_000) });
    expect(await closed).toBe('transport close');
    const sync = await s.call<{ serverTime: number }>('time:sync', { clientSentAt: 1 });
    expect(Math.abs(sync.serverTime - Date.now())).toBeLessThan(1000);

    // Floods get RATE_LIMITED, not a crash.
    const flood = await Promise.all(Array.from({ length: 40 }, () => s.call<Ack>('time:sync', { clientSentAt: 1 })));
    expect(flood.some((r) => r.reason === 'RATE_LIMITED')).toBe(true);

    // The host removes a player: told, and their answers are refused.
    const host = await hostOf(game.id);
    const removed = new Promise<void>((resolve) => player.socket.once('player:removed', () => resolve()));
    const attached = await host.call<Ack>('host:attach', { gameId: game.id });
    expect(attached.state!.lobby.byUnit.flatMap((u) => u.names)).toContain('Tuấn');
    const [{ id: playerId }]: { id: string }[] = await app.dataSource.query(
      'SELECT id FROM live_player WHERE game_id = $1 AND name = $2',
      [game.id, 'Tuấn'],
    );
    expect((await host.call<Ack>('host:remove-player', { gameId: game.id, playerId })).ok).toBe(true);
    await removed;
    await host.call('host:end', { gameId: game.id });
  });
});

describe('live games across a server restart', () => {
  it('resumes a running game from PostgreSQL: same question, answers kept, timer re-armed', async () => {
    const first = await createTestApp();
    const hostToken = await first.tokenFor('HOST');
    const quizId = await seedQuiz(first, 5);
    const game = await startGame(first, hostToken, quizId, { readingSeconds: 0 });
    const host = await liveClient(first.server.url, hostToken);
    await host.call('host:attach', { gameId: game.id });
    const a = await liveClient(first.server.url);
    const joinA = await a.call<JoinAck>('player:join', { pin: game.pin, name: 'Xuân' });
    const b = await liveClient(first.server.url);
    const joinB = await b.call<JoinAck>('player:join', { pin: game.pin, name: 'Yến' });
    const shown = a.next((s) => s.phase === 'QUESTION');
    await host.call('host:start', { gameId: game.id });
    const q = await shown;
    await untilOpen(q);
    const response = { optionIds: [q.question!.options[0].id] };
    expect((await a.call<AnswerAck>('player:answer', { questionIndex: 0, response })).status).toBe('accepted');
    for (const s of [host, a, b]) s.close();
    await first.close();

    const second: RunningServer = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: process.env.TEST_DATABASE_URL,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'thidua-test-data-')),
        ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'error',
      }),
      { log: () => undefined, warn: () => undefined, error: () => undefined },
    );
    try {
      const a2 = await liveClient(second.url);
      const resumed = await a2.call<Ack>('player:resume', { resumeToken: joinA.resumeToken });
      expect(resumed.ok).toBe(true);
      expect(resumed.state).toMatchObject({ phase: 'QUESTION', question: { index: 0, opensAt: q.question!.opensAt } });
      expect(resumed.state!.you!.currentAnswer).toEqual(response);
      const b2 = await liveClient(second.url);
      expect((await b2.call<Ack>('player:resume', { resumeToken: joinB.resumeToken })).ok).toBe(true);
      // Nobody else answers: the re-armed timer reveals at closesAt + grace.
      const reveal = await a2.next((s) => s.phase === 'REVEAL', 10_000);
      expect(Date.now()).toBeGreaterThanOrEqual(q.question!.closesAt + 500);
      expect(reveal.reveal!.answered).toBe(1);
      expect(reveal.you!.lastResult).toMatchObject({ questionIndex: 0 });
      a2.close();
      b2.close();
    } finally {
      await second.close();
    }
  });
});

const describeRedis = process.env.REDIS_URL ? describe : describe.skip;

describeRedis('live games with several nodes (needs REDIS_URL)', () => {
  it('catches up within seconds with a change another node made whose message never came', async () => {
    const app = await createTestApp({ REDIS_URL: process.env.REDIS_URL! });
    try {
      const hostToken = await app.tokenFor('HOST');
      const quizId = await seedQuiz(app);
      const game = await startGame(app, hostToken, quizId, { readingSeconds: 0 });
      const host = await liveClient(app.server.url, hostToken);
      await host.call('host:attach', { gameId: game.id });
      const phone = await liveClient(app.server.url);
      await phone.call<JoinAck>('player:join', { pin: game.pin, name: 'Sương' });
      const shown = phone.next((s) => s.phase === 'QUESTION');
      await host.call('host:start', { gameId: game.id });
      await shown;
      // Another node reveals question 0; its 'changed' message is lost (Redis pub/sub is at most once).
      const changedAt = Date.now();
      await revealAsAnotherNode(app, game.id, 0);
      const revealed = await phone.next((s) => s.phase === 'REVEAL', 5000);
      expect(revealed.reveal?.index).toBe(0);
      expect(Date.now() - changedAt).toBeLessThan(3000); // the next comparison of revisions, every second
      for (const s of [host, phone]) s.close();
    } finally {
      await app.close();
    }
  });
});
