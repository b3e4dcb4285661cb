import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { CampaignSeeder } from './campaign.seeder.js';
import {
  DEMO_CAMPAIGN_TITLE,
  DEMO_MARK_REASON,
  DEMO_RETURN_CODE,
  DEMO_RETURN_REASON,
  DEMO_TITLES,
} from './demo-campaign.js';
import { CommendationSeeder } from './commendation.seeder.js';
import {
  DEMO_ANNUAL_ROUND_NAME,
  DEMO_DECISION_NUMBER,
  DEMO_GIAY_KHEN_INDIVIDUALS,
  DEMO_LDTT_INDIVIDUALS,
  DEMO_REVOTE_REASON,
  DEMO_ROUND_NAME,
} from './demo-commendation.js';
import { DemoSeeder } from './demo-seeder.js';
import { ActivitiesSeeder } from './activities.seeder.js';
import { DEMO_ACTIVITIES, DEMO_ACTIVITY_PLAN, DEMO_WARD_REPORTS } from './demo-activities.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { detectEvidenceType } from '@thidua/shared';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PeopleSeeder } from './people.seeder.js';
import { DEMO_CONTENT, DEMO_QUESTIONS, DEMO_QUIZ } from './demo-content.js';
import { ContentSeeder } from './content.seeder.js';
import { PopulationsService } from '../../modules/people/populations.service.js';

interface SheetRow {
  code: string;
  status: string;
  mark: string | null;
  mark_reason: string | null;
  marked_by: string | null;
  late_days: number;
  deadline_override: Date | null;
  reply_due_at: Date | null;
  return_reason: string | null;
  first_reviewed_by: string | null;
  approved_by: string | null;
}

