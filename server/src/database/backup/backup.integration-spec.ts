import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startServer, type RunningServer } from '../../bootstrap.js';
import { loadConfig } from '../../config/app-config.js';
import type { LiveStateView } from '@thidua/shared';
import {
  liveClient,
  seedQuiz,
  startGame,
  untilOpen,
  type TestSocket,
} from '../../modules/live/testing/live-test-kit.js';
import { createTestApp, TEST_ADMIN_PASSWORD, type GraphqlResponse, type TestApp } from '../../test-support/test-app.js';
import { DemoSeeder } from '../seeds/demo-seeder.js';
import { BackupError, backupDatabase, restoreDatabase } from './backup.js';

type Gql = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
) => Promise<GraphqlResponse<T>>;

/** A GraphQL client of a running server, for the app started on the restored database. */
const gqlOf =
  (url: string): Gql =>
  async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };

async function adminToken(gql: Gql): Promise<string> {
  const r = await gql<{ signIn: { accessToken: string } }>(
    'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: { username: 'admin', password: TEST_ADMIN_PASSWORD } },
  );
  if (!r.data?.signIn) throw new Error(JSON.stringify(r.errors));
  return r.data.signIn.accessToken;
}

const LIVE_RESULTS = `query($id: ID!) { liveGameResults(id: $id) {
  game { id title status playerCount startedAt endedAt } unitAggregation
  players { playerId name unitName score rank correctCount answeredCount }
  questions { index prompt type answered correctShare averageTimeMs }
  units { unitId unitName players eligiblePopulation participationRate meanScore score rank } } }`;
const CONTEST_RESULTS = `query($contestId: ID!) { contestResults(contestId: $contestId) {
  actual predictionKind rankingChain totalEntrants totalAttempts
  individuals { rank fullName phoneMasked score prediction predictionDistance durationMs decidedBy prize flagged }
  winners { rank prize fullName decidedAgainstNext evidence }
  units { rank unitName entrants eligiblePopulation participationRate averageScore prizeScore } } }`;
const RANKING = `query($c: ID!, $p: ID!) { campaignRanking(campaignId: $c, periodId: $p, view: PUBLISHED) {
  tieRuleText blocks { name rows { rank tied total sheetStatus unit { id code name } title { name }
    groups { code subtotal } missedTitles { titleName conditions { kind message } } } } } }`;

interface Fixture {
  gameId: string;
  contestId: string;
  campaignId: string;
  periodId: string;
}

/** The three answers a round trip must keep: a finished game's results, a contest's, a published ranking. */
async function readBack(gql: Gql, token: string, f: Fixture) {
  const [live, contest, ranking] = await Promise.all([
    gql<{ liveGameResults: { game: { status: string }; players: unknown[] } }>(LIVE_RESULTS, { id: f.gameId }, token),
    gql<{ contestResults: { totalAttempts: number } }>(CONTEST_RESULTS, { contestId: f.contestId }, token),
    gql<{ campaignRanking: { blocks: { rows: unknown[] }[] } }>(RANKING, { c: f.campaignId, p: f.periodId }, token),
  ]);
  for (const r of [live, contest, ranking]) expect(r.errors).toBeUndefined();
  return { live: live.data!, contest: contest.data!, ranking: ranking.data! };
}

/** (a) A finished live game: three players of demo units, answers to the first question, ended by the host. */
async function finishedGame(app: TestApp, unitIds: string[], sockets: TestSocket[]): Promise<string> {
  const hostToken = await app.tokenFor('HOST');
  const quizId = await seedQuiz(app);
  const game = await startGame(app, hostToken, quizId, { readingSeconds: 0 });
  const host = await liveClient(app.server.url, hostToken);
  sockets.push(host);
  expect((await host.call<{ ok: boolean }>('host:attach', { gameId: game.id })).ok).toBe(true);
  const players: TestSocket[] = [];
  for (const [i, name] of ['Lan', 'Minh', 'Nga'].entries()) {
    const s = await liveClient(app.server.url);
    sockets.push(s);
    expect((await s.call<{ ok: boolean }>('player:join', { pin: game.pin, name, unitId: unitIds[i % 2] })).ok).toBe(
      true,
    );
    players.push(s);
  }
  const shown = players[0].next((s: LiveStateView) => s.phase === 'QUESTION');
  await host.call('host:start', { gameId: game.id });
  const q = await shown;
  await untilOpen(q);
  const revealed = players[0].next((s: LiveStateView) => s.phase === 'REVEAL');
  for (const [i, s] of players.entries()) {
    const ack = await s.call<{ status: string }>('player:answer', {
      questionIndex: 0,
      response: { optionIds: [q.question!.options[i % q.question!.options.length].id] },
    });
    expect(ack.status).toBe('accepted');
  }
  await revealed;
  const ended = players[0].next((s: LiveStateView) => s.phase === 'ENDED');
  await host.call('host:end', { gameId: game.id });
  await ended;
  return game.id;
}

