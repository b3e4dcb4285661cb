import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { peopleFixture, type PeopleFixture } from './people.test-fixture.js';

const IMPORT = `mutation($input: ImportRosterInput!) {
  importRoster(input: $input) { ok created updated unchanged errors { line column reason message } }
}`;
const HEADER = 'Họ và tên*,Ngày sinh,Năm sinh,Loại đối tượng,Lớp / Tổ / Bộ phận,Số điện thoại,Mã đơn vị';

interface ImportResult {
  ok: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errors: { line: number; column: string | null; reason: string }[];
}

const csv = (rows: string[]) => Buffer.from(`\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8').toString('base64');

describe('people: roster import', () => {
  let app: TestApp;
  let f: PeopleFixture;
  beforeAll(async () => {
    app = await createTestApp();
    f = await peopleFixture(app);
  });
  afterAll(() => app.close());

  const importRoster = async (unitId: string, contentBase64: string, dryRun = false, fileName = 'danh-sach.csv') => {
    const result = await app.gql<{ importRoster: ImportResult }>(
      IMPORT,
      { input: { unitId, fileName, contentBase64, dryRun } },
      f.admin,
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.importRoster;
  };
  const people = () => f.count('person', 'erased_at IS NULL', []);

  it('imports nothing from a file with bad rows and lists every error of every row', async () => {
    const result = await importRoster(
      f.school,
      csv([
        'Nguyễn Văn An,09/03/2014,,Học sinh,5A,,TH-A-5A', // good
        ',31/02/2014,,Học sinh,5A,,', // line 3: no name and an impossible date
        'Trần Thị Bình,,,Học sinh,5A,,', // line 4: no birth
        'Lê Văn Cường,,1850,Phi hành gia,,0123,', // line 5: year, kind and phone
        'Phạm Thị Dung,,2014,,5B,,TDP-01', // line 6: a unit outside the school
        'nguyen van an,09/03/2014,,Học sinh,5A,,TH-A-5B', // line 7: same person as line 2
      ]),
    );
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => [e.line, e.reason])).toEqual([
      [3, 'INVALID_BIRTH_DATE'],
      [3, 'MISSING_NAME'],
      [4, 'MISSING_BIRTH'],
      [5, 'UNKNOWN_POPULATION_KIND'],
      [5, 'IMPLAUSIBLE_BIRTH_YEAR'],
      [5, 'INVALID_PHONE'],
      [6, 'UNIT_NOT_IN_SUBTREE'],
      [7, 'DUPLICATE_IN_FILE'],
    ]);
    expect(result.errors.find((e) => e.line === 3 && e.reason === 'MISSING_NAME')!.column).toBe('Họ và tên*');
    expect(await people()).toBe(0);
  });

  it('checks in a dry run, imports into the classes, then a re-import updates instead of duplicating', async () => {
    const rows = [
      'Nguyễn Văn An,09/03/2014,,Học sinh,5A,0912345678,TH-A-5A',
      'Trần Thị Bình,,2014,,5A,,TH-A-5A',
      'Lê Văn Cường,,2014,hoc sinh,5B,,TH-A-5B',
      'Vũ Thị Hoa,,1985,Cán bộ - giáo viên - nhân viên,Tổ Toán,,',
    ];
    expect(await importRoster(f.school, csv(rows), true)).toEqual({
      ok: true,
      created: 4,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(await people()).toBe(0);
    expect(await importRoster(f.school, csv(rows))).toMatchObject({ ok: true, created: 4 });
    const [binh] = await app.dataSource.query(
      "SELECT p.*, u.code FROM person p JOIN unit u ON u.id = p.unit_id WHERE p.search_text = 'tran thi binh'",
    );
    expect([binh.code, binh.kind, binh.birth_year, binh.personal_code]).toEqual([
      'TH-A-5A',
      'STUDENTS',
      2014,
      expect.stringMatching(/^[A-Z0-9]{8}$/),
    ]);
    const [hoa] = await app.dataSource.query("SELECT kind, unit_id FROM person WHERE search_text = 'vu thi hoa'");
    expect(hoa).toEqual({ kind: 'SCHOOL_STAFF', unit_id: f.school });

    // Bình moves to 5B and gets her birth date; An is unchanged; a new pupil arrives.
    const again = await importRoster(
      f.school,
      csv([
        'Nguyễn Văn An,09/03/2014,,Học sinh,5A,0912 345 678,TH-A-5A',
        'Trần Thị Bình,21/11/2014,,,5B,,TH-A-5B',
        'Lê Văn Cường,,2014,hoc sinh,5B,,TH-A-5B',
        'Vũ Thị Hoa,,1985,Cán bộ - giáo viên - nhân viên,Tổ Toán,,',
        'Đỗ Minh Khang,,2014,,5B,,TH-A-5B',
      ]),
    );
    expect(again).toEqual({ ok: true, created: 1, updated: 1, unchanged: 3, errors: [] });
    expect(await people()).toBe(5);
    const [moved] = await app.dataSource.query(
      "SELECT unit_id, birth_date::text AS birth_date, personal_code FROM person WHERE search_text = 'tran thi binh'",
    );
    expect(moved).toEqual({ unit_id: f.classB, birth_date: '2014-11-21', personal_code: binh.personal_code });
    const audits: { details: Record<string, unknown> }[] = await app.dataSource.query(
      "SELECT details FROM data_audit_event WHERE action = 'ROSTER_IMPORTED' ORDER BY at",
    );
    expect(audits.map((a) => a.details)).toEqual([
      expect.objectContaining({ created: 4, updated: 0, unchanged: 0 }),
      expect.objectContaining({ created: 1, updated: 1, unchanged: 3 }),
    ]);
  });

  it('reads XLSX files with date cells, and refuses an officer importing into another unit', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['Họ và tên', 'Ngày sinh', 'Loại đối tượng', 'Lớp / Tổ / Bộ phận']);
    sheet.addRow(['Hoàng Văn Lâm', new Date(Date.UTC(1979, 4, 2)), 'Hộ gia đình', 'Nhà số 12']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const refused = await app.gql(
      IMPORT,
      { input: { unitId: f.tdp, fileName: 'ho.xlsx', contentBase64: content } },
      f.schoolOfficer,
    );
    expect(refused.errors?.[0].extensions?.reason).toBe('PERSON_OUT_OF_SCOPE');
    const result = await app.gql<{ importRoster: ImportResult }>(
      IMPORT,
      { input: { unitId: f.tdp, fileName: 'ho.xlsx', contentBase64: content } },
      f.tdpOfficer,
    );
    expect(result.data!.importRoster).toMatchObject({ ok: true, created: 1 });
    const [lam] = await app.dataSource.query('SELECT kind, birth_date::text AS d FROM person WHERE unit_id = $1', [
      f.tdp,
    ]);
    expect(lam).toEqual({ kind: 'HOUSEHOLDS', d: '1979-05-02' });
  });

  it('offers the template, which imports as it is', async () => {
    const response = await fetch(`${app.server.url}/api/people/roster-template.xlsx`, {
      headers: { authorization: `Bearer ${f.admin}` },
    });
    expect(response.status).toBe(200);
    const template = Buffer.from(await response.arrayBuffer()).toString('base64');
    const denied = await fetch(`${app.server.url}/api/people/roster-template.xlsx`);
    expect(denied.status).toBe(401);
    const result = await importRoster(f.ward, template, true, 'mau.xlsx');
    // The ward's subtree holds the school: An and Bình (listed with her date) are recognised, not added again.
    expect(result).toEqual({ ok: true, created: 1, updated: 2, unchanged: 0, errors: [] });
  });
});
