import { Unit } from '../../../units/entities/unit.entity.js';
import type { GraphqlResponse, TestApp } from '../../../../test-support/test-app.js';

/**
 * A small launched campaign for the workflow scenarios: neighbourhood groups (tổ dân
 * phố) in one block, an indicator tree of one scored criterion, one period; the
 * scenario sets deadlines in the past directly instead of waiting.
 */

export const SHEET_FIELDS = `id status officerStatus mark markReason markedAt lateDays enteredOnBehalf
  effectiveDeadline deadlineOverride replyDueAt editableUntil isOverdue firstReviewedAt blockId leaderUnitId
  returnReason explanation selfTotal finalTotal unit { code } entries { id indicatorCode value selfScore reviewedScore }`;

export interface ScenarioSheet {
  id: string;
  status: string;
  officerStatus: string;
  mark: string | null;
  markReason: string | null;
  markedAt: string | null;
  lateDays: number;
  enteredOnBehalf: boolean;
  effectiveDeadline: string;
  deadlineOverride: string | null;
  replyDueAt: string | null;
  editableUntil: string;
  isOverdue: boolean;
  firstReviewedAt: string | null;
  blockId: string | null;
  leaderUnitId: string | null;
  returnReason: string | null;
  explanation: string | null;
  selfTotal: number;
  finalTotal: number;
  unit: { code: string };
  entries: {
    id: string;
    indicatorCode: string;
    value: number | null;
    selfScore: number | null;
    reviewedScore: number | null;
  }[];
}

export const errorOf = (r: GraphqlResponse) => r.errors?.[0]?.extensions;

export interface Scenario {
  campaignId: string;
  periodId: string;
  blockId: string;
  units: Record<string, string>;
  sheets: Record<string, ScenarioSheet>;
  admin: string;
}

export async function createNeighbourhoodGroups(
  app: TestApp,
  codes: readonly string[],
): Promise<Record<string, string>> {
  const repo = app.dataSource.getRepository(Unit);
  const ward = await repo.save(
    repo.create({
      code: `PHUONG-${codes.join('')}`,
      name: 'Phường',
      searchText: 'phuong',
      kind: 'WARD',
      parentId: null,
      populationKind: 'RESIDENTS',
    }),
  );
  const ids: Record<string, string> = {};
  for (const code of codes) {
    const unit = await repo.save(
      repo.create({
        code,
        name: `Tổ dân phố ${code}`,
        searchText: code.toLowerCase(),
        kind: 'NEIGHBORHOOD_GROUP',
        parentId: ward.id,
        populationKind: 'RESIDENTS',
      }),
    );
    ids[code] = unit.id;
  }
  return ids;
}

