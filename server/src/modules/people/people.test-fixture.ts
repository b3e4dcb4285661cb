import type { TestApp } from '../../test-support/test-app.js';

export const PERSON_FIELDS =
  'id unitId unit { id name } kind fullName birthDate birthYear subUnit phoneMasked personalCode erased';

/** A ward with a school (two classes) and a TDP, their officers, a host and a live game in its lobby. */
export interface PeopleFixture {
  admin: string;
  schoolOfficer: string;
  tdpOfficer: string;
  host: string;
  ward: string;
  school: string;
  classA: string;
  classB: string;
  tdp: string;
  pin: string;
  gameId: string;
  count(table: string, where: string, params: unknown[]): Promise<number>;
}

export async function peopleFixture(app: TestApp): Promise<PeopleFixture> {
  const unit = async (code: string, kind: string, parentId: string | null, populationKind = 'STUDENTS') => {
    const [row]: { id: string }[] = await app.dataSource.query(
      `INSERT INTO unit (code, name, search_text, kind, parent_id, population_kind)
       VALUES ($1::varchar, $1::varchar, lower($1::varchar), $2, $3, $4) RETURNING id`,
      [code, kind, parentId, populationKind],
    );
    return row.id;
  };
  const ward = await unit('PHUONG', 'WARD', null, 'RESIDENTS');
  const school = await unit('TH-A', 'SCHOOL', ward);
  const classA = await unit('TH-A-5A', 'CLASS', school);
  const classB = await unit('TH-A-5B', 'CLASS', school);
  const tdp = await unit('TDP-01', 'NEIGHBORHOOD_GROUP', ward, 'RESIDENTS');
  const pin = '482913';
  const [game]: { id: string }[] = await app.dataSource.query(
    `INSERT INTO live_game (pin, title, settings, status, phase, question_count)
     VALUES ($1, 'Rung chuông vàng', '{}', 'LOBBY', 'LOBBY', 0) RETURNING id`,
    [pin],
  );
  return {
    admin: await app.tokenFor('ADMIN'),
    schoolOfficer: await app.tokenFor('UNIT_OFFICER', school),
    tdpOfficer: await app.tokenFor('UNIT_OFFICER', tdp),
    host: await app.tokenFor('HOST'),
    ward,
    school,
    classA,
    classB,
    tdp,
    pin,
    gameId: game.id,
    count: async (table, where, params) => {
      const rows: { n: number }[] = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`,
        params,
      );
      return rows[0].n;
    },
  };
}
