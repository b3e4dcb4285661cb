import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const IMPORT = `mutation($input: ImportUnitsInput!) {
  importUnits(input: $input) { ok created updated errors { line column reason message } }
}`;
const UNITS =
  'query($filter: UnitsFilterInput) { units(filter: $filter) { id code name kind parentId eligiblePopulation populationKind } }';

const HEADER = 'Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên,Số người thuộc diện,Loại đối tượng';
const GOOD_ROWS = [
  'PHUONG-HA,Phường Hải An,Phường,,8000,Cư dân',
  'KHOI-TRUONG,Khối trường học,Khối,PHUONG-HA,0,Thành viên',
  'THCS-HA,Trường THCS Hải An,Trường,KHOI-TRUONG,640,Học sinh',
  'THCS-HA-6A,Lớp 6A,Lớp,THCS-HA,38,Học sinh',
  'TDP-01,Tổ dân phố số 1,Tổ dân phố,PHUONG-HA,"1,200",Cư dân',
];

function csv(rows: string[]): string {
  return Buffer.from(`\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8').toString('base64');
}

describe('units and roster import', () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.tokenFor('ADMIN');
  });
  afterAll(() => app.close());

  const importFile = (fileName: string, contentBase64: string, dryRun = false) =>
    app.gql<{
      importUnits: {
        ok: boolean;
        created: number;
        updated: number;
        errors: { line: number; column: string; reason: string }[];
      };
    }>(IMPORT, { input: { fileName, contentBase64, dryRun } }, admin);
  const countUnits = async () => Number((await app.dataSource.query('SELECT count(*)::int AS n FROM unit'))[0].n);

  it('refuses a roster with three bad rows, imports nothing and reports each row with its line', async () => {
    const rows = [
      ...GOOD_ROWS,
      'TDP-02,,Tổ dân phố,PHUONG-HA,300,Cư dân', // line 7: no name
      'TDP-03,Tổ dân phố số 3,Tổ dân phố,KHONG-CO,300,Cư dân', // line 8: unknown parent
      'LOP-X,Lớp X,Lớp,PHUONG-HA,-5,Học sinh', // line 9: negative population (and a class under the ward)
    ];
    const result = (await importFile('roster.csv', csv(rows))).data!.importUnits;
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => [e.line, e.reason])).toEqual([
      [7, 'MISSING_NAME'],
      [8, 'UNKNOWN_PARENT'],
      [9, 'INVALID_POPULATION'],
    ]);
    expect(result.errors[0].column).toBe('Tên đơn vị');
    expect(await countUnits()).toBe(0);
  });

  it('checks a good roster in a dry run without saving, then imports it with NFC names', async () => {
    const dry = (await importFile('roster.csv', csv(GOOD_ROWS), true)).data!.importUnits;
    expect(dry).toEqual({ ok: true, created: 5, updated: 0, errors: [] });
    expect(await countUnits()).toBe(0);

    // A decomposed "Hải" (as some phones type it) is stored composed.
    const decomposed = GOOD_ROWS.map((r) => r.normalize('NFD'));
    expect((await importFile('roster.csv', csv(decomposed))).data!.importUnits).toMatchObject({ ok: true, created: 5 });
    const units = (
      await app.gql<{
        units: { id: string; code: string; name: string; eligiblePopulation: number; parentId: string | null }[];
      }>(UNITS, {}, admin)
    ).data!.units;
    const byCode = new Map(units.map((u) => [u.code, u]));
    expect(byCode.get('PHUONG-HA')!.name).toBe('Phường Hải An'.normalize('NFC'));
    expect(byCode.get('TDP-01')!.eligiblePopulation).toBe(1200);
    expect(byCode.get('THCS-HA-6A')!.parentId).toBe(byCode.get('THCS-HA')!.id);
  });

  it('imports an XLSX roster; rows with a known code update that unit', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Đơn vị');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['THCS-HA', 'Trường THCS Hải An', 'Trường', 'KHOI-TRUONG', 650, 'Học sinh']);
    sheet.addRow(['THCS-HA-7B', 'Lớp 7B', 'Lớp', 'THCS-HA', 40, '']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const result = (await importFile('roster.xlsx', content)).data!.importUnits;
    expect(result).toEqual({ ok: true, created: 1, updated: 1, errors: [] });
    const [school] = await app.dataSource.query(
      "SELECT p.declared FROM unit_population p JOIN unit u ON u.id = p.unit_id WHERE u.code = 'THCS-HA' AND p.kind = 'STUDENTS'",
    );
    expect(school.declared).toBe(650);
  });

  it('finds units by name or code without diacritics', async () => {
    const found = (await app.gql<{ units: { code: string }[] }>(UNITS, { filter: { search: 'to dan pho 1' } }, admin))
      .data!.units;
    expect(found.map((u) => u.code)).toEqual(['TDP-01']);
    const byTruong = (
      await app.gql<{ units: { code: string }[] }>(UNITS, { filter: { search: 'truong hai an' } }, admin)
    ).data!.units;
    expect(byTruong.map((u) => u.code)).toEqual(['THCS-HA']);
  });

  it('refuses an unauthenticated mutation with a clear error and changes nothing', async () => {
    const before = await countUnits();
    const result = await app.gql(
      'mutation { createUnit(input: { code: "X", name: "X", kind: SCHOOL, eligiblePopulation: 1, populationKind: STUDENTS }) { id } }',
    );
    expect(result.errors?.[0]).toMatchObject({
      message: 'Sign in to continue',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(await countUnits()).toBe(before);
  });

  it('keeps a unit officer inside their own unit', async () => {
    const [tdp]: { id: string }[] = await app.dataSource.query("SELECT id FROM unit WHERE code = 'TDP-01'");
    const [school]: { id: string }[] = await app.dataSource.query("SELECT id FROM unit WHERE code = 'THCS-HA'");
    const officer = await app.tokenFor('UNIT_OFFICER', tdp.id);

    const other = await app.gql(`query($id: ID!) { unit(id: $id) { name } }`, { id: school.id }, officer);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'UNIT_OUT_OF_SCOPE' });

    const visible = (await app.gql<{ units: { code: string }[] }>(UNITS, {}, officer)).data!.units.map((u) => u.code);
    expect(visible.sort()).toEqual(['PHUONG-HA', 'TDP-01']);

    const edit = await app.gql(
      `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id } }`,
      {
        input: { id: tdp.id, eligiblePopulation: 10 },
      },
      officer,
    );
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    const [after] = await app.dataSource.query(
      "SELECT p.declared FROM unit_population p JOIN unit u ON u.id = p.unit_id WHERE u.code = 'TDP-01'",
    );
    expect(after.declared).toBe(1200);
  });

  it('refuses to delete a unit an account is bound to', async () => {
    const [tdp]: { id: string }[] = await app.dataSource.query("SELECT id FROM unit WHERE code = 'TDP-01'");
    await app.tokenFor('UNIT_OFFICER', tdp.id);
    const remove = await app.gql('mutation($id: ID!) { deleteUnit(id: $id) }', { id: tdp.id }, admin);
    expect(remove.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'UNIT_IN_USE' });
    const [still] = await app.dataSource.query("SELECT count(*)::int AS n FROM unit WHERE code = 'TDP-01'");
    expect(still.n).toBe(1);
  });

  it('validates input: bad codes, wrong parents and deleting a unit with children are refused', async () => {
    const [ward] = await app.dataSource.query("SELECT id FROM unit WHERE code = 'PHUONG-HA'");
    const create = (input: Record<string, unknown>) =>
      app.gql('mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }', { input }, admin);
    const badCode = await create({
      code: 'có dấu',
      name: 'X',
      kind: 'SCHOOL',
      eligiblePopulation: 1,
      populationKind: 'STUDENTS',
      parentId: ward.id,
    });
    expect(badCode.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    const classUnderWard = await create({
      code: 'LOP-Z',
      name: 'Lớp Z',
      kind: 'CLASS',
      eligiblePopulation: 1,
      populationKind: 'STUDENTS',
      parentId: ward.id,
    });
    expect(classUnderWard.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PARENT' });
    const remove = await app.gql('mutation($id: ID!) { deleteUnit(id: $id) }', { id: ward.id }, admin);
    expect(remove.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'UNIT_HAS_CHILDREN' });
  });

  it('declares several populations of a unit, each change audited; the import reads the new kind labels', async () => {
    const [school]: { id: string }[] = await app.dataSource.query("SELECT id FROM unit WHERE code = 'THCS-HA'");
    const update = await app.gql<{ updateUnit: { populations: { kind: string; size: number; source: string }[] } }>(
      `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { populations { kind size source } } }`,
      {
        input: {
          id: school.id,
          populations: [
            { kind: 'SCHOOL_STAFF', declared: 45 },
            { kind: 'PARTY_MEMBERS', declared: 12 },
          ],
        },
      },
      admin,
    );
    expect(update.data!.updateUnit.populations).toEqual([
      { kind: 'STUDENTS', size: 650, source: 'DECLARED' },
      { kind: 'SCHOOL_STAFF', size: 45, source: 'DECLARED' },
      { kind: 'PARTY_MEMBERS', size: 12, source: 'DECLARED' },
    ]);
    const audits: { details: { kind: string; from: number; to: number }; actor_id: string | null }[] =
      await app.dataSource.query(
        "SELECT details, actor_id FROM data_audit_event WHERE action = 'POPULATION_CHANGED' AND subject_id = $1 ORDER BY at",
        [school.id],
      );
    expect(audits.slice(-2).map((a) => a.details)).toEqual([
      { kind: 'SCHOOL_STAFF', from: 0, to: 45 },
      { kind: 'PARTY_MEMBERS', from: 0, to: 12 },
    ]);
    expect(audits.at(-1)!.actor_id).not.toBeNull();

    const result = (await importFile('roster.csv', csv(['THCS-HA-8C,Lớp 8C,Lớp,THCS-HA,35,Đảng viên']))).data!
      .importUnits;
    expect(result).toMatchObject({ ok: true, created: 1 });
    const [created] = await app.dataSource.query("SELECT population_kind FROM unit WHERE code = 'THCS-HA-8C'");
    expect(created.population_kind).toBe('PARTY_MEMBERS');
  });
});
