import {
  computeTotals,
  INDICATOR_KIND_FILE_LABELS,
  INDICATOR_TREE_COLUMNS,
  indicatorsOfTable,
  POLICE_CLUSTER_EXPECTED,
  POLICE_CLUSTER_EXPECTED_TOTALS,
  POLICE_CLUSTER_I1_BLOCK,
  POLICE_CLUSTER_TABLE,
  POLICE_CLUSTER_TOTAL,
  PROVINCE_TDP_2024_EXPECTED,
  PROVINCE_TDP_2024_EXPECTED_TOTALS,
  PROVINCE_TDP_2024_TABLE,
  PROVINCE_TDP_2024_TOTAL,
  relativeToBestScores,
  type ExpectedScore,
  type TableRow,
  scoreFromValue,
  type IndicatorDef,
  type IndicatorKind,
} from '@thidua/shared';
import ExcelJS from 'exceljs';
import { createTestApp, type GraphqlResponse, type TestApp } from '../../../test-support/test-app.js';
import { Unit } from '../../units/entities/unit.entity.js';
import { TREE_FIXTURES, type TreeFixture } from '../../../test-support/indicator-tree-fixtures.js';

/**
 * The indicator tree file against the real app and PostgreSQL: real tables written
 * into XLSX in the wards' layout, imported through GraphQL (dry run, all or nothing,
 * every error named), exported back and re-imported to the same tree, and scored
 * by the shared rules to the tables' own points. Also criteria sets per block and the
 * settings the workflow reads.
 */

const INDICATOR = `id code number title kind maxPoints step target perItemPoints evidenceRequired depth parentId
  thresholds { atLeast points } comparison populationKind method evidenceText criteriaSetId`;
const CAMPAIGN = `id status totalPoints indicatorIssues { reason code message }
  criteriaSets { id name position blockIds indicators { ${INDICATOR} } indicatorIssues { reason code message } }
  blocks { id name criteriaSetId leaderUnit { code } }
  periods { id lateRule { kind pointsPerDay maxPoints } replyDays }
  titles { name quotaBase quotaRounding quotaMinimum } organizerUnit { code } rankOrganizer`;
const IMPORT = `ok count errors { line column reason message } issues { line reason code message } indicators { ${INDICATOR} }`;

interface IndicatorRow {
  id: string;
  code: string;
  number: string;
  title: string;
  kind: IndicatorKind;
  maxPoints: number;
  step: number | null;
  target: number | null;
  perItemPoints: number | null;
  evidenceRequired: boolean;
  depth: number;
  parentId: string | null;
  thresholds: { atLeast: number; points: number }[] | null;
  comparison: 'AT_LEAST' | 'AT_MOST' | null;
  populationKind: string | null;
  method: string;
  evidenceText: string;
  criteriaSetId: string;
}
interface Campaign {
  id: string;
  status: string;
  indicatorIssues: { reason: string; code: string | null; message: string }[];
  criteriaSets: {
    id: string;
    name: string;
    blockIds: string[];
    indicators: IndicatorRow[];
    indicatorIssues: { reason: string; message: string }[];
  }[];
  blocks: { id: string; name: string; criteriaSetId: string; leaderUnit: { code: string } | null }[];
  periods: {
    id: string;
    lateRule: { kind: string; pointsPerDay: number | null; maxPoints: number | null };
    replyDays: number;
  }[];
  titles: { name: string; quotaBase: string; quotaRounding: string; quotaMinimum: number }[];
  organizerUnit: { code: string } | null;
  rankOrganizer: boolean;
}
interface ImportResult {
  ok: boolean;
  count: number;
  errors: { line: number; column: string | null; reason: string; message: string }[];
  issues: { line: number | null; reason: string }[];
  indicators: IndicatorRow[];
}

/** A fixture table as the ward's XLSX, the header on the first line. */
async function wardXlsx(rows: readonly (readonly string[])[], headers = INDICATOR_TREE_COLUMNS.map((c) => c.header)) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Phụ lục');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const asDef = (i: IndicatorRow): IndicatorDef => ({ ...i });

/** A number as wards type it: a decimal comma. */
const vn = (n: number | undefined) => (n === undefined ? '' : String(n).replace('.', ','));

