import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import {
  createNeighbourhoodGroups,
  errorOf,
  launchScenario,
  notificationsOf,
  passDeadline,
  sheetCalls,
  type Scenario,
} from './testing/sheet-scenario.js';

const DAY = 86_400_000;

/**
 * The deadlock: one late tổ dân phố blocked a whole period forever. Deadlines now
 * bend with a trace (extensions, reply windows, entry on the unit's behalf, marks), and
 * publishing waits for no unmarked late unit.
 */
describe('deadlines that bend: a late unit never blocks the ward', () => {
  let app: TestApp;
  let admin: string;
  let reviewer: string;
  let officers: Record<string, string>;
  let calls: ReturnType<typeof sheetCalls>;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.tokenFor('ADMIN');
    reviewer = await app.tokenFor('REVIEWER');
    calls = sheetCalls(app);
  });
  afterAll(() => app.close());

  async function twoGroups(prefix: string): Promise<Scenario> {
    const units = await createNeighbourhoodGroups(app, [`${prefix}-01`, `${prefix}-02`]);
    officers = {};
    for (const code of Object.keys(units)) officers[code] = await app.tokenFor('UNIT_OFFICER', units[code]);
    return launchScenario(app, admin, units);
  }
  const entry = (s: Scenario, code: string) => s.sheets[code].entries[0].id;

  it('publishes with the unit that never submitted marked không nộp, shown as such in the lists', async () => {
    const s = await twoGroups('TDP');
    expect((await calls.save(officers['TDP-01'], { entryId: entry(s, 'TDP-01'), value: 8 })).sheet).toBeTruthy();
    expect((await calls.submit(officers['TDP-01'], { sheetId: s.sheets['TDP-01'].id })).sheet!.status).toBe(
      'SUBMITTED',
    );
    const deadline = await passDeadline(app, s.periodId);

    // TDP-02 missed its deadline: it can no longer edit, and is told until when it could.
    const late = await calls.save(officers['TDP-02'], { entryId: entry(s, 'TDP-02'), value: 5 });
    expect(errorOf(late.r)).toMatchObject({
      reason: 'DEADLINE_PASSED',
      details: { deadline: deadline.toISOString() },
    });
    expect(late.r.errors![0].message).toContain(deadline.toISOString());
    const overdue = (await calls.get(officers['TDP-02'], s.sheets['TDP-02'].id)).sheet!;
    expect(overdue).toMatchObject({ status: 'DRAFT', officerStatus: 'OVERDUE', isOverdue: true });

    expect((await calls.approve(reviewer, s.sheets['TDP-01'].id)).sheet!.officerStatus).toBe('APPROVED');
    const publish = () =>
      app.gql<{ publishCampaignPeriod: { unit: { code: string }; status: string; mark: string | null }[] }>(
        'mutation($p: ID!) { publishCampaignPeriod(periodId: $p) { unit { code } status mark markReason } }',
        { p: s.periodId },
        admin,
      );
    const refused = await publish();
    expect(errorOf(refused)).toMatchObject({ reason: 'PERIOD_NOT_READY', details: { units: ['TDP-02'] } });
    expect(refused.errors![0].message).toBe('Sheets neither approved nor marked: TDP-02');

    expect(
      errorOf((await calls.mark(reviewer, { sheetId: s.sheets['TDP-02'].id, mark: 'NOT_SUBMITTED', reason: ' ' })).r),
    ).toMatchObject({ reason: 'REASON_REQUIRED' });
    expect(
      errorOf(
        (await calls.mark(officers['TDP-01'], { sheetId: s.sheets['TDP-02'].id, mark: 'NOT_SUBMITTED', reason: 'x' }))
          .r,
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const marked = (
      await calls.mark(reviewer, {
        sheetId: s.sheets['TDP-02'].id,
        mark: 'NOT_SUBMITTED',
        reason: 'Quá hạn 3 ngày, tổ trưởng đi vắng, không nộp bảng tự chấm',
      })
    ).sheet!;
    expect(marked).toMatchObject({ mark: 'NOT_SUBMITTED', officerStatus: 'MARKED', status: 'DRAFT' });
    expect(errorOf((await calls.save(officers['TDP-02'], { entryId: entry(s, 'TDP-02'), value: 5 })).r)).toMatchObject({
      reason: 'SHEET_MARKED',
    });
    expect((await notificationsOf(app, s.units['TDP-02'])).map((n) => n.kind)).toContain('SHEET_MARKED');

    const published = await publish();
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishCampaignPeriod.map((x) => [x.unit.code, x.status, x.mark])).toEqual([
      ['TDP-01', 'PUBLISHED', null],
      ['TDP-02', 'PUBLISHED', 'NOT_SUBMITTED'],
    ]);
    // The period's sheets and the unit's own list show the mark and its reason, immutable now.
    const own = (await calls.list(officers['TDP-02'], s.campaignId, s.periodId)).sheets;
    expect(own).toEqual([
      expect.objectContaining({
        officerStatus: 'MARKED',
        mark: 'NOT_SUBMITTED',
        markReason: 'Quá hạn 3 ngày, tổ trưởng đi vắng, không nộp bảng tự chấm',
        status: 'PUBLISHED',
      }),
    ]);
    expect(errorOf((await calls.unmark(reviewer, { sheetId: s.sheets['TDP-02'].id, reason: 'nhầm' })).r)).toMatchObject(
      {
        reason: 'PERIOD_PUBLISHED',
      },
    );
    for (const code of ['TDP-01', 'TDP-02']) {
      expect((await notificationsOf(app, s.units[code])).map((n) => n.kind)).toContain('PERIOD_PUBLISHED');
    }
    const trail = await calls.trail(admin, s.campaignId, s.sheets['TDP-02'].id);
    expect(trail.find((e) => e.action === 'SHEET_MARKED')).toMatchObject({
      newValue: '"NOT_SUBMITTED"',
      reason: 'Quá hạn 3 ngày, tổ trưởng đi vắng, không nộp bảng tự chấm',
      actorName: expect.stringMatching(/^reviewer-/),
    });
    expect(trail.find((e) => e.action === 'SHEET_PUBLISHED')).toMatchObject({
      oldValue: '"DRAFT"',
      reason: 'marked NOT_SUBMITTED',
    });
  });

  it('lets a sheet returned after the deadline be answered within its reply window, and not after', async () => {
    const s = await twoGroups('RW');
    const [a, b] = ['RW-01', 'RW-02'];
    for (const code of [a, b]) {
      await calls.save(officers[code], { entryId: entry(s, code), value: 7 });
      await calls.submit(officers[code], { sheetId: s.sheets[code].id });
    }
    await passDeadline(app, s.periodId, 2 * DAY);
    const before = Date.now();
    const returned = (await calls.returnSheet(reviewer, { sheetId: s.sheets[a].id, reason: 'Thiếu ảnh buổi họp tổ' }))
      .sheet!;
    expect(returned).toMatchObject({ status: 'RETURNED', officerStatus: 'RETURNED_NEEDS_FIX', isOverdue: false });
    const due = new Date(returned.replyDueAt!).getTime();
    expect(due).toBeGreaterThanOrEqual(before + 3 * DAY);
    expect(returned.editableUntil).toBe(returned.replyDueAt);
    const told = (await notificationsOf(app, s.units[a])).find((n) => n.kind === 'SHEET_RETURNED')!;
    expect(told.payload).toMatchObject({
      sheetId: s.sheets[a].id,
      reason: 'Thiếu ảnh buổi họp tổ',
      replyDueAt: returned.replyDueAt,
    });

    expect((await calls.save(officers[a], { entryId: entry(s, a), value: 6 })).sheet!.entries[0].value).toBe(6);
    const answered = (await calls.submit(officers[a], { sheetId: s.sheets[a].id, explanation: 'Đã bổ sung ảnh' }))
      .sheet!;
    expect(answered).toMatchObject({ status: 'SUBMITTED', officerStatus: 'IN_REVIEW', lateDays: 0 });

    // Returned again, and the window closes: the unit reads when it closed.
    await calls.returnSheet(reviewer, { sheetId: s.sheets[b].id, reason: 'Số liệu chưa khớp' });
    const closed = new Date(Date.now() - 60_000);
    await app.dataSource.query('UPDATE score_sheet SET reply_due_at = $2 WHERE id = $1', [s.sheets[b].id, closed]);
    const tooLate = await calls.save(officers[b], { entryId: entry(s, b), value: 6 });
    expect(errorOf(tooLate.r)).toMatchObject({
      reason: 'DEADLINE_PASSED',
      details: { deadline: closed.toISOString() },
    });
    expect(tooLate.r.errors![0].message).toContain('reply window');
    expect((await calls.get(officers[b], s.sheets[b].id)).sheet!.officerStatus).toBe('OVERDUE');
  });

  it("extends one unit's deadline with a reason, audited, and counts the days it was late", async () => {
    const s = await twoGroups('EX');
    const [a, b] = ['EX-01', 'EX-02'];
    const missed = await passDeadline(app, s.periodId, DAY + 3_600_000); // 25 h ago
    const sheetId = s.sheets[a].id;
    const soon = new Date(Date.now() + 2 * DAY).toISOString();
    expect(errorOf((await calls.extendUnit(reviewer, { sheetId, newDeadline: soon, reason: '' })).r)).toMatchObject({
      reason: 'REASON_REQUIRED',
    });
    expect(
      errorOf(
        (
          await calls.extendUnit(reviewer, {
            sheetId,
            newDeadline: new Date(missed.getTime() - DAY).toISOString(),
            reason: 'x',
          })
        ).r,
      ),
    ).toMatchObject({ reason: 'INVALID_DEADLINE' });
    expect(errorOf((await calls.extendUnit(officers[a], { sheetId, newDeadline: soon, reason: 'x' })).r)).toMatchObject(
      {
        code: 'FORBIDDEN',
      },
    );
    const extended = (await calls.extendUnit(reviewer, { sheetId, newDeadline: soon, reason: 'Tổ trưởng nằm viện' }))
      .sheet!;
    expect(extended).toMatchObject({ deadlineOverride: soon, effectiveDeadline: soon, officerStatus: 'DRAFT_OPEN' });
    expect((await notificationsOf(app, s.units[a])).find((n) => n.kind === 'DEADLINE_EXTENDED')!.payload).toMatchObject(
      {
        deadline: soon,
        reason: 'Tổ trưởng nằm viện',
      },
    );
    // The other unit still is past its deadline.
    expect(errorOf((await calls.save(officers[b], { entryId: entry(s, b), value: 4 })).r)).toMatchObject({
      reason: 'DEADLINE_PASSED',
    });

    await calls.save(officers[a], { entryId: entry(s, a), value: 9 });
    const submitted = (await calls.submit(officers[a], { sheetId })).sheet!;
    // Rescued after missing the deadline 25 h ago: two started days late.
    expect(submitted).toMatchObject({ status: 'SUBMITTED', lateDays: 2 });
    const trail = await calls.trail(admin, s.campaignId, sheetId);
    expect(trail.find((e) => e.action === 'DEADLINE_EXTENDED')).toMatchObject({
      field: 'deadlineOverride',
      oldValue: JSON.stringify(missed.toISOString()),
      reason: 'Tổ trưởng nằm viện',
      actorName: expect.stringMatching(/^reviewer-/),
    });
    expect(JSON.parse(trail.find((e) => e.action === 'DEADLINE_EXTENDED')!.newValue!)).toEqual({
      deadline: soon,
      rescue: true,
    });

    // A period-wide extension: every open unit is told, and it is no lateness.
    const later = new Date(Date.now() + 5 * DAY).toISOString();
    const period = await app.gql<{ extendPeriodDeadline: { unit: { code: string }; effectiveDeadline: string }[] }>(
      'mutation($input: ExtendPeriodDeadlineInput!) { extendPeriodDeadline(input: $input) { unit { code } effectiveDeadline } }',
      { input: { periodId: s.periodId, newDeadline: later, reason: 'Mưa bão, họp tổ dời lại' } },
      admin,
    );
    expect(period.data!.extendPeriodDeadline.map((x) => x.effectiveDeadline)).toEqual([later, later]);
    expect((await notificationsOf(app, s.units[b])).map((n) => n.kind)).toContain('DEADLINE_EXTENDED');
    await calls.save(officers[b], { entryId: entry(s, b), value: 4 });
    expect((await calls.submit(officers[b], { sheetId: s.sheets[b].id })).sheet!.lateDays).toBe(0);
  });

  it("lets a reviewer enter a late unit's sheet on its behalf, named in every event and shown on the sheet", async () => {
    const s = await twoGroups('OB');
    const code = 'OB-02';
    await passDeadline(app, s.periodId, 3 * DAY + 60_000);
    const saved = (await calls.save(reviewer, { entryId: entry(s, code), value: 6, note: 'Theo biên bản giấy tổ gửi' }))
      .sheet!;
    expect(saved).toMatchObject({ enteredOnBehalf: true, status: 'DRAFT' });
    const submitted = (await calls.submit(reviewer, { sheetId: s.sheets[code].id })).sheet!;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', enteredOnBehalf: true, lateDays: 4 });
    const trail = await calls.trail(admin, s.campaignId, s.sheets[code].id);
    const own = trail.filter((e) => ['ENTERED_ON_BEHALF', 'ENTRY_SAVED', 'SHEET_SUBMITTED'].includes(e.action));
    expect(own.length).toBeGreaterThanOrEqual(4);
    for (const e of own) expect(e.actorName).toMatch(/^reviewer-/);
    // The unit's own officer reads it; after approval no one enters it any more.
    expect((await calls.get(officers[code], s.sheets[code].id)).sheet!.enteredOnBehalf).toBe(true);
    expect((await calls.approve(reviewer, s.sheets[code].id)).sheet!.status).toBe('APPROVED');
    expect(errorOf((await calls.save(reviewer, { entryId: entry(s, code), value: 7 })).r)).toMatchObject({
      reason: 'INVALID_TRANSITION',
    });
    // A mark can be taken off with a reason, before publishing.
    const other = s.sheets['OB-01'].id;
    await calls.mark(reviewer, { sheetId: other, mark: 'NOT_CONSIDERED', reason: 'Đang sáp nhập tổ' });
    const unmarked = (await calls.unmark(reviewer, { sheetId: other, reason: 'Đã có quyết định, xét bình thường' }))
      .sheet!;
    expect(unmarked).toMatchObject({ mark: null, officerStatus: 'OVERDUE' });
  });
});