/** (b) The demo contest with one registered entrant's submitted attempt. */
async function submittedAttempt(app: TestApp, admin: string): Promise<string> {
  const list = await app.gql<{ contests: { id: string }[] }>('query { contests { id } }', {}, admin);
  const contestId = list.data!.contests[0].id;
  const contest = await app.gql<{ contest: { units: { id: string }[] } }>(
    'query($id: ID!) { contest(id: $id) { units { id } } }',
    { id: contestId },
  );
  const reg = await app.gql<{ registerEntrant: { entrantToken: string } }>(
    'mutation($input: RegisterEntrantInput!) { registerEntrant(input: $input) { entrantToken } }',
    {
      input: {
        contestId,
        fullName: 'Phạm Thị Thu',
        birthYear: 1985,
        unitId: contest.data!.contest.units[0].id,
        phone: '0912000111',
        consent: true,
      },
    },
  );
  expect(reg.errors).toBeUndefined();
  const started = await app.gql<{
    startAttempt: {
      attemptToken: string;
      attempt: { questions: { index: number; type: string; options: { id: string }[] }[] };
    };
  }>(
    'mutation($token: String!) { startAttempt(entrantToken: $token) { attemptToken attempt { questions { index type options { id } } } } }',
    { token: reg.data!.registerEntrant.entrantToken },
  );
  expect(started.errors).toBeUndefined();
  const { attemptToken, attempt } = started.data!.startAttempt;
  for (const q of attempt.questions) {
    const response = q.type === 'NUMERIC' ? { value: 2 } : { optionIds: [q.options[0].id] };
    const saved = await app.gql('mutation($input: SaveAnswerInput!) { saveAnswer(input: $input) { index } }', {
      input: { attemptToken, index: q.index, response },
    });
    expect(saved.errors).toBeUndefined();
  }
  const submitted = await app.gql('mutation($input: SubmitAttemptInput!) { submitAttempt(input: $input) { score } }', {
    input: { attemptToken, prediction: 120 },
  });
  expect(submitted.errors).toBeUndefined();
  return contestId;
}

