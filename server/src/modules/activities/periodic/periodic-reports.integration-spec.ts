import { Role } from '@thidua/shared';
import JSZip from 'jszip';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../../test-support/test-app.js';
import { createNeighbourhoodGroups } from '../../campaigns/sheets/testing/sheet-scenario.js';
import { docxToText, hasSoffice } from '../../commendation/documents/testing/docx-to-text.js';
import { Person } from '../../people/entities/person.entity.js';
import { Activity, ActivityAttendee, ActivityPlan } from '../entities/index.js';
import { WardReport } from '../entities/ward-report.entity.js';

const FIGURES = `figures { forms { form activityCount attendeeCount quantity } total { activityCount attendeeCount quantity }
  attendance { kind kindName attendees population rate } falseInformationFound falseInformationHandled
  difficultiesRaised difficultiesAnswered campaignPeriodsPublished campaignSheetsPublished contestCount
  contestEntrants contestUnits }`;
const REPORT = `id planId planTitle kind fromDate toDate documentNumber sections { key text suggestion } ${FIGURES}`;
const CREATE = `mutation($input: CreatePeriodicReportInput!) { createPeriodicReport(input: $input) { ${REPORT} } }`;
const SAVE = `mutation($input: SavePeriodicReportInput!) { savePeriodicReport(input: $input) { ${REPORT} } }`;
const ONE = `query($id: ID!) { periodicReport(id: $id) { ${REPORT} } }`;
const LIST = `query($planId: ID!) { periodicReports(planId: $planId) { id kind fromDate toDate } }`;

interface Figures {
  forms: { form: string; activityCount: number; attendeeCount: number; quantity: number }[];
  total: { activityCount: number; attendeeCount: number; quantity: number };
  attendance: { kind: string; kindName: string; attendees: number; population: number; rate: number }[];
  falseInformationFound: number;
  falseInformationHandled: number;
  difficultiesRaised: number;
  difficultiesAnswered: number;
  contestCount: number;
  campaignPeriodsPublished: number;
}
interface Report {
  id: string;
  planId: string;
  kind: string;
  fromDate: string;
  toDate: string;
  documentNumber: string;
  sections: { key: string; text: string; suggestion: string }[];
  figures: Figures;
}

/**
 * The báo cáo sơ kết / tổng kết through the real GraphQL API and PostgreSQL: the figures
 * equal sums taken straight from the inserted rows, bad dates are refused naming the field
 * with nothing saved, a unit officer is refused, and the DOCX carries the figures and the text.
 */
