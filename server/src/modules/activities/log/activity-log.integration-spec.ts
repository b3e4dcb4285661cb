import { Role } from '@thidua/shared';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../../test-support/test-app.js';
import { createNeighbourhoodGroups } from '../../campaigns/sheets/testing/sheet-scenario.js';
import { Person } from '../../people/entities/person.entity.js';
import { ActivityPlan } from '../entities/activity-plan.entity.js';
import { todayInVietnam } from '../reports/ward-report-rules.js';

const ACTIVITY = `id planId unitId form kind title occurredOn location speaker link quantity attendeeCount audienceKind
  status correctionReason namedAttendeeCount evidenceCount
  attendees { personId fullName kind } evidence { id kind url }
  attendance { present population rate } history { action actorName changedFields reason }`;

interface Activity {
  id: string;
  planId: string;
  unitId: string;
  form: string;
  kind: string;
  title: string;
  occurredOn: string | null;
  link: string | null;
  attendeeCount: number | null;
  status: string;
  correctionReason: string | null;
  namedAttendeeCount: number;
  evidenceCount: number;
  attendees: { personId: string; fullName: string; kind: string }[];
  evidence: { id: string; kind: string; url: string | null }[];
  attendance: { present: number; population: number | null; rate: number | null } | null;
  history: { action: string; actorName: string | null; changedFields: string[]; reason: string | null }[];
}

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { ${ACTIVITY} } }`;
const SAVE = `mutation($input: SaveActivityInput!) { saveActivity(input: $input) { ${ACTIVITY} } }`;
const ATTENDEES = `mutation($input: SetActivityAttendeesInput!) { setActivityAttendees(input: $input) { ${ACTIVITY} } }`;
const SUBMIT = `mutation($id: ID!) { submitActivity(id: $id) { ${ACTIVITY} } }`;
const CORRECT = `mutation($input: RequestActivityCorrectionInput!) { requestActivityCorrection(input: $input) { ${ACTIVITY} } }`;
const LINK = `mutation($input: AddActivityLinkInput!) { addActivityLink(input: $input) { ${ACTIVITY} } }`;
const FILE = `mutation($input: AddActivityFileInput!) { addActivityFile(input: $input) { ${ACTIVITY} } }`;
const REMOVE = `mutation($id: ID!) { removeActivityEvidence(id: $id) { ${ACTIVITY} } }`;
/** A 1×1 PNG. */
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const DELETE = `mutation($id: ID!) { deleteActivity(id: $id) }`;
const ONE = `query($id: ID!) { activity(id: $id) { ${ACTIVITY} } }`;
const LIST = `query($filter: ActivitiesFilter) { activities(filter: $filter) { id unitId form status title } }`;
const CANDIDATES = `query($id: ID!, $search: String!) { activityRosterCandidates(activityId: $id, search: $search) { personId fullName } }`;
const PLANS = `query { activityPlans { id title status } }`;
const SAVE_PLAN = `mutation($input: ActivityPlanInput!) { saveActivityPlan(input: $input) { id title documentNumber status } }`;

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The activity log through the real GraphQL API and PostgreSQL: scope (an officer its own
 * unit only), each refusal naming the field and changing nothing, the attendance rate
 * from the roster, the review and the audit trail.
 */
describe('activity log', () => {
  let app: TestApp;
  let admin: string;
  let reviewer: string;
  let officerA: string;
  let officerB: string;
  let units: Record<string, string>;
  let planId: string;
  let members: Person[];
  let otherUnitPerson: Person;
  const today = todayInVietnam();

  const must = <T>(r: GraphqlResponse<T>): T => {
    if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const errorOf = (r: GraphqlResponse) => r.errors?.[0]?.extensions;
  const snapshot = async () =>
    JSON.stringify(
      await app.dataSource.query(
        `SELECT (SELECT json_agg(a ORDER BY a.id) FROM activity a) AS activities,
                (SELECT json_agg(t ORDER BY t.activity_id, t.person_id) FROM activity_attendee t) AS attendees,
                (SELECT json_agg(e ORDER BY e.id) FROM activity_evidence e) AS evidence,
                (SELECT count(*)::int FROM activity_event) AS events`,
      ),
    );
  const draft = async (form = 'ORAL', kind = 'PARTY_CELL_MEETING', token = officerA) =>
    must(await app.gql<{ createActivity: Activity }>(CREATE, { input: { planId, form, kind } }, token)).createActivity;
  /** Runs a refused call and checks the reason, the field and that nothing changed. */
  const refused = async (call: () => Promise<GraphqlResponse>, reason: string, field?: string) => {
    const before = await snapshot();
    const ext = errorOf(await call());
    expect(ext?.reason).toBe(reason);
    if (field) expect((ext?.details as { field?: string } | undefined)?.field).toBe(field);
    expect(await snapshot()).toBe(before);
  };

  beforeAll(async () => {
    app = await createTestApp();
    units = await createNeighbourhoodGroups(app, ['AL1', 'AL2']);
    const plans = app.dataSource.getRepository(ActivityPlan);
    planId = (
      await plans.save(
        plans.create({ title: 'Tuyên truyền Nghị quyết', startsOn: addDays(today, -30), endsOn: addDays(today, 30) }),
      )
    ).id;
    const people = app.dataSource.getRepository(Person);
    const person = (unitId: string, kind: string, name: string, searchText: string) =>
      people.save(
        people.create({ unitId, kind, fullName: name, searchText, birthYear: 1970, identityKey: `${searchText}|1970` }),
      );
    members = [
      await person(units.AL1, 'PARTY_MEMBERS', 'Nguyễn Văn An', 'nguyen van an'),
      await person(units.AL1, 'PARTY_MEMBERS', 'Trần Thị Bình', 'tran thi binh'),
      await person(units.AL1, 'PARTY_MEMBERS', 'Lê Văn Cường', 'le van cuong'),
      await person(units.AL1, 'PARTY_MEMBERS', 'Phạm Thị Dung', 'pham thi dung'),
    ];
    otherUnitPerson = await person(units.AL2, 'PARTY_MEMBERS', 'Hoàng Văn Em', 'hoang van em');
    admin = await app.tokenFor(Role.ADMIN);
    reviewer = await app.tokenFor(Role.REVIEWER);
    officerA = await app.tokenFor(Role.UNIT_OFFICER, units.AL1);
    officerB = await app.tokenFor(Role.UNIT_OFFICER, units.AL2);
  });
  afterAll(() => app?.close());

  it('an officer logs a chi bộ meeting with people present, submits it; the rate is of the named party members', async () => {
    const a = await draft();
    expect(a.status).toBe('DRAFT');
    expect(a.planId).toBe(planId);
    expect(a.unitId).toBe(units.AL1);
    must(
      await app.gql(
        SAVE,
        {
          input: {
            id: a.id,
            title: 'Quán triệt Nghị quyết Trung ương 2',
            occurredOn: today,
            speaker: 'Đồng chí Bí thư',
            location: 'Nhà văn hóa',
            audienceKind: 'PARTY_MEMBERS',
          },
        },
        officerA,
      ),
    );
    const candidates = must(
      await app.gql<{ activityRosterCandidates: { personId: string }[] }>(
        CANDIDATES,
        { id: a.id, search: 'Bình' },
        officerA,
      ),
    ).activityRosterCandidates;
    expect(candidates.map((c) => c.personId)).toEqual([members[1].id]);
    const withPeople = must(
      await app.gql<{ setActivityAttendees: Activity }>(
        ATTENDEES,
        { input: { id: a.id, personIds: [members[0].id, members[1].id, members[2].id] } },
        officerA,
      ),
    ).setActivityAttendees;
    expect(withPeople.attendeeCount).toBe(3);
    expect(withPeople.attendance).toEqual({ present: 3, population: 4, rate: 0.75 });
    const submitted = must(await app.gql<{ submitActivity: Activity }>(SUBMIT, { id: a.id }, officerA)).submitActivity;
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.history.map((h) => h.action)).toEqual([
      'ACTIVITY_CREATED',
      'ACTIVITY_SAVED',
      'ATTENDEES_SET',
      'ACTIVITY_SUBMITTED',
    ]);
    expect(submitted.history[1].changedFields.sort()).toEqual(
      ['audienceKind', 'location', 'occurredOn', 'speaker', 'title'].sort(),
    );
  });

  it('an officer cannot read, list or edit another unit’s activity; reviewers see all', async () => {
    const a = await draft();
    await refused(() => app.gql(ONE, { id: a.id }, officerB), 'OUT_OF_SCOPE');
    await refused(() => app.gql(SAVE, { input: { id: a.id, title: 'Sửa trộm' } }, officerB), 'OUT_OF_SCOPE');
    await refused(() => app.gql(DELETE, { id: a.id }, officerB), 'OUT_OF_SCOPE');
    await refused(
      () => app.gql(CREATE, { input: { form: 'ORAL', kind: 'TDP_MEETING', unitId: units.AL1 } }, officerB),
      'OUT_OF_SCOPE',
    );
    const listB = must(await app.gql<{ activities: Activity[] }>(LIST, {}, officerB)).activities;
    expect(listB.every((r) => r.unitId === units.AL2)).toBe(true);
    expect(listB.some((r) => r.id === a.id)).toBe(false);
    const listReviewer = must(
      await app.gql<{ activities: Activity[] }>(LIST, { filter: { unitId: units.AL1 } }, reviewer),
    ).activities;
    expect(listReviewer.some((r) => r.id === a.id)).toBe(true);
    expect(must(await app.gql<{ activity: Activity }>(ONE, { id: a.id }, reviewer)).activity.id).toBe(a.id);
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const oral = await draft();
    const save = (input: Record<string, unknown>) => () =>
      app.gql(SAVE, { input: { id: oral.id, ...input } }, officerA);
    await refused(save({ occurredOn: addDays(today, -31) }), 'ACTIVITY_INVALID', 'occurredOn');
    await refused(save({ occurredOn: addDays(today, 1) }), 'ACTIVITY_INVALID', 'occurredOn');
    await refused(save({ kind: 'BANNER' }), 'ACTIVITY_INVALID', 'kind');
    await refused(save({ audienceKind: 'PARTY_MEMBERS', attendeeCount: 5 }), 'ATTENDANCE_INVALID', 'attendeeCount');
    await refused(save({ link: 'https://example.vn/x' }), 'ACTIVITY_INVALID', 'link');
    await refused(
      () => app.gql(ATTENDEES, { input: { id: oral.id, personIds: [otherUnitPerson.id] } }, officerA),
      'ATTENDANCE_INVALID',
      'attendees',
    );
    must(await app.gql(ATTENDEES, { input: { id: oral.id, personIds: [members[0].id, members[1].id] } }, officerA));
    await refused(save({ attendeeCount: 1 }), 'ATTENDANCE_INVALID', 'attendeeCount');
    await refused(
      () => app.gql(CREATE, { input: { form: 'ORAL', kind: 'BANNER' } }, officerA),
      'ACTIVITY_INVALID',
      'kind',
    );

    const post = await draft('CYBERSPACE', 'ZALO');
    const savePost = (input: Record<string, unknown>) => () =>
      app.gql(SAVE, { input: { id: post.id, ...input } }, officerA);
    await refused(savePost({ link: 'zalo nhóm khu phố' }), 'ACTIVITY_INVALID', 'link');
    await refused(savePost({ link: 'javascript:alert(1)' }), 'ACTIVITY_INVALID', 'link');
    await refused(savePost({ quantity: 0 }), 'ACTIVITY_INVALID', 'quantity');
    await refused(
      () => app.gql(LINK, { input: { id: post.id, url: 'ftp://x.vn/a' } }, officerA),
      'ACTIVITY_INVALID',
      'link',
    );
    must(
      await app.gql(
        SAVE,
        { input: { id: post.id, title: 'Bài đăng Nghị quyết', occurredOn: today, quantity: 2 } },
        officerA,
      ),
    );
    await refused(() => app.gql(SUBMIT, { id: post.id }, officerA), 'ACTIVITY_EVIDENCE_REQUIRED', 'link');
    const linked = must(
      await app.gql<{ saveActivity: Activity }>(
        SAVE,
        { input: { id: post.id, link: 'https://zalo.me/g/abc' } },
        officerA,
      ),
    ).saveActivity;
    expect(linked.link).toBe('https://zalo.me/g/abc');
    expect(
      must(await app.gql<{ submitActivity: Activity }>(SUBMIT, { id: post.id }, officerA)).submitActivity.status,
    ).toBe('SUBMITTED');

    const banner = await draft('VISUAL', 'BANNER');
    must(
      await app.gql(SAVE, { input: { id: banner.id, title: 'Băng rôn', occurredOn: today, quantity: 3 } }, officerA),
    );
    await refused(() => app.gql(SUBMIT, { id: banner.id }, officerA), 'ACTIVITY_EVIDENCE_REQUIRED', 'file');
    const empty = await draft();
    await refused(() => app.gql(SUBMIT, { id: empty.id }, officerA), 'ACTIVITY_INVALID', 'title');
  });

  it('the office asks for a correction with a reason; the unit sees it and submits again', async () => {
    const a = await draft('CYBERSPACE', 'FACEBOOK');
    must(
      await app.gql(
        SAVE,
        { input: { id: a.id, title: 'Bài viết', occurredOn: today, link: 'https://facebook.com/p/1', quantity: 1 } },
        officerA,
      ),
    );
    await refused(
      () => app.gql(CORRECT, { input: { id: a.id, reason: 'Sửa lại đường dẫn bài viết' } }, reviewer),
      'ACTIVITY_WRONG_STATUS',
    );
    must(await app.gql(SUBMIT, { id: a.id }, officerA));
    await refused(
      () => app.gql(CORRECT, { input: { id: a.id, reason: 'ngắn' } }, reviewer),
      'REASON_REQUIRED',
      'reason',
    );
    const forbidden = await app.gql(CORRECT, { input: { id: a.id, reason: 'Đơn vị tự duyệt mình' } }, officerA);
    expect(forbidden.errors?.length).toBeGreaterThan(0);
    must(
      await app.gql(CORRECT, { input: { id: a.id, reason: 'Đường dẫn không mở được, đề nghị kiểm tra' } }, reviewer),
    );
    const seen = must(await app.gql<{ activity: Activity }>(ONE, { id: a.id }, officerA)).activity;
    expect(seen.status).toBe('CORRECTION_REQUESTED');
    expect(seen.correctionReason).toBe('Đường dẫn không mở được, đề nghị kiểm tra');
    expect(seen.history.at(-1)).toMatchObject({ action: 'CORRECTION_REQUESTED', reason: seen.correctionReason });
    const again = must(await app.gql<{ submitActivity: Activity }>(SUBMIT, { id: a.id }, officerA)).submitActivity;
    expect(again.status).toBe('SUBMITTED');
    expect(again.correctionReason).toBeNull();
    await refused(() => app.gql(DELETE, { id: a.id }, officerA), 'ACTIVITY_WRONG_STATUS');
  });

  it('a banner is submitted once it has a photo; files are checked by content and served in scope only', async () => {
    const banner = await draft('VISUAL', 'BANNER');
    must(
      await app.gql(SAVE, { input: { id: banner.id, title: 'Băng rôn', occurredOn: today, quantity: 2 } }, officerA),
    );
    const file =
      (fileName: string, contentBase64: string, token = officerA) =>
      () =>
        app.gql(FILE, { input: { id: banner.id, fileName, contentBase64 } }, token);
    await refused(
      file('bang-ron.png', Buffer.from('MZ not an image').toString('base64')),
      'ACTIVITY_FILE_UNSUPPORTED',
      'file',
    );
    await refused(file('bang-ron.pdf', PNG_BASE64), 'ACTIVITY_FILE_UNSUPPORTED', 'file');
    await refused(file('bang-ron.png', PNG_BASE64, officerB), 'OUT_OF_SCOPE');
    const withPhoto = must(
      await app.gql<{ addActivityFile: Activity }>(
        FILE,
        { input: { id: banner.id, fileName: 'bang-ron.png', contentBase64: PNG_BASE64 } },
        officerA,
      ),
    ).addActivityFile;
    expect(withPhoto.evidence).toHaveLength(1);
    const evidenceId = withPhoto.evidence[0].id;
    const download = (token: string) =>
      fetch(`${app.server.url}/api/activity-evidence/${evidenceId}`, { headers: { authorization: `Bearer ${token}` } });
    const own = await download(officerA);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await own.arrayBuffer()).toString('base64')).toBe(PNG_BASE64);
    expect((await download(officerB)).status).toBe(403);
    expect((await download(reviewer)).status).toBe(200);
    expect(
      must(await app.gql<{ submitActivity: Activity }>(SUBMIT, { id: banner.id }, officerA)).submitActivity.status,
    ).toBe('SUBMITTED');
    // Submitted, it stays complete: its only photo cannot be removed, nor its date cleared.
    await refused(() => app.gql(REMOVE, { id: evidenceId }, officerA), 'ACTIVITY_EVIDENCE_REQUIRED', 'file');
    await refused(
      () => app.gql(SAVE, { input: { id: banner.id, occurredOn: '' } }, officerA),
      'ACTIVITY_INVALID',
      'occurredOn',
    );
    expect((await download(officerA)).status).toBe(200);
    // With another photo, the first one goes.
    must(
      await app.gql(
        FILE,
        { input: { id: banner.id, fileName: 'bang-ron-2.png', contentBase64: PNG_BASE64 } },
        officerA,
      ),
    );
    const removed = must(
      await app.gql<{ removeActivityEvidence: Activity }>(REMOVE, { id: evidenceId }, officerA),
    ).removeActivityEvidence;
    expect(removed.evidence).toHaveLength(1);
    expect(removed.status).toBe('SUBMITTED');
    expect(removed.history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['EVIDENCE_ADDED', 'EVIDENCE_REMOVED']),
    );
    expect((await download(officerA)).status).toBe(404);
  });

  it('a draft is deleted, audited; plans are saved by an admin only', async () => {
    const a = await draft();
    expect(must(await app.gql<{ deleteActivity: boolean }>(DELETE, { id: a.id }, officerA)).deleteActivity).toBe(true);
    const [{ n }]: { n: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM activity_event WHERE subject_id = $1 AND action = 'ACTIVITY_DELETED'`,
      [a.id],
    );
    expect(n).toBe(1);
    const input = { title: 'Kế hoạch mới', documentNumber: '45/KH-UBND', startsOn: today, endsOn: addDays(today, 10) };
    const officerSave = await app.gql(SAVE_PLAN, { input }, officerA);
    expect(officerSave.errors?.length).toBeGreaterThan(0);
    const bad = await app.gql(SAVE_PLAN, { input: { ...input, endsOn: addDays(today, -1) } }, admin);
    expect(errorOf(bad)).toMatchObject({ reason: 'PLAN_INVALID', details: { field: 'endsOn' } });
    const plan = must(
      await app.gql<{ saveActivityPlan: { id: string; documentNumber: string } }>(SAVE_PLAN, { input }, admin),
    ).saveActivityPlan;
    expect(plan.documentNumber).toBe('45/KH-UBND');
    const listed = must(await app.gql<{ activityPlans: { id: string }[] }>(PLANS, {}, officerA)).activityPlans;
    expect(listed.map((p) => p.id)).toEqual(expect.arrayContaining([plan.id, planId]));
  });

  it('lists activities with their people, evidence, rate and history in a few queries, however many there are', async () => {
    const DETAILED = `query($filter: ActivitiesFilter) { activities(filter: $filter) { ${ACTIVITY} } }`;
    const queriesFor = async () => {
      const query = app.dataSource.query.bind(app.dataSource);
      let count = 0;
      app.dataSource.query = ((...args: Parameters<typeof query>) => {
        count += 1;
        return query(...args);
      }) as typeof query;
      try {
        const listed = must(await app.gql<{ activities: Activity[] }>(DETAILED, { filter: { planId } }, reviewer));
        return { count, activities: listed.activities };
      } finally {
        app.dataSource.query = query;
      }
    };
    const before = await queriesFor();
    for (let i = 0; i < 6; i += 1) {
      const a = await draft();
      must(await app.gql(SAVE, { input: { id: a.id, audienceKind: 'PARTY_MEMBERS' } }, officerA));
      must(await app.gql(ATTENDEES, { input: { id: a.id, personIds: [members[i % 4].id] } }, officerA));
      must(await app.gql(LINK, { input: { id: a.id, url: `https://zalo.me/post/${i}` } }, officerA));
    }
    const after = await queriesFor();
    expect(after.activities.length).toBe(before.activities.length + 6);
    expect(after.count).toBe(before.count);
    expect(after.count).toBeLessThanOrEqual(10);
    const one = after.activities.find((a) => a.evidence.some((e) => e.url === 'https://zalo.me/post/5'))!;
    expect(one.attendees.map((p) => p.personId)).toEqual([members[1].id]);
    expect(one.attendance).toEqual({ present: 1, population: 4, rate: 0.25 });
    expect(one.history.map((h) => h.action)).toEqual(expect.arrayContaining(['ACTIVITY_CREATED', 'EVIDENCE_ADDED']));
  });

  it('finds an old activity by its title without diacritics, however many newer ones there are', async () => {
    const old = await draft();
    must(
      await app.gql(
        SAVE,
        {
          input: {
            id: old.id,
            title: 'Học tập Nghị quyết số 57 về khoa học, công nghệ',
            occurredOn: addDays(today, -25),
          },
        },
        officerA,
      ),
    );
    // 1,000 newer activities: the list shows 1,000 at most, so a search done after the limit misses the old one.
    await app.asOwner(
      `INSERT INTO activity (plan_id, unit_id, form, kind, title, occurred_on)
       SELECT $1, $2, 'ORAL', 'PARTY_CELL_MEETING', 'Sinh hoạt chi bộ ' || n, $3::date FROM generate_series(1, 1000) n`,
      [planId, units.AL1, today],
    );
    try {
      const search = async (text: string, token = reviewer) =>
        must(await app.gql<{ activities: Activity[] }>(LIST, { filter: { planId, search: text } }, token)).activities;
      expect((await search('nghi quyet 57 khoa hoc')).map((a) => a.id)).toEqual([old.id]);
      expect((await search('NGHỊ QUYẾT  57')).map((a) => a.id)).toEqual([old.id]);
      // Words may also name the unit; every word must match; LIKE wildcards are taken literally.
      expect((await search('al1 cong nghe')).map((a) => a.id)).toEqual([old.id]);
      expect(await search('al2 cong nghe')).toEqual([]);
      expect(await search('nghi%57')).toEqual([]);
      // The unit officer's scope still applies.
      expect((await search('nghi quyet 57', officerA)).map((a) => a.id)).toEqual([old.id]);
      expect(await search('nghi quyet 57', officerB)).toEqual([]);
    } finally {
      await app.asOwner(`DELETE FROM activity WHERE title LIKE 'Sinh hoạt chi bộ %' AND created_by IS NULL`);
    }
  });
});
