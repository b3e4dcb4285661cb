import { Role } from '@thidua/shared';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../../test-support/test-app.js';
import { createNeighbourhoodGroups } from '../../campaigns/sheets/testing/sheet-scenario.js';
import { Person } from '../../people/entities/person.entity.js';
import { ActivityPlan } from '../entities/activity-plan.entity.js';
import { todayInVietnam } from '../reports/ward-report-rules.js';

interface Entry {
  id: string;
  indicatorCode: string;
  value: number | null;
  selfScore: number | null;
  computed: { value: number; source: string } | null;
}
interface Sheet {
  id: string;
  status: string;
  unit: { id: string };
  entries: Entry[];
}
interface EntryActivity {
  id: string;
  unitId: string;
  title: string;
  occurredOn: string | null;
  attendeeCount: number | null;
  namedAttendeeCount: number;
}

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`;
const SAVE = `mutation($input: SaveActivityInput!) { saveActivity(input: $input) { id status } }`;
const ATTENDEES = `mutation($input: SetActivityAttendeesInput!) { setActivityAttendees(input: $input) { id } }`;
const SUBMIT = `mutation($id: ID!) { submitActivity(id: $id) { id status } }`;
const CORRECT = `mutation($input: RequestActivityCorrectionInput!) { requestActivityCorrection(input: $input) { id status } }`;
const SHEETS = `query($c: ID!) { scoreSheets(campaignId: $c) { id status unit { id }
  entries { id indicatorCode value selfScore computed { value source } } } }`;
const ENTRY_ACTIVITIES = `query($id: ID!) { computedEntryActivities(entryId: $id) {
  id unitId unitName form kind title occurredOn attendeeCount namedAttendeeCount quantity } }`;

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * Campaign indicators computed from the activity log, through the real GraphQL API and
 * PostgreSQL: an admin binds a meetings count and a party-member attendance rate to a
 * plan, a unit officer logs activities with people of the roster, and each change that
 * counts (a submission, a correction request, an edit of a submitted activity) refreshes
 * the unit's sheet by itself; every value is checked against figures recomputed here
 * straight from the activity and activity_attendee rows. A published sheet keeps its figure.
 */
describe('ACTIVITY-computed indicators follow the log', () => {
  let app: TestApp;
  let admin: string;
  let reviewer: string;
  let officerA: string;
  let officerB: string;
  let units: Record<string, string>;
  let planId: string;
  let otherPlanId: string;
  let members: Person[];
  let campaignId: string;
  let periodId: string;
  const today = todayInVietnam();
  const periodStart = addDays(today, -20);
  const MEETINGS_TARGET = 3;

  const must = <T>(r: GraphqlResponse<T>): T => {
    if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const errorOf = (r: GraphqlResponse) => r.errors?.[0]?.extensions;

  /** A chi bộ meeting logged and (unless `draft`) submitted by the unit's officer, with people present. */
  const meeting = async (
    token: string,
    title: string,
    occurredOn: string,
    present: Person[],
    options: { draft?: boolean; plan?: string } = {},
  ) => {
    const { id } = must(
      await app.gql<{ createActivity: { id: string } }>(
        CREATE,
        { input: { planId: options.plan ?? planId, form: 'ORAL', kind: 'PARTY_CELL_MEETING' } },
        token,
      ),
    ).createActivity;
    must(
      await app.gql(
        SAVE,
        { input: { id, title, occurredOn, location: 'Nhà văn hóa', audienceKind: 'PARTY_MEMBERS' } },
        token,
      ),
    );
    must(await app.gql(ATTENDEES, { input: { id, personIds: present.map((p) => p.id) } }, token));
    if (!options.draft)
      expect(
        must(await app.gql<{ submitActivity: { status: string } }>(SUBMIT, { id }, token)).submitActivity.status,
      ).toBe('SUBMITTED');
    return id;
  };

  const sheetOf = async (unitId: string): Promise<Sheet> => {
    const sheets = must(await app.gql<{ scoreSheets: Sheet[] }>(SHEETS, { c: campaignId }, admin)).scoreSheets;
    return sheets.find((s) => s.unit.id === unitId)!;
  };
  const entryOf = (sheet: Sheet, code: string) => sheet.entries.find((e) => e.indicatorCode === code)!;

  /** The figures straight from the log's rows (not through the service under test). */
  const fromLog = async (unitId: string) => {
    const meetings: { id: string }[] = await app.dataSource.query(
      `SELECT id FROM activity
        WHERE unit_id = $1 AND plan_id = $2 AND status = 'SUBMITTED' AND form = 'ORAL' AND kind = 'PARTY_CELL_MEETING'
          AND occurred_on BETWEEN $3::date AND $4::date ORDER BY occurred_on, id`,
      [unitId, planId, periodStart, today],
    );
    const [{ present }]: { present: number }[] = await app.dataSource.query(
      `SELECT count(DISTINCT t.person_id)::int AS present
         FROM activity a JOIN activity_attendee t ON t.activity_id = a.id JOIN person p ON p.id = t.person_id
        WHERE a.unit_id = $1 AND a.status = 'SUBMITTED' AND p.kind = 'PARTY_MEMBERS'
          AND a.occurred_on BETWEEN $2::date AND $3::date`,
      [unitId, periodStart, today],
    );
    const [{ population }]: { population: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS population FROM person WHERE unit_id = $1 AND kind = 'PARTY_MEMBERS' AND erased_at IS NULL`,
      [unitId],
    );
    return {
      meetingIds: meetings.map((m) => m.id),
      meetings: Math.min(1, meetings.length / MEETINGS_TARGET),
      rate: population > 0 ? Math.min(1, present / population) : 0,
    };
  };

  /** The unit's two computed entries equal the log's figures (value, score = value × max, the ids recorded). */
  const expectSheetMatchesLog = async (unitId: string) => {
    const expected = await fromLog(unitId);
    const sheet = await sheetOf(unitId);
    const meetings = entryOf(sheet, '1.1');
    const rate = entryOf(sheet, '1.2');
    expect(meetings.value).toBeCloseTo(expected.meetings, 10);
    expect(meetings.selfScore).toBeCloseTo(expected.meetings * 30, 6);
    expect(rate.value).toBeCloseTo(expected.rate, 10);
    expect(rate.selfScore).toBeCloseTo(expected.rate * 50, 6);
    const recorded = JSON.parse(meetings.computed!.source) as { figures: { activityIds: string[] } };
    expect([...recorded.figures.activityIds].sort()).toEqual([...expected.meetingIds].sort());
    return { sheet, expected, meetings, rate };
  };

  beforeAll(async () => {
    app = await createTestApp();
    units = await createNeighbourhoodGroups(app, ['RF1', 'RF2']);
    const plans = app.dataSource.getRepository(ActivityPlan);
    planId = (
      await plans.save(
        plans.create({ title: 'Tuyên truyền Nghị quyết', startsOn: addDays(today, -60), endsOn: addDays(today, 30) }),
      )
    ).id;
    otherPlanId = (
      await plans.save(
        plans.create({ title: 'Kế hoạch khác', startsOn: addDays(today, -60), endsOn: addDays(today, 30) }),
      )
    ).id;
    const people = app.dataSource.getRepository(Person);
    const person = (unitId: string, name: string, searchText: string) =>
      people.save(
        people.create({
          unitId,
          kind: 'PARTY_MEMBERS',
          fullName: name,
          searchText,
          birthYear: 1970,
          identityKey: `${searchText}|1970`,
        }),
      );
    members = [
      await person(units.RF1, 'Nguyễn Văn An', 'rf nguyen van an'),
      await person(units.RF1, 'Trần Thị Bình', 'rf tran thi binh'),
      await person(units.RF1, 'Lê Văn Cường', 'rf le van cuong'),
      await person(units.RF1, 'Phạm Thị Dung', 'rf pham thi dung'),
    ];
    members.push(await person(units.RF2, 'Hoàng Văn Em', 'rf hoang van em'));
    admin = await app.tokenFor(Role.ADMIN);
    reviewer = await app.tokenFor(Role.REVIEWER);
    officerA = await app.tokenFor(Role.UNIT_OFFICER, units.RF1);
    officerB = await app.tokenFor(Role.UNIT_OFFICER, units.RF2);

    // ---- the campaign: a meetings count bound to the plan, the attendance rate over every plan ----
    campaignId = must(
      await app.gql<{ createCampaign: { id: string } }>(
        'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
        { input: { title: 'Thi đua học tập nghị quyết', totalPoints: 100 } },
        admin,
      ),
    ).createCampaign.id;
    periodId = must(
      await app.gql<{ addCampaignPeriod: { periods: { id: string }[] } }>(
        'mutation($input: AddCampaignPeriodInput!) { addCampaignPeriod(input: $input) { periods { id } } }',
        {
          input: {
            campaignId,
            name: 'Sơ kết',
            kind: 'INTERIM',
            startsOn: periodStart,
            endsOn: today,
            submissionDeadline: new Date(Date.now() + 86_400_000).toISOString(),
          },
        },
        admin,
      ),
    ).addCampaignPeriod.periods[0].id;
    must(
      await app.gql(
        'mutation($input: AddCampaignBlockInput!) { addCampaignBlock(input: $input) { id } }',
        { input: { campaignId, name: 'Khối tổ dân phố', leaderUnitId: null, unitIds: [units.RF1, units.RF2] } },
        admin,
      ),
    );
    const tree = must(
      await app.gql<{ saveIndicatorTree: { indicatorIssues: unknown[] } }>(
        `mutation($input: SaveIndicatorTreeInput!) { saveIndicatorTree(input: $input) { indicatorIssues { message } } }`,
        {
          input: {
            campaignId,
            indicators: [
              { key: 'g', code: '1', title: 'Học tập nghị quyết', kind: 'GROUP', maxPoints: 100 },
              {
                key: 'm',
                parentKey: 'g',
                code: '1.1',
                title: 'Số buổi sinh hoạt chi bộ',
                kind: 'COMPUTED',
                maxPoints: 30,
                computedSource: {
                  kind: 'ACTIVITY',
                  id: planId,
                  metric: 'ACTIVITY_COUNT',
                  form: 'ORAL',
                  kinds: ['PARTY_CELL_MEETING'],
                  target: MEETINGS_TARGET,
                },
              },
              {
                key: 'r',
                parentKey: 'g',
                code: '1.2',
                title: 'Tỷ lệ đảng viên dự sinh hoạt',
                kind: 'COMPUTED',
                maxPoints: 50,
                computedSource: {
                  kind: 'ACTIVITY',
                  id: null,
                  metric: 'ACTIVITY_ATTENDANCE_RATE',
                  populationKind: 'PARTY_MEMBERS',
                },
              },
              {
                key: 'x',
                parentKey: 'g',
                code: '1.3',
                title: 'Tổ chức học tập',
                kind: 'MANUAL',
                maxPoints: 20,
                step: 1,
              },
            ],
          },
        },
        admin,
      ),
    );
    expect(tree.saveIndicatorTree.indicatorIssues).toEqual([]);
    must(await app.gql('mutation($id: ID!) { launchCampaign(id: $id) { status } }', { id: campaignId }, admin));
  });
  afterAll(() => app?.close());

  it('refuses a binding naming a wrong field and changes nothing', async () => {
    const draftId = must(
      await app.gql<{ createCampaign: { id: string } }>(
        'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
        { input: { title: 'Phong trào nháp', totalPoints: 100 } },
        admin,
      ),
    ).createCampaign.id;
    const before = await app.dataSource.query(
      `SELECT json_agg(i ORDER BY i.code) AS rows FROM indicator i WHERE i.campaign_id = $1`,
      [draftId],
    );
    const r = await app.gql(
      `mutation($input: SaveIndicatorTreeInput!) { saveIndicatorTree(input: $input) { id } }`,
      {
        input: {
          campaignId: draftId,
          indicators: [
            { key: 'g', code: '1', title: 'Học tập nghị quyết', kind: 'GROUP', maxPoints: 100 },
            {
              key: 'r',
              parentKey: 'g',
              code: '1.1',
              title: 'Tỷ lệ',
              kind: 'COMPUTED',
              maxPoints: 100,
              computedSource: { kind: 'ACTIVITY', id: planId, metric: 'ACTIVITY_ATTENDANCE_RATE' },
            },
          ],
        },
      },
      admin,
    );
    expect(r.errors).toBeDefined();
    expect(JSON.stringify(errorOf(r))).toContain('populationKind');
    expect(
      await app.dataSource.query(
        `SELECT json_agg(i ORDER BY i.code) AS rows FROM indicator i WHERE i.campaign_id = $1`,
        [draftId],
      ),
    ).toEqual(before);
  });

  it('a submitted activity refreshes the unit’s sheet: the values are the log’s figures', async () => {
    // Nothing logged yet: the admin's recompute fills both with zero.
    const recomputed = await app.gql<{ recomputeIndicators: { skipped: unknown[] } }>(
      'mutation($c: ID!, $p: ID!) { recomputeIndicators(campaignId: $c, periodId: $p) { updated skipped { indicatorCode } } }',
      { c: campaignId, p: periodId },
      admin,
    );
    expect(must(recomputed).recomputeIndicators.skipped).toEqual([]);
    const empty = await expectSheetMatchesLog(units.RF1);
    expect(empty.meetings.value).toBe(0);

    await meeting(officerA, 'Sinh hoạt chi bộ tháng 1', addDays(today, -10), [members[0], members[1]]);
    await meeting(officerA, 'Sinh hoạt chi bộ tháng 2', addDays(today, -3), [members[1], members[2]]);
    // A draft counts nowhere; another unit's meeting counts for that unit only; a meeting of
    // another plan counts for the rate (every plan) but not for the count (this plan).
    await meeting(officerA, 'Bản nháp', addDays(today, -2), [members[3]], { draft: true });
    await meeting(officerB, 'Sinh hoạt chi bộ RF2', addDays(today, -4), [members[4]]);
    await meeting(officerA, 'Sinh hoạt theo kế hoạch khác', addDays(today, -1), [members[0]], { plan: otherPlanId });

    const { expected, meetings, rate } = await expectSheetMatchesLog(units.RF1);
    expect(expected.meetingIds).toHaveLength(2);
    expect(meetings.value).toBeCloseTo(2 / 3, 10);
    expect(rate.value).toBeCloseTo(3 / 4, 10);
    const other = await expectSheetMatchesLog(units.RF2);
    expect(other.meetings.value).toBeCloseTo(1 / 3, 10);
    expect(other.rate.value).toBe(1);

    // The refresh is the system's, audited as the admin's recompute is.
    const [{ n }]: { n: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entry_id = $1 AND action = 'SCORE_COMPUTED' AND actor_id IS NULL`,
      [meetings.id],
    );
    expect(n).toBeGreaterThanOrEqual(2);
  });

  it('lists exactly the activities behind a value, to those who may read the sheet', async () => {
    const { sheet, expected } = await expectSheetMatchesLog(units.RF1);
    const entry = entryOf(sheet, '1.1');
    for (const token of [officerA, reviewer, admin]) {
      const list = must(
        await app.gql<{ computedEntryActivities: EntryActivity[] }>(ENTRY_ACTIVITIES, { id: entry.id }, token),
      ).computedEntryActivities;
      expect(list.map((a) => a.id).sort()).toEqual([...expected.meetingIds].sort());
      expect(list.map((a) => a.title)).toEqual(['Sinh hoạt chi bộ tháng 1', 'Sinh hoạt chi bộ tháng 2']);
      expect(list.map((a) => a.namedAttendeeCount)).toEqual([2, 2]);
      expect(list.every((a) => a.unitId === units.RF1)).toBe(true);
    }
    // The rate counts the other plan's meeting too.
    const rateList = must(
      await app.gql<{ computedEntryActivities: EntryActivity[] }>(
        ENTRY_ACTIVITIES,
        { id: entryOf(sheet, '1.2').id },
        officerA,
      ),
    ).computedEntryActivities;
    expect(rateList.map((a) => a.title)).toEqual([
      'Sinh hoạt chi bộ tháng 1',
      'Sinh hoạt chi bộ tháng 2',
      'Sinh hoạt theo kế hoạch khác',
    ]);
    // A manual entry has none.
    expect(
      must(
        await app.gql<{ computedEntryActivities: EntryActivity[] }>(
          ENTRY_ACTIVITIES,
          { id: entryOf(sheet, '1.3').id },
          officerA,
        ),
      ).computedEntryActivities,
    ).toEqual([]);
    // Another unit's officer is refused; a malformed id names the field.
    const refused = await app.gql(ENTRY_ACTIVITIES, { id: entry.id }, officerB);
    expect(refused.data).toBeNull();
    expect(errorOf(refused)).toMatchObject({ reason: 'SHEET_OUT_OF_SCOPE' });
    const bad = await app.gql(ENTRY_ACTIVITIES, { id: 'not-an-id' }, officerA);
    expect(errorOf(bad)).toMatchObject({ reason: 'INVALID_INPUT', details: { field: 'entryId' } });
    const missing = await app.gql(ENTRY_ACTIVITIES, { id: '00000000-0000-4000-8000-000000000000' }, admin);
    expect(errorOf(missing)).toMatchObject({ reason: 'ENTRY_NOT_FOUND' });
  });

  it('a correction request withdraws the activity from the figures; a resubmission and an edit bring them back', async () => {
    const before = await fromLog(units.RF1);
    const [withdrawn] = before.meetingIds.slice(-1);
    must(
      await app.gql(
        CORRECT,
        { input: { id: withdrawn, reason: 'Thiếu biên bản cuộc họp, đề nghị bổ sung' } },
        reviewer,
      ),
    );
    const after = await expectSheetMatchesLog(units.RF1);
    expect(after.expected.meetingIds).toHaveLength(1);
    expect(after.meetings.value).toBeCloseTo(1 / 3, 10);
    // An and Bình were at the first meeting (An at the other plan's too): Cường is no longer counted.
    expect(after.rate.value).toBeCloseTo(2 / 4, 10);
    const list = must(
      await app.gql<{ computedEntryActivities: EntryActivity[] }>(
        ENTRY_ACTIVITIES,
        { id: after.meetings.id },
        officerA,
      ),
    ).computedEntryActivities;
    expect(list.map((a) => a.id)).toEqual(after.expected.meetingIds);

    // Corrected and submitted again: counted again.
    must(await app.gql(SUBMIT, { id: withdrawn }, officerA));
    expect((await expectSheetMatchesLog(units.RF1)).meetings.value).toBeCloseTo(2 / 3, 10);

    // A submitted activity moved out of the period (before its start) leaves the figures; its old date is refreshed.
    must(await app.gql(SAVE, { input: { id: withdrawn, occurredOn: addDays(periodStart, -5) } }, officerA));
    const moved = await expectSheetMatchesLog(units.RF1);
    expect(moved.meetings.value).toBeCloseTo(1 / 3, 10);
    // Back into the period: its new date is refreshed.
    must(await app.gql(SAVE, { input: { id: withdrawn, occurredOn: addDays(today, -3) } }, officerA));
    expect((await expectSheetMatchesLog(units.RF1)).meetings.value).toBeCloseTo(2 / 3, 10);
  });

  it('a published sheet keeps its figure when the log changes afterwards', async () => {
    for (const unitId of [units.RF1, units.RF2]) {
      const sheet = await sheetOf(unitId);
      must(
        await app.gql(
          'mutation($input: MarkScoreSheetInput!) { markScoreSheet(input: $input) { id } }',
          { input: { sheetId: sheet.id, mark: 'NOT_CONSIDERED', reason: 'Thử công bố kỳ sơ kết' } },
          admin,
        ),
      );
    }
    must(await app.gql('mutation($p: ID!) { publishCampaignPeriod(periodId: $p) { id } }', { p: periodId }, admin));
    const published = await sheetOf(units.RF1);
    expect(published.status).toBe('PUBLISHED');
    const kept = entryOf(published, '1.1');

    await meeting(officerA, 'Sinh hoạt chi bộ sau công bố', today, [members[3]]);
    const later = await fromLog(units.RF1);
    expect(later.meetingIds).toHaveLength(3); // the log moved on…
    const now = entryOf(await sheetOf(units.RF1), '1.1');
    expect(now.value).toBe(kept.value); // …the published figure did not
    expect(now.selfScore).toBe(kept.selfScore);
    expect(now.computed).toEqual(kept.computed);
  });
});
