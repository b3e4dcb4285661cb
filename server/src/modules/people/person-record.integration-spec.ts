import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { peopleFixture, type PeopleFixture } from './people.test-fixture.js';

const CREATE = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }';
const RECORD = `query($id: ID!) { personRecord(id: $id) {
  person { fullName }
  games { gameId title score rank players answered }
  contests { title attempts bestScore maxScore disqualified }
} }`;

describe('people: a person’s record', () => {
  let app: TestApp;
  let f: PeopleFixture;
  let an: string;
  beforeAll(async () => {
    app = await createTestApp();
    f = await peopleFixture(app);
    const person = async (fullName: string) =>
      (
        await app.gql<{ createPerson: { id: string } }>(
          CREATE,
          { input: { unitId: f.classA, kind: 'STUDENTS', fullName, birthYear: 2014, subUnit: '5A' } },
          f.admin,
        )
      ).data!.createPerson.id;
    an = await person('Nguyễn Văn An');
    const binh = await person('Trần Thị Bình');
    const player = async (personId: string | null, name: string, score: number, removed = false) => {
      const [row]: { id: string }[] = await app.dataSource.query(
        `INSERT INTO live_player (game_id, name, unit_id, person_id, resume_token_hash, joined_at, score, removed_at)
         VALUES ($1, $2::varchar, $3, $4, md5($2::varchar) || md5($2::varchar), now(), $5, $6) RETURNING id`,
        [f.gameId, name, f.classA, personId, score, removed ? new Date() : null],
      );
      return row.id;
    };
    const anPlayer = await player(an, 'An', 1200);
    await player(binh, 'Bình', 1500);
    await player(null, 'Khách', 900);
    await player(null, 'Bị loại', 5000, true);
    await app.dataSource.query(
      `INSERT INTO live_answer (player_id, question_index, game_id, response, received_at, elapsed_ms, credit, points)
       VALUES ($1, 0, $2, '{}', now(), 1000, 1, 600), ($1, 1, $2, '{}', now(), 1000, 1, 600)`,
      [anPlayer, f.gameId],
    );
    const [contest]: { id: string }[] = await app.dataSource.query(
      `INSERT INTO contest (title, slug, status, draw_rules, questions_per_attempt, time_limit_seconds, attempts_per_round,
                            counting_attempt, prediction_kind, ranking_chain, unit_prize)
       VALUES ('Tìm hiểu pháp luật', 'tim-hieu-' || md5(random()::text), 'OPEN', '[]', 10, 600, 2, 'BEST', 'NONE', '[]', '{}') RETURNING id`,
    );
    const [round]: { id: string }[] = await app.dataSource.query(
      `INSERT INTO contest_round (contest_id, name, starts_at, ends_at) VALUES ($1, 'Tuần 1', now(), now() + interval '7 days')
       RETURNING id`,
      [contest.id],
    );
    const [entrant]: { id: string }[] = await app.dataSource.query(
      `INSERT INTO entrant (contest_id, full_name, birth_year, unit_id, person_id, token_hash, consent_at)
       VALUES ($1, 'Nguyễn Văn An', 2014, $2, $3, repeat('e', 64), now()) RETURNING id`,
      [contest.id, f.classA, an],
    );
    for (const [score, submitted] of [
      [70, true],
      [90, true],
      [null, false],
    ] as const) {
      await app.dataSource.query(
        `INSERT INTO attempt (entrant_id, round_id, questions, question_count, started_at, deadline_at, submitted_at,
                              score, max_score, device_token_hash)
         VALUES ($1, $2, '[]', 10, now(), now() + interval '10 minutes', $3, $4, 100, md5(random()::text) || md5(random()::text))`,
        [entrant.id, round.id, submitted ? new Date() : null, score],
      );
    }
  });
  afterAll(() => app.close());

  it('gives an officer of the unit the person’s games (rank among non-removed players) and contests', async () => {
    const result = await app.gql<{ personRecord: Record<string, unknown> }>(RECORD, { id: an }, f.schoolOfficer);
    expect(result.errors).toBeUndefined();
    expect(result.data!.personRecord).toEqual({
      person: { fullName: 'Nguyễn Văn An' },
      games: [{ gameId: f.gameId, title: 'Rung chuông vàng', score: 1200, rank: 2, players: 3, answered: 2 }],
      contests: [{ title: 'Tìm hiểu pháp luật', attempts: 2, bestScore: 90, maxScore: 100, disqualified: false }],
    });
  });

  it('refuses the officer of another unit and a host', async () => {
    const other = await app.gql(RECORD, { id: an }, f.tdpOfficer);
    expect(other.errors?.[0].extensions?.reason).toBe('PERSON_OUT_OF_SCOPE');
    const host = await app.gql(RECORD, { id: an }, f.host);
    expect(host.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('exports the per-person results of a roster', async () => {
    const url = `${app.server.url}/api/people/units/${f.school}/results.xlsx`;
    const denied = await fetch(url, { headers: { authorization: `Bearer ${f.tdpOfficer}` } });
    expect(denied.status).toBe(403);
    const response = await fetch(url, { headers: { authorization: `Bearer ${f.schoolOfficer}` } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0].slice(1, 3)).toEqual(['STT', 'Họ và tên']);
    const byName = new Map(rows.slice(1).map((r) => [r[2], r]));
    expect(byName.get('Nguyễn Văn An')!.slice(6, 13)).toEqual([1, 2, 1200, 2, 1, 2, 90]);
    expect(byName.get('Trần Thị Bình')!.slice(6, 10)).toEqual([1, 0, 1500, 1]);
  });
});
