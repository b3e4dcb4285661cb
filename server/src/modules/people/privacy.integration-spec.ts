import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { peopleFixture, type PeopleFixture } from './people.test-fixture.js';

const CREATE = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id phoneMasked } }';
const REVEAL = 'mutation($id: ID!) { revealPersonPhone(id: $id) }';
const EXPORT = 'query($id: ID!) { personDataExport(id: $id) }';
const ERASE = 'mutation($id: ID!, $reason: String!) { erasePerson(id: $id, reason: $reason) }';
const PURGE = 'mutation($dryRun: Boolean!) { purgeExpiredPersonalData(dryRun: $dryRun) { people entrants players } }';
const AUDIT = `query($filter: DataAuditFilterInput!) {
  dataAudit(filter: $filter) { action subjectId unitId actorName details }
}`;

describe('people: personal data', () => {
  let app: TestApp;
  let f: PeopleFixture;
  let personId: string;
  let contestId: string;
  beforeAll(async () => {
    app = await createTestApp();
    f = await peopleFixture(app);
    const created = await app.gql<{ createPerson: { id: string } }>(
      CREATE,
      { input: { unitId: f.tdp, kind: 'RESIDENTS', fullName: 'Phạm Văn Dũng', birthYear: 1975, phone: '0912345678' } },
      f.admin,
    );
    personId = created.data!.createPerson.id;
    const [contest]: { id: string }[] = await app.dataSource.query(
      `INSERT INTO contest (title, slug, status, draw_rules, questions_per_attempt, time_limit_seconds, attempts_per_round,
                            counting_attempt, prediction_kind, ranking_chain, unit_prize)
       VALUES ('Tìm hiểu pháp luật', 'tim-hieu-' || md5(random()::text), 'OPEN', '[]', 10, 600, 1, 'BEST', 'NONE', '[]', '{}') RETURNING id`,
    );
    contestId = contest.id;
    await app.dataSource.query(
      `INSERT INTO entrant (contest_id, full_name, birth_year, unit_id, person_id, phone_hash, phone_masked, token_hash, consent_at)
       VALUES ($1, 'Phạm Văn Dũng', 1975, $2, $3, repeat('a', 64), '09•••••678', repeat('b', 64), now())`,
      [contestId, f.tdp, personId],
    );
    await app.dataSource.query(
      `INSERT INTO live_player (game_id, name, unit_id, person_id, resume_token_hash, joined_at)
       VALUES ($1, 'Dũng', $2, $3, repeat('c', 64), now())`,
      [f.gameId, f.tdp, personId],
    );
  });
  afterAll(() => app.close());

  it('keeps the phone encrypted at rest and reveals it only to an admin, with an audit event', async () => {
    const [row] = await app.dataSource.query('SELECT * FROM person WHERE id = $1', [personId]);
    expect(JSON.stringify(row)).not.toContain('0912345678');
    expect(row.phone_ciphertext).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(row.phone_masked).toBe('09•••••678');

    const officer = await app.gql(REVEAL, { id: personId }, f.tdpOfficer);
    expect(officer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await f.count('data_audit_event', "action = 'PHONE_REVEALED'", [])).toBe(0);

    const revealed = await app.gql<{ revealPersonPhone: string }>(REVEAL, { id: personId }, f.admin);
    expect(revealed.data!.revealPersonPhone).toBe('0912345678');
    const audit = await app.gql<{ dataAudit: { action: string; actorName: string; details: string }[] }>(
      AUDIT,
      { filter: { subjectId: personId } },
      f.admin,
    );
    expect(audit.data!.dataAudit[0]).toMatchObject({ action: 'PHONE_REVEALED', actorName: expect.any(String) });
    expect(audit.data!.dataAudit.map((e) => e.details).join()).not.toContain('0912345678');
  });

  it('shows a unit officer the audit of their own unit only', async () => {
    const own = await app.gql<{ dataAudit: { unitId: string }[] }>(AUDIT, { filter: {} }, f.tdpOfficer);
    expect(own.data!.dataAudit.length).toBeGreaterThan(0);
    expect(new Set(own.data!.dataAudit.map((e) => e.unitId))).toEqual(new Set([f.tdp]));
    const other = await app.gql(AUDIT, { filter: { unitId: f.tdp } }, f.schoolOfficer);
    expect(other.errors?.[0].extensions?.reason).toBe('PERSON_OUT_OF_SCOPE');
  });

  it('exports everything kept about the person, with the phone but no ciphertext, audited', async () => {
    const result = await app.gql<{ personDataExport: string }>(EXPORT, { id: personId }, f.admin);
    const data = JSON.parse(result.data!.personDataExport) as {
      person: Record<string, unknown>;
      livePlayers: { name: string }[];
      entrants: { contest_title: string }[];
    };
    expect(data.person).toMatchObject({ full_name: 'Phạm Văn Dũng', phone: '0912345678', birth_year: 1975 });
    expect(data.person).not.toHaveProperty('phone_ciphertext');
    expect(data.livePlayers.map((p) => p.name)).toEqual(['Dũng']);
    expect(data.entrants.map((e) => e.contest_title)).toEqual(['Tìm hiểu pháp luật']);
    expect(await f.count('data_audit_event', "action = 'PERSON_DATA_EXPORTED' AND subject_id = $1", [personId])).toBe(
      1,
    );
  });

  it('purges nothing recent; a dry run of an old roster counts without erasing', async () => {
    expect((await app.gql(PURGE, { dryRun: true }, f.admin)).data).toEqual({
      purgeExpiredPersonalData: { people: 0, entrants: 0, players: 0 },
    });
    const old = await app.gql<{ createPerson: { id: string } }>(
      CREATE,
      { input: { unitId: f.tdp, kind: 'RESIDENTS', fullName: 'Ngô Thị Mai', birthYear: 1950 } },
      f.admin,
    );
    const oldId = old.data!.createPerson.id;
    await app.dataSource.query("UPDATE person SET updated_at = now() - interval '25 months' WHERE id = $1", [oldId]);
    expect((await app.gql(PURGE, { dryRun: true }, f.admin)).data).toEqual({
      purgeExpiredPersonalData: { people: 1, entrants: 0, players: 0 },
    });
    expect(await f.count('person', 'erased_at IS NULL AND id = $1', [oldId])).toBe(1);
    expect((await app.gql(PURGE, { dryRun: false }, f.admin)).data).toEqual({
      purgeExpiredPersonalData: { people: 1, entrants: 0, players: 0 },
    });
    const [erased] = await app.dataSource.query('SELECT full_name, birth_year, erased_at FROM person WHERE id = $1', [
      oldId,
    ]);
    expect(erased).toMatchObject({ full_name: '', birth_year: null, erased_at: expect.any(Date) });
    expect(await f.count('data_audit_event', "action = 'PERSONAL_DATA_PURGED'", [])).toBe(1);
  });

  it('keeps the retention setting (24 months by default), admin only', async () => {
    const read = await app.gql('query { privacySettings { retentionMonths } }', {}, f.admin);
    expect(read.data).toEqual({ privacySettings: { retentionMonths: 24 } });
    const save = 'mutation($input: PrivacySettingsInput!) { savePrivacySettings(input: $input) { retentionMonths } }';
    expect((await app.gql(save, { input: { retentionMonths: 36 } }, f.tdpOfficer)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await app.gql(save, { input: { retentionMonths: 36 } }, f.admin)).data).toEqual({
      savePrivacySettings: { retentionMonths: 36 },
    });
  });

  it('erases a person: a tombstone, their player renamed and their entry cleared, audited', async () => {
    expect((await app.gql(ERASE, { id: personId, reason: 'yêu cầu của chủ thể dữ liệu' }, f.admin)).data).toEqual({
      erasePerson: true,
    });
    const [person] = await app.dataSource.query('SELECT * FROM person WHERE id = $1', [personId]);
    expect(person).toMatchObject({
      full_name: '',
      search_text: '',
      birth_date: null,
      birth_year: null,
      phone_ciphertext: null,
      phone_hash: null,
      personal_code: null,
      erased_at: expect.any(Date),
    });
    const [player] = await app.dataSource.query('SELECT name FROM live_player WHERE person_id = $1', [personId]);
    expect(player.name).toBe('Đã xóa');
    const [entrant] = await app.dataSource.query(
      'SELECT full_name, phone_hash, phone_masked FROM entrant WHERE person_id = $1',
      [personId],
    );
    expect(entrant).toEqual({ full_name: '', phone_hash: null, phone_masked: null });
    const [audit] = await app.dataSource.query(
      "SELECT details FROM data_audit_event WHERE action = 'PERSON_ERASED' AND subject_id = $1",
      [personId],
    );
    expect(audit.details).toMatchObject({ players: 1, entrants: 1 });
    // The roster no longer counts or offers them.
    expect(await f.count('person', 'unit_id = $1 AND erased_at IS NULL', [f.tdp])).toBe(0);
  });
});
