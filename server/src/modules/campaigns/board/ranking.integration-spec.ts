import ExcelJS from 'exceljs';
import { Unit } from '../../units/entities/unit.entity.js';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../../test-support/test-app.js';
import {
  errorOf,
  passDeadline,
  sheetCalls,
  SHEET_FIELDS,
  type ScenarioSheet,
} from '../sheets/testing/sheet-scenario.js';

const HOUR = 3_600_000;

const RANKING = `query($c: ID!, $p: ID!, $v: RankingView!) { campaignRanking(campaignId: $c, periodId: $p, view: $v) {
  lateRule { kind pointsPerDay maxPoints } quotaFrozenAt
  blocks { name criteriaSetName groups { code maxPoints } tieRuleText
    quotas { titleName percent baseKind base rounding minimum limit frozen }
    rows { rank total pointsTotal lateDays lateDeduction unit { code } title { name } groups { code subtotal }
      missedTitles { titleName conditions { kind quota quotaBase message } } }
    unranked { reason label mark markReason total lateDays unit { code } } } } }`;

interface Ranking {
  lateRule: { kind: string; pointsPerDay: number | null; maxPoints: number | null };
  quotaFrozenAt: string | null;
  blocks: {
    name: string;
    criteriaSetName: string;
    groups: { code: string; maxPoints: number }[];
    quotas: { titleName: string; base: number; limit: number; frozen: boolean; rounding: string; minimum: number }[];
    rows: {
      rank: number;
      total: number;
      pointsTotal: number;
      lateDays: number;
      lateDeduction: number;
      unit: { code: string };
      title: { name: string } | null;
      groups: { code: string; subtotal: number }[];
      missedTitles: {
        titleName: string;
        conditions: { kind: string; quota: number; quotaBase: number; message: string }[];
      }[];
    }[];
    unranked: {
      reason: string;
      label: string;
      mark: string | null;
      markReason: string | null;
      total: number | null;
      lateDays: number;
      unit: { code: string };
    }[];
  }[];
}

/**
 * A ward's real ranking through GraphQL: three schools on the campaign's criteria
 * (with the police cluster's relative-to-best indicator) and a TDP block on its own
 * set, with the organiser in it, one late TDP under a points-per-day rule and one
 * that never submitted (marked không nộp); the 3-school block earns its top title
 * under a 20 % quota with a minimum of one; the quota bases freeze (audited).
 */
