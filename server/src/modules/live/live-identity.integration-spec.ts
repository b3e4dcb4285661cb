import { participation, type AnswerAck, type LiveStateView, type LiveUnitRow } from '@thidua/shared';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { PopulationsService } from '../people/populations.service.js';
import { LiveCampaignSource } from './live-campaign-source.js';
import {
  answerKeys,
  liveClient,
  seedPerson,
  seedQuiz,
  seedUnits,
  startGame,
  untilOpen,
  type SeededPerson,
  type StartedGame,
  type TestSocket,
} from './testing/live-test-kit.js';

type JoinAck = { ok: boolean; reason?: string; message?: string; resumeToken: string; state: LiveStateView };
type Ack = { ok: boolean; reason?: string; state?: LiveStateView };

interface ResultUnit {
  unitId: string;
  verified: number;
  guests: number;
  eligiblePopulation: number;
  participationRate: number;
  meanScore: number;
  score: number;
  rank: number;
}

/** How many sock-puppets the attack sent into one game (from one address, the PIN and a unit). */
const BOTS = 315;

/**
 * Live games with verified players (issue 11): joining with a personal code or a roster
 * name + birth year, taking a seat over, ROSTER_ONLY refusals, and the attack that made
 * TDP-06 jump (315 sockets naming a unit): re-run here, it moves no unit's participation,
 * score or rank, nor what a campaign indicator bound to the game counts.
 */
