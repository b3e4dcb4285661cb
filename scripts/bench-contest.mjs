// @ts-check
// `npm run bench:contest -- --entrants N [--rate R] [--url http://host:port --admin-password P --database-url postgres://…]`
//
// The online contest benchmark (issue 6). Without --url it starts the built server
// (server/dist, `node scripts/build-if-stale.mjs` first) on an embedded PostgreSQL in
// a fresh temporary folder with the demo data, so it measures a real installation.
// It then, over GraphQL like phones do:
//   1. creates and opens a contest (10 questions drawn from the demo bank, one round now);
//   2. registers N entrants (spread over the demo units) and starts one attempt each;
//   3. MEASURED: all N entrants save their 10 answers, then all submit at once. Two modes:
//      - closed loop (default): every entrant saves its answers back to back, all entrants
//        at once: the saturation throughput, where latency ≈ in-flight requests ÷ throughput;
//      - open loop (`--rate R`): saves arrive at R per second whatever the server does
//        (entrants take turns, each entrant's answers far apart as on a phone): the latency
//        at a given load, which is what "≥ 1,000 saves/s with p99 ≤ 250 ms" asks; latency
//        counts from each save's scheduled start, so a lagging generator hides nothing;
//   4. checks PostgreSQL: every acknowledged save must be there with its response ("lost");
//   5. BASELINE: the same harness, same concurrency and request count, against GET /api/health.
// Plain Node ESM, no build step. Prints a summary and ends with exactly one line:
//   entrants=N answers_per_s=... p99_ms=... errors=0 lost=0 baseline_rps=...
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { freePort } from './lib/bench-helpers.mjs';

/**
 * @typedef {object} Target
 * @property {string} url
 * @property {string} adminPassword
 * @property {string} databaseUrl
 */
/**
 * One measured phase: latencies in ms, throughput in requests per second.
 * @template V
 * @typedef {object} PhaseResult
 * @property {V[]} values what each worker's task returned (single-step phases only)
 * @property {number} count
 * @property {number} errors
 * @property {string[]} messages the first few error messages
 * @property {number} seconds
 * @property {number} rate
 * @property {number} p50
 * @property {number} p99
 */
/** @typedef {{ value: number } | { optionIds: string[] }} AnswerResponse */
/**
 * @template T
 * @typedef {{ data: T, errors?: { message: string, extensions?: { reason?: string, code?: string } }[] }} GraphqlBody
 */
/**
 * @typedef {object} StartedAttempt
 * @property {string} attemptToken
 * @property {{ id: string, questions: { index: number, type: string, options: { id: string }[] }[] }} attempt
 */

const root = new URL('..', import.meta.url).pathname;
const args = parseArgs(process.argv.slice(2));
const ENTRANTS = Number(args.entrants ?? 1000);
const RATE = args.rate === undefined ? null : Number(args.rate);
if (RATE !== null && !(RATE > 0)) fail('--rate must be a positive number of saves per second');
const QUESTIONS = 10;
if (!Number.isInteger(ENTRANTS) || ENTRANTS < 1) fail('--entrants must be a positive integer');
/** @param {string} line */
const log = (line) => process.stderr.write(`${line}\n`);

/** @type {import('node:child_process').ChildProcess | null} */
let server = null;
/** @type {string | null} */
let dataDir = null;
try {
  const target = args.url ? external() : await startServer();
  const result = await run(target);
  const last =
    `entrants=${ENTRANTS} answers_per_s=${result.answersPerSecond.toFixed(0)} p99_ms=${result.saveP99.toFixed(1)} ` +
    `errors=${result.errors} lost=${result.lost} baseline_rps=${result.baselineRps.toFixed(0)}`;
  process.stdout.write(`${last}\n`);
  process.exitCode = result.errors === 0 && result.lost === 0 ? 0 : 1;
} catch (error) {
  log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await stopServer();
}

// ---------------------------------------------------------------------------