/** (c) A campaign of two units whose only period is scored, approved and published. */
async function publishedCampaign(
  app: TestApp,
  admin: string,
  unitIds: string[],
): Promise<{ campaignId: string; periodId: string }> {
  const reviewer = await app.tokenFor('REVIEWER');
  const ok = async <T>(r: Promise<GraphqlResponse<T>>): Promise<T> => {
    const result = await r;
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const { createCampaign } = await ok(
    app.gql<{ createCampaign: { id: string } }>(
      'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
      { input: { title: 'Thi đua sao lưu', totalPoints: 100 } },
      admin,
    ),
  );
  const campaignId = createCampaign.id;
  const { addCampaignPeriod } = await ok(
    app.gql<{ addCampaignPeriod: { periods: { id: string }[] } }>(
      'mutation($input: AddCampaignPeriodInput!) { addCampaignPeriod(input: $input) { periods { id } } }',
      {
        input: {
          campaignId,
          name: 'Tổng kết',
          kind: 'FINAL',
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
          submissionDeadline: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
      admin,
    ),
  );
  const periodId = addCampaignPeriod.periods[0].id;
  await ok(
    app.gql(
      'mutation($input: AddCampaignBlockInput!) { addCampaignBlock(input: $input) { id } }',
      {
        input: { campaignId, name: 'Khối tổ dân phố', unitIds },
      },
      admin,
    ),
  );
  await ok(
    app.gql(
      'mutation($input: SaveIndicatorTreeInput!) { saveIndicatorTree(input: $input) { id } }',
      {
        input: {
          campaignId,
          indicators: [
            { key: 'g', code: '1', title: 'Tuyên truyền', kind: 'GROUP', maxPoints: 100 },
            { key: 'm', parentKey: 'g', code: '1.1', title: 'Hội nghị', kind: 'MANUAL', maxPoints: 60, step: 1 },
            { key: 'y', parentKey: 'g', code: '1.2', title: 'Có kế hoạch', kind: 'YES_NO', maxPoints: 40 },
          ],
        },
      },
      admin,
    ),
  );
  await ok(
    app.gql(
      'mutation($input: SaveTitlesInput!) { saveCampaignTitles(input: $input) { id } }',
      { input: { campaignId, titles: [{ name: 'Tập thể tiên tiến', minTotal: 80 }] } },
      admin,
    ),
  );
  await ok(app.gql('mutation($id: ID!) { launchCampaign(id: $id) { status } }', { id: campaignId }, admin));
  const { scoreSheets } = await ok(
    app.gql<{ scoreSheets: { id: string; unit: { id: string }; entries: { id: string; indicatorCode: string }[] }[] }>(
      'query($c: ID!) { scoreSheets(campaignId: $c) { id unit { id } entries { id indicatorCode } } }',
      { c: campaignId },
      admin,
    ),
  );
  for (const [i, unitId] of unitIds.entries()) {
    const officer = await app.tokenFor('UNIT_OFFICER', unitId);
    const sheet = scoreSheets.find((s) => s.unit.id === unitId)!;
    for (const e of sheet.entries) {
      const value = e.indicatorCode === '1.1' ? 50 - i * 10 : 1;
      await ok(
        app.gql(
          'mutation($input: SaveScoreEntryInput!) { saveScoreEntry(input: $input) { id } }',
          { input: { entryId: e.id, value } },
          officer,
        ),
      );
    }
    await ok(
      app.gql(
        'mutation($input: SubmitScoreSheetInput!) { submitScoreSheet(input: $input) { id } }',
        { input: { sheetId: sheet.id } },
        officer,
      ),
    );
    await ok(app.gql('mutation($id: ID!) { approveScoreSheet(id: $id) { id } }', { id: sheet.id }, reviewer));
  }
  await ok(app.gql('mutation($p: ID!) { publishCampaignPeriod(periodId: $p) { status } }', { p: periodId }, admin));
  return { campaignId, periodId };
}

/** Every row of every data table as sorted JSON text: equal snapshots mean an exact round trip. */
async function snapshot(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1",
    );
    const result: Record<string, string[]> = {};
    for (const { tablename } of tables) {
      const { rows } = await client.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM "${tablename}" t`);
      result[tablename] = rows.map((r) => r.j).sort();
    }
    return result;
  } finally {
    await client.end();
  }
}

async function createDatabase(baseUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  await client.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(baseUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
}

describe('backup and restore', () => {
  let app: TestApp;
  let restored: RunningServer | undefined;
  const sockets: TestSocket[] = [];
  const target = `thidua_restore_${process.pid}`;
  const file = join(mkdtempSync(join(tmpdir(), 'thidua-backup-')), 'backup.ndjson.gz');
  let sourceUrl: string;
  let fixture: Fixture;

  beforeAll(async () => {
    app = await createTestApp();
    sourceUrl = process.env.TEST_DATABASE_URL!;
    // Organization, content pack and quiz, the demo campaign and the demo contest.
    await app.server.app.get(DemoSeeder).seedOnFirstRun();
    const tdps: { id: string }[] = await app.dataSource.query(
      "SELECT id FROM unit WHERE code IN ('TDP-01', 'TDP-02') ORDER BY code",
    );
    expect(tdps).toHaveLength(2);
    const unitIds = tdps.map((t) => t.id);
    const admin = await app.tokenFor('ADMIN');
    const gameId = await finishedGame(app, unitIds, sockets);
    const contestId = await submittedAttempt(app, admin);
    const { campaignId, periodId } = await publishedCampaign(app, admin, unitIds);
    fixture = { gameId, contestId, campaignId, periodId };
  }, 60_000);
  afterAll(async () => {
    for (const s of sockets.splice(0)) s.close();
    await restored?.close();
    await app.close();
    await dropDatabase(sourceUrl, target);
  });

  it('restores a backup into an empty database exactly, row for row, with a finished game, a contest and a published campaign', async () => {
    const gql = gqlOf(app.server.url);
    const before = await readBack(gql, await adminToken(gql), fixture);
    expect(before.live.liveGameResults.game.status).toBe('ENDED');
    expect(before.live.liveGameResults.players).toHaveLength(3);
    expect(before.contest.contestResults.totalAttempts).toBe(1);
    expect(before.ranking.campaignRanking.blocks[0].rows).toHaveLength(2);

    const tables = await backupDatabase(sourceUrl, file);
    const rows = (name: string) => tables.find((t) => t.name === name)!.rows;
    expect(rows('unit')).toBeGreaterThan(20);
    expect(rows('question_version')).toBeGreaterThan(40);
    expect(rows('live_answer')).toBe(3);
    expect(rows('attempt')).toBeGreaterThanOrEqual(1);
    expect(rows('score_correction')).toBe(0);

    const targetUrl = await createDatabase(sourceUrl, target);
    await restoreDatabase(targetUrl, file);
    expect(await snapshot(targetUrl)).toEqual(await snapshot(sourceUrl));

    // The app on the restored database gives the same answers as the source.
    restored = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: targetUrl,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'thidua-restored-data-')),
        ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'error',
      }),
      { log: () => undefined, warn: () => undefined, error: () => undefined },
    );
    const restoredGql = gqlOf(restored.url);
    const after = await readBack(restoredGql, await adminToken(restoredGql), fixture);
    expect(after).toEqual(before);
    await restored.close();
    restored = undefined;
  }, 60_000);

  it('refuses to restore over existing data and changes nothing', async () => {
    const targetUrl = new URL(sourceUrl);
    targetUrl.pathname = `/${target}`;
    const before = await snapshot(targetUrl.toString());
    await expect(restoreDatabase(targetUrl.toString(), file)).rejects.toThrow(BackupError);
    expect(await snapshot(targetUrl.toString())).toEqual(before);
  });
});