describe('live games with verified players', () => {
  let app: TestApp;
  let host: string;
  let quizId: string;
  let units: { classId: string; tdpId: string };
  const sockets: TestSocket[] = [];

  const client = async (token?: string, address?: string) => {
    const s = await liveClient(app.server.url, token, address);
    sockets.push(s);
    return s;
  };
  const hostOf = async (gameId: string) => {
    const h = await client(host);
    expect((await h.call<Ack>('host:attach', { gameId })).ok).toBe(true);
    return h;
  };
  const joinWith = async (payload: Record<string, unknown>, address?: string) => {
    const s = await client(undefined, address);
    return { s, ack: await s.call<JoinAck>('player:join', payload) };
  };
  const results = async (gameId: string) => {
    const r = await app.gql<{
      liveGameResults: { units: ResultUnit[]; guests: number; verifiedPlayers: number; participationBasis: string };
    }>(
      `query($id: ID!) { liveGameResults(id: $id) { participationBasis verifiedPlayers guests
         units { unitId verified guests eligiblePopulation participationRate meanScore score rank } } }`,
      { id: gameId },
      host,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.liveGameResults;
  };
  /** What a campaign indicator bound to the game counts for a unit (its source, then the one definition). */
  const campaignFigure = async (gameId: string, unitId: string) => {
    const source = await app.server.app.get(LiveCampaignSource).participants(gameId, [unitId]);
    const figure = (await app.server.app.get(PopulationsService).figures([unitId], null)).get(unitId)!;
    const p = participation(source.byUnit.get(unitId) ?? [], figure, source.act, source.basis);
    return { verified: p.verified, guests: p.guests, population: p.population, rate: p.rate };
  };
  /** Opens question 0 and returns its state once it accepts answers. */
  const openFirstQuestion = async (game: StartedGame, hostSocket: TestSocket) => {
    const shown = hostSocket.next((s) => s.phase === 'QUESTION' && s.question?.index === 0);
    expect((await hostSocket.call<Ack>('host:start', { gameId: game.id })).ok).toBe(true);
    const q0 = await shown;
    await untilOpen(q0);
    return q0;
  };

  beforeAll(async () => {
    app = await createTestApp();
    host = await app.tokenFor('HOST');
    quizId = await seedQuiz(app, 60);
    units = await seedUnits(app);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('verifies a player by code or by name + birth year, with the roster unit and name; one refusal for anything wrong', async () => {
    const game = await startGame(app, host, quizId, { identityMode: 'ROSTER_PREFERRED', readingSeconds: 0 });
    const info = await app.gql<{ liveGameJoinInfo: { identityMode: string } }>(
      'query($pin: String!) { liveGameJoinInfo(pin: $pin) { identityMode } }',
      { pin: game.pin },
    );
    expect(info.data!.liveGameJoinInfo.identityMode).toBe('ROSTER_PREFERRED');
    const an = await seedPerson(app, units.classId, 'Nguyễn Văn An', { birthYear: 2011, subUnit: '9A' });
    const long = await seedPerson(app, units.classId, 'Tôn Nữ Hoàng Phương Thảo Nguyên Anh', { birthYear: 2011 });

    // The code as a child types it from the card: lower case, with a space. A unit sent by the phone is ignored.
    const typed = `${an.personalCode.slice(0, 4).toLowerCase()} ${an.personalCode.slice(4).toLowerCase()}`;
    const first = await joinWith({ pin: game.pin, identity: { personalCode: typed }, unitId: units.tdpId });
    expect(first.ack.ok).toBe(true);
    expect(first.ack.state.you).toMatchObject({ name: 'Nguyễn Văn An', unitName: 'Lớp 9A', verified: true });
    const byName = await joinWith({ pin: game.pin, identity: { personId: long.id, birthYear: 2011 } });
    expect(byName.ack.state.you).toMatchObject({ name: 'Tôn N. H. P. T. N. Anh', verified: true });
    const [row]: { person_id: string; unit_id: string }[] = await app.dataSource.query(
      'SELECT person_id, unit_id FROM live_player WHERE game_id = $1 AND name = $2',
      [game.id, 'Nguyễn Văn An'],
    );
    expect(row).toEqual({ person_id: an.id, unit_id: units.classId });

    // A wrong code, a wrong birth year, an unknown person: the same refusal, nothing joined.
    const refusals = [
      { personalCode: 'ACDE-FHJK' },
      { personId: long.id, birthYear: 2010 },
      { personId: '00000000-0000-4000-8000-000000000000', birthYear: 2011 },
    ];
    const messages = new Set<string>();
    for (const identity of refusals) {
      const { ack } = await joinWith({ pin: game.pin, identity });
      expect(ack).toMatchObject({ ok: false, reason: 'IDENTITY_NOT_CONFIRMED' });
      messages.add(ack.message!);
    }
    expect(messages.size).toBe(1);
    const [{ n }]: { n: number }[] = await app.dataSource.query(
      'SELECT count(*)::int AS n FROM live_player WHERE game_id = $1',
      [game.id],
    );
    expect(n).toBe(2);
    // A guest is still welcome in ROSTER_PREFERRED, marked as a guest.
    const guest = await joinWith({ pin: game.pin, name: 'Khách Mời', unitId: units.classId });
    expect(guest.ack.state.you).toMatchObject({ verified: false });
    await (await hostOf(game.id)).call('host:end', { gameId: game.id });
  });

  it('lets a person take their seat over on another phone (same player, score kept, old token void), never a second seat', async () => {
    const game = await startGame(app, host, quizId, { identityMode: 'ROSTER_ONLY', readingSeconds: 0 });
    const binh = await seedPerson(app, units.tdpId, 'Trần Thị Bình', { birthYear: 1970 });
    const hostSocket = await hostOf(game.id);
    const phone = await joinWith({ pin: game.pin, identity: { personalCode: binh.personalCode } });
    expect(phone.ack.ok).toBe(true);
    const q0 = await openFirstQuestion(game, hostSocket);
    const keys = await answerKeys(app, game.id);
    expect(
      (await phone.s.call<AnswerAck>('player:answer', { questionIndex: 0, response: { optionIds: keys[0].correct } }))
        .status,
    ).toBe('accepted');
    const revealed = hostSocket.next((s) => s.phase === 'REVEAL');
    await hostSocket.call('host:skip', { gameId: game.id });
    await revealed;
    expect(q0.question!.index).toBe(0);

    const second = await joinWith({ pin: game.pin, identity: { personId: binh.id, birthYear: 1970 } });
    expect(second.ack.ok ? 'ok' : `${second.ack.reason}: ${second.ack.message}`).toBe('ok');
    expect(second.ack.state.you!.playerId).toBe(phone.ack.state.you!.playerId);
    expect(second.ack.state.you!.score).toBeGreaterThan(0);
    expect(second.ack.resumeToken).not.toBe(phone.ack.resumeToken);
    const stale = await (await client()).call<Ack>('player:resume', { resumeToken: phone.ack.resumeToken });
    expect(stale.reason).toBe('RESUME_INVALID');
    const fresh = await (await client()).call<Ack>('player:resume', { resumeToken: second.ack.resumeToken });
    expect(fresh.ok).toBe(true);
    const [{ n }]: { n: number }[] = await app.dataSource.query(
      'SELECT count(*)::int AS n FROM live_player WHERE game_id = $1',
      [game.id],
    );
    expect(n).toBe(1);
    await hostSocket.call('host:end', { gameId: game.id });
  });

  /**
   * The attack of the issue: 315 sockets from one address join with only the PIN, each
   * naming the same TDP, and answer. Before rosters TDP-06 went 0 → 10 campaign points.
   */
  async function attack(
    game: StartedGame,
    persons: SeededPerson[],
    watcher: SeededPerson,
    tdpId: string,
    address: string,
  ) {
    const hostSocket = await hostOf(game.id);
    const verified: TestSocket[] = [];
    for (const person of persons) {
      const { s, ack } = await joinWith({ pin: game.pin, identity: { personalCode: person.personalCode } });
      expect(ack.ok).toBe(true);
      verified.push(s);
    }
    // Someone who watches and never answers: the question stays open until the host moves on.
    expect((await joinWith({ pin: game.pin, identity: { personalCode: watcher.personalCode } })).ack.ok).toBe(true);
    await openFirstQuestion(game, hostSocket);
    const keys = await answerKeys(app, game.id);
    const correct = { questionIndex: 0, response: { optionIds: keys[0].correct } };
    for (const s of verified) expect((await s.call<AnswerAck>('player:answer', correct)).status).toBe('accepted');

    const before = { results: await results(game.id), campaign: await campaignFigure(game.id, tdpId) };

    // 315 sockets, one address, the PIN and TDP's id; every bot answers correctly (more points than anyone).
    const bots: { s: TestSocket; ack: JoinAck }[] = [];
    for (let i = 0; i < BOTS; i += 45) {
      const batch = Array.from({ length: Math.min(45, BOTS - i) }, (_, j) =>
        joinWith({ pin: game.pin, name: `Bot ${i + j}`, unitId: tdpId }, address),
      );
      bots.push(...(await Promise.all(batch)));
    }
    const joined = bots.filter((b) => b.ack.ok);
    const botAcks = await Promise.all(joined.map((b) => b.s.call<AnswerAck>('player:answer', correct)));
    expect(botAcks.filter((a) => a.status !== 'accepted')).toEqual([]);

    const after = { results: await results(game.id), campaign: await campaignFigure(game.id, tdpId) };
    const board = hostSocket.next((s) => s.phase === 'LEADERBOARD');
    await hostSocket.call('host:skip', { gameId: game.id });
    await hostSocket.call('host:next', { gameId: game.id });
    const leaderboard = (await board).leaderboard!;
    await hostSocket.call('host:end', { gameId: game.id });
    return { before, after, leaderboard, refused: bots.filter((b) => !b.ack.ok).map((b) => b.ack.reason) };
  }

  const figures = (u: ResultUnit | LiveUnitRow | undefined) =>
    u && {
      verified: u.verified,
      rate: u.participationRate,
      population: u.eligiblePopulation,
      score: u.score,
      rank: u.rank,
    };

  it('ROSTER_PREFERRED: 315 bots naming a TDP join as guests and move nothing; the board and the campaign agree', async () => {
    const { tdpId: tdp, classId: klass } = await seedUnits(app);
    const residents = [
      await seedPerson(app, tdp, 'Lê Văn Cường', { birthYear: 1980 }),
      await seedPerson(app, tdp, 'Phạm Thị Dung', { birthYear: 1985 }),
      await seedPerson(app, tdp, 'Hoàng Văn Em', { birthYear: 1990 }),
      await seedPerson(app, tdp, 'Vũ Thị Giang', { birthYear: 1995 }), // joins, never answers: not counted
    ];
    const pupil = await seedPerson(app, klass, 'Đỗ Minh Hải', { birthYear: 2011 });
    // Units and rosters first: a game reads its units and their populations when it is created.
    const game = await startGame(app, host, quizId, { identityMode: 'ROSTER_PREFERRED', readingSeconds: 0 });
    const { before, after, leaderboard, refused } = await attack(
      game,
      [...residents.slice(0, 3), pupil],
      residents[3],
      tdp,
      '198.51.100.6',
    );
    expect(refused).toEqual([]);

    const tdpBefore = before.results.units.find((u) => u.unitId === tdp)!;
    const tdpAfter = after.results.units.find((u) => u.unitId === tdp)!;
    // The persons with codes do count: 3 of a roster of 4 residents answered.
    expect(figures(tdpBefore)).toMatchObject({ verified: 3, population: 4, rate: 0.75 });
    // The bots changed nothing: not the rate, not the score, not the rank (of any unit).
    expect(figures(tdpAfter)).toEqual(figures(tdpBefore));
    expect(after.results.units.map(figures)).toEqual(before.results.units.map(figures));
    expect(tdpAfter.guests).toBe(BOTS);
    expect(after.results).toMatchObject({ verifiedPlayers: 5, guests: BOTS });
    // The campaign indicator bound to the game counts what the board counts, before and after.
    expect({ ...after.campaign, guests: 0 }).toEqual(before.campaign);
    expect(after.campaign).toMatchObject({
      verified: tdpAfter.verified,
      population: 4,
      rate: tdpAfter.participationRate,
    });
    expect(after.campaign.guests).toBe(BOTS);
    // The screen's board (live, after the reveal) is the same one definition.
    const screenTdp = leaderboard.units.find((u) => u.unitId === tdp);
    expect(figures(screenTdp)).toEqual(figures(tdpAfter));
    expect(leaderboard.guests).toBe(BOTS);
  }, 120_000);

  it('ROSTER_ONLY: the 315 bots are refused; the persons with codes count', async () => {
    const { tdpId: tdp, classId: klass } = await seedUnits(app);
    const residents = [
      await seedPerson(app, tdp, 'Ngô Văn Khoa', { birthYear: 1975 }),
      await seedPerson(app, tdp, 'Bùi Thị Lan', { birthYear: 1978 }),
    ];
    const watcher = await seedPerson(app, klass, 'Đinh Văn Minh', { birthYear: 2011 });
    // Units and rosters first: a game reads its units and their populations when it is created.
    const game = await startGame(app, host, quizId, { identityMode: 'ROSTER_ONLY', readingSeconds: 0 });
    const { before, after, leaderboard, refused } = await attack(game, residents, watcher, tdp, '198.51.100.7');
    expect(refused).toHaveLength(BOTS);
    // Refused for want of an identity, and after 60 refused joins from the address, refused outright.
    expect(new Set(refused)).toEqual(new Set(['IDENTITY_REQUIRED', 'RATE_LIMITED']));
    // (a batch of 45 joins at once may all pass the check before the 60th refusal is counted)
    expect(refused.filter((r) => r === 'IDENTITY_REQUIRED').length).toBeGreaterThanOrEqual(60);
    expect(refused.filter((r) => r === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(200);
    const tdpBefore = before.results.units.find((u) => u.unitId === tdp)!;
    const tdpAfter = after.results.units.find((u) => u.unitId === tdp)!;
    expect(figures(tdpAfter)).toEqual(figures(tdpBefore));
    expect(tdpAfter).toMatchObject({ verified: 2, guests: 0 });
    expect(after.campaign).toEqual(before.campaign);
    expect(after.campaign).toMatchObject({ verified: 2, guests: 0, rate: tdpAfter.participationRate });
    expect(figures(leaderboard.units.find((u) => u.unitId === tdp))).toEqual(figures(tdpAfter));
    const [{ n }]: { n: number }[] = await app.dataSource.query(
      'SELECT count(*)::int AS n FROM live_player WHERE game_id = $1',
      [game.id],
    );
    expect(n).toBe(3);
  }, 120_000);
});
