import { Role } from '@thidua/shared';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../../test-support/test-app.js';
import { createNeighbourhoodGroups } from '../../campaigns/sheets/testing/sheet-scenario.js';
import { ActivityPlan } from '../entities/activity-plan.entity.js';
import { todayInVietnam } from './ward-report-rules.js';
import { WardReportsService } from './ward-reports.service.js';

const REPORT = `id planId unitId unitName kind title body foundWhere link reportedOn actionTaken status reply
  repliedByName repliedAt history { action actorName changedFields }`;

interface Report {
  id: string;
  unitId: string;
  unitName: string;
  kind: string;
  title: string;
  body: string;
  foundWhere: string;
  link: string | null;
  reportedOn: string;
  actionTaken: string;
  status: string;
  reply: string | null;
  repliedByName: string | null;
  repliedAt: string | null;
  history: { action: string; actorName: string | null; changedFields: string[] }[];
}

const SEND = `mutation($input: SendWardReportInput!) { sendWardReport(input: $input) { ${REPORT} } }`;
const UPDATE = `mutation($input: UpdateWardReportInput!) { updateWardReport(input: $input) { ${REPORT} } }`;
const TAKE_UP = `mutation($id: ID!) { takeUpWardReport(id: $id) { ${REPORT} } }`;
const REPLY = `mutation($input: ReplyToWardReportInput!) { replyToWardReport(input: $input) { ${REPORT} } }`;
const ONE = `query($id: ID!) { wardReport(id: $id) { ${REPORT} } }`;
const LIST = `query($filter: WardReportsFilter) { wardReports(filter: $filter) { id unitId kind status } }`;

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * Reports to the ward through the real GraphQL API and PostgreSQL: a unit officer sends
 * and sees only its unit's reports, the office takes one up and replies, the unit sees the
 * reply and is notified; refusals name the field and change nothing; every step is audited.
 */