/** A real table's rows in the ward layout, written from the fixture (not by the app's own writer). */
const wardRows = (table: readonly TableRow[]) =>
  table.map((r) => [
    r.number,
    r.title,
    vn(r.maxPoints),
    r.method,
    r.evidenceText,
    INDICATOR_KIND_FILE_LABELS[r.kind],
    r.thresholds ? r.thresholds.map((t) => `${vn(t.atLeast)}:${vn(t.points)}`).join('; ') : vn(r.target),
    vn(r.perItemPoints),
    vn(r.step),
    r.populationKind ?? '',
    r.comparison === 'AT_MOST' ? '≤' : r.comparison === 'AT_LEAST' ? '≥' : '',
    r.evidenceRequired ? 'Có' : '',
  ]);

const REAL_TABLES = [
  {
    name: 'the province’s 2024 TDP văn hóa appendix',
    total: PROVINCE_TDP_2024_TOTAL,
    table: PROVINCE_TDP_2024_TABLE,
    expected: PROVINCE_TDP_2024_EXPECTED,
    totals: PROVINCE_TDP_2024_EXPECTED_TOTALS,
  },
  {
    name: 'the police cluster’s 1,000-point scale',
    total: POLICE_CLUSTER_TOTAL,
    table: POLICE_CLUSTER_TABLE,
    expected: POLICE_CLUSTER_EXPECTED,
    totals: POLICE_CLUSTER_EXPECTED_TOTALS,
  },
] as const;