describe('demo campaign', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('loads once over the demo organization: three blocks, each scored by its own 100-point set', async () => {
    // The first start's demo seeding loads the campaign after the organization and content.
    expect(await app.server.app.get(DemoSeeder).seedOnFirstRun()).toBe(true);
    expect(await app.server.app.get(CampaignSeeder).seedDemoCampaign()).toBe(false);

    const admin = await app.tokenFor('ADMIN');
    const list = await app.gql<{
      campaigns: {
        id: string;
        title: string;
        status: string;
        indicatorIssues: unknown[];
        indicators: { code: string; kind: string; computedSource: { kind: string; id: string | null } | null }[];
        blocks: { name: string; leaderUnit: { code: string } | null; units: { code: string }[] }[];
        periods: { id: string; name: string }[];
        titles: { name: string }[];
      }[];
    }>(
      `{ campaigns { id title status indicatorIssues { reason message } indicators { code kind computedSource { kind id } }
         blocks { name leaderUnit { code } units { code } } periods { id name } titles { name } } }`,
      {},
      admin,
    );
    const [campaign] = list.data!.campaigns;
    expect(campaign).toMatchObject({ title: DEMO_CAMPAIGN_TITLE, status: 'IN_REVIEW', indicatorIssues: [] });
    expect(campaign.blocks.map((b) => [b.name, b.leaderUnit?.code, b.units.length])).toEqual([
      ['Khối trường học', 'THCS-HAI-AN', 3],
      ['Khối tổ dân phố', 'TDP-03', 8],
      ['Khối các phòng, ban, trung tâm', 'VP-HDND-UBND', 4],
    ]);
    expect(campaign.periods.map((p) => p.name)).toEqual(['Sơ kết 6 tháng', 'Tổng kết năm']);
    expect(campaign.titles.map((t) => t.name)).toEqual(DEMO_TITLES.map((t) => t.name));
    expect(campaign.indicators.filter((i) => i.kind === 'COMPUTED').map((i) => i.computedSource)).toEqual([
      { kind: 'CONTEST', id: null },
      { kind: 'CONTEST', id: null },
      { kind: 'CONTEST', id: null },
    ]);

    const sets: { name: string; blocks: string; top: number; codes: string[] }[] = await app.dataSource.query(
      `SELECT s.name, string_agg(DISTINCT b.name, ', ') AS blocks,
              (SELECT sum(i.max_points) FROM indicator i WHERE i.criteria_set_id = s.id AND i.parent_id IS NULL
                 AND i.kind NOT IN ('BONUS', 'PENALTY'))::float AS top,
              (SELECT array_agg(i.code ORDER BY i.position) FROM indicator i WHERE i.criteria_set_id = s.id) AS codes
         FROM criteria_set s JOIN campaign_block b ON b.criteria_set_id = s.id
        WHERE s.campaign_id = $1 GROUP BY s.id ORDER BY s.position`,
      [campaign.id],
    );
    expect(sets.map((s) => [s.name, s.blocks, s.top])).toEqual([
      ['Bộ tiêu chí khối trường học', 'Khối trường học', 100],
      ['Bộ tiêu chí khối tổ dân phố', 'Khối tổ dân phố', 100],
      ['Bộ tiêu chí khối các phòng, ban, trung tâm', 'Khối các phòng, ban, trung tâm', 100],
    ]);
    expect(sets[1].codes.slice(0, 5)).toEqual(['I', 'I.1', 'I.2', 'I.2.1', 'I.2.2']);
    const [organiser]: { code: string; rank_organizer: boolean }[] = await app.dataSource.query(
      'SELECT u.code, c.rank_organizer FROM campaign c JOIN unit u ON u.id = c.organizer_unit_id WHERE c.id = $1',
      [campaign.id],
    );
    expect(organiser).toEqual({ code: 'PHONG-VHXH', rank_organizer: false });
    const [title]: Record<string, unknown>[] = await app.dataSource.query(
      `SELECT quota_percent, quota_base, quota_rounding, quota_minimum FROM campaign_title WHERE campaign_id = $1 AND rank_order = 1`,
      [campaign.id],
    );
    expect(title).toEqual({ quota_percent: 20, quota_base: 'LOWER_TITLE', quota_rounding: 'FLOOR', quota_minimum: 1 });
  });

  it('puts the interim period past its deadline with a late, an extended, a returned and a marked TDP', async () => {
    const [{ id: periodId, campaignId, deadline, late_rule }]: {
      id: string;
      campaignId: string;
      deadline: Date;
      late_rule: unknown;
    }[] = await app.dataSource.query(
      `SELECT p.id, p.campaign_id AS "campaignId", p.submission_deadline AS deadline, p.late_rule FROM campaign_period p
          WHERE p.kind = 'INTERIM' AND p.campaign_id = (SELECT id FROM campaign WHERE is_demo)`,
    );
    expect(deadline.getTime()).toBeLessThan(Date.now());
    expect(late_rule).toEqual({ kind: 'POINTS_PER_DAY', pointsPerDay: 1, maxPoints: 5 });
    const sheets: SheetRow[] = await app.dataSource.query(
      `SELECT u.code, s.status, s.mark, s.mark_reason, s.marked_by, s.late_days, s.deadline_override, s.reply_due_at,
              s.return_reason, s.first_reviewed_by, s.approved_by
         FROM score_sheet s JOIN unit u ON u.id = s.unit_id WHERE s.period_id = $1 ORDER BY u.code`,
      [periodId],
    );
    const sheet = (code: string) => sheets.find((s) => s.code === code)!;
    const count = (status: string) => sheets.filter((s) => s.status === status).length;
    expect([count('APPROVED'), count('FIRST_REVIEWED'), count('SUBMITTED'), count('RETURNED'), count('DRAFT')]).toEqual(
      [9, 2, 2, 1, 1],
    );
    const users: { id: string; username: string; active: boolean }[] = await app.dataSource.query(
      `SELECT id, username, active FROM app_user WHERE username LIKE 'demo.%' ORDER BY username`,
    );
    const userId = (name: string) => users.find((u) => u.username === name)!.id;
    expect(users.every((u) => !u.active)).toBe(true);

    expect(sheet('TDP-06')).toMatchObject({
      status: 'DRAFT',
      mark: 'NOT_SUBMITTED',
      mark_reason: DEMO_MARK_REASON,
      marked_by: userId('demo.vhxh'),
    });
    expect(sheet('TDP-02')).toMatchObject({
      status: 'APPROVED',
      late_days: 2,
      first_reviewed_by: userId('demo.tdp03'),
    });
    expect(sheet('TDP-08')).toMatchObject({ status: 'SUBMITTED', late_days: 0 });
    expect(sheet('TDP-08').deadline_override!.getTime()).toBeGreaterThan(Date.now());
    expect(sheet('TDP-05')).toMatchObject({ status: 'RETURNED', return_reason: DEMO_RETURN_REASON });
    expect(sheet('TDP-05').reply_due_at!.getTime()).toBeGreaterThan(Date.now());
    // Nobody approves their own unit's sheet.
    expect(sheet('PHONG-VHXH')).toMatchObject({ status: 'APPROVED', approved_by: null });

    const audits: { code: string; action: string; field: string; reason: string }[] = await app.dataSource.query(
      `SELECT u.code, a.action, a.field, a.reason FROM audit_event a JOIN score_sheet s ON s.id = a.sheet_id
         JOIN unit u ON u.id = s.unit_id WHERE s.period_id = $1 AND a.action <> 'DEMO_SEEDED' ORDER BY u.code, a.field`,
      [periodId],
    );
    expect(audits.map((a) => [a.code, a.action, a.field])).toEqual([
      ['TDP-05', 'SHEET_RETURNED', 'replyDueAt'],
      ['TDP-05', 'SHEET_RETURNED', 'status'],
      ['TDP-06', 'SHEET_MARKED', 'mark'],
      ['TDP-08', 'DEADLINE_EXTENDED', 'deadlineOverride'],
    ]);

    const notices: { username: string; kind: string; n: number }[] = await app.dataSource.query(
      `SELECT u.username, n.kind, count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id
        GROUP BY u.username, n.kind ORDER BY u.username, n.kind`,
    );
    expect(notices).toEqual([
      { username: 'demo.tdp03', kind: 'SHEET_TO_REVIEW', n: 2 },
      { username: 'demo.tdp05', kind: 'SHEET_RETURNED', n: 1 },
      { username: 'demo.vhxh', kind: 'SHEET_TO_REVIEW', n: 2 },
    ]);

    // Every figure a submitted sheet entered scores: none of them is left unscored.
    const unscored: { code: string; indicator: string }[] = await app.dataSource.query(
      `SELECT u.code, i.code AS indicator FROM score_entry e JOIN score_sheet s ON s.id = e.sheet_id
         JOIN unit u ON u.id = s.unit_id JOIN indicator i ON i.id = e.indicator_id
        WHERE s.period_id = $1 AND s.status <> 'DRAFT' AND i.kind NOT IN ('COMPUTED', 'BONUS', 'PENALTY')
          AND e.self_score IS NULL`,
      [periodId],
    );
    expect(unscored).toEqual([]);
    // and has the evidence it needs, but for the one the return asks for.
    const unproven: { code: string; indicator: string }[] = await app.dataSource.query(
      `SELECT u.code, i.code AS indicator FROM score_entry e JOIN score_sheet s ON s.id = e.sheet_id
         JOIN unit u ON u.id = s.unit_id JOIN indicator i ON i.id = e.indicator_id
        WHERE s.period_id = $1 AND s.status <> 'DRAFT' AND i.evidence_required
          AND (i.kind NOT IN ('COMPUTED', 'BONUS', 'PENALTY') OR e.self_score <> 0)
          AND NOT EXISTS (SELECT 1 FROM evidence v WHERE v.entry_id = e.id)`,
      [periodId],
    );
    expect(unproven).toEqual([{ code: 'TDP-05', indicator: DEMO_RETURN_CODE }]);

    // The board ranks each block by its own set: the late TDP loses its days, the marked one and the organiser are listed apart.
    const ranking = await app.gql<{
      campaignRanking: {
        blocks: {
          name: string;
          rows: {
            unit: { code: string };
            total: number;
            pointsTotal: number;
            lateDeduction: number;
            title: { name: string } | null;
          }[];
          unranked: { unit: { code: string }; mark: string | null; label: string }[];
          quotas: { titleName: string; base: number; limit: number }[];
        }[];
      };
    }>(
      `query($c: ID!, $p: ID!) { campaignRanking(campaignId: $c, periodId: $p, view: REVIEWED) { blocks { name
         rows { unit { code } total pointsTotal lateDeduction title { name } } unranked { unit { code } mark label }
         quotas { titleName base limit } } } }`,
      { c: campaignId, p: periodId },
      await app.tokenFor('ADMIN'),
    );
    expect(ranking.errors).toBeUndefined();
    const [schools, tdps, departments] = ranking.data!.campaignRanking.blocks;
    expect(tdps.rows.map((r) => r.unit.code).sort()).toEqual(['TDP-01', 'TDP-02', 'TDP-03', 'TDP-07']);
    expect(tdps.rows.find((r) => r.unit.code === 'TDP-02')).toMatchObject({ lateDeduction: 2 });
    expect(tdps.unranked.map((r) => [r.unit.code, r.mark])).toContainEqual(['TDP-06', 'NOT_SUBMITTED']);
    expect(departments.unranked.map((r) => r.unit.code)).toContain('PHONG-VHXH');
    expect(departments.rows.map((r) => r.unit.code)).not.toContain('PHONG-VHXH');
    expect(schools.rows.every((r) => r.total > 0 && r.total <= 105)).toBe(true);
    // The giấy khen's quota (20 % of the units completing with distinction, at least one) gives small blocks one too.
    for (const block of [tdps, departments]) expect(block.rows[0].title?.name).toBe(DEMO_TITLES[0].name);
    expect(tdps.rows.filter((r) => r.title?.name === DEMO_TITLES[0].name)).toHaveLength(1);

    // Publishing waits only for sheets a reviewer or the unit can still move, never for the marked one.
    const admin = await app.tokenFor('ADMIN');
    const published = await app.gql(
      'mutation($p: ID!) { publishCampaignPeriod(periodId: $p) { status } }',
      { p: periodId },
      admin,
    );
    const refusal = published.errors?.[0].extensions as { reason: string; details: { units: string[] } };
    expect(refusal.reason).toBe('PERIOD_NOT_READY');
    expect([...refusal.details.units].sort()).toEqual([
      'TDP-04',
      'TDP-05',
      'TDP-08',
      'TH-HAI-AN',
      'TT-DV-SU-NGHIEP-CONG',
    ]);
    expect(sheets.filter((s) => refusal.details.units.includes(s.code)).map((s) => [s.code, s.status, s.mark])).toEqual(
      [
        ['TDP-04', 'SUBMITTED', null],
        ['TDP-05', 'RETURNED', null],
        ['TDP-08', 'SUBMITTED', null],
        ['TH-HAI-AN', 'FIRST_REVIEWED', null],
        ['TT-DV-SU-NGHIEP-CONG', 'FIRST_REVIEWED', null],
      ],
    );
  });

  it('decides the annual titles through the council, the posting and a handled comment; “Tập thể lao động tiên tiến” only where most members hold LĐTT', async () => {
    const titles: { code: string | null }[] = await app.dataSource.query(
      `SELECT f.code FROM campaign_title t LEFT JOIN commendation_form f ON f.id = t.commendation_form_id
        ORDER BY t.rank_order`,
    );
    expect(titles.map((t) => t.code)).toEqual(DEMO_TITLES.map((t) => t.formCode));
    interface Row {
      round: string;
      decision: string | null;
      id: string;
      status: string;
      code: string;
      unit: string;
      person: string | null;
      conditions: { kind: string; met: boolean | null; holders?: number; members?: number }[];
    }
    const proposals = (name: string) =>
      app.dataSource.query<Row[]>(
        `SELECT r.status AS round, r.decision_number AS decision, p.id, p.status, f.code, u.code AS unit,
                p.person_id AS person, p.conditions
           FROM commendation_proposal p JOIN commendation_round r ON r.id = p.round_id
           JOIN commendation_form f ON f.id = p.form_id JOIN unit u ON u.id = p.unit_id
          WHERE r.name = $1`,
        [name],
      );
    const annual = await proposals(DEMO_ANNUAL_ROUND_NAME);
    expect(new Set(annual.map((r) => [r.round, r.decision].join(' ')))).toEqual(
      new Set([`DECIDED ${DEMO_DECISION_NUMBER}`]),
    );
    expect(annual.filter((r) => r.code === 'LAO_DONG_TIEN_TIEN' && r.status === 'CONFERRED')).toHaveLength(
      DEMO_LDTT_INDIVIDUALS.length,
    );
    const collective = (unit: string) =>
      annual.find((r) => r.code === 'TAP_THE_LAO_DONG_TIEN_TIEN' && r.unit === unit)!;
    expect(collective('PHONG-VHXH').status).toBe('CONFERRED');
    expect(collective('PHONG-VHXH').conditions.find((c) => c.kind === 'MEMBER_SHARE')).toMatchObject({
      met: true,
      holders: 8,
      members: 12,
    });
    expect(collective('PHONG-KT-HT-DT').status).toBe('NOT_PASSED');
    expect(collective('PHONG-KT-HT-DT').conditions.find((c) => c.kind === 'MEMBER_SHARE')).toMatchObject({
      met: false,
      holders: 5,
      members: 15,
    });
    const interim = await proposals(DEMO_ROUND_NAME);
    for (const r of [...annual, ...interim]) expect(r.code).not.toBe('TAP_THE_LAO_DONG_XUAT_SAC');

    // The secret ballot counted twice, the second time with its reason; 8 of 9 present.
    const cstdcs = annual.find((r) => r.code === 'CHIEN_SI_THI_DUA_CO_SO')!;
    expect(cstdcs.status).toBe('CONFERRED');
    const votes: { attempt: number; ballot: string; present: number; passed: boolean; reason: string | null }[] =
      await app.dataSource.query(
        'SELECT attempt, ballot, present, passed, reason FROM council_vote WHERE proposal_id = $1 ORDER BY attempt',
        [cstdcs.id],
      );
    expect(votes).toEqual([
      { attempt: 1, ballot: 'SECRET', present: 8, passed: false, reason: null },
      { attempt: 2, ballot: 'SECRET', present: 8, passed: true, reason: DEMO_REVOTE_REASON },
    ]);
    const comments: { status: string; handling_note: string | null }[] = await app.dataSource.query(
      `SELECT c.status, c.handling_note FROM posting_comment c JOIN commendation_round r ON r.id = c.round_id
        WHERE r.name = $1`,
      [DEMO_ANNUAL_ROUND_NAME],
    );
    expect(comments).toEqual([
      { status: 'DISMISSED', handling_note: expect.stringContaining('không có cá nhân bị kỷ luật') },
    ]);

    // The sơ kết is drawn up: the individuals' giấy khen; no unit before its ranking is published.
    expect(new Set(interim.map((r) => r.round))).toEqual(new Set(['PROPOSING']));
    expect(interim.filter((r) => r.code === 'GIAY_KHEN_CA_NHAN')).toHaveLength(DEMO_GIAY_KHEN_INDIVIDUALS.length);
    expect(interim.filter((r) => r.code === 'GIAY_KHEN_TAP_THE')).toEqual([]);

    // The certificates of the decided round print: the council's service lists them.
    const admin = await app.tokenFor('ADMIN');
    const [{ id: annualId }]: { id: string }[] = await app.dataSource.query(
      'SELECT id FROM commendation_round WHERE name = $1',
      [DEMO_ANNUAL_ROUND_NAME],
    );
    const certificates = await app.gql<{ commendationCertificates: { recipientName: string }[] }>(
      'query($r: ID!) { commendationCertificates(roundId: $r) { recipientName } }',
      { r: annualId },
      admin,
    );
    expect(certificates.errors).toBeUndefined();
    expect(certificates.data!.commendationCertificates.length).toBe(DEMO_LDTT_INDIVIDUALS.length + 2);
  });

  it('lets the demo staff finish the sơ kết: the returned TDP answers late in its reply window, the leader and the reviewer review, and it publishes', async () => {
    const admin = await app.tokenFor('ADMIN');
    const ok = async <T>(token: string, query: string, variables: Record<string, unknown>) => {
      const result = await app.gql<T>(query, variables, token);
      expect(result.errors).toBeUndefined();
      return result.data!;
    };
    const users: { id: string; username: string }[] = await app.dataSource.query(
      `SELECT id, username FROM app_user WHERE username LIKE 'demo.%'`,
    );
    // Until an admin gives them a password, nobody can sign in with the demo accounts.
    await expect(app.signIn('demo.tdp05', '')).rejects.toThrow();
    const token = new Map<string, string>();
    for (const user of users) {
      await ok(admin, 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }', {
        input: { id: user.id, password: 'demo-password-2026', active: true },
      });
      token.set(user.username, await app.signIn(user.username, 'demo-password-2026'));
    }
    const sheets: { code: string; id: string; entry: string | null; period: string }[] = await app.dataSource.query(
      `SELECT u.code, s.id, s.period_id AS period,
              (SELECT e.id FROM score_entry e JOIN indicator i ON i.id = e.indicator_id
                WHERE e.sheet_id = s.id AND i.code = $1) AS entry
         FROM score_sheet s JOIN unit u ON u.id = s.unit_id JOIN campaign_period p ON p.id = s.period_id
        WHERE p.kind = 'INTERIM'`,
      [DEMO_RETURN_CODE],
    );
    const sheet = (code: string) => sheets.find((s) => s.code === code)!;

    const officer = token.get('demo.tdp05')!;
    await ok(officer, 'mutation($input: AddEvidenceLinkInput!) { addEvidenceLink(input: $input) { id } }', {
      input: { entryId: sheet('TDP-05').entry, url: 'https://haian.example.vn/minh-chung/tdp-05/van-nghe' },
    });
    const resubmitted = await ok<{ submitScoreSheet: { status: string } }>(
      officer,
      'mutation($input: SubmitScoreSheetInput!) { submitScoreSheet(input: $input) { status } }',
      {
        input: { sheetId: sheet('TDP-05').id, explanation: 'Đã bổ sung chương trình và ảnh buổi văn nghệ ngày 19/5.' },
      },
    );
    expect(resubmitted.submitScoreSheet.status).toBe('SUBMITTED');

    for (const code of ['TDP-04', 'TDP-05', 'TDP-08']) {
      await ok(
        token.get('demo.tdp03')!,
        'mutation($input: FirstReviewSheetInput!) { firstReviewScoreSheet(input: $input) { id } }',
        {
          input: { sheetId: sheet(code).id },
        },
      );
    }
    for (const code of ['TDP-04', 'TDP-05', 'TDP-08', 'TH-HAI-AN', 'TT-DV-SU-NGHIEP-CONG']) {
      await ok(token.get('demo.vhxh')!, 'mutation($id: ID!) { approveScoreSheet(id: $id) { id } }', {
        id: sheet(code).id,
      });
    }
    const published = await ok<{ publishCampaignPeriod: { status: string; mark: string | null }[] }>(
      admin,
      'mutation($p: ID!) { publishCampaignPeriod(periodId: $p) { status mark } }',
      { p: sheet('TDP-06').period },
    );
    expect(published.publishCampaignPeriod).toHaveLength(15);
    expect(published.publishCampaignPeriod.filter((s) => s.mark).map((s) => [s.status, s.mark])).toEqual([
      ['PUBLISHED', 'NOT_SUBMITTED'],
    ]);
    // Once published, the round takes the units that earned the giấy khen from the ranking.
    await app.server.app.get(CommendationSeeder).seedDemoCommendation();
    const units: { code: string; rank: number }[] = await app.dataSource.query(
      `SELECT u.code, p.rank FROM commendation_proposal p JOIN commendation_form f ON f.id = p.form_id
         JOIN unit u ON u.id = p.unit_id JOIN commendation_round r ON r.id = p.round_id
        WHERE r.name = $1 AND f.code = 'GIAY_KHEN_TAP_THE' ORDER BY u.code`,
      [DEMO_ROUND_NAME],
    );
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((u) => u.rank === 1)).toBe(true);
  });

  it('loads the rosters once, so units with a roster count it and the others keep their declared number', async () => {
    // Loaded by the first start above; a second load (another node, a restart) adds nobody.
    expect(await app.server.app.get(PeopleSeeder).seedDemoPeople()).toBe(0);
    const units: { code: string; id: string }[] = await app.dataSource.query('SELECT code, id FROM unit');
    const ids = new Map(units.map((u) => [u.code, u.id]));
    const [{ n, codes, phones }]: { n: number; codes: number; phones: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT personal_code)::int AS codes, count(phone_hash)::int AS phones
         FROM person WHERE is_demo`,
    );
    expect(n).toBeGreaterThan(1000);
    expect(codes).toBe(n);
    expect(phones).toBe(0);

    const figures = await app.server.app.get(PopulationsService).figures(
      ['TH-HAI-AN-3B', 'THCS-HAI-AN', 'MN-HAI-AN', 'PHONG-VHXH', 'TDP-02', 'TDP-01'].map((c) => ids.get(c)!),
      null,
    );
    const of = (code: string) => figures.get(ids.get(code)!);
    expect(of('TH-HAI-AN-3B')).toMatchObject({ kind: 'STUDENTS', size: 30, source: 'ROSTER' });
    expect(of('THCS-HAI-AN')).toMatchObject({ kind: 'STUDENTS', size: 38 + 36 + 35 + 34, source: 'ROSTER' });
    expect(of('MN-HAI-AN')).toMatchObject({ kind: 'SCHOOL_STAFF', size: 32, source: 'ROSTER' });
    expect(of('PHONG-VHXH')).toMatchObject({ kind: 'CIVIL_SERVANTS', size: 12, source: 'ROSTER' });
    expect(of('TDP-02')).toMatchObject({ kind: 'RESIDENTS', source: 'ROSTER', declared: 120 });
    expect(of('TDP-01')).toMatchObject({ kind: 'RESIDENTS', size: 960, source: 'DECLARED' });
    const households = await app.server.app
      .get(PopulationsService)
      .figures([ids.get('TDP-02')!, ids.get('TDP-01')!], 'HOUSEHOLDS');
    expect(households.get(ids.get('TDP-02')!)).toMatchObject({ size: 40, source: 'ROSTER', declared: 40 });
    expect(households.get(ids.get('TDP-01')!)).toMatchObject({ size: 320, source: 'DECLARED' });
  });
  it('logs a month of propagation activities: roster attendees, photos that are real images, one false-information report handled and one difficulty answered', async () => {
    expect(await app.server.app.get(ActivitiesSeeder).seedDemoActivities()).toBeNull();
    const [plan]: { id: string; starts_on: string; ends_on: string }[] = await app.dataSource.query(
      `SELECT id, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on
         FROM activity_plan WHERE title = $1`,
      [DEMO_ACTIVITY_PLAN.title],
    );
    expect(plan).toBeDefined();
    const today = new Date().toISOString().slice(0, 10);
    const rows: {
      code: string;
      status: string;
      occurred_on: string;
      audience_kind: string | null;
      named: number;
      kind_ok: boolean;
    }[] = await app.dataSource.query(
      `SELECT u.code, a.status, to_char(a.occurred_on, 'YYYY-MM-DD') AS occurred_on, a.audience_kind,
                (SELECT count(*)::int FROM activity_attendee t WHERE t.activity_id = a.id) AS named,
                NOT EXISTS (SELECT 1 FROM activity_attendee t JOIN person p ON p.id = t.person_id
                             WHERE t.activity_id = a.id AND (p.unit_id <> a.unit_id OR p.kind <> a.audience_kind)) AS kind_ok
           FROM activity a JOIN unit u ON u.id = a.unit_id WHERE a.plan_id = $1`,
      [plan.id],
    );
    expect(rows).toHaveLength(DEMO_ACTIVITIES.length);
    // Every date inside the plan and the last month; the people present are the unit's own, of the audience kind.
    for (const r of rows) {
      expect(r.occurred_on >= plan.starts_on && r.occurred_on <= today).toBe(true);
      expect(r.kind_ok).toBe(true);
    }
    const named = (code: string, kind: string) =>
      rows.filter((r) => r.code === code && r.audience_kind === kind).reduce((n, r) => n + r.named, 0);
    expect(named('TDP-02', 'PARTY_MEMBERS')).toBe(13);
    expect(named('TDP-02', 'HOUSEHOLDS')).toBe(35);
    expect(named('TDP-06', 'HOUSEHOLDS')).toBe(88);
    expect(rows.filter((r) => r.status === 'DRAFT')).toHaveLength(1);
    expect(rows.filter((r) => r.status === 'CORRECTION_REQUESTED')).toHaveLength(1);
    // Five TDPs and the preschool report nothing: the dashboard's silent units.
    const active = new Set(rows.map((r) => r.code));
    expect(['TDP-01', 'TDP-03', 'TDP-04', 'TDP-05', 'TDP-07', 'MN-HAI-AN'].some((c) => active.has(c))).toBe(false);

    const config = app.server.app.get<AppConfig>(APP_CONFIG);
    const photos: { stored_path: string; file_name: string }[] = await app.dataSource.query(
      `SELECT e.stored_path, e.file_name FROM activity_evidence e JOIN activity a ON a.id = e.activity_id
        WHERE a.plan_id = $1 AND e.kind = 'FILE'`,
      [plan.id],
    );
    expect(photos).toHaveLength(DEMO_ACTIVITIES.filter((a) => a.photo).length);
    for (const p of photos) {
      const bytes = await readFile(join(config.dataDir, ...p.stored_path.split('/')));
      expect(detectEvidenceType(p.file_name, bytes)).toMatchObject({ mimeType: 'image/png' });
    }

    const reports: { kind: string; status: string; reply: string | null; replied_by: string | null }[] =
      await app.dataSource.query('SELECT kind, status, reply, replied_by FROM ward_report WHERE plan_id = $1', [
        plan.id,
      ]);
    expect(reports).toHaveLength(DEMO_WARD_REPORTS.length);
    expect(reports.filter((r) => r.kind === 'FALSE_INFORMATION' && r.status === 'RESOLVED' && r.reply)).toHaveLength(1);
    expect(
      reports.filter((r) => r.kind === 'DIFFICULTY' && r.status === 'ANSWERED' && r.reply && r.replied_by),
    ).toHaveLength(1);
    const [{ trail }]: { trail: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS trail FROM activity_event WHERE action = 'DEMO_SEEDED'`,
    );
    expect(trail).toBe(DEMO_ACTIVITIES.length + DEMO_WARD_REPORTS.length);
  });

  it('gives the demo quiz one question with a real image, stored as WebP widths with its Vietnamese alt text', async () => {
    // Seeded again: nothing new (the resolution is there), so still one image.
    expect(await app.server.app.get(ContentSeeder).seedDemoContent(DEMO_CONTENT)).toBe(false);
    const pictured = DEMO_QUESTIONS.filter((q) => q.image);
    expect(pictured.map((q) => q.key)).toEqual(['Q06']);
    expect(DEMO_QUIZ.questionKeys).toContain('Q06');

    const rows: { key: string; image: { hash: string; alt: string; widths: number[] } | null; position: number }[] =
      await app.dataSource.query(
        `SELECT q.key, v.image, i.position FROM quiz_item i
           JOIN quiz z ON z.id = i.quiz_id AND z.is_demo
           JOIN question q ON q.id = i.question_id
           JOIN question_version v ON v.question_id = q.id
          ORDER BY i.position`,
      );
    const withImage = rows.filter((r) => r.image);
    expect(withImage.map((r) => r.key)).toEqual(['Q06']);
    const { hash, alt, widths } = withImage[0].image!;
    expect(alt).toBe(pictured[0].image!.alt);
    expect(alt).toMatch(/^Pa-nô tuyên truyền Nghị quyết/);
    expect(widths).toEqual([480, 960]);

    const images: { hash: string; widths: number[]; width: number; height: number }[] = await app.dataSource.query(
      'SELECT hash, widths, width, height FROM question_image',
    );
    expect(images).toEqual([{ hash, widths: [480, 960], width: 960, height: 540 }]);
    const config = app.server.app.get<AppConfig>(APP_CONFIG);
    for (const width of widths) {
      const bytes = await readFile(join(config.dataDir, 'question-images', hash, `${width}.webp`));
      expect([bytes.subarray(0, 4).toString('ascii'), bytes.subarray(8, 12).toString('ascii')]).toEqual([
        'RIFF',
        'WEBP',
      ]);
    }
  });
});
