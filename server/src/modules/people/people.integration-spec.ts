import { createTestApp, type TestApp } from '../../test-support/test-app.js';
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
});
