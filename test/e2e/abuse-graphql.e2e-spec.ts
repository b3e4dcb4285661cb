import { createHmac, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { io, type Socket } from 'socket.io-client';
import { freshDatabaseUrl } from '../support/database.js';
import { graphql, ROOT, signIn, startServerProcess, type ServerProcess } from '../support/server-process.js';

/**
 * GraphQL and leakage abuse against the BUILT server in production mode (issue 7,
 * "Abuse tests"): introspection off, CSRF-preventing header required, forged, `alg:
 * none` and expired tokens refused, a unit officer kept to their own unit, players
 * (no token, entrant token) kept off host and admin operations, and nothing a player
 * can reach before a reveal or a submission (GraphQL responses with every field
 * selected, error messages, the client bundle) that identifies a correct option.
 * Request limits (depth, aliases, length, batching) are covered by
 * server/src/graphql/graphql-limits.integration-spec.ts; here only that they hold in
 * the production build.
 */

type Gql = Awaited<ReturnType<typeof graphql>>;
const codeOf = (r: Gql) => r.errors?.[0]?.extensions?.code;
const reasonOf = (r: Gql) => r.errors?.[0]?.extensions?.reason;

const schema: GraphQLSchema = buildSchema(readFileSync(join(ROOT, 'server/schema.gql'), 'utf8'));

/** Every field of a type without required arguments, nested a few levels: all a client can ask for. */
function everything(type: GraphQLObjectType, depth = 4): string {
  const fields = Object.values(type.getFields()).filter((f) => !f.args.some((a) => isNonNullType(a.type)));
  const parts: string[] = [];
  for (const f of fields) {
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(f.name);
    else if (isObjectType(named) && depth > 0) parts.push(`${f.name} ${everything(named, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}
const selectAll = (typeName: string) => everything(schema.getType(typeName) as GraphQLObjectType);

interface DemoQuestion {
  prompt: string;
  options: string[];
  correct: number[];
  explanation: string;
}

describe('GraphQL and leakage abuse (built server, NODE_ENV=production)', () => {
  let db: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let server: ServerProcess;
  let url: string;
  let admin: string;
  const jwtSecret = randomBytes(32).toString('hex');
  const adminPassword = `Adm-${randomBytes(8).toString('hex')}`;
  let demo: DemoQuestion[];
  const sockets: Socket[] = [];

  /** Our own HS256 token with any claims: what an attacker who knew the secret could make. */
  const sign = (claims: Record<string, unknown>, secret = jwtSecret) => {
    const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
    return `${header}.${payload}.${signature}`;
  };

  beforeAll(async () => {
    db = await freshDatabaseUrl('abuse_graphql');
    server = await startServerProcess({
      DATABASE_URL: db.url,
      JWT_SECRET: jwtSecret,
      ADMIN_PASSWORD: adminPassword,
      DEMO_DATA: 'true',
    });
    url = server.url;
    admin = await signIn(url, 'admin', adminPassword);
    const pack = (await import(join(ROOT, 'server/dist/database/seeds/demo-content.js'))) as {
      DEMO_QUESTIONS: DemoQuestion[];
    };
    demo = pack.DEMO_QUESTIONS;
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await server?.stop();
    if (server) rmSync(server.dataDir, { recursive: true, force: true });
    await db?.drop();
  });

  /** True when `text` carries a demo explanation or names a correct option next to a correctness marker. */
  const leaks = (text: string): string | null => {
    for (const q of demo) {
      if (text.includes(q.explanation.slice(0, 60))) return `explanation of “${q.prompt.slice(0, 40)}”`;
    }
    if (/"(correct\w*|answerKey|isCorrect|explanation|correctOptionIds|correctValue)"\s*:/.test(text))
      return 'an answer field';
    return null;
  };

  it('refuses introspection in production, and the request limits hold in the production build', async () => {
    const introspection = await graphql(url, '{ __schema { queryType { name } types { name } } }', {}, admin);
    expect(introspection.data ?? null).toBeNull();
    expect(codeOf(introspection)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(introspection)).toMatch(/introspection/i);
    const type = await graphql(url, '{ __type(name: "Query") { fields { name } } }');
    expect(type.data ?? null).toBeNull();

    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect(reasonOf(await graphql(url, aliases))).toBe('TOO_MANY_ALIASES');
    const batch = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ __typename }' }))),
    });
    expect(batch.status).toBe(400);
  });

  it('refuses requests without the CSRF-preventing header: GET with a query, POST text/plain, form posts', async () => {
    const query = 'mutation { signOut(input: { refreshToken: "x" }) }';
    const get = await fetch(`${url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF|preflight/i);
    const getMutation = await fetch(`${url}/graphql?query=${encodeURIComponent(query)}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(getMutation.status).toBe(400);
    const textPlain = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: '{ users { id } }' }),
    });
    expect(textPlain.status).toBe(400);
    expect(await textPlain.text()).not.toContain('"users"');
    const form = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('{ __typename }')}`,
    });
    expect(form.status).toBe(400);
    // With the header (what our client sends) a GET query works: the refusal is about the header.
    const preflighted = await fetch(`${url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
  });

  it('refuses tokens with alg none, expired, forged, of another secret or with a made-up role', async () => {
    const now = Math.floor(Date.now() / 1000);
    const [, payload] = admin.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    const noneUpper = `${Buffer.from('{"alg":"NONE","typ":"JWT"}').toString('base64url')}.${payload}.`;
    const hs512 = `${Buffer.from('{"alg":"HS512","typ":"JWT"}').toString('base64url')}.${payload}.${admin.split('.')[2]}`;
    const expired = sign({ ...claims, iat: now - 7200, exp: now - 3600 });
    const otherSecret = sign({ ...claims, exp: now + 600 }, 'not-the-secret');
    const forgedPayload = Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString('base64url');
    const forged = admin.replace(payload, forgedPayload);
    const badRole = sign({ ...claims, role: 'SUPERADMIN', exp: now + 600 });
    const bad = { none, noneUpper, hs512, expired, otherSecret, forged, badRole, garbage: 'a.b.c', empty: '' };
    for (const [name, token] of Object.entries(bad)) {
      const me = await graphql(url, '{ me { id role } }', {}, token || ' ');
      expect([name, codeOf(me)]).toEqual([name, 'UNAUTHENTICATED']);
      const create = await graphql(
        url,
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        { input: { username: `x${name}`, displayName: 'X', password: 'password-123456', role: 'ADMIN' } },
        token || ' ',
      );
      expect([name, codeOf(create)]).toEqual([name, 'UNAUTHENTICATED']);
    }
    // The same tokens give nothing on the host socket either.
    for (const token of [none, expired, forged]) {
      const socket = io(`${url}/live`, { transports: ['websocket'], auth: { token }, forceNew: true });
      sockets.push(socket);
      const ack = (await socket
        .timeout(5000)
        .emitWithAck('host:attach', { gameId: '00000000-0000-4000-8000-000000000000' })) as { reason: string };
      expect(ack.reason).toBe('NOT_ALLOWED');
    }
  });

  it("keeps a unit officer to their own unit's sheets and evidence, and players off host and admin operations", async () => {
    const campaigns = await graphql<{ campaigns: { id: string }[] }>(url, '{ campaigns { id } }', {}, admin);
    const campaignId = campaigns.data!.campaigns[0].id;
    const sheets = await graphql<{
      scoreSheets: { id: string; unit: { id: string }; entries: { id: string; evidence: { id: string }[] }[] }[];
    }>(
      url,
      'query($c: ID!) { scoreSheets(campaignId: $c) { id unit { id } entries { id evidence { id } } } }',
      { c: campaignId },
      admin,
    );
    const all = sheets.data!.scoreSheets;
    const mine = all[0];
    const theirs = all.find((s) => s.unit.id !== mine.unit.id)!;
    const username = `officer-${randomBytes(3).toString('hex')}`;
    const created = await graphql(
      url,
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          username,
          displayName: 'Cán bộ',
          password: 'Officer-password-1',
          role: 'UNIT_OFFICER',
          unitId: mine.unit.id,
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const officer = await signIn(url, username, 'Officer-password-1');

    const own = await graphql<{ scoreSheets: { unit: { id: string } }[] }>(
      url,
      'query($c: ID!) { scoreSheets(campaignId: $c) { unit { id } } }',
      { c: campaignId },
      officer,
    );
    expect(own.data!.scoreSheets.length).toBeGreaterThan(0);
    expect(new Set(own.data!.scoreSheets.map((s) => s.unit.id))).toEqual(new Set([mine.unit.id]));
    const other = await graphql(
      url,
      'query($id: ID!) { scoreSheet(id: $id) { id selfTotal } }',
      { id: theirs.id },
      officer,
    );
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.data ?? null).toBeNull();
    const write = await graphql(
      url,
      'mutation($input: SaveScoreEntryInput!) { saveScoreEntry(input: $input) { id } }',
      { input: { entryId: theirs.entries[0].id, value: 1 } },
      officer,
    );
    expect(codeOf(write)).toBe('FORBIDDEN');
    const trail = await graphql(
      url,
      'query($c: ID!, $id: ID) { campaignAuditTrail(campaignId: $c, sheetId: $id) { id } }',
      { c: campaignId, id: theirs.id },
      officer,
    );
    expect(codeOf(trail)).toBe('FORBIDDEN');
    const evidenceId = all
      .filter((s) => s.unit.id !== mine.unit.id)
      .flatMap((s) => s.entries.flatMap((e) => e.evidence))[0]?.id;
    if (evidenceId) {
      const download = await fetch(`${url}/api/evidence/${evidenceId}`, {
        headers: { authorization: `Bearer ${officer}` },
      });
      expect([403, 404]).toContain(download.status);
    }

    // A player: no token, or the entrant token of the online contest as a bearer.
    const contests = await graphql<{ contests: { id: string }[] }>(url, '{ contests { id } }', {}, admin);
    const contestId = contests.data!.contests[0].id;
    const entrant = await graphql<{ registerEntrant: { entrantToken: string } }>(
      url,
      'mutation($input: RegisterEntrantInput!) { registerEntrant(input: $input) { entrantToken } }',
      {
        input: {
          contestId,
          fullName: 'Nguyễn Văn Thử',
          phone: '0912345678',
          birthYear: 1990,
          unitId: mine.unit.id,
          consent: true,
        },
      },
    );
    const entrantToken = entrant.data?.registerEntrant.entrantToken;
    expect(entrantToken).toBeTruthy();
    const quizzes = await graphql<{ quizzes: { id: string }[] }>(url, '{ quizzes { id } }', {}, admin);
    const game = await graphql<{ startLiveGame: { id: string } }>(
      url,
      'mutation($input: StartLiveGameInput!) { startLiveGame(input: $input) { id } }',
      { input: { quizId: quizzes.data!.quizzes[0].id } },
      admin,
    );
    const gameId = game.data!.startLiveGame.id;
    const hostAndAdminOps: [string, Record<string, unknown>][] = [
      ['mutation($q: ID!) { startLiveGame(input: { quizId: $q }) { id pin } }', { q: quizzes.data!.quizzes[0].id }],
      ['query($id: ID!) { liveGameResults(id: $id) { players { name score } } }', { id: gameId }],
      ['query($id: ID!) { liveGame(id: $id) { id pin } }', { id: gameId }],
      ['mutation($id: ID!) { openContest(id: $id) { id } }', { id: contestId }],
      ['mutation($id: ID!) { closeContest(id: $id) { id } }', { id: contestId }],
      ['query($id: ID!) { contestResults(contestId: $id) { __typename } }', { id: contestId }],
      ['query($id: ID!) { contestFlags(contestId: $id) { __typename } }', { id: contestId }],
      ['{ users { id username } }', {}],
    ];
    for (const [query, variables] of hostAndAdminOps) {
      for (const token of [undefined, entrantToken, officer]) {
        const result = await graphql(url, query, variables, token);
        expect([query, result.data ?? null]).toEqual([query, null]);
        expect([query, codeOf(result)]).toEqual([query, token === officer ? 'FORBIDDEN' : 'UNAUTHENTICATED']);
      }
    }
    // A player socket cannot drive the game.
    const socket = io(`${url}/live`, { transports: ['websocket'], forceNew: true, auth: { token: entrantToken } });
    sockets.push(socket);
    expect(((await socket.timeout(5000).emitWithAck('host:start', { gameId })) as { reason: string }).reason).toBe(
      'NOT_ALLOWED',
    );
  });

  it('gives players nothing that identifies a correct option: playerQuiz, join info, contest attempt, errors', async () => {
    const quizzes = await graphql<{ quizzes: { id: string; isDemo: boolean }[] }>(
      url,
      '{ quizzes { id isDemo } }',
      {},
      admin,
    );
    const quizId = quizzes.data!.quizzes.find((q) => q.isDemo)!.id;
    const playerQuiz = await graphql(url, `query($id: ID!) { playerQuiz(id: $id) ${selectAll('PlayerQuiz')} }`, {
      id: quizId,
    });
    expect(playerQuiz.errors).toBeUndefined();
    expect(leaks(JSON.stringify(playerQuiz))).toBeNull();

    const game = await graphql<{ startLiveGame: { pin: string } }>(
      url,
      'mutation($input: StartLiveGameInput!) { startLiveGame(input: $input) { pin } }',
      { input: { quizId } },
      admin,
    );
    const joinInfo = await graphql(
      url,
      `query($pin: String!) { liveGameJoinInfo(pin: $pin) ${selectAll('LiveGameJoinInfo')} }`,
      {
        pin: game.data!.startLiveGame.pin,
      },
    );
    expect(joinInfo.errors).toBeUndefined();
    expect(leaks(JSON.stringify(joinInfo))).toBeNull();

    // The online contest: the attempt before submission, with every field selectable.
    const contests = await graphql<{ contests: { id: string }[] }>(url, '{ contests { id } }', {}, admin);
    const contestId = contests.data!.contests[0].id;
    const publicContest = await graphql(url, `query($id: ID!) { contest(id: $id) ${selectAll('PublicContest')} }`, {
      id: contestId,
    });
    expect(leaks(JSON.stringify(publicContest))).toBeNull();
    const units = await graphql<{ units: { id: string; kind: string }[] }>(url, '{ units { id kind } }', {}, admin);
    const unitId = units.data!.units.find((u) => u.kind !== 'WARD')!.id;
    const entrant = await graphql<{ registerEntrant: { entrantToken: string } }>(
      url,
      'mutation($input: RegisterEntrantInput!) { registerEntrant(input: $input) { entrantToken } }',
      {
        input: { contestId, fullName: 'Trần Thị Lộ', phone: '0987654321', birthYear: 1975, unitId, consent: true },
      },
    );
    const start = await graphql<{
      startAttempt: { attemptToken: string; attempt: { questions: { index: number; options: { id: string }[] }[] } };
    }>(url, `mutation($t: String!) { startAttempt(entrantToken: $t) ${selectAll('AttemptStart')} }`, {
      t: entrant.data!.registerEntrant.entrantToken,
    });
    expect(start.errors).toBeUndefined();
    expect(leaks(JSON.stringify(start))).toBeNull();
    const { attemptToken, attempt } = start.data!.startAttempt;
    const first = attempt.questions[0];
    const saved = await graphql(
      url,
      `mutation($input: SaveAnswerInput!) { saveAnswer(input: $input) ${selectAll('AnswerSaved')} }`,
      {
        input: {
          attemptToken,
          index: first.index,
          response: { optionIds: first.options.slice(0, 1).map((o) => o.id) },
        },
      },
    );
    expect(leaks(JSON.stringify(saved))).toBeNull();
    const resumed = await graphql(url, `query($t: String!) { attempt(attemptToken: $t) ${selectAll('Attempt')} }`, {
      t: attemptToken,
    });
    expect(leaks(JSON.stringify(resumed))).toBeNull();
    // An unknown option id is stored as given and graded wrong at submission (the save is one SQL
    // statement on the hot path); what matters here is that the answer reveals nothing.
    const unknownOption = await graphql(
      url,
      'mutation($input: SaveAnswerInput!) { saveAnswer(input: $input) { __typename } }',
      { input: { attemptToken, index: first.index, response: { optionIds: ['not-an-option'] } } },
    );
    expect(leaks(JSON.stringify(unknownOption))).toBeNull();
    // Error messages: a bad index, the result before submission, a malformed id.
    const errors = [
      await graphql(url, 'mutation($input: SaveAnswerInput!) { saveAnswer(input: $input) { __typename } }', {
        input: { attemptToken, index: 999, response: { value: 1 } },
      }),
      await graphql(url, `query($t: String!) { attemptResult(attemptToken: $t) ${selectAll('AttemptResult')} }`, {
        t: attemptToken,
      }),
      await graphql(url, 'query($id: ID!) { playerQuiz(id: $id) { id } }', { id: 'not-a-uuid' }),
    ];
    for (const error of errors) {
      expect(error.errors?.length).toBe(1);
      expect(codeOf(error)).not.toBe('INTERNAL_SERVER_ERROR');
      expect(leaks(JSON.stringify(error))).toBeNull();
      for (const id of first.options.map((o) => o.id)) expect(error.errors![0].message).not.toContain(id);
    }
  });

  it('ships a client bundle without any demo content: no explanation, no prompt, no answer', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(js|html|json)$/.test(entry)) files.push(path);
      }
    };
    walk(join(ROOT, 'client/dist'));
    expect(files.length).toBeGreaterThan(0);
    const bundle = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const found: string[] = [];
    for (const q of demo) {
      if (bundle.includes(q.explanation.slice(0, 50))) found.push(`explanation: ${q.explanation.slice(0, 50)}`);
      if (bundle.includes(q.prompt.slice(0, 50))) found.push(`prompt: ${q.prompt.slice(0, 50)}`);
      for (const index of q.correct) {
        const text = q.options[index];
        // Short options (Đúng/Sai, a number) may be UI words; longer ones are seed data.
        if (text && text.length >= 25 && bundle.includes(text)) found.push(`correct option: ${text}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('serves no source maps in production: none built, none linked, a guessed map URL is not a file', async () => {
    const assets = readdirSync(join(ROOT, 'client/dist/assets'));
    expect(assets.filter((f) => f.endsWith('.map'))).toEqual([]);
    const script = assets.find((f) => f.endsWith('.js'));
    if (!script) throw new Error('no script in client/dist/assets');
    expect(readFileSync(join(ROOT, 'client/dist/assets', script), 'utf8')).not.toContain('sourceMappingURL');
    const guessed = await fetch(`${url}/assets/${script}.map`);
    expect(guessed.headers.get('content-type') ?? '').not.toMatch(/json/);
    expect(await guessed.text()).not.toContain('"mappings"');
  });
});