describe('reports to the ward', () => {
  let app: TestApp;
  let admin: string;
  let reviewer: string;
  let officerA: string;
  let officerB: string;
  let units: Record<string, string>;
  let planId: string;
  let closedPlanId: string;
  const today = todayInVietnam();

  const must = <T>(r: GraphqlResponse<T>): T => {
    if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const errorOf = (r: GraphqlResponse) => r.errors?.[0]?.extensions;
  const falseInformation = (over: Record<string, unknown> = {}) => ({
    planId,
    kind: 'FALSE_INFORMATION',
    title: 'Bài đăng xuyên tạc Nghị quyết trên nhóm Zalo khu phố',
    body: 'Bài viết cho rằng Nghị quyết chỉ là hình thức.',
    foundWhere: 'Nhóm Zalo "Cư dân TDP 1"',
    link: 'https://zalo.me/g/abc123',
    reportedOn: today,
    actionTaken: 'Đã báo cáo nền tảng, đề nghị người đăng gỡ bỏ và đăng bài phản bác.',
    ...over,
  });
  const difficulty = (over: Record<string, unknown> = {}) => ({
    planId,
    kind: 'DIFFICULTY',
    title: 'Thiếu tài liệu tuyên truyền in sẵn',
    body: 'Tổ dân phố chưa nhận được tài liệu hỏi - đáp; đề xuất phường cấp 200 bản.',
    reportedOn: today,
    ...over,
  });
  const counts = async () => {
    const [row]: { reports: number; events: number; notifications: number }[] = await app.dataSource.query(
      `SELECT (SELECT count(*)::int FROM ward_report) AS reports,
              (SELECT count(*)::int FROM activity_event WHERE subject_kind = 'WARD_REPORT') AS events,
              (SELECT count(*)::int FROM notification) AS notifications`,
    );
    return row;
  };

  beforeAll(async () => {
    app = await createTestApp();
    units = await createNeighbourhoodGroups(app, ['WR1', 'WR2']);
    const plans = app.dataSource.getRepository(ActivityPlan);
    planId = (
      await plans.save(
        plans.create({ title: 'Tuyên truyền Nghị quyết', startsOn: addDays(today, -30), endsOn: addDays(today, 30) }),
      )
    ).id;
    closedPlanId = (
      await plans.save(
        plans.create({
          title: 'Kế hoạch đã đóng',
          startsOn: addDays(today, -60),
          endsOn: addDays(today, 30),
          status: 'CLOSED',
        }),
      )
    ).id;
    admin = await app.tokenFor(Role.ADMIN);
    reviewer = await app.tokenFor(Role.REVIEWER);
    officerA = await app.tokenFor(Role.UNIT_OFFICER, units.WR1);
    officerB = await app.tokenFor(Role.UNIT_OFFICER, units.WR2);
  });
  afterAll(() => app?.close());

  it('a unit sends false information, the office takes it up and resolves it, the unit sees the reply', async () => {
    const sent = must(
      await app.gql<{ sendWardReport: Report }>(SEND, { input: falseInformation() }, officerA),
    ).sendWardReport;
    expect(sent).toMatchObject({ unitId: units.WR1, status: 'SENT', link: 'https://zalo.me/g/abc123', reply: null });

    const taken = must(
      await app.gql<{ takeUpWardReport: Report }>(TAKE_UP, { id: sent.id }, reviewer),
    ).takeUpWardReport;
    expect(taken.status).toBe('IN_PROGRESS');

    const reply = 'Phòng đã phối hợp Công an phường xác minh; bài đã được gỡ.';
    const closed = must(
      await app.gql<{ replyToWardReport: Report }>(REPLY, { input: { id: sent.id, reply } }, reviewer),
    ).replyToWardReport;
    expect(closed).toMatchObject({ status: 'RESOLVED', reply });
    expect(closed.repliedAt).not.toBeNull();

    const seen = must(await app.gql<{ wardReport: Report }>(ONE, { id: sent.id }, officerA)).wardReport;
    expect(seen).toMatchObject({ status: 'RESOLVED', reply });
    expect(seen.history.map((h) => h.action)).toEqual(['REPORT_SENT', 'REPORT_TAKEN_UP', 'REPORT_REPLIED']);

    const notes: { kind: string; payload: { wardReportId?: string } }[] = await app.dataSource.query(
      `SELECT n.kind, n.payload FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.unit_id = $1`,
      [units.WR1],
    );
    expect(notes).toEqual([expect.objectContaining({ kind: 'WARD_REPORT_ANSWERED' })]);
    expect(notes[0].payload.wardReportId).toBe(sent.id);
    const others: unknown[] = await app.dataSource.query(
      `SELECT 1 FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.unit_id = $1`,
      [units.WR2],
    );
    expect(others).toHaveLength(0);
  });

  it('a difficulty is answered (not resolved); replying to a report not taken up or already answered is refused', async () => {
    const sent = must(
      await app.gql<{ sendWardReport: Report }>(SEND, { input: difficulty() }, officerA),
    ).sendWardReport;
    const early = await app.gql(REPLY, { input: { id: sent.id, reply: 'Phòng sẽ cấp tài liệu.' } }, reviewer);
    expect(errorOf(early)).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_WRONG_STATUS' });
    expect(must(await app.gql<{ wardReport: Report }>(ONE, { id: sent.id }, admin)).wardReport.status).toBe('SENT');

    must(await app.gql(TAKE_UP, { id: sent.id }, admin));
    const twice = await app.gql(TAKE_UP, { id: sent.id }, admin);
    expect(errorOf(twice)).toMatchObject({ reason: 'REPORT_WRONG_STATUS' });

    const short = await app.gql(REPLY, { input: { id: sent.id, reply: 'Đã nhận' } }, admin);
    expect(errorOf(short)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REPORT_INVALID',
      details: { field: 'reply' },
    });
    const still = must(await app.gql<{ wardReport: Report }>(ONE, { id: sent.id }, admin)).wardReport;
    expect(still).toMatchObject({ status: 'IN_PROGRESS', reply: null });

    const answered = must(
      await app.gql<{ replyToWardReport: Report }>(
        REPLY,
        { input: { id: sent.id, reply: 'Phòng sẽ cấp 200 bản tài liệu hỏi - đáp trong tuần này.' } },
        admin,
      ),
    ).replyToWardReport;
    expect(answered.status).toBe('ANSWERED');
    const again = await app.gql(REPLY, { input: { id: sent.id, reply: 'Một trả lời khác nữa.' } }, admin);
    expect(errorOf(again)).toMatchObject({ reason: 'REPORT_WRONG_STATUS' });
    const edit = await app.gql(
      UPDATE,
      { input: { id: sent.id, title: 'Sửa', body: 'Sửa', reportedOn: today } },
      officerA,
    );
    expect(errorOf(edit)).toMatchObject({ reason: 'REPORT_WRONG_STATUS' });
    const final = must(await app.gql<{ wardReport: Report }>(ONE, { id: sent.id }, officerA)).wardReport;
    expect(final).toMatchObject({ title: 'Thiếu tài liệu tuyên truyền in sẵn', reply: answered.reply });
  });

  it('an officer never sees, edits or sends for another unit’s reports; the office sees all and filters', async () => {
    const ofA = must(await app.gql<{ sendWardReport: Report }>(SEND, { input: difficulty() }, officerA)).sendWardReport;
    const ofB = must(
      await app.gql<{ sendWardReport: Report }>(SEND, { input: falseInformation() }, officerB),
    ).sendWardReport;

    const listB = must(await app.gql<{ wardReports: { unitId: string }[] }>(LIST, {}, officerB)).wardReports;
    expect(listB.length).toBeGreaterThan(0);
    expect(listB.every((r) => r.unitId === units.WR2)).toBe(true);
    const asked = must(
      await app.gql<{ wardReports: { unitId: string }[] }>(LIST, { filter: { unitId: units.WR1 } }, officerB),
    ).wardReports;
    expect(asked).toEqual([]);

    expect(errorOf(await app.gql(ONE, { id: ofA.id }, officerB))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OUT_OF_SCOPE',
    });
    const before = await counts();
    const edit = await app.gql(
      UPDATE,
      { input: { id: ofA.id, title: 'Chiếm', body: 'Chiếm', reportedOn: today } },
      officerB,
    );
    expect(errorOf(edit)).toMatchObject({ reason: 'OUT_OF_SCOPE' });
    const sendFor = await app.gql(SEND, { input: difficulty({ unitId: units.WR1 }) }, officerB);
    expect(errorOf(sendFor)).toMatchObject({ reason: 'OUT_OF_SCOPE' });
    expect(await counts()).toEqual(before);
    expect(must(await app.gql<{ wardReport: Report }>(ONE, { id: ofA.id }, admin)).wardReport.title).toBe(
      'Thiếu tài liệu tuyên truyền in sẵn',
    );

    const all = must(await app.gql<{ wardReports: { id: string }[] }>(LIST, {}, reviewer)).wardReports.map((r) => r.id);
    expect(all).toEqual(expect.arrayContaining([ofA.id, ofB.id]));
    const filtered = must(
      await app.gql<{ wardReports: { unitId: string; kind: string; status: string }[] }>(
        LIST,
        { filter: { kind: 'FALSE_INFORMATION', status: 'SENT', unitId: units.WR2, planId } },
        reviewer,
      ),
    ).wardReports;
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((r) => r.unitId === units.WR2 && r.kind === 'FALSE_INFORMATION' && r.status === 'SENT')).toBe(
      true,
    );
    // The office answers reports; it does not write them for a unit.
    expect(errorOf(await app.gql(SEND, { input: difficulty({ unitId: units.WR1 }) }, reviewer))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('a unit edits its report while SENT: the edit is audited with the changed fields', async () => {
    const sent = must(
      await app.gql<{ sendWardReport: Report }>(SEND, { input: difficulty() }, officerA),
    ).sendWardReport;
    const edited = must(
      await app.gql<{ updateWardReport: Report }>(
        UPDATE,
        { input: { id: sent.id, title: 'Thiếu tài liệu hỏi - đáp', body: sent.body, reportedOn: today } },
        officerA,
      ),
    ).updateWardReport;
    expect(edited.title).toBe('Thiếu tài liệu hỏi - đáp');
    expect(edited.history.map((h) => [h.action, h.changedFields])).toEqual([
      ['REPORT_SENT', []],
      ['REPORT_UPDATED', ['title']],
    ]);
    const [event]: { old_value: unknown; new_value: unknown; actor_id: string | null }[] = await app.dataSource.query(
      `SELECT old_value, new_value, actor_id FROM activity_event WHERE subject_id = $1 AND action = 'REPORT_UPDATED'`,
      [sent.id],
    );
    expect(event.old_value).toEqual({ title: 'Thiếu tài liệu tuyên truyền in sẵn' });
    expect(event.new_value).toEqual({ title: 'Thiếu tài liệu hỏi - đáp' });
    expect(event.actor_id).not.toBeNull();
  });

  it.each([
    ['link', { link: 'zalo.me/g/abc' }],
    ['link', { link: 'javascript:alert(1)' }],
    ['link', { link: `https://example.vn/${'a'.repeat(2000)}` }],
    ['reportedOn', { reportedOn: addDays(today, 1) }],
    ['reportedOn', { reportedOn: addDays(today, -31) }],
    ['reportedOn', { reportedOn: '31/12/2026' }],
    ['title', { title: '   ' }],
    ['title', { title: 'a'.repeat(301) }],
    ['body', { body: '' }],
    ['body', { body: 'a'.repeat(5001) }],
    ['foundWhere', { foundWhere: '' }],
    ['foundWhere', { foundWhere: 'a'.repeat(201) }],
    ['actionTaken', { actionTaken: ' ' }],
  ])('refuses a report whose %s is wrong, naming it and saving nothing', async (field, over) => {
    const before = await counts();
    const result = await app.gql(SEND, { input: falseInformation(over) }, officerA);
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REPORT_INVALID', details: { field } });
    expect(await counts()).toEqual(before);
  });

  it('refuses an edit with a bad field and keeps the report as it was; a closed plan takes no report', async () => {
    const sent = must(
      await app.gql<{ sendWardReport: Report }>(SEND, { input: falseInformation() }, officerA),
    ).sendWardReport;
    const before = await counts();
    const bad = await app.gql(
      UPDATE,
      {
        input: {
          id: sent.id,
          title: sent.title,
          body: sent.body,
          foundWhere: 'x',
          actionTaken: 'y',
          link: 'ftp://x.vn/a',
          reportedOn: today,
        },
      },
      officerA,
    );
    expect(errorOf(bad)).toMatchObject({ reason: 'REPORT_INVALID', details: { field: 'link' } });
    expect(await counts()).toEqual(before);
    const kept = must(await app.gql<{ wardReport: Report }>(ONE, { id: sent.id }, officerA)).wardReport;
    expect(kept).toMatchObject({ foundWhere: sent.foundWhere, link: sent.link, actionTaken: sent.actionTaken });

    const closed = await app.gql(SEND, { input: difficulty({ planId: closedPlanId }) }, officerA);
    expect(errorOf(closed)).toMatchObject({ code: 'CONFLICT', reason: 'PLAN_CLOSED' });
    expect(await counts()).toEqual(before);
  });

  it('summary counts by kind and status, by plan, dates and units, as the dashboard reads it', async () => {
    const service = app.server.app.get(WardReportsService);
    const rows: { unit_id: string; kind: string; status: string }[] = await app.dataSource.query(
      'SELECT unit_id, kind, status FROM ward_report WHERE plan_id = $1',
      [planId],
    );
    const summary = await service.summary({ planId, from: addDays(today, -1), to: today });
    expect(summary.total).toBe(rows.length);
    expect(summary.resolved).toBe(rows.filter((r) => r.status === 'RESOLVED').length);
    expect(summary.answered).toBe(rows.filter((r) => r.status === 'ANSWERED').length);
    expect(summary.open).toBe(rows.filter((r) => r.status === 'SENT' || r.status === 'IN_PROGRESS').length);
    const ofB = await service.summary({ planId, unitIds: [units.WR2] });
    expect(ofB.total).toBe(rows.filter((r) => r.unit_id === units.WR2).length);
    expect((await service.summary({ planId, to: addDays(today, -1) })).total).toBe(0);

    const viaApi = must(
      await app.gql<{ wardReportsSummary: { kind: string; status: string; count: number }[] }>(
        'query($f: WardReportsSummaryFilter) { wardReportsSummary(filter: $f) { kind status count } }',
        { f: { planId } },
        reviewer,
      ),
    ).wardReportsSummary;
    expect(viaApi.reduce((n, c) => n + c.count, 0)).toBe(rows.length);
    expect(errorOf(await app.gql('{ wardReportsSummary { count } }', {}, officerA))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('lists the open plans a report can be sent under, without the closed one', async () => {
    const plans = must(
      await app.gql<{ wardReportPlans: { id: string; startsOn: string }[] }>(
        '{ wardReportPlans { id startsOn } }',
        {},
        officerA,
      ),
    ).wardReportPlans;
    expect(plans).toEqual([{ id: planId, startsOn: addDays(today, -30) }]);
  });
});