describe('indicator tree file (integration)', () => {
  let app: TestApp;
  let admin: string;
  let reviewerToken: string;
  let units: Record<string, string>;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.tokenFor('ADMIN');
    reviewerToken = await app.tokenFor('REVIEWER');
    const repo = app.dataSource.getRepository(Unit);
    units = {};
    for (const code of ['TDP1', 'TDP2', 'TDP3', 'CA1', 'CA2', 'CA3', 'VHXH']) {
      const unit = await repo.save(
        repo.create({
          code,
          name: `Đơn vị ${code}`,
          searchText: code.toLowerCase(),
          kind: 'NEIGHBORHOOD_GROUP',
          parentId: null,
          populationKind: 'HOUSEHOLDS',
        }),
      );
      units[code] = unit.id;
    }
  });
  afterAll(() => app.close());

  const gql = <T>(query: string, variables: Record<string, unknown>, token = admin) =>
    app.gql<T>(query, variables, token);
  const ok = <T>(result: GraphqlResponse<T>): T => {
    if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const campaign = async (id: string) =>
    ok(await gql<{ campaign: Campaign }>(`query($id: ID!) { campaign(id: $id) { ${CAMPAIGN} } }`, { id })).campaign;
  const importTree = (campaignId: string, criteriaSetId: string, contentBase64: string, dryRun = false) =>
    gql<{ importIndicatorTree: ImportResult }>(
      `mutation($input: ImportIndicatorTreeInput!) { importIndicatorTree(input: $input) { ${IMPORT} } }`,
      { input: { campaignId, criteriaSetId, fileName: 'phu-luc.xlsx', contentBase64, dryRun } },
    );
  const createCampaign = async (title: string, totalPoints: number) =>
    ok(
      await gql<{ createCampaign: Campaign }>(
        `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN} } }`,
        { input: { title, totalPoints } },
      ),
    ).createCampaign;
  const download = async (path: string, token = admin) => {
    const response = await fetch(`${app.server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: Buffer.from(await response.arrayBuffer()),
    };
  };

  /** The tree as the fixture's expectations compare it (no ids). */
  const shape = (rows: readonly IndicatorRow[]) =>
    rows.map(({ id: _id, parentId: _p, criteriaSetId: _s, ...rest }) => rest);

  it.each(TREE_FIXTURES.map((f) => [f.name, f] as const))(
    '%s: imports from the ward layout, round-trips through export and scores by its own rules',
    async (_name, fixture: TreeFixture) => {
      const c = await createCampaign(fixture.name, fixture.totalPoints);
      const setId = c.criteriaSets[0].id;
      const file = await wardXlsx(fixture.rows);

      const preview = ok(await importTree(c.id, setId, file, true)).importIndicatorTree;
      expect(preview.errors).toEqual([]);
      expect(preview.ok).toBe(true);
      expect(preview.count).toBe(fixture.rows.filter((r) => r[0] !== '').length);
      expect(preview.issues).toEqual([]);
      // A dry run saves nothing.
      expect((await campaign(c.id)).criteriaSets[0].indicators).toEqual([]);

      const imported = ok(await importTree(c.id, setId, file)).importIndicatorTree;
      expect(imported.ok).toBe(true);
      const saved = await campaign(c.id);
      const tree = saved.criteriaSets[0].indicators;
      expect(saved.criteriaSets[0].indicatorIssues).toEqual([]);
      expect(tree.map((i) => `${i.code}|${i.number}`)).toEqual(fixture.codes);
      expect(shape(tree)).toEqual(shape(imported.indicators));

      // Export → import into a second set → the same tree.
      const exported = await download(`/api/campaigns/${c.id}/criteria-sets/${setId}/indicators.xlsx`);
      expect(exported.status).toBe(200);
      expect(exported.type).toContain('spreadsheetml');
      const withSecond = ok(
        await gql<{ createCriteriaSet: Campaign }>(
          `mutation($input: CreateCriteriaSetInput!) { createCriteriaSet(input: $input) { ${CAMPAIGN} } }`,
          { input: { campaignId: c.id, name: 'Bản sao' } },
        ),
      ).createCriteriaSet;
      const copyId = withSecond.criteriaSets[1].id;
      const again = ok(await importTree(c.id, copyId, exported.body.toString('base64'))).importIndicatorTree;
      expect(again.errors).toEqual([]);
      const copy = (await campaign(c.id)).criteriaSets[1].indicators;
      expect(shape(copy)).toEqual(shape(tree));

      // Score the sample units by the shared rules, to the table's points.
      const byCode = new Map(tree.map((i) => [i.code, asDef(i)]));
      for (const sample of fixture.samples) {
        const indicator = byCode.get(sample.code)!;
        const result = scoreFromValue(indicator, sample.value, sample.context ?? {});
        expect([sample.code, sample.value, result.ok ? result.score : result.reason]).toEqual([
          sample.code,
          sample.value,
          sample.points,
        ]);
      }
      for (const relative of fixture.relative ?? []) {
        const scores = relativeToBestScores(byCode.get(relative.code)!, new Map(Object.entries(relative.values)));
        expect(Object.fromEntries([...scores].map(([unit, r]) => [unit, r.ok ? r.score : r.reason]))).toEqual(
          relative.points,
        );
      }
    },
  );

  it.each(REAL_TABLES.map((t) => [t.name, t] as const))(
    '%s: imports from XLSX to the table’s own tree, round-trips, and scores exactly by its rules',
    async (_name, real) => {
      const c = await createCampaign(real.name, real.total);
      const setId = c.criteriaSets[0].id;
      const imported = ok(await importTree(c.id, setId, await wardXlsx(wardRows(real.table)))).importIndicatorTree;
      expect(imported.errors).toEqual([]);
      expect(imported.issues).toEqual([]);
      const saved = (await campaign(c.id)).criteriaSets[0];
      expect(saved.indicatorIssues).toEqual([]);
      const want = indicatorsOfTable(real.table);
      const fields = (i: IndicatorDef) => ({
        code: i.code,
        number: i.number,
        title: i.title,
        kind: i.kind,
        maxPoints: i.maxPoints,
        target: i.target ?? null,
        thresholds: i.thresholds ?? null,
        perItemPoints: i.perItemPoints ?? null,
        populationKind: i.populationKind ?? null,
        method: i.method,
        evidenceText: i.evidenceText,
        evidenceRequired: i.evidenceRequired,
      });
      expect(saved.indicators.map((i) => fields(asDef(i)))).toEqual(want.map(fields));

      // Export → import again → the same tree.
      const exported = await download(`/api/campaigns/${c.id}/criteria-sets/${setId}/indicators.xlsx`);
      ok(await importTree(c.id, setId, exported.body.toString('base64')));
      const again = (await campaign(c.id)).criteriaSets[0].indicators;
      expect(shape(again)).toEqual(shape(saved.indicators));

      // Every leaf of the sample unit scores as the table says, and the total adds up.
      const byCode = new Map(again.map((i) => [i.code, asDef(i)]));
      const scored = real.expected.map((e: ExpectedScore) => {
        const result = scoreFromValue(byCode.get(e.code)!, e.value, {
          population: e.population,
          blockBest: e.blockBest,
        });
        return [e.code, result.ok ? result.score : result.reason];
      });
      expect(scored).toEqual(real.expected.map((e) => [e.code, e.score]));
      const scores = new Map(real.expected.map((e) => [byCode.get(e.code)!.id, e.score]));
      expect(computeTotals(again.map(asDef), (id) => scores.get(id) ?? null).total).toBe(real.totals.total);
      if (real.table === POLICE_CLUSTER_TABLE) {
        const block = relativeToBestScores(
          byCode.get('I.1')!,
          new Map(POLICE_CLUSTER_I1_BLOCK.map((u) => [u.unitId, u.value])),
        );
        const got = POLICE_CLUSTER_I1_BLOCK.map((u) => {
          const r = block.get(u.unitId);
          return [u.unitId, r?.ok ? r.score : r?.reason];
        });
        expect(got).toEqual(POLICE_CLUSTER_I1_BLOCK.map((u) => [u.unitId, u.score]));
      }
    },
  );

  it('refuses a bad file whole, every row and column named, and keeps the tree', async () => {
    const c = await createCampaign('Tệp lỗi', 100);
    const setId = c.criteriaSets[0].id;
    ok(await importTree(c.id, setId, await wardXlsx([['1', 'Một', '100']])));
    const bad = await wardXlsx([
      ['I', 'Tiêu chuẩn', '100', '', '', 'Nhóm'],
      ['1', 'Một', 'năm mươi'],
      ['1', 'Trùng số', '10'],
      ['2', 'Loại lạ', '10', '', '', 'Xếp hạng'],
      ['3', 'Có/Không', '10', '', '', 'Có/Không'],
      ['3.1', 'Con của tiêu chí thường', '5'],
      ['4', 'Tỷ lệ', '10', '', '', 'Tỷ lệ', '', '', '', 'Người ngoài hành tinh'],
    ]);
    const result = ok(await importTree(c.id, setId, bad)).importIndicatorTree;
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => [e.line, e.column, e.reason])).toEqual([
      [4, 'STT', 'DUPLICATE_NUMBER'],
      [5, 'Loại tiêu chí', 'UNKNOWN_CRITERION_KIND'],
      [7, 'STT', 'PARENT_NOT_GROUP'],
      [3, 'Điểm chuẩn', 'NOT_A_NUMBER'],
      [8, 'Đối tượng', 'UNKNOWN_POPULATION_KIND'],
    ]);
    const tree = (await campaign(c.id)).criteriaSets[0].indicators;
    expect(tree.map((i) => i.title)).toEqual(['Một']);

    const noColumn = await wardXlsx([['1', 'Một']], ['STT', 'Nội dung tiêu chí']);
    expect(ok(await importTree(c.id, setId, noColumn)).importIndicatorTree.errors).toEqual([
      { line: 1, column: 'Điểm chuẩn', reason: 'MISSING_COLUMN', message: 'The file has no column "Điểm chuẩn"' },
    ]);
    // Only an admin imports; the template is there for them.
    const asReviewer = await gql(
      `mutation($input: ImportIndicatorTreeInput!) { importIndicatorTree(input: $input) { ok } }`,
      { input: { campaignId: c.id, criteriaSetId: setId, fileName: 'a.xlsx', contentBase64: bad, dryRun: true } },
      reviewerToken,
    );
    expect(asReviewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const template = await download('/api/campaigns/indicator-tree-template.xlsx');
    expect(template.status).toBe(200);
    const fromTemplate = ok(await importTree(c.id, setId, template.body.toString('base64'), true)).importIndicatorTree;
    expect(fromTemplate.errors).toEqual([]);
    expect(fromTemplate.issues).toEqual([]);
  });

  it('scores each block by its own set, checks every set a block uses at launch, and keeps the workflow settings', async () => {
    const c = await createCampaign('Bộ tiêu chí theo khối', 100);
    const common = c.criteriaSets[0].id;
    const withSet = ok(
      await gql<{ createCriteriaSet: Campaign }>(
        `mutation($input: CreateCriteriaSetInput!) { createCriteriaSet(input: $input) { ${CAMPAIGN} } }`,
        { input: { campaignId: c.id, name: 'Khối tổ dân phố' } },
      ),
    ).createCriteriaSet;
    const tdpSet = withSet.criteriaSets.find((s) => s.name === 'Khối tổ dân phố')!.id;
    const renamed = ok(
      await gql<{ renameCriteriaSet: Campaign }>(
        `mutation($input: RenameCriteriaSetInput!) { renameCriteriaSet(input: $input) { ${CAMPAIGN} } }`,
        { input: { id: tdpSet, name: 'Bộ tiêu chí tổ dân phố' } },
      ),
    ).renameCriteriaSet;
    expect(renamed.criteriaSets.map((s) => s.name)).toEqual(['Bộ tiêu chí chung', 'Bộ tiêu chí tổ dân phố']);
    const added = ok(
      await gql<{ addCampaignBlock: Campaign }>(
        `mutation($input: AddCampaignBlockInput!) { addCampaignBlock(input: $input) { ${CAMPAIGN} } }`,
        {
          input: {
            campaignId: c.id,
            name: 'Khối tổ dân phố',
            criteriaSetId: tdpSet,
            unitIds: [units.TDP1, units.TDP2, units.VHXH],
          },
        },
      ),
    ).addCampaignBlock;
    const block = added.blocks[0];
    expect(block.criteriaSetId).toBe(tdpSet);
    expect(added.criteriaSets[1].blockIds).toEqual([block.id]);

    const refused = await gql(`mutation($id: ID!) { deleteCriteriaSet(id: $id) { id } }`, { id: tdpSet });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('CRITERIA_SET_IN_USE');

    await gql(`mutation($input: AddCampaignPeriodInput!) { addCampaignPeriod(input: $input) { id } }`, {
      input: {
        campaignId: c.id,
        name: 'Sơ kết',
        kind: 'INTERIM',
        startsOn: '2026-01-01',
        endsOn: '2026-06-30',
        submissionDeadline: '2026-07-05T10:00:00Z',
      },
    });
    // The used set is empty: the launch names it (the unused common set is not checked).
    const launch = await gql(`mutation($id: ID!) { launchCampaign(id: $id) { id } }`, { id: c.id });
    expect(launch.errors?.[0]?.extensions?.reason).toBe('INDICATOR_TREE_INVALID');
    expect(launch.errors?.[0]?.message).toContain('Bộ tiêu chí tổ dân phố: The campaign has no indicators');
    expect((await campaign(c.id)).indicatorIssues.map((i) => i.message)).toEqual([
      'Bộ tiêu chí tổ dân phố: The campaign has no indicators',
    ]);

    // Move the block to the common set, then the TDP set can go.
    const moved = ok(
      await gql<{ updateCampaignBlock: Campaign }>(
        `mutation($input: UpdateCampaignBlockInput!) { updateCampaignBlock(input: $input) { ${CAMPAIGN} } }`,
        { input: { id: block.id, criteriaSetId: common, leaderUnitId: units.TDP1 } },
      ),
    ).updateCampaignBlock;
    expect(moved.blocks[0]).toMatchObject({ criteriaSetId: common, leaderUnit: { code: 'TDP1' } });
    const deleted = ok(
      await gql<{ deleteCriteriaSet: Campaign }>(`mutation($id: ID!) { deleteCriteriaSet(id: $id) { ${CAMPAIGN} } }`, {
        id: tdpSet,
      }),
    ).deleteCriteriaSet;
    expect(deleted.criteriaSets.map((s) => s.name)).toEqual(['Bộ tiêu chí chung']);

    // Settings the workflow and the ranking read.
    const periodId = deleted.periods[0].id;
    const period = ok(
      await gql<{ updateCampaignPeriod: Campaign }>(
        `mutation($input: UpdateCampaignPeriodInput!) { updateCampaignPeriod(input: $input) { ${CAMPAIGN} } }`,
        { input: { id: periodId, lateRule: { kind: 'POINTS_PER_DAY', pointsPerDay: 1, maxPoints: 5 }, replyDays: 5 } },
      ),
    ).updateCampaignPeriod;
    expect(period.periods[0]).toEqual({
      id: periodId,
      lateRule: { kind: 'POINTS_PER_DAY', pointsPerDay: 1, maxPoints: 5 },
      replyDays: 5,
    });
    const noPoints = await gql(
      `mutation($input: UpdateCampaignPeriodInput!) { updateCampaignPeriod(input: $input) { id } }`,
      {
        input: { id: periodId, lateRule: { kind: 'POINTS_PER_DAY' } },
      },
    );
    expect(noPoints.errors?.[0]?.extensions?.reason).toBe('INVALID_PERIOD');
    // A period added with its rules; a bad late rule adds nothing.
    const addPeriod = (extra: Record<string, unknown>) =>
      gql<{ addCampaignPeriod: Campaign }>(
        `mutation($input: AddCampaignPeriodInput!) { addCampaignPeriod(input: $input) { ${CAMPAIGN} } }`,
        {
          input: {
            campaignId: c.id,
            name: 'Tổng kết',
            kind: 'FINAL',
            startsOn: '2026-07-01',
            endsOn: '2026-12-31',
            submissionDeadline: '2027-01-05T10:00:00Z',
            ...extra,
          },
        },
      );
    const badAdd = await addPeriod({ lateRule: { kind: 'POINTS_PER_DAY' } });
    expect(badAdd.errors?.[0]?.extensions?.reason).toBe('INVALID_PERIOD');
    expect((await campaign(c.id)).periods).toHaveLength(1);
    const withRules = ok(await addPeriod({ lateRule: { kind: 'NOT_RANKED' }, replyDays: 7 })).addCampaignPeriod;
    expect(withRules.periods[1]).toMatchObject({
      lateRule: { kind: 'NOT_RANKED', pointsPerDay: null, maxPoints: null },
      replyDays: 7,
    });
    const organised = ok(
      await gql<{ updateCampaign: Campaign }>(
        `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { ${CAMPAIGN} } }`,
        { input: { id: c.id, organizerUnitId: units.VHXH, rankOrganizer: false } },
      ),
    ).updateCampaign;
    expect([organised.organizerUnit, organised.rankOrganizer]).toEqual([{ code: 'VHXH' }, false]);
    const titled = ok(
      await gql<{ saveCampaignTitles: Campaign }>(
        `mutation($input: SaveTitlesInput!) { saveCampaignTitles(input: $input) { ${CAMPAIGN} } }`,
        {
          input: {
            campaignId: c.id,
            titles: [
              { name: 'Xuất sắc', minTotal: 90, quotaPercent: 20 },
              { name: 'Tiên tiến', minTotal: 70, quotaBase: 'BLOCK_UNITS', quotaRounding: 'ROUND', quotaMinimum: 0 },
            ],
          },
        },
      ),
    ).saveCampaignTitles;
    expect(titled.titles).toEqual([
      { name: 'Xuất sắc', quotaBase: 'LOWER_TITLE', quotaRounding: 'FLOOR', quotaMinimum: 1 },
      { name: 'Tiên tiến', quotaBase: 'BLOCK_UNITS', quotaRounding: 'ROUND', quotaMinimum: 0 },
    ]);

    // Reviewer scopes: an active reviewer only; empty = every block.
    const reviewerId = ok(await gql<{ me: { id: string } }>('query { me { id } }', {}, reviewerToken)).me.id;
    const scoped = ok(
      await gql<{ setReviewerBlocks: { userId: string; blockIds: string[] }[] }>(
        `mutation($input: SetReviewerBlocksInput!) { setReviewerBlocks(input: $input) { userId blockIds } }`,
        { input: { campaignId: c.id, userId: reviewerId, blockIds: [block.id] } },
      ),
    ).setReviewerBlocks;
    expect(scoped).toEqual([{ userId: reviewerId, blockIds: [block.id] }]);
    const adminId = ok(await gql<{ me: { id: string } }>('query { me { id } }', {})).me.id;
    const notReviewer = await gql(
      `mutation($input: SetReviewerBlocksInput!) { setReviewerBlocks(input: $input) { userId } }`,
      { input: { campaignId: c.id, userId: adminId, blockIds: [] } },
    );
    expect(notReviewer.errors?.[0]?.extensions?.reason).toBe('INVALID_TRANSITION');
    const scopes = ok(
      await gql<{ campaignReviewerScopes: { userId: string; blockIds: string[] }[] }>(
        `query($campaignId: ID!) { campaignReviewerScopes(campaignId: $campaignId) { userId blockIds } }`,
        { campaignId: c.id },
      ),
    ).campaignReviewerScopes;
    expect(scopes).toEqual([{ userId: reviewerId, blockIds: [block.id] }]);
  });
});