describe('periodic reports', () => {
  let app: TestApp;
  let admin: string;
  let reviewer: string;
  let officer: string;
  let planId: string;

  const must = <T>(r: GraphqlResponse<T>): T => {
    if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const counts = async () =>
    (
      await app.dataSource.query(
        `SELECT (SELECT count(*)::int FROM periodic_report) AS reports,
                (SELECT count(*)::int FROM activity_event WHERE subject_kind = 'PERIODIC_REPORT') AS events`,
      )
    )[0] as { reports: number; events: number };
  const download = (id: string, token: string) =>
    fetch(`${app.server.url}/api/periodic-reports/${id}.docx`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  beforeAll(async () => {
    app = await createTestApp();
    const units = await createNeighbourhoodGroups(app, ['PR1', 'PR2']);
    const plans = app.dataSource.getRepository(ActivityPlan);
    planId = (
      await plans.save(
        plans.create({
          title: 'Tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV',
          documentNumber: '45/KH-UBND',
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
        }),
      )
    ).id;
    const people = app.dataSource.getRepository(Person);
    const person = (unitId: string, name: string) =>
      people.save(
        people.create({
          unitId,
          kind: 'PARTY_MEMBERS',
          fullName: name,
          searchText: name,
          birthYear: 1970,
          identityKey: `${name}|1970`,
        }),
      );
    const p = [
      await person(units.PR1, 'an'),
      await person(units.PR1, 'binh'),
      await person(units.PR2, 'chi'),
      await person(units.PR2, 'dung'),
      await person(units.PR2, 'em'),
    ];
    const repo = app.dataSource.getRepository(Activity);
    const add = async (unitId: string, over: Partial<Activity>, attendees: Person[] = []) => {
      const a = await repo.save(
        repo.create({
          planId,
          unitId,
          form: 'ORAL',
          kind: 'PARTY_CELL_MEETING',
          status: 'SUBMITTED',
          occurredOn: '2026-03-10',
          attendeeCount: 30,
          ...over,
        }),
      );
      for (const x of attendees)
        await app.dataSource.getRepository(ActivityAttendee).save({ activityId: a.id, personId: x.id });
    };
    await add(units.PR1, {}, [p[0], p[1]]);
    await add(units.PR2, { occurredOn: '2026-06-30', attendeeCount: 45 }, [p[0], p[2]]);
    await add(units.PR1, { form: 'CYBERSPACE', kind: 'ZALO', quantity: 7, attendeeCount: null });
    await add(units.PR2, { form: 'MASS_MEDIA', kind: 'PORTAL', quantity: 3, attendeeCount: null });
    await add(units.PR2, { form: 'VISUAL', kind: 'BANNER', quantity: 12, attendeeCount: null });
    // Not counted: a draft, a correction asked, a date outside the report's range.
    await add(units.PR1, { status: 'DRAFT', attendeeCount: 500 }, [p[3]]);
    await add(units.PR1, { status: 'CORRECTION_REQUESTED', attendeeCount: 400 });
    await add(units.PR2, { occurredOn: '2026-07-01', attendeeCount: 300 }, [p[4]]);
    const reports = app.dataSource.getRepository(WardReport);
    const report = (kind: 'FALSE_INFORMATION' | 'DIFFICULTY', status: string, reportedOn = '2026-04-01') =>
      reports.save(
        reports.create({
          planId,
          unitId: units.PR1,
          kind,
          title: 'Báo cáo',
          body: 'Nội dung',
          foundWhere: kind === 'FALSE_INFORMATION' ? 'Zalo' : '',
          reportedOn,
          actionTaken: '',
          status: status as WardReport['status'],
        }),
      );
    await report('FALSE_INFORMATION', 'RESOLVED');
    await report('FALSE_INFORMATION', 'RESOLVED');
    await report('FALSE_INFORMATION', 'SENT');
    await report('DIFFICULTY', 'ANSWERED');
    await report('DIFFICULTY', 'IN_PROGRESS');
    await report('DIFFICULTY', 'ANSWERED', '2026-08-01');
    admin = await app.tokenFor(Role.ADMIN);
    reviewer = await app.tokenFor(Role.REVIEWER);
    officer = await app.tokenFor(Role.UNIT_OFFICER, units.PR1);
  });
  afterAll(() => app?.close());

  let reportId: string;

  it('computes the figures as sums straight from the rows', async () => {
    const created = must(
      await app.gql<{ createPeriodicReport: Report }>(
        CREATE,
        { input: { planId, kind: 'INTERIM', fromDate: '2026-03-01', toDate: '2026-06-30' } },
        reviewer,
      ),
    ).createPeriodicReport;
    reportId = created.id;
    const expected: { form: string; n: number; attendees: number; quantity: number }[] = await app.dataSource.query(
      `SELECT form, count(*)::int AS n, coalesce(sum(attendee_count), 0)::int AS attendees,
              coalesce(sum(quantity), 0)::int AS quantity
         FROM activity WHERE plan_id = $1 AND status = 'SUBMITTED' AND occurred_on BETWEEN '2026-03-01' AND '2026-06-30'
        GROUP BY form`,
      [planId],
    );
    const f = created.figures;
    expect(f.forms.map((r) => r.form)).toEqual(['MASS_MEDIA', 'CYBERSPACE', 'ORAL', 'VISUAL', 'CULTURAL', 'EMULATION']);
    for (const r of f.forms) {
      const e = expected.find((x) => x.form === r.form);
      expect([r.activityCount, r.attendeeCount, r.quantity]).toEqual([e?.n ?? 0, e?.attendees ?? 0, e?.quantity ?? 0]);
    }
    expect(f.total).toEqual({
      activityCount: expected.reduce((s, e) => s + e.n, 0),
      attendeeCount: expected.reduce((s, e) => s + e.attendees, 0),
      quantity: expected.reduce((s, e) => s + e.quantity, 0),
    });
    expect(f.total).toEqual({ activityCount: 5, attendeeCount: 75, quantity: 22 });
    const [distinct]: { present: number; population: number }[] = await app.dataSource.query(
      `SELECT (SELECT count(DISTINCT aa.person_id)::int FROM activity_attendee aa JOIN activity a ON a.id = aa.activity_id
                 JOIN person p ON p.id = aa.person_id
                WHERE a.plan_id = $1 AND a.status = 'SUBMITTED' AND p.kind = 'PARTY_MEMBERS'
                  AND a.occurred_on BETWEEN '2026-03-01' AND '2026-06-30') AS present,
              (SELECT count(*)::int FROM person WHERE kind = 'PARTY_MEMBERS' AND erased_at IS NULL) AS population`,
      [planId],
    );
    const party = f.attendance.find((a) => a.kind === 'PARTY_MEMBERS');
    expect(party).toMatchObject({ attendees: distinct.present, population: distinct.population });
    expect(party?.rate).toBeCloseTo(distinct.present / distinct.population, 6);
    expect([distinct.present, distinct.population]).toEqual([3, 5]);
    const [reports]: {
      found: number;
      handled: number;
      raised: number;
      answered: number;
    }[] = await app.dataSource.query(
      `SELECT count(*) FILTER (WHERE kind = 'FALSE_INFORMATION')::int AS found,
              count(*) FILTER (WHERE kind = 'FALSE_INFORMATION' AND status = 'RESOLVED')::int AS handled,
              count(*) FILTER (WHERE kind = 'DIFFICULTY')::int AS raised,
              count(*) FILTER (WHERE kind = 'DIFFICULTY' AND status = 'ANSWERED')::int AS answered
         FROM ward_report WHERE plan_id = $1 AND reported_on BETWEEN '2026-03-01' AND '2026-06-30'`,
      [planId],
    );
    expect([f.falseInformationFound, f.falseInformationHandled, f.difficultiesRaised, f.difficultiesAnswered]).toEqual([
      reports.found,
      reports.handled,
      reports.raised,
      reports.answered,
    ]);
    expect([reports.found, reports.handled, reports.raised, reports.answered]).toEqual([3, 2, 2, 1]);
    expect([f.contestCount, f.campaignPeriodsPublished]).toEqual([0, 0]);
    const results = created.sections.find((s) => s.key === 'RESULTS');
    expect(results?.text).toBe('');
    expect(results?.suggestion).toContain('Toàn phường tổ chức 5 hoạt động tuyên truyền với 75 lượt người tham dự');
    expect(results?.suggestion).toContain('Đăng tải 10 tin bài');
    expect(await counts()).toEqual({ reports: 1, events: 1 });
    const list = must(await app.gql<{ periodicReports: { id: string }[] }>(LIST, { planId }, admin)).periodicReports;
    expect(list.map((r) => r.id)).toEqual([reportId]);
  });

  it('refuses dates outside the plan or reversed, naming the field, and saves nothing', async () => {
    const before = await counts();
    const cases: [Record<string, string>, string][] = [
      [{ fromDate: '2025-12-31', toDate: '2026-03-01' }, 'fromDate'],
      [{ fromDate: '2026-03-01', toDate: '2027-01-01' }, 'toDate'],
      [{ fromDate: '2026-05-01', toDate: '2026-04-30' }, 'toDate'],
      [{ fromDate: '2026-02-30', toDate: '2026-04-30' }, 'fromDate'],
      [{ fromDate: '01/03/2026', toDate: '2026-04-30' }, 'fromDate'],
    ];
    for (const [dates, field] of cases) {
      const r = await app.gql(CREATE, { input: { planId, kind: 'FINAL', ...dates } }, admin);
      expect(r.errors?.[0]?.extensions).toMatchObject({ reason: 'PERIODIC_REPORT_INVALID', details: { field } });
    }
    const long = await app.gql(
      SAVE,
      { input: { id: reportId, documentNumber: '', sections: [{ key: 'LESSONS', text: 'x'.repeat(10_001) }] } },
      admin,
    );
    expect(long.errors?.[0]?.extensions).toMatchObject({
      reason: 'PERIODIC_REPORT_INVALID',
      details: { field: 'sections.LESSONS' },
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses a unit officer', async () => {
    const before = await counts();
    const created = await app.gql(
      CREATE,
      { input: { planId, kind: 'INTERIM', fromDate: '2026-03-01', toDate: '2026-06-30' } },
      officer,
    );
    expect(created.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(ONE, { id: reportId }, officer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await download(reportId, officer)).status).toBe(403);
    expect((await download(reportId, '')).status).toBe(401);
    expect(await counts()).toEqual(before);
  });

  it('saves the sections (NFC) and the number, audited, and the DOCX carries the figures and the text', async () => {
    const decomposed = 'Cơ sở còn lúng túng khi phản bác thông tin xấu, độc.'.normalize('NFD');
    const saved = must(
      await app.gql<{ savePeriodicReport: Report }>(
        SAVE,
        {
          input: {
            id: reportId,
            documentNumber: ' 12/BC-UBND ',
            sections: [
              { key: 'LIMITATIONS', text: decomposed },
              { key: 'PROPOSALS', text: 'Đề nghị cấp 200 bản tài liệu hỏi - đáp cho các tổ dân phố.' },
            ],
          },
        },
        reviewer,
      ),
    ).savePeriodicReport;
    expect(saved.documentNumber).toBe('12/BC-UBND');
    expect(saved.sections.find((s) => s.key === 'LIMITATIONS')?.text).toBe(decomposed.normalize('NFC'));
    const [stored]: { sections: Record<string, string> }[] = await app.dataSource.query(
      'SELECT sections FROM periodic_report WHERE id = $1',
      [reportId],
    );
    expect(Object.keys(stored.sections).sort()).toEqual(['LIMITATIONS', 'PROPOSALS']);
    const [event]: { action: string; new_value: { changedFields: string[] } }[] = await app.dataSource.query(
      `SELECT action, new_value FROM activity_event WHERE subject_kind = 'PERIODIC_REPORT' ORDER BY at DESC LIMIT 1`,
    );
    expect(event.action).toBe('PERIODIC_REPORT_SAVED');
    expect(event.new_value.changedFields).toEqual(['documentNumber', 'sections.LIMITATIONS', 'sections.PROPOSALS']);
    expect(
      must(await app.gql<{ periodicReport: Report }>(ONE, { id: reportId }, admin)).periodicReport.documentNumber,
    ).toBe('12/BC-UBND');

    const response = await download(reportId, reviewer);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Bao-cao-so-ket-[A-Za-z0-9_-]+\.docx"/,
    );
    const content = Buffer.from(await response.arrayBuffer());
    const zip = await JSZip.loadAsync(content);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 12/BC-UBND',
      'BÁO CÁO',
      'Sơ kết việc tuyên truyền Nghị quyết Hội nghị lần thứ hai',
      '(Từ ngày 01/03/2026 đến ngày 30/06/2026)',
      'Tuyên truyền miệng',
      'Tổng cộng',
      decomposed.normalize('NFC'),
      'Đề nghị cấp 200 bản tài liệu hỏi - đáp',
      'Toàn phường tổ chức 5 hoạt động tuyên truyền với 75 lượt người tham dự',
      'đã xử lý: 2',
      'Nơi nhận:',
    ])
      expect(text).toContain(expected);
    // The row of the oral form: 2 activities, 75 attendees, quantity 0.
    expect(text).toMatch(/Tuyên truyền miệng 2 75 0/);
    expect(text).toMatch(/Tổng cộng 5 75 22/);
    if (hasSoffice() && process.env.DOCS_PAGES_DIR) {
      const pdf = (await docxToText({ PERIODIC: content })).PERIODIC;
      expect(pdf).toContain('BÁO CÁO');
    }
  });
});
