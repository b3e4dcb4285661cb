import type { AnswerAck, LiveStateView } from '@thidua/shared';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../test-support/test-app.js';
import { declarePopulation } from '../units/units.service.js';
import { Unit } from '../units/entities/unit.entity.js';
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

type JoinAck = { ok: boolean; reason?: string; state: LiveStateView };
type Ack = { ok: boolean; reason?: string };

interface Entry {
  indicatorCode: string;
  value: number | null;
  selfScore: number | null;
  computed: { value: number; source: string; computedAt: string } | null;
}
interface Sheet {
  id: string;
  unit: { id: string };
  entries: Entry[];
}

const errorOf = (r: GraphqlResponse) => r.errors?.[0]?.extensions;

/**
 * A real live game feeds a campaign's computed indicators: the stored value is the
 * participation rate (distinct participants ÷ eligible population) and the average
 * score share, recomputed here straight from the live_player / live_answer tables.
 */
describe('live games as the LIVE_GAME source of computed campaign indicators', () => {
  let app: TestApp;
  let admin: string;
  let reviewer: string;
  let host: string;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.tokenFor('ADMIN');
    reviewer = await app.tokenFor('REVIEWER');
    host = await app.tokenFor('HOST');
  });
  afterAll(async () => {
    for (const s of sockets.splice(0)) s.close();
    await app?.close();
  });

  it('computes participation and average score per unit, sub-units rolled up into their school', async () => {
    const quizId = await seedQuiz(app);
    const { classId, tdpId } = await seedUnits(app);
    const units = app.dataSource.getRepository(Unit);
    const schoolId = (await units.findOneByOrFail({ id: classId })).parentId!;
    // Small populations, so that the rates are far from 0.
    await declarePopulation(app.dataSource.manager, schoolId, 'STUDENTS', 10);
    await declarePopulation(app.dataSource.manager, tdpId, 'RESIDENTS', 4);

    // ---- the game: 4 players of the school (3 chose its class), 3 of the TDP (one never answers), 1 without a unit ----
    const game = await startGame(app, host, quizId, { readingSeconds: 0 });
    // A game counted as before rosters (every player who named a unit): guests count, as they did then.
    await app.dataSource.query(`UPDATE live_game SET participation_basis = 'BEFORE_ROSTERS' WHERE id = $1`, [game.id]);
    const hostSocket = await liveClient(app.server.url, host);
    sockets.push(hostSocket);
    expect((await hostSocket.call<Ack>('host:attach', { gameId: game.id })).ok).toBe(true);
    const roster: [string, string | undefined][] = [
      ['An', classId],
      ['Bình', classId],
      ['Chi', classId],
      ['Dũng', schoolId],
      ['Em', tdpId],
      ['Giang', tdpId],
      ['Hải', tdpId], // joins, answers nothing: not a participant
      ['Khoa', undefined],
    ];
    const players: TestSocket[] = [];
    for (const [name, unitId] of roster) {
      const s = await liveClient(app.server.url);
      sockets.push(s);
      const ack = await s.call<JoinAck>('player:join', { pin: game.pin, name, unitId });
      expect(ack).toMatchObject({ ok: true });
      players.push(s);
    }
    const answering = players.filter((_, i) => roster[i][0] !== 'Hải');
    const keys = await answerKeys(app, game.id);

    const q0Shown = players[0].next((s) => s.phase === 'QUESTION' && s.question?.index === 0);
    expect((await hostSocket.call<Ack>('host:start', { gameId: game.id })).ok).toBe(true);
    const q0 = await q0Shown;
    await untilOpen(q0);
    const wrong = q0.question!.options.map((o) => o.id).find((id) => !keys[0].correct.includes(id))!;
    const acks = await Promise.all(
      answering.map((s, i) =>
        s.call<AnswerAck>('player:answer', {
          questionIndex: 0,
          response: { optionIds: [i % 3 === 2 ? wrong : keys[0].correct[0]] },
        }),
      ),
    );
    expect(acks.every((a) => a.status === 'accepted')).toBe(true);
    // A retry is a duplicate: still one participant, one score.
    expect(
      (await players[0].call<AnswerAck>('player:answer', { questionIndex: 0, response: { optionIds: [wrong] } }))
        .status,
    ).toBe('duplicate');
    const revealed = players[0].next((s) => s.phase === 'REVEAL');
    expect((await hostSocket.call<Ack>('host:skip', { gameId: game.id })).ok).toBe(true);
    await revealed;
    await hostSocket.call('host:next', { gameId: game.id }); // leaderboard
    const q1Shown = players[0].next((s) => s.phase === 'QUESTION' && s.question?.index === 1);
    await hostSocket.call('host:next', { gameId: game.id });
    const q1 = await q1Shown;
    await untilOpen(q1);
    for (const s of [players[0], players[4]]) {
      const ack = await s.call<AnswerAck>('player:answer', {
        questionIndex: 1,
        response: { optionIds: keys[1].correct },
      });
      expect(ack.status).toBe('accepted');
    }
    const ended = players[0].next((s) => s.phase === 'ENDED');
    expect((await hostSocket.call<Ack>('host:end', { gameId: game.id })).ok).toBe(true);
    await ended;

    // ---- the campaign: a computed participation rate (unbound at first), an average score, a manual indicator ----
    const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token = admin) =>
      app.gql<T>(query, variables, token);
    const created = await gql<{ createCampaign: { id: string } }>(
      'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
      { input: { title: 'Thi đua học tập nghị quyết', totalPoints: 100 } },
    );
    const campaignId = created.data!.createCampaign.id;
    const period = await gql<{ addCampaignPeriod: { periods: { id: string }[] } }>(
      'mutation($input: AddCampaignPeriodInput!) { addCampaignPeriod(input: $input) { periods { id } } }',
      {
        input: {
          campaignId,
          name: 'Sơ kết',
          kind: 'INTERIM',
          startsOn: '2026-01-01',
          endsOn: '2026-06-30',
          submissionDeadline: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
    );
    const periodId = period.data!.addCampaignPeriod.periods[0].id;
    await gql('mutation($input: AddCampaignBlockInput!) { addCampaignBlock(input: $input) { id } }', {
      input: { campaignId, name: 'Khối thử', leaderUnitId: schoolId, unitIds: [schoolId, tdpId] },
    });
    const tree = await gql<{
      saveIndicatorTree: { indicators: { id: string; code: string }[]; indicatorIssues: unknown[] };
    }>(
      `mutation($input: SaveIndicatorTreeInput!) { saveIndicatorTree(input: $input) { indicators { id code } indicatorIssues { message } } }`,
      {
        input: {
          campaignId,
          indicators: [
            { key: 'g', code: '1', title: 'Học tập nghị quyết', kind: 'GROUP', maxPoints: 100 },
            {
              key: 'p',
              parentKey: 'g',
              code: '1.1',
              title: 'Tỷ lệ tham gia đố vui',
              kind: 'COMPUTED',
              maxPoints: 40,
              computedSource: { kind: 'LIVE_GAME', id: null, metric: 'PARTICIPATION_RATE' },
            },
            {
              key: 'a',
              parentKey: 'g',
              code: '1.2',
              title: 'Điểm trung bình đố vui',
              kind: 'COMPUTED',
              maxPoints: 40,
              computedSource: { kind: 'LIVE_GAME', id: game.id, metric: 'AVERAGE_SCORE' },
            },
            { key: 'm', parentKey: 'g', code: '1.3', title: 'Tổ chức học tập', kind: 'MANUAL', maxPoints: 20, step: 1 },
          ],
        },
      },
    );
    expect(tree.data!.saveIndicatorTree.indicatorIssues).toEqual([]);
    const indicatorId = (code: string) => tree.data!.saveIndicatorTree.indicators.find((i) => i.code === code)!.id;
    const launched = await gql<{ launchCampaign: { status: string } }>(
      'mutation($id: ID!) { launchCampaign(id: $id) { status } }',
      { id: campaignId },
    );
    expect(launched.data!.launchCampaign.status).toBe('LAUNCHED');

    const recompute = () =>
      gql<{ recomputeIndicators: { updated: number; skipped: { indicatorCode: string; reason: string }[] } }>(
        'mutation($c: ID!, $p: ID!) { recomputeIndicators(campaignId: $c, periodId: $p) { updated skipped { indicatorCode reason } } }',
        { c: campaignId, p: periodId },
      );
    // Before binding: the average score (bound at setup) fills both sheets, the rate is skipped.
    expect((await recompute()).data!.recomputeIndicators).toEqual({
      updated: 2,
      skipped: [{ indicatorCode: '1.1', reason: 'SOURCE_NOT_BOUND' }],
    });

    // ---- binding after launch: ADMIN only, a computed indicator only, an existing game only; audited ----
    const BIND =
      'mutation($input: BindComputedIndicatorInput!) { bindComputedIndicator(input: $input) { indicators { code computedSource { kind id metric } } } }';
    const bind = (id: string, sourceId: string, token = admin) =>
      gql<{ bindComputedIndicator: { indicators: { code: string; computedSource: { id: string | null } | null }[] } }>(
        BIND,
        { input: { indicatorId: id, sourceId } },
        token,
      );
    expect(errorOf(await bind(indicatorId('1.1'), game.id, reviewer))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await bind(indicatorId('1.3'), game.id))).toMatchObject({ reason: 'NOT_COMPUTED' });
    expect(errorOf(await bind(indicatorId('1.1'), '00000000-0000-4000-8000-000000000000'))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'SOURCE_NOT_FOUND',
    });
    const bound = await bind(indicatorId('1.1'), game.id);
    expect(bound.errors).toBeUndefined();
    expect(bound.data!.bindComputedIndicator.indicators.find((i) => i.code === '1.1')!.computedSource).toEqual({
      kind: 'LIVE_GAME',
      id: game.id,
      metric: 'PARTICIPATION_RATE',
    });
    const trail = await gql<{ campaignAuditTrail: { action: string; field: string; newValue: string }[] }>(
      'query($c: ID!) { campaignAuditTrail(campaignId: $c) { action field oldValue newValue reason actorName } }',
      { c: campaignId },
    );
    const boundEvents = trail.data!.campaignAuditTrail.filter((e) => e.action === 'INDICATOR_SOURCE_BOUND');
    expect(boundEvents).toHaveLength(1);
    expect(JSON.parse(boundEvents[0].newValue)).toMatchObject({ indicatorCode: '1.1', id: game.id });

    const before = Date.now();
    const result = await recompute();
    expect(result.data!.recomputeIndicators).toEqual({ updated: 2, skipped: [] }); // the two rates changed

    // ---- the expectation, straight from the tables ----
    const rows: { unit_id: string | null; parent_id: string | null; score: number; answers: number }[] =
      await app.dataSource.query(
        `SELECT p.unit_id, u.parent_id, p.score, count(a.player_id)::int AS answers
           FROM live_player p LEFT JOIN unit u ON u.id = p.unit_id LEFT JOIN live_answer a ON a.player_id = p.id
          WHERE p.game_id = $1 AND p.removed_at IS NULL GROUP BY p.id, u.parent_id`,
        [game.id],
      );
    const [{ max }]: { max: number }[] = await app.dataSource.query(
      `SELECT sum(CASE WHEN v.double_points THEN 2000 ELSE 1000 END)::int AS max
         FROM live_game_question q JOIN question_version v ON v.id = q.question_version_id
        WHERE q.game_id = $1 AND q.shown_at IS NOT NULL`,
      [game.id],
    );
    expect(max).toBe(3000); // questions 1 (1000) and 2 (double points) were shown; 3 never was
    const expected = (unitId: string, eligible: number) => {
      const members = rows.filter((r) => r.answers > 0 && (r.unit_id === unitId || r.parent_id === unitId));
      return {
        participants: members.length,
        rate: Math.min(1, members.length / eligible),
        average: members.reduce((sum, r) => sum + r.score, 0) / members.length / max,
      };
    };
    const school = expected(schoolId, 10);
    const tdp = expected(tdpId, 4);
    expect([school.participants, tdp.participants]).toEqual([4, 2]);

    const sheets = await gql<{ scoreSheets: Sheet[] }>(
      `query($c: ID!) { scoreSheets(campaignId: $c) { id unit { id } entries { indicatorCode value selfScore computed { value source computedAt } } } }`,
      { c: campaignId },
    );
    for (const [unitId, eligible, want] of [
      [schoolId, 10, school],
      [tdpId, 4, tdp],
    ] as const) {
      const sheet = sheets.data!.scoreSheets.find((s) => s.unit.id === unitId)!;
      const rate = sheet.entries.find((e) => e.indicatorCode === '1.1')!;
      expect(rate.value).toBeCloseTo(want.rate, 10);
      expect(rate.selfScore).toBeCloseTo(want.rate * 40, 2);
      expect(JSON.parse(rate.computed!.source)).toEqual({
        kind: 'LIVE_GAME',
        id: game.id,
        metric: 'PARTICIPATION_RATE',
      });
      expect(eligible).toBeGreaterThan(0);
      expect(Date.parse(rate.computed!.computedAt)).toBeGreaterThanOrEqual(before - 1000);
      const average = sheet.entries.find((e) => e.indicatorCode === '1.2')!;
      expect(average.value).toBeCloseTo(want.average, 10);
      expect(average.selfScore).toBeCloseTo(want.average * 40, 2);
      expect(JSON.parse(average.computed!.source)).toEqual({ kind: 'LIVE_GAME', id: game.id, metric: 'AVERAGE_SCORE' });
    }
    expect(school.rate).toBe(0.4);
    expect(tdp.rate).toBe(0.5);
  });
  it("gives a campaign indicator bound to a game the figure of the game's own unit board (verified only)", async () => {
    const quizId = await seedQuiz(app);
    const { tdpId } = await seedUnits(app);
    const residents = await Promise.all(
      ['Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang'].map((name, i) =>
        seedPerson(app, tdpId, name, { birthYear: 1980 + i }),
      ),
    );
    const game = await startGame(app, host, quizId, { identityMode: 'ROSTER_PREFERRED', readingSeconds: 0 });
    const hostSocket = await liveClient(app.server.url, host);
    sockets.push(hostSocket);
    expect((await hostSocket.call<Ack>('host:attach', { gameId: game.id })).ok).toBe(true);
    const joinAs = async (payload: Record<string, unknown>) => {
      const s = await liveClient(app.server.url);
      sockets.push(s);
      expect(await s.call<JoinAck>('player:join', { pin: game.pin, ...payload })).toMatchObject({ ok: true });
      return s;
    };
    // Two residents answer, one joins and never answers, two guests name the TDP and answer.
    const answering = [
      await joinAs({ identity: { personalCode: residents[0].personalCode } }),
      await joinAs({ identity: { personId: residents[1].id, birthYear: residents[1].birthYear } }),
      await joinAs({ name: 'Khách một', unitId: tdpId }),
      await joinAs({ name: 'Khách hai', unitId: tdpId }),
    ];
    await joinAs({ identity: { personalCode: residents[2].personalCode } });
    const shown = hostSocket.next((st) => st.phase === 'QUESTION');
    await hostSocket.call('host:start', { gameId: game.id });
    await untilOpen(await shown);
    const keys = await answerKeys(app, game.id);
    for (const s of answering)
      expect(
        (await s.call<AnswerAck>('player:answer', { questionIndex: 0, response: { optionIds: keys[0].correct } }))
          .status,
      ).toBe('accepted');
    const ended = hostSocket.next((st) => st.phase === 'ENDED');
    await hostSocket.call('host:end', { gameId: game.id });
    const board = (await ended).leaderboard!.units.find((u) => u.unitId === tdpId)!;
    expect(board).toMatchObject({ verified: 2, guests: 2, eligiblePopulation: 4, participationRate: 0.5 });

    const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>) =>
      app.gql<T>(query, variables, admin);
    const created = await gql<{ createCampaign: { id: string } }>(
      'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
      { input: { title: 'Thi đua tìm hiểu nghị quyết ở khu dân cư', totalPoints: 100 } },
    );
    const campaignId = created.data!.createCampaign.id;
    const period = await gql<{ addCampaignPeriod: { periods: { id: string }[] } }>(
      'mutation($input: AddCampaignPeriodInput!) { addCampaignPeriod(input: $input) { periods { id } } }',
      {
        input: {
          campaignId,
          name: 'Sơ kết',
          kind: 'INTERIM',
          startsOn: '2026-01-01',
          endsOn: '2026-06-30',
          submissionDeadline: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
    );
    const periodId = period.data!.addCampaignPeriod.periods[0].id;
    await gql('mutation($input: AddCampaignBlockInput!) { addCampaignBlock(input: $input) { id } }', {
      input: { campaignId, name: 'Khu dân cư', leaderUnitId: tdpId, unitIds: [tdpId] },
    });
    const tree = await gql<{ saveIndicatorTree: { indicatorIssues: unknown[] } }>(
      `mutation($input: SaveIndicatorTreeInput!) { saveIndicatorTree(input: $input) { indicatorIssues { message } } }`,
      {
        input: {
          campaignId,
          indicators: [
            { key: 'g', code: '1', title: 'Học tập nghị quyết', kind: 'GROUP', maxPoints: 100 },
            {
              key: 'p',
              parentKey: 'g',
              code: '1.1',
              title: 'Tỷ lệ tham gia đố vui',
              kind: 'COMPUTED',
              maxPoints: 40,
              computedSource: { kind: 'LIVE_GAME', id: game.id, metric: 'PARTICIPATION_RATE' },
            },
          ],
        },
      },
    );
    expect(tree.data!.saveIndicatorTree.indicatorIssues).toEqual([]);
    await gql('mutation($id: ID!) { launchCampaign(id: $id) { status } }', { id: campaignId });
    const recomputed = await gql<{ recomputeIndicators: { updated: number } }>(
      'mutation($c: ID!, $p: ID!) { recomputeIndicators(campaignId: $c, periodId: $p) { updated } }',
      { c: campaignId, p: periodId },
    );
    expect(recomputed.errors).toBeUndefined();
    const sheets = await gql<{ scoreSheets: Sheet[] }>(
      `query($c: ID!) { scoreSheets(campaignId: $c) { id unit { id } entries { indicatorCode value selfScore computed { value source computedAt } } } }`,
      { c: campaignId },
    );
    const entry = sheets
      .data!.scoreSheets.find((x) => x.unit.id === tdpId)!
      .entries.find((e) => e.indicatorCode === '1.1')!;
    // The same figure, from the same definition: 2 verified residents ÷ 4 on the roster; the guests count for neither.
    expect(entry.value).toBe(board.participationRate);
    const results = await app.gql<{ liveGameResults: { units: { unitId: string; participationRate: number }[] } }>(
      'query($id: ID!) { liveGameResults(id: $id) { units { unitId participationRate } } }',
      { id: game.id },
      host,
    );
    expect(results.data!.liveGameResults.units.find((u) => u.unitId === tdpId)!.participationRate).toBe(entry.value);
  });
});
