import { Role, type ActivityForm } from '@thidua/shared';
import ExcelJS from 'exceljs';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../../test-support/test-app.js';
import { Person } from '../../people/entities/person.entity.js';
import { Unit } from '../../units/entities/unit.entity.js';
import { Activity, ActivityAttendee, ActivityPlan } from '../entities/index.js';
import { PeriodicReportsService } from '../periodic/periodic-reports.service.js';
import { DASHBOARD_FORM_NAMES, DASHBOARD_SHEETS } from './activity-dashboard.xlsx.js';

const FIG = 'activityCount quantity attendeeCount';
const DASHBOARD = `query($planId: ID!, $from: String, $to: String, $month: String) {
  activityDashboard(planId: $planId, from: $from, to: $to, month: $month) {
    planId from to month total { ${FIG} }
    byForm { form ${FIG} }
    byUnit { unitId code name kind blockId blockName ${FIG} }
    byBlock { blockId code name unitCount ${FIG} }
    byMonth { month form ${FIG} }
    attendance { unitId populationKind populationLabelVi attendees population rate }
    silentUnits { unitId code name kind blockName }
  }
}`;

interface Figures {
  activityCount: number;
  quantity: number;
  attendeeCount: number;
}
interface Dashboard {
  planId: string;
  from: string;
  to: string;
  month: string;
  total: Figures;
  byForm: (Figures & { form: ActivityForm })[];
  byUnit: (Figures & { unitId: string; code: string; name: string; blockId: string | null })[];
  byBlock: (Figures & { blockId: string; code: string; unitCount: number })[];
  byMonth: (Figures & { month: string; form: ActivityForm })[];
  attendance: {
    unitId: string | null;
    populationKind: string;
    populationLabelVi: string;
    attendees: number;
    population: number;
    rate: number;
  }[];
  silentUnits: { unitId: string; code: string }[];
}

const PERIOD = { from: '2026-02-01', to: '2026-04-30' };
const figuresOf = (r: Figures): Figures => ({
  activityCount: r.activityCount,
  quantity: r.quantity,
  attendeeCount: r.attendeeCount,
});

/**
 * The ward's dashboard through the real GraphQL API and PostgreSQL: every figure equals
 * the one recomputed in SQL from the inserted rows (drafts, corrections, other plans and
 * days outside the period left out), a block sums its units, silent units are exactly
 * those without a counted activity in the month, the office only; the XLSX reads back the same.
 */
