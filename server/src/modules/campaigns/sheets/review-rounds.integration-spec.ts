import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { UsersService } from '../../users/users.service.js';
import {
  createNeighbourhoodGroups,
  errorOf,
  launchScenario,
  notificationsOf,
  sheetCalls,
  type Scenario,
} from './testing/sheet-scenario.js';

/**
 * Two review rounds: the block leader (khối trưởng) first, the ward reviewers second;
 * reviewers scoped to blocks; a unit never reviews or approves itself.
 */
describe('review rounds: block leader, ward reviewers, scopes, no self-review', () => {
  let app: TestApp;
  let admin: string;
  let reviewer: string;
  let officers: Record<string, string>;
  let calls: ReturnType<typeof sheetCalls>;
  let s: Scenario;
  const codes = ['KT-01', 'KT-02', 'KT-03'];
  const PASSWORD = 'mật khẩu đủ dài 2026';
  const [LEADER, B, C] = codes;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.tokenFor('ADMIN');
    reviewer = await app.tokenFor('REVIEWER');
    calls = sheetCalls(app);
    const units = await createNeighbourhoodGroups(app, codes);
    officers = {};
    for (const code of codes) officers[code] = await app.tokenFor('UNIT_OFFICER', units[code]);
    s = await launchScenario(app, admin, units, { leader: LEADER });
    for (const code of codes) {
      await calls.save(officers[code], { entryId: s.sheets[code].entries[0].id, value: 8 });
      await calls.submit(officers[code], { sheetId: s.sheets[code].id });
    }
  });
  afterAll(() => app.close());

  it("lets the leader unit's officer list and open its block's sheets, and edit only its own", async () => {
    const listed = (await calls.list(officers[LEADER], s.campaignId)).sheets;
    expect(listed.map((x) => x.unit.code)).toEqual(codes);
    expect(listed.every((x) => x.leaderUnitId === s.units[LEADER])).toBe(true);
    expect((await calls.get(officers[LEADER], s.sheets[B].id)).sheet!.unit.code).toBe(B);
    expect((await calls.list(officers[B], s.campaignId)).sheets.map((x) => x.unit.code)).toEqual([B]);
    expect(errorOf((await calls.get(officers[B], s.sheets[C].id)).r)).toMatchObject({ reason: 'SHEET_OUT_OF_SCOPE' });
    expect(
      errorOf((await calls.save(officers[LEADER], { entryId: s.sheets[B].entries[0].id, value: 1 })).r),
    ).toMatchObject({ reason: 'SHEET_OUT_OF_SCOPE' });
    // The submissions went to the leader's officers, and the leader's own to the ward.
    const leaderInbox = (await notificationsOf(app, s.units[LEADER])).filter((n) => n.kind === 'SHEET_TO_REVIEW');
    expect(leaderInbox.map((n) => n.payload.unitId).sort()).toEqual([s.units[B], s.units[C]].sort());
  });

  it('has the leader adjust and pass on a sheet of its block, never its own, and never approve', async () => {
    expect(errorOf((await calls.firstReview(officers[LEADER], { sheetId: s.sheets[LEADER].id })).r)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SELF_REVIEW',
    });
    expect(errorOf((await calls.firstReview(officers[C], { sheetId: s.sheets[B].id })).r)).toMatchObject({
      reason: 'SHEET_OUT_OF_SCOPE',
    });
    const adjusted = (
      await calls.review(officers[LEADER], {
        entryId: s.sheets[B].entries[0].id,
        reviewedScore: 7,
        reason: 'Chỉ có 1 buổi phát loa có ảnh',
      })
    ).sheet!;
    expect(adjusted.entries[0].reviewedScore).toBe(7);
    // Approval waits for the first round.
    expect(errorOf((await calls.approve(reviewer, s.sheets[B].id)).r)).toMatchObject({
      reason: 'FIRST_REVIEW_REQUIRED',
    });
    const passed = (await calls.firstReview(officers[LEADER], { sheetId: s.sheets[B].id, note: 'Đề nghị duyệt' }))
      .sheet!;
    expect(passed).toMatchObject({ status: 'FIRST_REVIEWED', officerStatus: 'FIRST_REVIEWED' });
    expect(passed.firstReviewedAt).not.toBeNull();
    expect((await notificationsOf(app, s.units[B])).map((n) => n.kind)).toContain('SHEET_FIRST_REVIEWED');
    // The first round is over for the leader; approving is the ward's.
    expect(
      errorOf((await calls.returnSheet(officers[LEADER], { sheetId: s.sheets[B].id, reason: 'x' })).r),
    ).toMatchObject({ reason: 'INVALID_TRANSITION' });
    expect(errorOf((await calls.approve(officers[LEADER], s.sheets[B].id)).r)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ROLE_REQUIRED',
    });
    expect((await calls.approve(reviewer, s.sheets[B].id)).sheet!.officerStatus).toBe('APPROVED');
    // The leader unit's own sheet goes straight to the ward reviewers.
    expect((await calls.approve(reviewer, s.sheets[LEADER].id)).sheet!.status).toBe('APPROVED');
    const trail = await calls.trail(admin, s.campaignId, s.sheets[B].id);
    expect(trail.find((e) => e.action === 'SHEET_FIRST_REVIEWED')).toMatchObject({
      reason: 'Đề nghị duyệt',
      actorName: expect.stringMatching(/^unit_officer-/),
    });
  });

  it('lets a ward reviewer do the first round when the leader does not, audited as such; the leader can return', async () => {
    const returned = (
      await calls.returnSheet(officers[LEADER], { sheetId: s.sheets[C].id, reason: 'Thiếu biên bản họp tổ' })
    ).sheet!;
    expect(returned).toMatchObject({ status: 'RETURNED', officerStatus: 'RETURNED_NEEDS_FIX' });
    await calls.submit(officers[C], { sheetId: s.sheets[C].id, explanation: 'Đã bổ sung biên bản' });
    const byWard = (await calls.firstReview(reviewer, { sheetId: s.sheets[C].id })).sheet!;
    expect(byWard.status).toBe('FIRST_REVIEWED');
    const event = (await calls.trail(admin, s.campaignId, s.sheets[C].id)).find(
      (e) => e.action === 'SHEET_FIRST_REVIEWED',
    )!;
    expect(JSON.parse(event.newValue!)).toEqual({ status: 'FIRST_REVIEWED', by: 'WARD_REVIEWER' });
    // The ward may return a first-reviewed sheet too.
    expect(
      (await calls.returnSheet(reviewer, { sheetId: s.sheets[C].id, reason: 'Số hộ chưa khớp' })).sheet!.status,
    ).toBe('RETURNED');
  });

  it('keeps a scoped reviewer to their blocks, and a reviewer off their own unit', async () => {
    const users = app.server.app.get(UsersService);
    const scopedUser = await users.create({
      username: 'scoped',
      displayName: 'Scoped',
      password: PASSWORD,
      role: 'REVIEWER',
    });
    await app.dataSource.query(
      'INSERT INTO campaign_reviewer_block (user_id, block_id, campaign_id) VALUES ($1, $2, $3)',
      [scopedUser.id, s.blockId, s.campaignId],
    );
    const signIn = (username: string) => app.signIn(username, PASSWORD);
    const scoped = await signIn('scoped');
    expect((await calls.list(scoped, s.campaignId)).sheets).toHaveLength(3);

    // Another campaign's block: out of scope for this reviewer once scoped there elsewhere.
    const otherUnits = await createNeighbourhoodGroups(app, ['KX-01']);
    const other = await launchScenario(app, admin, otherUnits);
    const otherBlock = await app.dataSource.query<{ id: string }[]>(
      'INSERT INTO campaign_block (campaign_id, name, criteria_set_id, position) SELECT campaign_id, $2, criteria_set_id, 1 FROM campaign_block WHERE id = $1 RETURNING id',
      [other.blockId, 'Khối khác'],
    );
    await app.dataSource.query(
      'INSERT INTO campaign_reviewer_block (user_id, block_id, campaign_id) VALUES ($1, $2, $3)',
      [scopedUser.id, otherBlock[0].id, other.campaignId],
    );
    const sheet = other.sheets['KX-01'].id;
    expect(errorOf((await calls.get(scoped, sheet)).r)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'BLOCK_OUT_OF_SCOPE',
    });
    expect((await calls.list(scoped, other.campaignId)).sheets).toEqual([]);
    // The campaign's trail: the admin's has KX-01's sheet events, the scoped reviewer's only the campaign's own.
    await calls.save(admin, { entryId: other.sheets['KX-01'].entries[0].id, value: 3 });
    const trailAs = async (token: string) =>
      (
        await app.gql<{ campaignAuditTrail: { sheetId: string | null }[] }>(
          'query($c: ID!) { campaignAuditTrail(campaignId: $c) { sheetId } }',
          { c: other.campaignId },
          token,
        )
      ).data!.campaignAuditTrail;
    expect((await trailAs(admin)).some((e) => e.sheetId === sheet)).toBe(true);
    const scopedTrail = await trailAs(scoped);
    expect(scopedTrail.length).toBeGreaterThan(0);
    expect(scopedTrail.filter((e) => e.sheetId !== null)).toEqual([]);
    expect(
      errorOf((await calls.mark(scoped, { sheetId: sheet, mark: 'NOT_CONSIDERED', reason: 'x' })).r),
    ).toMatchObject({ reason: 'BLOCK_OUT_OF_SCOPE' });
    expect(
      errorOf((await calls.save(scoped, { entryId: other.sheets['KX-01'].entries[0].id, value: 1 })).r),
    ).toMatchObject({ reason: 'BLOCK_OUT_OF_SCOPE' });

    // A reviewer bound to a unit never reviews it.
    const own = await users.create({
      username: 'own-unit',
      displayName: 'Own unit',
      password: PASSWORD,
      role: 'REVIEWER',
      unitId: other.units['KX-01'],
    });
    expect(own.unitId).toBe(other.units['KX-01']);
    const ownToken = await signIn('own-unit');
    expect(
      errorOf(
        (
          await calls.extendUnit(ownToken, {
            sheetId: sheet,
            newDeadline: new Date(Date.now() + 9e8).toISOString(),
            reason: 'x',
          })
        ).r,
      ),
    ).toMatchObject({
      reason: 'SELF_REVIEW',
    });
    await expect(
      users.create({
        username: 'host-unit',
        displayName: 'H',
        password: PASSWORD,
        role: 'HOST',
        unitId: other.units['KX-01'],
      }),
    ).rejects.toMatchObject({ reason: 'UNIT_NOT_ALLOWED' });
  });
});
