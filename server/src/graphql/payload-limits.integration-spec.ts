import { GRAPHQL_UPLOAD_PATH, type AnswerAck, type LiveStateView } from '@thidua/shared';
import { performance } from 'node:perf_hooks';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { liveClient, seedQuiz, sleep, startGame, type TestSocket } from '../modules/live/testing/live-test-kit.js';
import { GRAPHQL_BODY_LIMIT_BYTES, MAX_LIST_LENGTH } from '../common/http/request-limits.js';

/** A raw POST with the preflight header, as the client sends it. */
async function post(url: string, body: string, token?: string) {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
  const text = await response.text();
  let json: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string; reason?: string } }[] } =
    {};
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    // not JSON: left empty, the status says enough
  }
  return { status: response.status, ms: performance.now() - started, text, ...json };
}

const SAVE_ANSWER = 'mutation($input: SaveAnswerInput!) { saveAnswer(input: $input) { index savedAt } }';
const IMPORT_UNITS =
  'mutation($input: ImportUnitsInput!) { importUnits(input: $input) { ok created updated errors { line reason } } }';

/** The penetration test's request: one saveAnswer with 900,000 option ids (3.6 MB of JSON). */
function hugeSaveAnswer(): string {
  const optionIds = new Array<string>(900_000).fill('x');
  return JSON.stringify({
    query: SAVE_ANSWER,
    variables: { input: { attemptToken: 't', index: 0, response: { optionIds } } },
  });
}