describe('ranking as a ward ranks: criteria per block, marks, the organiser, late points, quotas', () => {
  let app: TestApp;
  let admin: string;
  let reviewer: string;
  let calls: ReturnType<typeof sheetCalls>;
  const units: Record<string, string> = {};
  const officers: Record<string, string> = {};
  const sheets: Record<string, ScenarioSheet> = {};
  let campaignId: string;
  let periodId: string;
  let secondPeriodId: string;

  const must = <T>(r: GraphqlResponse<T>): T => {
    if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token = admin) =>
    app.gql<T>(query, variables, token);
  const ranking = async (view: string, p = periodId) =>
    must(await gql<{ campaignRanking: Ranking }>(RANKING, { c: campaignId, p, v: view })).campaignRanking;
  const entryOf = (code: string, indicatorCode: string) =>
    sheets[code].entries.find((e) => e.indicatorCode === indicatorCode)!.id;
  async function fill(code: string, values: Record<string, number>, token = officers[code]) {
    for (const [indicatorCode, value] of Object.entries(values)) {
      const saved = await calls.save(token, { entryId: entryOf(code, indicatorCode), value });
      expect(saved.r.errors).toBeUndefined();
    }
    const submitted = await calls.submit(token, { sheetId: sheets[code].id });
    expect(submitted.r.errors).toBeUndefined();
    sheets[code] = submitted.sheet!;
  }

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.tokenFor('ADMIN');
    reviewer = await app.tokenFor('REVIEWER');
    calls = sheetCalls(app);
    const repo = app.dataSource.getRepository(Unit);
    const ward = await repo.save(
      repo.create({
        code: 'PH-RANK',
        name: 'Phường',
        searchText: 'phuong',
        kind: 'WARD',
        parentId: null,
        populationKind: 'RESIDENTS',
      }),
    );
    const unit = async (code: string, name: string, kind: Unit['kind']) => {
      const saved = await repo.save(
        repo.create({
          code,
          name,
          searchText: name.toLowerCase(),
          kind,
          parentId: ward.id,
          populationKind: 'RESIDENTS',
        }),
      );
      units[code] = saved.id;
      officers[code] = await app.tokenFor('UNIT_OFFICER', saved.id);
    };
    for (const code of ['S1', 'S2', 'S3']) await unit(code, `Trường ${code}`, 'SCHOOL');
    for (const code of ['T1', 'T2', 'T3']) await unit(code, `Tổ dân phố ${code}`, 'NEIGHBORHOOD_GROUP');
    await unit('VH', 'Phòng Văn hóa - Xã hội', 'DEPARTMENT');
  });
  afterAll(() => app.close());

  it('sets up two blocks on their own criteria sets, the organiser, a late rule and a 20 % quota with a minimum', async () => {
    const created = must(
      await gql<{ createCampaign: { id: string; criteriaSets: { id: string }[] } }>(
        'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id criteriaSets { id } } }',
        { input: { title: 'Thi đua tuyên truyền Nghị quyết', boardEnabled: true } },
      ),
    ).createCampaign;
    campaignId = created.id;
    const tdpSet = must(
      await gql<{ createCriteriaSet: { criteriaSets: { id: string; name: string }[] } }>(
        'mutation($input: CreateCriteriaSetInput!) { createCriteriaSet(input: $input) { criteriaSets { id name } } }',
        { input: { campaignId, name: 'Bộ tiêu chí tổ dân phố' } },
      ),
    ).createCriteriaSet.criteriaSets.find((s) => s.name === 'Bộ tiêu chí tổ dân phố')!.id;
    const period = (name: string, startsOn: string, endsOn: string) =>
      gql<{ addCampaignPeriod: { periods: { id: string; name: string }[] } }>(
        'mutation($input: AddCampaignPeriodInput!) { addCampaignPeriod(input: $input) { periods { id name } } }',
        {
          input: {
            campaignId,
            name,
            kind: 'INTERIM',
            startsOn,
            endsOn,
            submissionDeadline: new Date(Date.now() + 24 * HOUR).toISOString(),
          },
        },
      );
    periodId = must(await period('Sơ kết quý I', '2026-01-01', '2026-03-31')).addCampaignPeriod.periods[0].id;
    secondPeriodId = must(await period('Sơ kết quý II', '2026-04-01', '2026-06-30')).addCampaignPeriod.periods.find(
      (p) => p.name === 'Sơ kết quý II',
    )!.id;
    must(
      await gql('mutation($input: UpdateCampaignPeriodInput!) { updateCampaignPeriod(input: $input) { id } }', {
        input: { id: periodId, lateRule: { kind: 'POINTS_PER_DAY', pointsPerDay: 2, maxPoints: 10 } },
      }),
    );
    const block = (name: string, codes: string[], criteriaSetId?: string) =>
      gql('mutation($input: AddCampaignBlockInput!) { addCampaignBlock(input: $input) { id } }', {
        input: { campaignId, name, unitIds: codes.map((c) => units[c]), criteriaSetId },
      });
    must(await block('Khối trường học', ['S1', 'S2', 'S3']));
    must(await block('Khối tổ dân phố', ['T1', 'T2', 'T3', 'VH'], tdpSet));
    const tree = (criteriaSetId: string | undefined, indicators: unknown[]) =>
      gql('mutation($input: SaveIndicatorTreeInput!) { saveIndicatorTree(input: $input) { id } }', {
        input: { campaignId, criteriaSetId, indicators },
      });
    must(
      await tree(undefined, [
        { key: 'g', code: '1', title: 'Tuyên truyền trong nhà trường', kind: 'GROUP', maxPoints: 100 },
        { key: 'm', parentKey: 'g', code: '1', title: 'Sinh hoạt dưới cờ', kind: 'MANUAL', maxPoints: 60, step: 1 },
        {
          key: 'r',
          parentKey: 'g',
          code: '2',
          title: 'Số lượt học sinh dự thi',
          kind: 'RELATIVE_TO_BEST',
          maxPoints: 40,
          target: 10,
        },
      ]),
    );
    must(
      await tree(tdpSet, [
        { key: 'a', code: 'I', title: 'Loa truyền thanh', kind: 'GROUP', maxPoints: 50 },
        { key: 'a1', parentKey: 'a', code: '1', title: 'Phát bản tin', kind: 'MANUAL', maxPoints: 50, step: 1 },
        { key: 'b', code: 'II', title: 'Nhóm Zalo', kind: 'GROUP', maxPoints: 50 },
        { key: 'b1', parentKey: 'b', code: '1', title: 'Chia sẻ tin bài', kind: 'MANUAL', maxPoints: 50, step: 1 },
      ]),
    );
    must(
      await gql('mutation($input: SaveTitlesInput!) { saveCampaignTitles(input: $input) { id } }', {
        input: {
          campaignId,
          titles: [
            {
              name: 'Đơn vị xuất sắc',
              minTotal: 80,
              quotaPercent: 20,
              quotaBase: 'LOWER_TITLE',
              quotaRounding: 'FLOOR',
              quotaMinimum: 1,
            },
            { name: 'Đơn vị tiên tiến', minTotal: 50 },
          ],
        },
      }),
    );
    must(
      await gql('mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { id } }', {
        input: { id: campaignId, organizerUnitId: units.VH },
      }),
    );
    must(await gql('mutation($id: ID!) { launchCampaign(id: $id) { status } }', { id: campaignId }));
    const list = must(
      await gql<{ scoreSheets: ScenarioSheet[] }>(
        `query($c: ID!, $p: ID) { scoreSheets(campaignId: $c, periodId: $p) { ${SHEET_FIELDS} } }`,
        { c: campaignId, p: periodId },
      ),
    ).scoreSheets;
    for (const s of list) sheets[s.unit.code] = s;
    expect(sheets.S1.entries.map((e) => e.indicatorCode)).toEqual(['1.1', '1.2']);
    expect(sheets.T1.entries.map((e) => e.indicatorCode)).toEqual(['I.1', 'II.1']);
  });

  it('ranks each block by its own set, the relative indicator over the block, the late unit less its points', async () => {
    await fill('S1', { '1.1': 55, '1.2': 20 }); // best of the block: 40 → 95
    await fill('S2', { '1.1': 50, '1.2': 10 }); // at target: 20 → 70
    await fill('S3', { '1.1': 60, '1.2': 15 }); // between: 20 + 20 × 5 ÷ 10 = 30 → 90
    await fill('T1', { 'I.1': 45, 'II.1': 40 });
    await fill('VH', { 'I.1': 50, 'II.1': 50 });
    // T2 misses its deadline by 25 h: the reviewer enters its paper sheet on its behalf, two started days late.
    await passDeadline(app, periodId, 25 * HOUR);
    await fill('T2', { 'I.1': 45, 'II.1': 45 }, reviewer);
    expect(sheets.T2.lateDays).toBe(2);
    // T3 never submits: marked không nộp with a reason.
    const marked = await calls.mark(reviewer, {
      sheetId: sheets.T3.id,
      mark: 'NOT_SUBMITTED',
      reason: 'Tổ trưởng đi vắng, không nộp bảng tự chấm',
    });
    expect(marked.r.errors).toBeUndefined();
    for (const code of ['S1', 'S2', 'S3', 'T1', 'T2', 'VH']) {
      expect((await calls.approve(reviewer, sheets[code].id)).r.errors).toBeUndefined();
    }

    const result = await ranking('REVIEWED');
    expect(result.lateRule).toEqual({ kind: 'POINTS_PER_DAY', pointsPerDay: 2, maxPoints: 10 });
    const [schools, tdps] = result.blocks;
    expect(schools).toMatchObject({ criteriaSetName: 'Bộ tiêu chí chung', groups: [{ code: '1', maxPoints: 100 }] });
    expect(schools.rows.map((r) => [r.unit.code, r.rank, r.total])).toEqual([
      ['S1', 1, 95],
      ['S3', 2, 90],
      ['S2', 3, 70],
    ]);
    expect(tdps).toMatchObject({
      criteriaSetName: 'Bộ tiêu chí tổ dân phố',
      groups: [
        { code: 'I', maxPoints: 50 },
        { code: 'II', maxPoints: 50 },
      ],
    });
    expect(tdps.rows.map((r) => [r.unit.code, r.rank, r.pointsTotal, r.lateDays, r.lateDeduction, r.total])).toEqual([
      ['T2', 1, 90, 2, 4, 86],
      ['T1', 2, 85, 0, 0, 85],
    ]);
    expect(tdps.unranked).toEqual([
      {
        unit: { code: 'T3' },
        reason: 'NOT_SUBMITTED',
        label: 'Không nộp',
        mark: 'NOT_SUBMITTED',
        markReason: 'Tổ trưởng đi vắng, không nộp bảng tự chấm',
        total: null,
        lateDays: 0,
      },
      {
        unit: { code: 'VH' },
        reason: 'ORGANIZER',
        label: 'Đơn vị tổ chức – không xếp hạng',
        mark: null,
        markReason: null,
        total: 100,
        lateDays: 0,
      },
    ]);
  });

  it('gives the 3-school block its top title under a 20 % quota with a minimum of one, naming base and rounding', async () => {
    const [schools, tdps] = (await ranking('REVIEWED')).blocks;
    expect(schools.quotas).toEqual([
      expect.objectContaining({
        titleName: 'Đơn vị xuất sắc',
        base: 3,
        rounding: 'FLOOR',
        minimum: 1,
        limit: 1,
        frozen: false,
      }),
    ]);
    expect(schools.rows.map((r) => [r.unit.code, r.title?.name ?? null])).toEqual([
      ['S1', 'Đơn vị xuất sắc'],
      ['S3', 'Đơn vị tiên tiến'],
      ['S2', 'Đơn vị tiên tiến'],
    ]);
    const s3 = schools.rows.find((r) => r.unit.code === 'S3')!;
    expect(s3.missedTitles[0].conditions[0]).toMatchObject({ kind: 'QUOTA', quota: 1, quotaBase: 3 });
    expect(s3.missedTitles[0].conditions[0].message).toBe(
      'Vượt số lượng tối đa: chỉ 1 đơn vị: 20 % của 3 đơn vị đạt danh hiệu “Đơn vị tiên tiến”, làm tròn xuống, tối thiểu 1 — 2 đơn vị đủ điều kiện',
    );
    // The organiser and the marked TDP are no part of the TDP block's base: 2 ranked "tiên tiến" units.
    expect(tdps.quotas[0]).toMatchObject({ base: 2, limit: 1 });
    expect(tdps.rows[0].title).toEqual({ name: 'Đơn vị xuất sắc' });
  });

  it('freezes the quota bases once (ADMIN, audited); the ranking then uses them, not a live count', async () => {
    const freeze = (p: string, token = admin) =>
      gql<{ freezeQuotaBases: Ranking }>(
        `mutation($p: ID!) { freezeQuotaBases(periodId: $p) { quotaFrozenAt blocks { quotas { base limit frozen } } } }`,
        { p },
        token,
      );
    expect(errorOf(await freeze(periodId, reviewer))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await freeze('00000000-0000-4000-8000-000000000000'))).toMatchObject({ reason: 'PERIOD_NOT_FOUND' });
    const frozen = must(await freeze(periodId)).freezeQuotaBases;
    expect(frozen.quotaFrozenAt).not.toBeNull();
    expect(frozen.blocks.map((b) => b.quotas)).toEqual([
      [{ base: 3, limit: 1, frozen: true }],
      [{ base: 2, limit: 1, frozen: true }],
    ]);
    expect(errorOf(await freeze(periodId))).toMatchObject({ code: 'CONFLICT', reason: 'QUOTA_FROZEN' });
    const [event] = await app.dataSource.query<{ action: string; new_value: unknown }[]>(
      "SELECT action, new_value FROM audit_event WHERE campaign_id = $1 AND action = 'QUOTA_BASES_FROZEN'",
      [campaignId],
    );
    const frozenBases = Object.values(event.new_value as Record<string, Record<string, number>>);
    expect(frozenBases.flatMap((b) => Object.values(b)).sort()).toEqual([2, 3]);
  });

  it('publishes with the marked unit, which the published view lists unranked', async () => {
    const published = await gql('mutation($p: ID!) { publishCampaignPeriod(periodId: $p) { status } }', {
      p: periodId,
    });
    expect(published.errors).toBeUndefined();
    const tdps = (await ranking('PUBLISHED')).blocks[1];
    expect(tdps.rows.map((r) => r.unit.code)).toEqual(['T2', 'T1']);
    expect(tdps.unranked.map((u) => [u.unit.code, u.label])).toEqual([
      ['T3', 'Không nộp'],
      ['VH', 'Đơn vị tổ chức – không xếp hạng'],
    ]);
  });

  it('prints the marks with reasons, late days and deductions and each block’s own criteria in the score table and summary', async () => {
    const base = `${app.server.url}/api/campaigns/${campaignId}/periods/${periodId}`;
    const response = await fetch(`${base}/score-table.xlsx`, { headers: { authorization: `Bearer ${reviewer}` } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet('Khối tổ dân phố')!;
    const rowOf = (label: string) => {
      let found = 0;
      ws.eachRow((row, n) => {
        if (row.getCell(1).value === label || row.getCell(2).value === label) found = n;
      });
      expect(found).toBeGreaterThan(0);
      return ws.getRow(found);
    };
    // Units in block order: T1, T2, T3, VH → reviewed columns 5, 7, 9, 11; the TDP set's own rows.
    expect(rowOf('I.1').getCell(2).value).toContain('Phát bản tin');
    expect(() => rowOf('1.2')).toThrow();
    expect(rowOf('Số ngày nộp muộn').getCell(6).value).toBe(2);
    expect(rowOf('Trừ nộp muộn').getCell(7).value).toBe(-4);
    expect(rowOf('ĐIỂM XẾP HẠNG').getCell(7).value).toBe(86);
    expect([5, 7, 9, 11].map((c) => rowOf('XẾP HẠNG').getCell(c).value)).toEqual([
      2,
      1,
      'Không nộp',
      'Đơn vị tổ chức – không xếp hạng',
    ]);
    expect(rowOf('Lý do (không nộp / không xét)').getCell(9).value).toBe('Tổ trưởng đi vắng, không nộp bảng tự chấm');
    const html = await (
      await fetch(`${base}/summary.html`, { headers: { authorization: `Bearer ${reviewer}` } })
    ).text();
    expect(html).toContain('Bộ tiêu chí: Bộ tiêu chí tổ dân phố');
    expect(html).toContain(
      '<strong>Không nộp</strong><div class="muted">Lý do: Tổ trưởng đi vắng, không nộp bảng tự chấm</div>',
    );
    expect(html).toContain('−4<div class="muted">2 ngày</div>');
    expect(html).toContain('Cơ sở tính số lượng tối đa danh hiệu đã chốt');
  });

  it('freezes the bases when a period is published without a freeze by hand', async () => {
    const unfrozen = () =>
      app.dataSource.query<{ quota_frozen_at: Date | null; quota_bases: unknown }[]>(
        'SELECT quota_frozen_at, quota_bases FROM campaign_period WHERE id = $1',
        [secondPeriodId],
      );
    expect((await unfrozen())[0].quota_frozen_at).toBeNull();
    await passDeadline(app, secondPeriodId, 25 * HOUR);
    const list = must(
      await gql<{ scoreSheets: ScenarioSheet[] }>(
        `query($c: ID!, $p: ID) { scoreSheets(campaignId: $c, periodId: $p) { id } }`,
        {
          c: campaignId,
          p: secondPeriodId,
        },
      ),
    ).scoreSheets;
    expect(list).toHaveLength(7);
    for (const sheet of list) {
      const marked = await calls.mark(reviewer, {
        sheetId: sheet.id,
        mark: 'NOT_CONSIDERED',
        reason: 'Đợt không tổ chức',
      });
      expect(marked.r.errors).toBeUndefined();
    }
    const published = await gql('mutation($p: ID!) { publishCampaignPeriod(periodId: $p) { status } }', {
      p: secondPeriodId,
    });
    expect(published.errors).toBeUndefined();
    const [period] = await unfrozen();
    expect(period.quota_frozen_at).not.toBeNull();
    expect(period.quota_bases).toEqual(expect.any(Object));
    const second = await ranking('PUBLISHED', secondPeriodId);
    expect(second.blocks.map((b) => [b.rows.length, b.unranked.map((u) => u.label)])).toEqual([
      [0, ['Không xét', 'Không xét', 'Không xét']],
      [0, ['Không xét', 'Không xét', 'Không xét', 'Không xét']],
    ]);
    expect(second.blocks[0].quotas[0]).toMatchObject({ frozen: true });
  });
});