/** @param {Target} target */
async function run({ url, adminPassword, databaseUrl }) {
  const gql = graphqlClient(url);
  /** @type {{ signIn: { accessToken: string } }} */
  const signedIn = await gql('mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }', {
    i: { username: 'admin', password: adminPassword },
  });
  const admin = signedIn.signIn.accessToken;

  /** @type {{ units: { id: string, kind: string, eligiblePopulation: number }[] }} */
  const unitsData = await gql('query { units { id kind eligiblePopulation } }', {}, admin);
  const units = unitsData.units.filter((u) => u.eligiblePopulation > 0).map((u) => u.id);
  if (units.length === 0) fail('the server has no unit with an eligible population (load the demo data)');
  const now = Date.now();
  /** @type {{ createContest: { id: string } }} */
  const created = await gql(
    `mutation($i: CreateContestInput!) { createContest(input: $i) { id } }`,
    {
      i: {
        title: `Benchmark ${new Date(now).toISOString()}`,
        drawRules: [{ count: QUESTIONS }],
        timeLimitSeconds: 1800,
        attemptsPerRound: 3,
        rounds: [
          {
            name: 'Benchmark',
            startsAt: new Date(now - 3600_000).toISOString(),
            endsAt: new Date(now + 86400_000).toISOString(),
          },
        ],
      },
    },
    admin,
  );
  const contest = created.createContest;
  await gql('mutation($id: ID!) { openContest(id: $id) { id } }', { id: contest.id }, admin);
  log(`contest ${contest.id} open; ${ENTRANTS} entrants over ${units.length} units`);

  // Registration and start (not measured as the target, but reported).
  const phoneBase = 900_000_000 + Math.floor(Math.random() * 90_000_000);
  const register = await phase(ENTRANTS, 1, async (i) => {
    /** @type {{ registerEntrant: { entrantToken: string } }} */
    const data = await gql('mutation($i: RegisterEntrantInput!) { registerEntrant(input: $i) { entrantToken } }', {
      i: {
        contestId: contest.id,
        fullName: `Người dự thi ${i + 1}`,
        birthYear: 1960 + (i % 50),
        unitId: units[i % units.length],
        phone: `0${phoneBase + i}`,
        consent: true,
      },
    });
    return data.registerEntrant.entrantToken;
  });
  const entrantTokens = register.values;
  const start = await phase(ENTRANTS, 1, async (i) => {
    /** @type {{ startAttempt: StartedAttempt }} */
    const data = await gql(
      `mutation($t: String!) { startAttempt(entrantToken: $t) { attemptToken attempt { id questions { index type options { id } } } } }`,
      { t: entrantTokens[i] },
    );
    return data.startAttempt;
  });
  const attempts = start.values;
  report('register', register);
  report('start', start);
  if (register.errors + start.errors > 0)
    log(`first errors: ${[...register.messages, ...start.messages].slice(0, 3).join(' | ')}`);

  // MEASURED: every entrant saves its 10 answers; closed loop, or open loop at --rate.
  /** @type {{ attemptId: string, index: number, response: AnswerResponse }[]} */
  const acked = [];
  /** @param {(i: number, k: number) => Promise<void>} task */
  const schedule = (task) =>
    RATE === null
      ? phase(ENTRANTS, QUESTIONS, task)
      : openLoop(ENTRANTS * QUESTIONS, RATE, (j) => task(j % ENTRANTS, Math.floor(j / ENTRANTS)));
  log(RATE === null ? 'mode: closed loop (saturation)' : `mode: open loop at ${RATE} saves/s`);
  const saves = await schedule(async (i, k) => {
    const attempt = attempts[i];
    if (!attempt) throw new Error('no attempt');
    const q = attempt.attempt.questions[k];
    /** @type {AnswerResponse} */
    const response = q.type === 'NUMERIC' ? { value: k } : { optionIds: [q.options[k % q.options.length].id] };
    await gql('mutation($i: SaveAnswerInput!) { saveAnswer(input: $i) { index savedAt } }', {
      i: { attemptToken: attempt.attemptToken, index: q.index, response },
    });
    acked.push({ attemptId: attempt.attempt.id, index: q.index, response });
  });
  report('saveAnswer', saves);
  const submits = await phase(ENTRANTS, 1, async (i) => {
    if (!attempts[i]) throw new Error('no attempt');
    await gql('mutation($i: SubmitAttemptInput!) { submitAttempt(input: $i) { attemptId score } }', {
      i: { attemptToken: attempts[i].attemptToken, prediction: ENTRANTS },
    });
  });
  report('submitAttempt', submits);

  // Durability: every acknowledged save is in PostgreSQL with its response.
  let lost = 0;
  let submittedInDb = 0;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    /** @type {pg.QueryResult<{ attempt_id: string, index: number, response: unknown }>} */
    const rows = await client.query(
      `SELECT aa.attempt_id, aa.index, aa.response FROM attempt_answer aa JOIN attempt a ON a.id = aa.attempt_id
        JOIN contest_round r ON r.id = a.round_id WHERE r.contest_id = $1`,
      [contest.id],
    );
    const stored = new Map(rows.rows.map((r) => [`${r.attempt_id}:${r.index}`, JSON.stringify(r.response)]));
    for (const a of acked) if (stored.get(`${a.attemptId}:${a.index}`) !== JSON.stringify(a.response)) lost += 1;
    /** @type {pg.QueryResult<{ n: number }>} */
    const submitted = await client.query(
      `SELECT count(*)::int AS n FROM attempt a JOIN contest_round r ON r.id = a.round_id
          WHERE r.contest_id = $1 AND a.submitted_at IS NOT NULL`,
      [contest.id],
    );
    submittedInDb = submitted.rows[0].n;
  } finally {
    await client.end();
  }
  const submittedAcked = submits.count - submits.errors;
  if (submittedInDb < submittedAcked) lost += submittedAcked - submittedInDb;
  log(
    `durability: ${acked.length} acknowledged saves checked, ${lost} lost; ${submittedInDb} attempts submitted in PostgreSQL`,
  );

  // BASELINE: the same harness (same concurrency or rate, same number of requests) on the health endpoint.
  const baseline = await schedule(async () => {
    const response = await fetch(`${url}/api/health`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`health ${response.status}`);
  });
  report('baseline GET /api/health', baseline);

  const errors = register.errors + start.errors + saves.errors + submits.errors;
  if (saves.errors + submits.errors > 0)
    log(`first errors: ${[...saves.messages, ...submits.messages].slice(0, 3).join(' | ')}`);
  log(
    `submissions/s=${submits.rate.toFixed(0)} submit_p50_ms=${submits.p50.toFixed(1)} submit_p99_ms=${submits.p99.toFixed(1)}`,
  );
  log(
    `answer saves/s=${saves.rate.toFixed(0)} save_p50_ms=${saves.p50.toFixed(1)} save_p99_ms=${saves.p99.toFixed(1)}`,
  );
  return {
    answersPerSecond: saves.rate,
    saveP99: saves.p99,
    errors,
    lost,
    baselineRps: baseline.rate,
  };
}