describe('activity dashboard', () => {
  let app: TestApp;
  let admin: string;
  let reviewer: string;
  let officer: string;
  let planId: string;
  const u: Record<string, string> = {};

  const must = <T>(r: GraphqlResponse<T>): T => {
    if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };

  beforeAll(async () => {
    app = await createTestApp();
    const units = app.dataSource.getRepository(Unit);
    const unit = async (key: string, name: string, kind: Unit['kind'], parent: string | null, pop = 'RESIDENTS') => {
      const saved = await units.save(
        units.create({
          code: `DB-${key}`,
          name,
          searchText: name.toLowerCase(),
          kind,
          parentId: parent ? u[parent] : null,
          populationKind: pop,
        }),
      );
      u[key] = saved.id;
    };
    await unit('W', 'Phường Đông Hòa', 'WARD', null);
    await unit('G1', 'Khối dân cư', 'GROUP', 'W');
    await unit('T1', 'Tổ dân phố Ấp 1', 'NEIGHBORHOOD_GROUP', 'G1');
    await unit('T2', 'Tổ dân phố Bình An', 'NEIGHBORHOOD_GROUP', 'G1');
    await unit('T3', '=HYPERLINK("x") Tổ dân phố Đồng', 'NEIGHBORHOOD_GROUP', 'G1');
    await unit('G2', 'Khối trường học', 'GROUP', 'W');
    await unit('S1', 'Trường Tiểu học Đông Hòa', 'SCHOOL', 'G2', 'STUDENTS');
    await unit('C1', 'Lớp 5A', 'CLASS', 'S1', 'STUDENTS');
    await unit('D1', 'Phòng Văn hóa - Xã hội', 'DEPARTMENT', 'W', 'MEMBERS');

    const plans = app.dataSource.getRepository(ActivityPlan);
    planId = (
      await plans.save(plans.create({ title: 'Kế hoạch tuyên truyền', startsOn: '2026-01-01', endsOn: '2026-12-31' }))
    ).id;
    const otherPlan = (
      await plans.save(plans.create({ title: 'Kế hoạch khác', startsOn: '2026-01-01', endsOn: '2026-12-31' }))
    ).id;
    const people = app.dataSource.getRepository(Person);
    const person = (unitId: string, name: string) =>
      people.save(
        people.create({
          unitId,
          kind: 'RESIDENTS',
          fullName: name,
          searchText: name,
          birthYear: 1970,
          identityKey: `${name}|1970`,
        }),
      );
    const an = await person(u.T1, 'an');
    await person(u.T1, 'binh');
    const repo = app.dataSource.getRepository(Activity);
    const add = async (key: string, over: Partial<Activity>, attendees: Person[] = []) => {
      const a = await repo.save(
        repo.create({
          planId,
          unitId: u[key],
          form: 'ORAL',
          kind: 'TDP_MEETING',
          status: 'SUBMITTED',
          occurredOn: '2026-03-10',
          attendeeCount: 20,
          ...over,
        }),
      );
      for (const p of attendees)
        await app.dataSource.getRepository(ActivityAttendee).save({ activityId: a.id, personId: p.id });
    };
    await add('T1', { occurredOn: '2026-03-01' }, [an]);
    await add('T1', { occurredOn: '2026-04-30', attendeeCount: 35 }, [an]);
    await add('T1', { form: 'VISUAL', kind: 'BANNER', quantity: 6, attendeeCount: null, occurredOn: '2026-02-01' });
    await add('T2', { status: 'DRAFT' });
    await add('T2', { status: 'CORRECTION_REQUESTED' });
    await add('T2', { occurredOn: '2026-04-02', form: 'CYBERSPACE', kind: 'ZALO', quantity: 3, attendeeCount: null });
    await add('T3', { occurredOn: '2026-05-01' });
    await add('T3', { occurredOn: '2026-01-31' });
    await add('C1', { form: 'CULTURAL', kind: 'PERFORMANCE', attendeeCount: 120 });
    await add('S1', {
      form: 'EMULATION',
      kind: 'REGISTRATION',
      quantity: 2,
      attendeeCount: null,
      occurredOn: '2026-04-15',
    });
    await add('D1', { planId: otherPlan });
    await add('W', { form: 'MASS_MEDIA', kind: 'RADIO', attendeeCount: null, occurredOn: '2026-03-20' });

    admin = await app.tokenFor(Role.ADMIN);
    reviewer = await app.tokenFor(Role.REVIEWER);
    officer = await app.tokenFor(Role.UNIT_OFFICER, u.T1);
  });
  afterAll(() => app?.close());

  /** The counted figures recomputed in SQL: the plan's SUBMITTED activities in the period, of the unit's subtree. */
  const sqlFigures = async (unitId: string | null, from: string, to: string, form: string | null = null) => {
    const [row]: Figures[] = await app.dataSource.query(
      `WITH RECURSIVE tree AS (SELECT id FROM unit WHERE ($1::uuid IS NULL AND parent_id IS NULL) OR id = $1
                               UNION SELECT c.id FROM unit c JOIN tree ON c.parent_id = tree.id)
       SELECT count(*)::int AS "activityCount", coalesce(sum(quantity), 0)::int AS quantity,
              coalesce(sum(attendee_count), 0)::int AS "attendeeCount"
         FROM activity WHERE unit_id IN (SELECT id FROM tree) AND plan_id = $2 AND status = 'SUBMITTED'
          AND occurred_on BETWEEN $3 AND $4 AND ($5::varchar IS NULL OR form = $5)`,
      [unitId, planId, from, to, form],
    );
    return row;
  };

  it('totals by form, unit, block and month equal the sums recomputed from the rows; drafts do not count', async () => {
    const d = must(
      await app.gql<{ activityDashboard: Dashboard }>(DASHBOARD, { planId, ...PERIOD, month: '2026-03' }, reviewer),
    ).activityDashboard;
    expect(d).toMatchObject({ planId, ...PERIOD, month: '2026-03' });

    expect(d.total).toEqual(await sqlFigures(null, PERIOD.from, PERIOD.to));
    expect(d.total).toEqual({ activityCount: 7, quantity: 11, attendeeCount: 175 });
    expect(d.byForm.map((r) => r.form)).toEqual([
      'MASS_MEDIA',
      'CYBERSPACE',
      'ORAL',
      'VISUAL',
      'CULTURAL',
      'EMULATION',
    ]);
    for (const r of d.byForm) expect(figuresOf(r)).toEqual(await sqlFigures(null, PERIOD.from, PERIOD.to, r.form));

    expect(d.byUnit.map((r) => r.code)).toEqual(['DB-T3', 'DB-T1', 'DB-T2', 'DB-S1', 'DB-D1']); // by block, then Vietnamese order ("=" first)
    for (const r of d.byUnit) expect(figuresOf(r)).toEqual(await sqlFigures(r.unitId, PERIOD.from, PERIOD.to));
    const t2 = d.byUnit.find((r) => r.unitId === u.T2)!;
    expect(figuresOf(t2)).toEqual({ activityCount: 1, quantity: 3, attendeeCount: 0 }); // the draft and the correction do not count
    expect(d.byUnit.find((r) => r.unitId === u.S1)!.activityCount).toBe(2); // its class counts in the school
    expect(d.byUnit.find((r) => r.unitId === u.D1)!.blockId).toBeNull();

    expect(d.byBlock.map((b) => [b.blockId, b.unitCount])).toEqual([
      [u.G1, 3],
      [u.G2, 1],
    ]);
    for (const b of d.byBlock) {
      const children = d.byUnit.filter((r) => r.blockId === b.blockId);
      expect(figuresOf(b)).toEqual({
        activityCount: children.reduce((s, r) => s + r.activityCount, 0),
        quantity: children.reduce((s, r) => s + r.quantity, 0),
        attendeeCount: children.reduce((s, r) => s + r.attendeeCount, 0),
      });
    }
    expect(figuresOf(d.byBlock[0])).toEqual({ activityCount: 4, quantity: 9, attendeeCount: 55 });

    const months: { month: string; form: string; n: number }[] = await app.dataSource.query(
      `SELECT to_char(occurred_on, 'YYYY-MM') AS month, form, count(*)::int AS n FROM activity
        WHERE plan_id = $1 AND status = 'SUBMITTED' AND occurred_on BETWEEN $2 AND $3 GROUP BY 1, 2`,
      [planId, PERIOD.from, PERIOD.to],
    );
    expect(d.byMonth).toHaveLength(3 * 6);
    for (const r of d.byMonth)
      expect(r.activityCount).toBe(months.find((m) => m.month === r.month && m.form === r.form)?.n ?? 0);
    expect(d.byMonth.find((r) => r.month === '2026-03' && r.form === 'ORAL')!.activityCount).toBe(1);

    // T1 has a roster of 2 residents, one of whom attended (distinct persons).
    const [{ label }]: { label: string }[] = await app.dataSource.query(
      `SELECT label_vi AS label FROM population_kind WHERE code = 'RESIDENTS'`,
    );
    const residents = { populationKind: 'RESIDENTS', populationLabelVi: label, attendees: 1, population: 2, rate: 0.5 };
    expect(d.attendance).toContainEqual({ unitId: u.T1, ...residents });
    expect(d.attendance).toContainEqual({ unitId: null, ...residents });
    expect(d.attendance.filter((a) => a.unitId !== null)).toHaveLength(1);
  });

  it('silent units are exactly the reporting units without a counted activity in the month', async () => {
    const d = must(
      await app.gql<{ activityDashboard: Dashboard }>(DASHBOARD, { planId, ...PERIOD, month: '2026-03' }, admin),
    ).activityDashboard;
    const reporting: { id: string }[] = await app.dataSource.query(
      `SELECT id FROM unit WHERE code LIKE 'DB-%' AND kind IN ('NEIGHBORHOOD_GROUP', 'SCHOOL', 'DEPARTMENT', 'ORGANIZATION')`,
    );
    const expected: string[] = [];
    for (const r of reporting)
      if ((await sqlFigures(r.id, '2026-03-01', '2026-03-31')).activityCount === 0) expected.push(r.id);
    expect(d.silentUnits.map((s) => s.unitId).sort()).toEqual(expected.sort());
    // T2 has only a draft and a correction in March, T3 nothing, D1 only another plan's.
    expect(d.silentUnits.map((s) => s.code)).toEqual(['DB-T3', 'DB-T2', 'DB-D1']);

    const april = must(
      await app.gql<{ activityDashboard: Dashboard }>(DASHBOARD, { planId, ...PERIOD, month: '2026-04' }, admin),
    ).activityDashboard;
    expect(april.silentUnits.map((s) => s.code)).toEqual(['DB-T3', 'DB-D1']);
  });

  it('defaults to the plan’s dates; refuses a unit officer and bad input, naming the field', async () => {
    const d = must(await app.gql<{ activityDashboard: Dashboard }>(DASHBOARD, { planId }, reviewer)).activityDashboard;
    expect([d.from, d.to]).toEqual(['2026-01-01', '2026-12-31']);
    expect(d.total).toEqual(await sqlFigures(null, '2026-01-01', '2026-12-31'));
    expect(d.month).toMatch(/^\d{4}-\d{2}$/);

    const refused = await app.gql(DASHBOARD, { planId }, officer);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(DASHBOARD, { planId })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const bad = async (vars: Record<string, unknown>) => (await app.gql(DASHBOARD, vars, admin)).errors?.[0].extensions;
    expect(await bad({ planId, from: '2026-02-30' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'from' },
    });
    expect(await bad({ planId, from: '2026-05-01', to: '2026-04-01' })).toMatchObject({ details: { field: 'to' } });
    expect(await bad({ planId, month: '2026-13' })).toMatchObject({ details: { field: 'month' } });
    expect(await bad({ planId: 'not-a-uuid' })).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'planId' } });
    expect(await bad({ planId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ reason: 'PLAN_NOT_FOUND' });
  });

  it('exports the same figures as XLSX, Vietnamese headers, names as inert text; the office only', async () => {
    const query = new URLSearchParams({ planId, ...PERIOD, month: '2026-03' });
    const url = `${app.server.url}/api/activities/dashboard.xlsx?${query}`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: `Bearer ${officer}` } })).status).toBe(403);
    const badUrl = `${app.server.url}/api/activities/dashboard.xlsx?planId=${planId}&from=2026-02-31`;
    expect((await fetch(badUrl, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(400);

    const response = await fetch(url, { headers: { authorization: `Bearer ${reviewer}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toContain('tong-hop-hoat-dong-2026-02-01-2026-04-30.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const d = must(
      await app.gql<{ activityDashboard: Dashboard }>(DASHBOARD, { planId, ...PERIOD, month: '2026-03' }, reviewer),
    ).activityDashboard;
    const values = (name: string) => {
      const ws = workbook.getWorksheet(name)!;
      const rows: unknown[][] = [];
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };

    const forms = values(DASHBOARD_SHEETS.byForm);
    expect(forms[0]).toEqual(['Hình thức', 'Số hoạt động', 'Số lượng', 'Số người tham dự']);
    expect(forms.slice(1)).toEqual([
      ...d.byForm.map((r) => [DASHBOARD_FORM_NAMES[r.form], r.activityCount, r.quantity, r.attendeeCount]),
      ['Tổng cộng', d.total.activityCount, d.total.quantity, d.total.attendeeCount],
    ]);

    const units = values(DASHBOARD_SHEETS.byUnit);
    expect(units[0]).toEqual(['Mã đơn vị', 'Đơn vị', 'Loại', 'Khối', 'Số hoạt động', 'Số lượng', 'Số người tham dự']);
    expect(units.slice(1).map((r) => [r[0], r[4], r[5], r[6]])).toEqual(
      d.byUnit.map((r) => [r.code, r.activityCount, r.quantity, r.attendeeCount]),
    );
    // A name starting with "=" is a text cell, not a formula.
    const cell = workbook.getWorksheet(DASHBOARD_SHEETS.byUnit)!.getCell(2, 2);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("x") Tổ dân phố Đồng');

    expect(
      values(DASHBOARD_SHEETS.byBlock)
        .slice(1)
        .map((r) => [r[0], r[2], r[3]]),
    ).toEqual(d.byBlock.map((b) => [b.code, b.unitCount, b.activityCount]));

    const months = values(DASHBOARD_SHEETS.byMonth);
    expect(months[0]).toEqual(['Tháng', 'Hình thức', 'Số hoạt động', 'Số lượng', 'Số người tham dự']);
    expect(months.slice(1)).toEqual(
      d.byMonth.map((r) => [
        `${r.month.slice(5)}/${r.month.slice(0, 4)}`,
        DASHBOARD_FORM_NAMES[r.form],
        r.activityCount,
        r.quantity,
        r.attendeeCount,
      ]),
    );

    const silent = values(DASHBOARD_SHEETS.silent);
    expect(silent[0]).toEqual(['Mã đơn vị', 'Đơn vị', 'Loại', 'Khối', 'Tháng']);
    expect(silent.slice(1).map((r) => [r[0], r[4]])).toEqual(d.silentUnits.map((s) => [s.code, '03/2026']));
  });

  it('counts the ward’s attendance once, as the periodic report does, when a reporting unit sits inside another', async () => {
    // A chi bộ (a reporting ORGANIZATION) inside TDP Ấp 1, with a resident on its roster who attended its meeting.
    const units = app.dataSource.getRepository(Unit);
    const cell = await units.save(
      units.create({
        code: 'DB-O1',
        name: 'Chi bộ Ấp 1',
        searchText: 'chi bo ap 1',
        kind: 'ORGANIZATION',
        parentId: u.T1,
        populationKind: 'RESIDENTS',
      }),
    );
    const people = app.dataSource.getRepository(Person);
    const cuong = await people.save(
      people.create({
        unitId: cell.id,
        kind: 'RESIDENTS',
        fullName: 'cuong',
        searchText: 'cuong',
        birthYear: 1971,
        identityKey: 'cuong|1971',
      }),
    );
    const activity = await app.dataSource.getRepository(Activity).save({
      planId,
      unitId: cell.id,
      form: 'ORAL',
      kind: 'PARTY_CELL_MEETING',
      status: 'SUBMITTED',
      occurredOn: '2026-03-12',
      attendeeCount: 5,
    });
    await app.dataSource.getRepository(ActivityAttendee).save({ activityId: activity.id, personId: cuong.id });

    const d = must(
      await app.gql<{ activityDashboard: Dashboard }>(DASHBOARD, { planId, ...PERIOD, month: '2026-03' }, reviewer),
    ).activityDashboard;
    const residents = (unitId: string | null) =>
      d.attendance.find((a) => a.unitId === unitId && a.populationKind === 'RESIDENTS')!;
    expect(residents(u.T1)).toMatchObject({ attendees: 2, population: 3 }); // an and cuong, of an, binh, cuong
    expect(residents(cell.id)).toMatchObject({ attendees: 1, population: 1 });
    // Summing the units' rows would say 3 of 4; the ward has 2 of its 3 residents.
    expect(residents(null)).toMatchObject({ attendees: 2, population: 3 });

    const report = await app.server.app
      .get(PeriodicReportsService)
      .figures({ planId, fromDate: PERIOD.from, toDate: PERIOD.to });
    expect(
      d.attendance.filter((a) => a.unitId === null).map((a) => [a.populationKind, a.attendees, a.population, a.rate]),
    ).toEqual(report.attendance.map((a) => [a.kind, a.attendees, a.population, a.rate]));
  });
});
