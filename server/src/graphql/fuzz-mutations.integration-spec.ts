import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

/**
 * Property-based fuzz of EVERY GraphQL mutation (issue 7, "Abuse tests"): the
 * mutations are read from the committed schema.gql, and for each one fast-check
 * generates argument values of the right shape (Vietnamese text, emoji, huge
 * strings, numbers out of range, ids that exist and ids that do not) and of wrong
 * shapes (nulls, missing fields, arrays for objects, objects for strings...). Each
 * is sent as an ADMIN and anonymously. Whatever happens:
 *
 *  - never an HTTP 5xx, never an INTERNAL_SERVER_ERROR;
 *  - a call that returned an error changed nothing: every table's row count and
 *    content hash is the same before and after (no partial writes);
 *  - the server still answers /api/health at the end.
 *
 * Bounded: FUZZ_RUNS runs per mutation and role (default 20), fixed seed FUZZ_SEED
 * (printed, and printed again by fast-check with the counterexample on failure).
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20260707);
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);

/**
 * Tables a refused call may write by design, with the reason:
 * - refresh_token: replaying a rotated refresh token revokes its whole family (theft detection);
 * - sign_in_event: every failed or limited sign-in (and a wrong current password) is logged for the admins.
 */
const WRITES_ON_ERROR_BY_DESIGN = new Set(['refresh_token', 'sign_in_event']);

const schema: GraphQLSchema = buildSchema(readFileSync(join(process.cwd(), 'schema.gql'), 'utf8'));

const VIETNAMESE = [
  'Nghị quyết số 02-NQ/TW',
  'Tổ dân phố 3',
  'Trường THCS Nguyễn Trãi',
  'Đảng bộ phường',
  'đụ má',
  'Ủy ban nhân dân',
  '',
  ' ',
];
const NASTY_STRINGS = [
  '🇻🇳🎉👍🏽',
  "'; DROP TABLE app_user; --",
  '<script>alert(1)</script>',
  '\u0000\u0001\u0002',
  '\u202e\u200b\ufeff',
  '${jndi:ldap://x}',
  '../../../../etc/passwd',
  'null',
  '0',
  '-1',
  'NaN',
  '1e309',
  '9'.repeat(40),
  'a'.repeat(5_000),
  'Ạ'.repeat(20_000),
];

function stringArb(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.constantFrom(...VIETNAMESE),
    fc.constantFrom(...NASTY_STRINGS),
  );
}

function idArb(pool: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...pool) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom('not-a-uuid', '', '1', '00000000-0000-0000-0000-000000000000') },
    { weight: 1, arbitrary: stringArb() },
  );
}

/** Any JSON value: what a hostile client can put anywhere. */
const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, -0, 1e300),
  stringArb(),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null)), {
    maxKeys: 3,
  }),
);

/** A value for a GraphQL input type: mostly the right shape, sometimes deliberately wrong. */
function valueArb(type: GraphQLInputType, pool: string[], hostile: boolean, depth = 0): fc.Arbitrary<unknown> {
  const right = rightShapeArb(type, pool, hostile, depth);
  return hostile ? fc.oneof({ weight: 4, arbitrary: right }, { weight: 1, arbitrary: junkArb }) : right;
}