/**
 * `workers` concurrent workers, each doing `steps` requests one after another;
 * latency per request, throughput = completed requests ÷ wall time of the phase.
 * @template V
 * @param {number} workers
 * @param {number} steps
 * @param {(i: number, k: number) => Promise<V>} task
 * @returns {Promise<PhaseResult<V>>}
 */
async function phase(workers, steps, task) {
  /** @type {number[]} */
  const latencies = [];
  /** @type {V[]} */
  const values = new Array(workers);
  /** @type {string[]} */
  const messages = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, i) => {
      for (let k = 0; k < steps; k += 1) {
        const t0 = performance.now();
        try {
          const value = await task(i, k);
          if (steps === 1) values[i] = value;
        } catch (error) {
          errors += 1;
          if (messages.length < 5) messages.push(errorText(error));
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  /** @param {number} p */
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    values,
    count: latencies.length,
    errors,
    messages,
    seconds,
    rate: latencies.length / seconds,
    p50: pct(50),
    p99: pct(99),
  };
}

/**
 * Open loop: `total` requests started at `rate` per second regardless of how fast the
 * server answers (so a slow server faces a growing queue, as with real phones).
 * Latency counts from each request's *scheduled* start, so a load generator that falls
 * behind (its own event loop busy) does not hide the delay (no coordinated omission);
 * `lag` is how late the generator sent, p99 and max.
 * @param {number} total
 * @param {number} rate requests per second
 * @param {(j: number) => Promise<void>} task
 * @returns {Promise<PhaseResult<never>>}
 */
async function openLoop(total, rate, task) {
  /** @type {number[]} */
  const latencies = [];
  /** @type {number[]} */
  const lags = [];
  /** @type {string[]} */
  const messages = [];
  let errors = 0;
  /** @type {Promise<unknown>[]} */
  const pending = [];
  const started = performance.now();
  for (let j = 0; j < total; j += 1) {
    const t0 = started + (j * 1000) / rate;
    const wait = t0 - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    lags.push(Math.max(0, performance.now() - t0));
    pending.push(
      task(j).then(
        () => latencies.push(performance.now() - t0),
        (/** @type {unknown} */ error) => {
          errors += 1;
          if (messages.length < 5) messages.push(errorText(error));
          latencies.push(performance.now() - t0);
        },
      ),
    );
  }
  await Promise.all(pending);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  lags.sort((a, b) => a - b);
  /** @param {number} p */
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  log(
    `open loop: offered ${rate}/s for ${(total / rate).toFixed(1)} s; generator lag p99=${(lags[Math.floor(0.99 * lags.length)] ?? 0).toFixed(1)} ms ` +
      `max=${(lags.at(-1) ?? 0).toFixed(1)} ms`,
  );
  return {
    values: [],
    count: latencies.length,
    errors,
    messages,
    seconds,
    rate: latencies.length / seconds,
    p50: pct(50),
    p99: pct(99),
  };
}

/**
 * @param {string} name
 * @param {PhaseResult<unknown>} p
 */
function report(name, p) {
  log(
    `${name.padEnd(26)} n=${p.count} in ${p.seconds.toFixed(2)} s → ${p.rate.toFixed(0)}/s, ` +
      `p50=${p.p50.toFixed(1)} ms p99=${p.p99.toFixed(1)} ms errors=${p.errors}`,
  );
}

/** @param {unknown} error */
function errorText(error) {
  return error instanceof Error ? error.message : String(error);
}

/** @param {string} url */
function graphqlClient(url) {
  /**
   * The `data` of the answer, shaped as the caller's query asks; a GraphQL error throws.
   * @template T
   * @param {string} query
   * @param {Record<string, unknown>} variables
   * @param {string} [token]
   * @returns {Promise<T>}
   */
  return async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    /** @type {unknown} */
    const json = await response.json();
    const body = /** @type {GraphqlBody<T>} */ (json);
    if (body.errors?.length) {
      const e = body.errors[0];
      throw new Error(`${e.extensions?.reason ?? e.extensions?.code ?? ''} ${e.message}`);
    }
    return body.data;
  };
}

