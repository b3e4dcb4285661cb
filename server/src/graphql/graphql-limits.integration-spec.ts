import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { MAX_QUERY_LENGTH } from './graphql-options.js';

describe('GraphQL request limits', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await createTestApp();
    token = await app.tokenFor('ADMIN');
  });
  afterAll(() => app.close());

  const reasonOf = (result: { errors?: { extensions?: { reason?: string } }[] }) =>
    result.errors?.[0]?.extensions?.reason;

  it('refuses deep, alias-flooded and overlong queries before running them', async () => {
    const ordinary = '{ me { id role unit { id name } } }';
    expect((await app.gql(ordinary, {}, token)).errors).toBeUndefined();
    const nested = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`;
    expect(reasonOf(await app.gql(nested, {}, token))).toBe('QUERY_TOO_DEEP');
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect(reasonOf(await app.gql(aliases, {}, token))).toBe('TOO_MANY_ALIASES');
    const long = `{ me { id } } ${'#'.repeat(MAX_QUERY_LENGTH)}`;
    const response = await app.gql(long, {}, token);
    expect(response.status).toBe(400);
    expect(reasonOf(response)).toBe('QUERY_TOO_LONG');
  });

  it('refuses batched requests and simple (CSRF-able) requests without the preflight header', async () => {
    const batch = await fetch(`${app.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(batch.status).toBe(400);
    const simple = await fetch(`${app.server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF|preflight/i);
  });

  it('hides internal errors and never returns a stack trace', async () => {
    const result = await app.gql('mutation { deleteUnit(id: "not-a-uuid") }', {}, token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+|stacktrace/);
  });
});