function rightShapeArb(type: GraphQLInputType, pool: string[], hostile: boolean, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return rightShapeArb(type.ofType, pool, hostile, depth);
  if (isListType(type)) {
    if (depth > 4) return fc.constant([]);
    return fc.array(valueArb(type.ofType, pool, hostile, depth + 1), { maxLength: 4 });
  }
  if (isEnumType(type)) {
    return fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', '', 'admin') },
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) record[field.name] = valueArb(field.type, pool, hostile, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    // Usually every required field (and some optional ones); sometimes a required one missing.
    const complete = fc.record(record, { requiredKeys: required as never[] });
    return hostile
      ? fc.oneof({ weight: 3, arbitrary: complete }, { weight: 1, arbitrary: fc.record(record, { requiredKeys: [] }) })
      : complete;
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return idArb(pool);
    case 'String':
      return fc.oneof({ weight: 4, arbitrary: stringArb() }, { weight: 1, arbitrary: idArb(pool) });
    case 'Int':
      return fc.oneof(
        fc.integer({ min: -5, max: 120 }),
        fc.integer(),
        fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 1.5),
      );
    case 'Float':
      return fc.oneof(
        fc.double({ min: -10, max: 1000, noNaN: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(0, -0, 1e308, -1e308, 5e-324),
      );
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc.oneof(
        fc
          .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        fc.constantFrom('2026-13-45T99:99:99Z', 'yesterday', '', '0'),
      );
    default:
      return junkArb;
  }
}

/** The mutation's text: all arguments as variables, the scalar fields of its result selected. */
function mutationText(field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  let selection = '';
  if (isObjectType(named)) {
    const leaves = Object.values(named.getFields())
      .filter((f) => f.args.length === 0 && isLeafType(getNamedType(f.type)))
      .map((f) => f.name);
    selection = ` { __typename ${leaves.join(' ')} }`;
  }
  return `mutation Fuzz${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

describe('fuzz: every GraphQL mutation, as ADMIN and anonymous', () => {
  let app: TestApp;
  let adminToken: string;
  let pool: string[];
  let tables: string[];
  const stats = { calls: 0, errored: 0, succeeded: 0, mutations: 0 };
  const started = Date.now();

  beforeAll(async () => {
    app = await createTestApp({ DEMO_DATA: 'true' });
    adminToken = await app.signIn('admin', process.env.TEST_ADMIN_PASSWORD ?? 'admin-password-for-tests');
    const rows: { table_name: string }[] = await app.dataSource.query(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid' ORDER BY table_name`,
    );
    pool = [];
    for (const { table_name } of rows) {
      const ids: { id: string }[] = await app.dataSource.query(`SELECT id FROM "${table_name}" LIMIT 3`);
      pool.push(...ids.map((r) => r.id));
    }
    if (pool.length === 0) pool.push('00000000-0000-4000-8000-000000000000');
    tables = (
      await app.dataSource.query<{ tablename: string }[]>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      )
    )
      .map((t) => t.tablename)
      .filter((t) => !WRITES_ON_ERROR_BY_DESIGN.has(t));
    process.stdout.write(`[fuzz] seed ${SEED}, ${RUNS} runs per mutation and role, ${pool.length} known ids\n`);
  });
  afterAll(async () => {
    process.stdout.write(
      `[fuzz] ${stats.mutations} mutation×role properties, ${stats.calls} calls (${stats.errored} refused, ${stats.succeeded} succeeded) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    await app?.close();
  });

  /** Row count and content hash of every table: any insert, update or delete changes it. */
  const snapshot = async (): Promise<Record<string, string>> => {
    const sql = tables
      .map(
        (t) =>
          `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') AS h FROM "${t}" x`,
      )
      .join(' UNION ALL ');
    const rows: { t: string; h: string }[] = await app.dataSource.query(sql);
    return Object.fromEntries(rows.map((r) => [r.t, r.h]));
  };

  const post = async (query: string, variables: unknown, token?: string) => {
    const response = await fetch(`${app.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      /* a non-JSON body is judged by its status below */
    }
    return { status: response.status, body, text };
  };

  const mutations = Object.values(schema.getMutationType()!.getFields());

  it('reads every mutation from schema.gql', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(50);
  });

  for (const role of ['ADMIN', 'anonymous'] as const) {
    it.each(mutations.map((m) => [m.name, m] as const))(`%s (${role})`, async (_name, field) => {
      stats.mutations += 1;
      const query = mutationText(field);
      // Half of the calls well-shaped (they reach the services), half hostile (wrong shapes anywhere).
      const argsOf = (hostile: boolean) =>
        fc.record(
          Object.fromEntries(field.args.map((a) => [a.name, valueArb(a.type, pool, hostile)])),
          hostile ? { requiredKeys: [] } : {},
        );
      const argsArb = fc.oneof(argsOf(false), argsOf(true));
      await fc.assert(
        fc.asyncProperty(argsArb, async (variables) => {
          const token = role === 'ADMIN' ? adminToken : undefined;
          const before = await snapshot();
          const { status, body, text } = await post(query, variables, token);
          stats.calls += 1;
          if (status >= 500) throw new Error(`HTTP ${status}: ${text.slice(0, 500)}`);
          const codes = (body.errors ?? []).map((e) => e.extensions?.code);
          if (codes.includes('INTERNAL_SERVER_ERROR')) throw new Error(`INTERNAL_SERVER_ERROR: ${text.slice(0, 500)}`);
          if (body.errors?.length || status >= 400) {
            stats.errored += 1;
            const after = await snapshot();
            const changed = Object.keys(before).filter((t) => before[t] !== after[t]);
            if (changed.length > 0)
              throw new Error(`refused (${codes.join(',')}) but wrote to ${changed.join(', ')}: ${text.slice(0, 300)}`);
          } else {
            stats.succeeded += 1;
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    });
  }

  it('still answers /api/health after the fuzz', async () => {
    const response = await fetch(`${app.server.url}/api/health`);
    expect(response.status).toBe(200);
  });
});
