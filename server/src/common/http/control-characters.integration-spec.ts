import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test-support/test-app.js';

/** Issue 16, lower items: a NUL byte reached PostgreSQL ("invalid byte sequence") and came back as a 500. */
describe('Control characters in requests', () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.tokenFor('ADMIN');
  });
  afterAll(() => app.close());

  const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }';
  const CREATE_UNIT = 'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id name } }';

  it('refuses NUL and other control characters in variables with 400 before the database', async () => {
    const nul = await app.gql(SIGN_IN, { input: { username: 'ad\u0000min', password: TEST_PASSWORD } });
    expect(nul.status).toBe(400);
    expect(nul.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/input\.username/),
      extensions: { code: 'BAD_REQUEST', reason: 'CONTROL_CHARACTER' },
    });
    const units = async () => Number((await app.dataSource.query('SELECT count(*)::int AS n FROM unit'))[0].n);
    const before = await units();
    for (const bad of ['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085']) {
      const result = await app.gql(
        CREATE_UNIT,
        {
          input: {
            code: 'P-NUL',
            name: `Phường${bad}`,
            kind: 'WARD',
            eligiblePopulation: 100,
            populationKind: 'RESIDENTS',
          },
        },
        admin,
      );
      expect(result.status).toBe(400);
      expect(result.errors?.[0].extensions?.reason).toBe('CONTROL_CHARACTER');
    }
    expect(await units()).toBe(before);
    // Tabs and line breaks are text, not control: a multi-line name is not refused by the filter.
    const multiLine = await app.gql(
      CREATE_UNIT,
      {
        input: {
          code: 'P-TAB',
          name: 'Phường\tmột\r\nhai',
          kind: 'WARD',
          eligiblePopulation: 100,
          populationKind: 'RESIDENTS',
        },
      },
      admin,
    );
    expect(multiLine.errors?.[0]?.extensions?.reason).not.toBe('CONTROL_CHARACTER');
  });

  it('refuses them in the query text and in an object key, and in a URL', async () => {
    const inQuery = await app.gql(`{ liveGameJoinInfo(pin: "12\u00003456") { gameId } }`);
    expect(inQuery.status).toBe(400);
    expect(inQuery.errors?.[0].extensions?.reason).toBe('CONTROL_CHARACTER');
    const inKey = await app.gql(SIGN_IN, { input: { username: 'a', password: 'b', 'x\u0000': 1 } });
    expect(inKey.status).toBe(400);
    const url = await fetch(`${app.server.url}/api/contests/abc%00def/results.xlsx`);
    expect(url.status).toBe(400);
    expect(await url.text()).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});
