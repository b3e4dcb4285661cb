import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { IdentityService } from './identity.service.js';
import { peopleFixture, PERSON_FIELDS, type PeopleFixture } from './people.test-fixture.js';

const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON_FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { ${PERSON_FIELDS} } }`;
const PEOPLE = `query($filter: PeopleFilterInput!) { people(filter: $filter) { total items { ${PERSON_FIELDS} } } }`;
const CANDIDATES = `query($input: RosterSearchInput!) { rosterCandidates(input: $input) { personId fullName subUnit } }`;

describe('people: rosters, scope and audit', () => {
  let app: TestApp;
  let f: PeopleFixture;
  beforeAll(async () => {
    app = await createTestApp();
    f = await peopleFixture(app);
  });
  afterAll(() => app.close());

  const create = (input: Record<string, unknown>, token = f.admin) =>
    app.gql<{ createPerson: { id: string; personalCode: string; fullName: string; phoneMasked: string | null } }>(
      CREATE,
      { input: { kind: 'STUDENTS', ...input } },
      token,
    );

  it('adds a person with an NFC name, a personal code and a sealed phone, audited without personal data', async () => {
    const result = await create({
      unitId: f.classA,
      fullName: '  Nguyễn   Văn An '.normalize('NFD'),
      birthDate: '2014-03-09',
      subUnit: '5A',
      phone: '0912 345 678',
    });
    const person = result.data!.createPerson;
    expect(person.fullName).toBe('Nguyễn Văn An'.normalize('NFC'));
    expect(person.personalCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(person.phoneMasked).toBe('09•••••678');
    const [row] = await app.dataSource.query('SELECT * FROM person WHERE id = $1', [person.id]);
    expect(row.birth_year).toBe(2014);
    expect(JSON.stringify(row)).not.toContain('0912345678');
    const [audit] = await app.dataSource.query("SELECT * FROM data_audit_event WHERE action = 'PERSON_CREATED'");
    expect(audit.subject_id).toBe(person.id);
    expect(JSON.stringify(audit.details)).not.toMatch(/2014|0912/);
  });

  it('refuses a duplicate (same folded name and birth date), a missing birth and an implausible year', async () => {
    const duplicate = await create({ unitId: f.classA, fullName: 'nguyen van an', birthDate: '2014-03-09' });
    expect(duplicate.errors?.[0].extensions?.reason).toBe('PERSON_DUPLICATE');
    const noBirth = await create({ unitId: f.classA, fullName: 'Trần Thị Bình' });
    expect(noBirth.errors?.[0].extensions?.reason).toBe('PERSON_INVALID');
    const future = await create({ unitId: f.classA, fullName: 'Trần Thị Bình', birthYear: 2999 });
    expect(future.errors?.[0].extensions?.reason).toBe('PERSON_INVALID');
  });

  it('lets a unit officer keep their own unit’s roster only', async () => {
    const own = await create({ unitId: f.classA, fullName: 'Lê Minh Châu', birthYear: 2014 }, f.schoolOfficer);
    expect(own.errors).toBeUndefined();
    const other = await create({ unitId: f.tdp, fullName: 'Phạm Văn Dũng', birthYear: 1980 }, f.schoolOfficer);
    expect(other.errors?.[0].extensions?.reason).toBe('PERSON_OUT_OF_SCOPE');
    const list = await app.gql(PEOPLE, { filter: { unitId: f.tdp } }, f.schoolOfficer);
    expect(list.errors?.[0].extensions?.reason).toBe('PERSON_OUT_OF_SCOPE');
    const edit = await app.gql(UPDATE, { input: { id: own.data!.createPerson.id, subUnit: '5B' } }, f.tdpOfficer);
    expect(edit.errors?.[0].extensions?.reason).toBe('PERSON_OUT_OF_SCOPE');
    const host = await app.gql(PEOPLE, { filter: { unitId: f.classA } }, f.host);
    expect(host.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await f.count('person', 'unit_id = $1', [f.tdp])).toBe(0);
  });

  it('lists the school’s roster with its classes, searched without diacritics', async () => {
    const page = await app.gql<{ people: { total: number; items: { fullName: string }[] } }>(
      PEOPLE,
      { filter: { unitId: f.school, search: 'chau' } },
      f.schoolOfficer,
    );
    expect(page.data!.people.items.map((p) => p.fullName)).toEqual(['Lê Minh Châu']);
  });

  it('updates and lists the changed field names in the audit', async () => {
    const [{ id }] = await app.dataSource.query("SELECT id FROM person WHERE search_text = 'le minh chau'");
    const updated = await app.gql<{ updatePerson: { subUnit: string } }>(
      UPDATE,
      { input: { id, subUnit: '5B', phone: '0987654321' } },
      f.admin,
    );
    expect(updated.data!.updatePerson.subUnit).toBe('5B');
    const [audit] = await app.dataSource.query(
      "SELECT details FROM data_audit_event WHERE action = 'PERSON_UPDATED' AND subject_id = $1",
      [id],
    );
    expect(audit.details.fields).toEqual(['subUnit', 'phone']);
  });

  it('offers roster names to players of a live game (names only), scoped to the game', async () => {
    const result = await app.gql<{ rosterCandidates: { fullName: string }[] }>(CANDIDATES, {
      input: { unitId: f.school, query: 'nguyen an', liveGamePin: f.pin },
    });
    expect(result.data!.rosterCandidates).toEqual([
      expect.objectContaining({ fullName: 'Nguyễn Văn An', subUnit: '5A' }),
    ]);
    const none = await app.gql(CANDIDATES, { input: { unitId: f.school, query: 'nguyen', liveGamePin: '000000' } });
    expect(none.errors?.[0].extensions?.reason).toBe('LIVE_GAME_NOT_FOUND');
  });

  it('identifies by personal code or by name + birth year, with one non-revealing refusal', async () => {
    const identity = app.server.app.get(IdentityService);
    const [an]: { id: string; personal_code: string }[] = await app.dataSource.query(
      "SELECT id, personal_code FROM person WHERE search_text = 'nguyen van an'",
    );
    const byCode = await identity.identify({ personalCode: an.personal_code.toLowerCase() }, [f.school], '10.0.0.1');
    expect(byCode).toMatchObject({ id: an.id, unitId: f.classA, fullName: 'Nguyễn Văn An' });
    expect(await identity.identify({ personId: an.id, birthYear: 2014 }, null, '10.0.0.1')).toMatchObject({
      id: an.id,
    });

    const refusal = async (claim: Parameters<IdentityService['identify']>[0], scope: string[] | null) =>
      identity.identify(claim, scope, '10.0.0.2').then(
        () => 'accepted',
        (error: { reason: string; message: string }) => `${error.reason}: ${error.message}`,
      );
    const wrongYear = await refusal({ personId: an.id, birthYear: 2013 }, null);
    expect(wrongYear).toMatch(/^IDENTITY_NOT_CONFIRMED/);
    // An unknown person, a wrong code, a unit outside the game: the very same answer.
    expect(await refusal({ personId: '00000000-0000-4000-8000-000000000000', birthYear: 2014 }, null)).toBe(wrongYear);
    expect(await refusal({ personalCode: 'AAAA-AAAA' }, null)).toBe(wrongYear);
    expect(await refusal({ personalCode: an.personal_code }, [f.tdp])).toBe(wrongYear);
  });

  it('limits identification attempts per address', async () => {
    const identity = app.server.app.get(IdentityService);
    const outcomes: string[] = [];
    for (let i = 0; i < 32; i += 1) {
      outcomes.push(
        await identity.identify({ personalCode: 'AAAA-AAAA' }, null, '10.0.0.9').then(
          () => 'accepted',
          (error: { reason: string }) => error.reason,
        ),
      );
    }
    expect(outcomes.slice(0, 30).every((o) => o === 'IDENTITY_NOT_CONFIRMED')).toBe(true);
    expect(outcomes.slice(30)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('does not limit confirmed identifications: a class on one school Wi-Fi all get in', async () => {
    const identity = app.server.app.get(IdentityService);
    const [an]: { personal_code: string }[] = await app.dataSource.query(
      "SELECT personal_code FROM person WHERE search_text = 'nguyen van an'",
    );
    for (let i = 0; i < 40; i += 1)
      expect((await identity.identify({ personalCode: an.personal_code }, null, '10.4.0.1')).fullName).toBe(
        'Nguyễn Văn An',
      );
  });

  it('audits role and activation changes of accounts', async () => {
    const create = await app.gql<{ createUser: { id: string } }>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username: 'canbo-tdp', displayName: 'Cán bộ TDP', password: 'mat-khau-dai-du', role: 'HOST' } },
      f.admin,
    );
    const id = create.data!.createUser.id;
    const update = await app.gql(
      'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
      { input: { id, role: 'UNIT_OFFICER', unitId: f.tdp, active: false } },
      f.admin,
    );
    expect(update.errors).toBeUndefined();
    const audits: { action: string; details: Record<string, unknown> }[] = await app.dataSource.query(
      'SELECT action, details FROM data_audit_event WHERE subject_id = $1 ORDER BY at, action DESC',
      [id],
    );
    expect(audits).toEqual([
      { action: 'ROLE_CHANGED', details: { from: null, to: 'HOST', unitId: null } },
      {
        action: 'ROLE_CHANGED',
        details: { from: 'HOST', to: 'UNIT_OFFICER', fromUnitId: null, toUnitId: f.tdp },
      },
      { action: 'ACTIVATION_CHANGED', details: { active: false } },
    ]);
  });

  it('limits failed birth years per person, whatever the address, but never locks out a personal code (last: it locks)', async () => {
    const identity = app.server.app.get(IdentityService);
    const [an]: { id: string; personal_code: string }[] = await app.dataSource.query(
      "SELECT id, personal_code FROM person WHERE search_text = 'nguyen van an'",
    );
    const attempt = (birthYear: number, address: string) =>
      identity.identify({ personId: an.id, birthYear }, null, address).then(
        () => 'accepted',
        (error: { reason: string }) => error.reason,
      );
    for (let i = 0; i < 100; i += 1) await attempt(1990 + (i % 20), `10.2.${Math.floor(i / 25)}.1`);
    // Even the right year, from a fresh address, waits now: birth years cannot be scanned across addresses.
    expect(await attempt(2014, '10.3.0.1')).toBe('RATE_LIMITED');
    // Their printed code still lets them in: someone guessing their birth year cannot keep them out.
    const byCode = await identity.identify({ personalCode: an.personal_code }, null, '10.3.0.2');
    expect(byCode.id).toBe(an.id);
  });
});