// ---------------------------------------------------------------------------

function external() {
  const adminPassword = args['admin-password'] ?? process.env.BENCH_ADMIN_PASSWORD;
  const databaseUrl = args['database-url'] ?? process.env.BENCH_DATABASE_URL;
  if (!adminPassword || !databaseUrl)
    fail('with --url, give --admin-password (or BENCH_ADMIN_PASSWORD) and --database-url (or BENCH_DATABASE_URL)');
  return { url: String(args.url).replace(/\/$/, ''), adminPassword, databaseUrl };
}

async function startServer() {
  const main = join(root, 'server/dist/main.js');
  try {
    readFileSync(main);
  } catch {
    fail('server/dist is missing: run `node scripts/build-if-stale.mjs` first');
  }
  dataDir = mkdtempSync(join(tmpdir(), 'thidua-bench-'));
  chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as "postgres" when we are root
  const port = await freePort();
  const pgPort = await freePort();
  const adminPassword = 'bench-admin-password';
  log(`starting the built server on port ${port} (embedded PostgreSQL on ${pgPort}, data in ${dataDir})`);
  const env = { ...process.env };
  delete env.DATABASE_URL; // the embedded PostgreSQL, whatever the shell says
  delete env.REDIS_URL;
  const child = spawn(process.execPath, [main], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      ADMIN_PASSWORD: adminPassword,
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
    },
  });
  server = child;
  child.stderr.on('data', (/** @type {Buffer} */ chunk) => process.stderr.write(`[server] ${chunk.toString()}`));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) fail(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) fail('the server did not become healthy within 120 s');
    await new Promise((r) => setTimeout(r, 300));
  }
  const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
  return {
    url,
    adminPassword,
    databaseUrl: `postgres://thidua:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/thidua`,
  };
}

async function stopServer() {
  const child = server;
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

/**
 * `--key value`, `--key=value` or a bare `--flag` ("true").
 * @param {string[]} argv
 */
function parseArgs(argv) {
  /** @type {Partial<Record<string, string>>} */
  const out = {};
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const [key, inline] = a.slice(2).split('=', 2);
    out[key] = inline ?? (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : 'true');
  }
  return out;
}

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  throw new Error(message);
}