describe('Payload limits by route (issue 16, item 3)', () => {
  let app: TestApp;
  let admin: string;
  const sockets: TestSocket[] = [];
  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.tokenFor('ADMIN');
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(() => app.close());

  it('answers a GraphQL body over 64 KB with 413 before parsing it, in milliseconds', async () => {
    const huge = await post(`${app.server.url}/graphql`, hugeSaveAnswer());
    expect(huge.status).toBe(413);
    expect(huge.errors?.[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', reason: 'BODY_TOO_LARGE' });
    expect(huge.text).not.toMatch(/at .*\.(ts|js):\d+/);
    // Just over the limit is refused too; just under is parsed and answered as usual.
    const over = JSON.stringify({ query: '{ __typename }', variables: { pad: 'a'.repeat(GRAPHQL_BODY_LIMIT_BYTES) } });
    expect((await post(`${app.server.url}/graphql`, over)).status).toBe(413);
    const under = JSON.stringify({ query: '{ __typename }', variables: { pad: 'a'.repeat(60_000) } });
    const ok = await post(`${app.server.url}/graphql`, under);
    expect(ok.status).toBe(200);
    expect(ok.data).toEqual({ __typename: 'Query' });
    // Measured: twenty refusals of the 3.6 MB request in a row, each on a fresh connection.
    const times: number[] = [];
    const body = hugeSaveAnswer();
    for (let i = 0; i < 20; i += 1) times.push((await post(`${app.server.url}/graphql`, body)).ms);
    times.sort((a, b) => a - b);
    expect(times[10]).toBeLessThan(250);
  });

  it('refuses lists longer than any declared maximum before graphql-js coerces them', async () => {
    const optionIds = new Array<string>(MAX_LIST_LENGTH + 1).fill('x');
    const body = JSON.stringify({
      query: SAVE_ANSWER,
      variables: { input: { attemptToken: 't', index: 0, response: { optionIds } } },
    });
    expect(body.length).toBeLessThan(GRAPHQL_BODY_LIMIT_BYTES);
    const refused = await post(`${app.server.url}/graphql`, body);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'LIST_TOO_LONG' });
    // A list at the maximum goes on to the resolver, which refuses the made-up attempt token as usual.
    optionIds.pop();
    const atMax = await post(
      `${app.server.url}/graphql`,
      JSON.stringify({
        query: SAVE_ANSWER,
        variables: { input: { attemptToken: 't', index: 0, response: { optionIds } } },
      }),
    );
    expect(atMax.errors?.[0].extensions?.reason).not.toBe('LIST_TOO_LONG');
  });

  it('takes file mutations only on the upload path, and only file mutations there', async () => {
    const header = 'Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên,Số người thuộc diện,Loại đối tượng';
    const rows = Array.from(
      { length: 2500 },
      (_, i) => `TDP-UP-${i},Tổ dân phố số ${i} ${'x'.repeat(60)},Tổ dân phố,P-UP,100,Cư dân`,
    );
    const csv = [header, 'P-UP,Phường tải lên,Phường,,8000,Cư dân'].join('\r\n');
    // About 300 KB: far over /graphql's limit, within the upload path's.
    const padded = [csv, ...rows].join('\r\n');
    const variables = {
      input: { fileName: 'units.csv', contentBase64: Buffer.from(padded).toString('base64'), dryRun: true },
    };
    const body = JSON.stringify({ query: IMPORT_UNITS, variables });
    expect(body.length).toBeGreaterThan(GRAPHQL_BODY_LIMIT_BYTES);

    const onGraphql = await post(`${app.server.url}/graphql`, body, admin);
    expect(onGraphql.status).toBe(413);
    const small = JSON.stringify({
      query: IMPORT_UNITS,
      variables: { input: { fileName: 'units.csv', contentBase64: Buffer.from(csv).toString('base64'), dryRun: true } },
    });
    const smallOnGraphql = await post(`${app.server.url}/graphql`, small, admin);
    expect(smallOnGraphql.status).toBe(400);
    expect(smallOnGraphql.errors?.[0].extensions).toMatchObject({
      code: 'BAD_REQUEST',
      reason: 'UPLOAD_PATH_REQUIRED',
    });

    const uploaded = await post(`${app.server.url}${GRAPHQL_UPLOAD_PATH}`, body, admin);
    expect(uploaded.status).toBe(200);
    expect(uploaded.errors).toBeUndefined();
    expect(uploaded.data?.importUnits).toMatchObject({ ok: true, created: 2501 });
    // Nothing saved: a dry run.
    expect(await app.dataSource.query("SELECT 1 FROM unit WHERE code = 'P-UP'")).toEqual([]);

    // Anything else is refused on the upload path, so its larger limit buys nothing.
    const other = await post(
      `${app.server.url}${GRAPHQL_UPLOAD_PATH}`,
      JSON.stringify({ query: `{ me { id } } `, variables: { pad: 'a'.repeat(200_000) } }),
      admin,
    );
    expect(other.status).toBe(400);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'NOT_AN_UPLOAD' });
    const mixed = await post(
      `${app.server.url}${GRAPHQL_UPLOAD_PATH}`,
      JSON.stringify({
        query: `mutation($input: ImportUnitsInput!) { importUnits(input: $input) { ok } deleteUnit(id: "x") }`,
        variables,
      }),
      admin,
    );
    expect(mixed.errors?.[0].extensions?.reason).toBe('NOT_AN_UPLOAD');
    // The upload path has its own ceiling: 9 MB is refused with 413.
    const tooBig = JSON.stringify({
      query: IMPORT_UNITS,
      variables: { input: { fileName: 'units.csv', contentBase64: 'A'.repeat(9 * 1024 * 1024), dryRun: true } },
    });
    expect((await post(`${app.server.url}${GRAPHQL_UPLOAD_PATH}`, tooBig, admin)).status).toBe(413);
  });

  it("stores a live answer's time unchanged while three clients send oversized requests", async () => {
    const host = await app.tokenFor('HOST');
    const quizId = await seedQuiz(app);
    const game = await startGame(app, host, quizId, { readingSeconds: 1 });
    const hostSocket = await liveClient(app.server.url, host);
    const player = await liveClient(app.server.url);
    sockets.push(hostSocket, player);
    expect((await hostSocket.call<{ ok: boolean }>('host:attach', { gameId: game.id })).ok).toBe(true);
    const joined = await player.call<{ ok: boolean; state: LiveStateView }>('player:join', {
      pin: game.pin,
      name: 'Người chơi',
    });
    expect(joined.ok).toBe(true);
    const shown = player.next((s) => s.phase === 'QUESTION' && s.question?.index === 0);
    expect((await hostSocket.call<{ ok: boolean }>('host:start', { gameId: game.id })).ok).toBe(true);
    const question = (await shown).question!;

    // Three attackers, each sending the 3.6 MB saveAnswer again as soon as the last one is answered.
    const body = hugeSaveAnswer();
    let flooding = true;
    const statuses: number[] = [];
    const attacker = async () => {
      while (flooding) statuses.push((await post(`${app.server.url}/graphql`, body)).status);
    };
    const attackers = [attacker(), attacker(), attacker()];
    // The phone answers 1.0 s after the question opened (same clock: server and test share the process).
    await sleep(question.opensAt + 1000 - Date.now());
    let ack: AnswerAck;
    // When the phone really sent it: this process also writes the attackers' bodies, so on a busy machine it can be late.
    const sentMs = Date.now() - question.opensAt;
    try {
      ack = await player.call<AnswerAck>('player:answer', {
        questionIndex: 0,
        response: { optionIds: [question.options[0].id] },
      });
      await sleep(300);
    } finally {
      flooding = false;
      await Promise.allSettled(attackers);
    }
    expect(ack.status).toBe('accepted');
    const [stored] = await app.dataSource.query<{ elapsed_ms: number }[]>(
      'SELECT elapsed_ms FROM live_answer WHERE game_id = $1',
      [game.id],
    );
    expect(statuses.length).toBeGreaterThan(3);
    expect(new Set(statuses)).toEqual(new Set([413]));
    // Before the limits: sent at 1.0 s, stored as 2,472 ms (each oversized body stalled the loop ~1.4 s). Now it is
    // stored as sent, give or take the transit of a busy machine.
    expect(stored.elapsed_ms).toBeGreaterThanOrEqual(1000);
    expect(stored.elapsed_ms - sentMs).toBeLessThan(700);
  });
});