/** Creates and launches the campaign; `leader` names the block leader unit (khối trưởng). */
export async function launchScenario(
  app: TestApp,
  admin: string,
  units: Record<string, string>,
  options: { leader?: string; replyDays?: number } = {},
): Promise<Scenario> {
  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>) =>
    app.gql<T>(query, variables, admin);
  const must = <T>(r: GraphqlResponse<T>): T => {
    if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const campaignId = must(
    await gql<{ createCampaign: { id: string } }>(
      'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
      { input: { title: 'Thi đua tổ dân phố văn hóa', boardEnabled: false } },
    ),
  ).createCampaign.id;
  const periodId = must(
    await gql<{ addCampaignPeriod: { periods: { id: string }[] } }>(
      'mutation($input: AddCampaignPeriodInput!) { addCampaignPeriod(input: $input) { periods { id } } }',
      {
        input: {
          campaignId,
          name: 'Sơ kết quý I',
          kind: 'INTERIM',
          startsOn: '2026-01-01',
          endsOn: '2026-03-31',
          submissionDeadline: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
    ),
  ).addCampaignPeriod.periods[0].id;
  must(
    await gql('mutation($input: AddCampaignBlockInput!) { addCampaignBlock(input: $input) { id } }', {
      input: {
        campaignId,
        name: 'Khối tổ dân phố',
        leaderUnitId: options.leader ? units[options.leader] : null,
        unitIds: Object.values(units),
      },
    }),
  );
  must(
    await gql('mutation($input: SaveIndicatorTreeInput!) { saveIndicatorTree(input: $input) { id } }', {
      input: {
        campaignId,
        indicators: [
          { key: 'g', code: '1', title: 'Tuyên truyền', kind: 'GROUP', maxPoints: 100 },
          {
            key: 'm',
            parentKey: 'g',
            code: '1',
            title: 'Loa truyền thanh, nhóm Zalo',
            kind: 'MANUAL',
            maxPoints: 100,
            step: 1,
          },
        ],
      },
    }),
  );
  must(await gql('mutation($id: ID!) { launchCampaign(id: $id) { status } }', { id: campaignId }));
  if (options.replyDays !== undefined) {
    await app.dataSource.query('UPDATE campaign_period SET reply_days = $2 WHERE id = $1', [
      periodId,
      options.replyDays,
    ]);
  }
  const [block] = await app.dataSource.query<{ id: string }[]>('SELECT id FROM campaign_block WHERE campaign_id = $1', [
    campaignId,
  ]);
  const list = must(
    await gql<{ scoreSheets: ScenarioSheet[] }>(`query($c: ID!) { scoreSheets(campaignId: $c) { ${SHEET_FIELDS} } }`, {
      c: campaignId,
    }),
  ).scoreSheets;
  return {
    campaignId,
    periodId,
    blockId: block.id,
    units,
    admin,
    sheets: Object.fromEntries(list.map((s) => [s.unit.code, s])),
  };
}

/** The GraphQL calls of the workflow, as `token`. */
export function sheetCalls(app: TestApp) {
  const one =
    <K extends string>(name: K, mutation: string) =>
    async (token: string, input: Record<string, unknown>) => {
      const r = await app.gql<Record<K, ScenarioSheet>>(mutation, { input }, token);
      return { r, sheet: r.data?.[name] ?? null };
    };
  return {
    save: one(
      'saveScoreEntry',
      `mutation($input: SaveScoreEntryInput!) { saveScoreEntry(input: $input) { ${SHEET_FIELDS} } }`,
    ),
    submit: one(
      'submitScoreSheet',
      `mutation($input: SubmitScoreSheetInput!) { submitScoreSheet(input: $input) { ${SHEET_FIELDS} } }`,
    ),
    review: one(
      'reviewScoreEntry',
      `mutation($input: ReviewScoreEntryInput!) { reviewScoreEntry(input: $input) { ${SHEET_FIELDS} } }`,
    ),
    returnSheet: one(
      'returnScoreSheet',
      `mutation($input: ReturnScoreSheetInput!) { returnScoreSheet(input: $input) { ${SHEET_FIELDS} } }`,
    ),
    firstReview: one(
      'firstReviewScoreSheet',
      `mutation($input: FirstReviewSheetInput!) { firstReviewScoreSheet(input: $input) { ${SHEET_FIELDS} } }`,
    ),
    extendUnit: one(
      'extendUnitDeadline',
      `mutation($input: ExtendUnitDeadlineInput!) { extendUnitDeadline(input: $input) { ${SHEET_FIELDS} } }`,
    ),
    mark: one(
      'markScoreSheet',
      `mutation($input: MarkScoreSheetInput!) { markScoreSheet(input: $input) { ${SHEET_FIELDS} } }`,
    ),
    unmark: one(
      'unmarkScoreSheet',
      `mutation($input: UnmarkScoreSheetInput!) { unmarkScoreSheet(input: $input) { ${SHEET_FIELDS} } }`,
    ),
    approve: async (token: string, id: string) => {
      const r = await app.gql<{ approveScoreSheet: ScenarioSheet }>(
        `mutation($id: ID!) { approveScoreSheet(id: $id) { ${SHEET_FIELDS} } }`,
        { id },
        token,
      );
      return { r, sheet: r.data?.approveScoreSheet ?? null };
    },
    get: async (token: string, id: string) => {
      const r = await app.gql<{ scoreSheet: ScenarioSheet }>(
        `query($id: ID!) { scoreSheet(id: $id) { ${SHEET_FIELDS} } }`,
        { id },
        token,
      );
      return { r, sheet: r.data?.scoreSheet ?? null };
    },
    list: async (token: string, campaignId: string, periodId?: string) => {
      const r = await app.gql<{ scoreSheets: ScenarioSheet[] }>(
        `query($c: ID!, $p: ID) { scoreSheets(campaignId: $c, periodId: $p) { ${SHEET_FIELDS} } }`,
        { c: campaignId, p: periodId },
        token,
      );
      return { r, sheets: r.data?.scoreSheets ?? [] };
    },
    trail: async (token: string, campaignId: string, sheetId: string) => {
      const r = await app.gql<{
        campaignAuditTrail: {
          action: string;
          field: string | null;
          actorName: string | null;
          oldValue: string | null;
          newValue: string | null;
          reason: string | null;
        }[];
      }>(
        'query($c: ID!, $s: ID) { campaignAuditTrail(campaignId: $c, sheetId: $s) { action field actorName oldValue newValue reason } }',
        { c: campaignId, s: sheetId },
        token,
      );
      return r.data?.campaignAuditTrail ?? [];
    },
  };
}

/** Moves a period's deadline into the past (the 40 s deadline, without waiting). */
export async function passDeadline(app: TestApp, periodId: string, agoMs = 40_000): Promise<Date> {
  const deadline = new Date(Date.now() - agoMs);
  await app.dataSource.query('UPDATE campaign_period SET submission_deadline = $2 WHERE id = $1', [periodId, deadline]);
  return deadline;
}

export async function notificationsOf(
  app: TestApp,
  unitId: string,
): Promise<{ kind: string; payload: Record<string, unknown> }[]> {
  return app.dataSource.query(
    `SELECT n.kind, n.payload FROM notification n JOIN app_user u ON u.id = n.user_id
      WHERE u.unit_id = $1 AND u.role = 'UNIT_OFFICER' ORDER BY n.created_at, n.id`,
    [unitId],
  );
}
