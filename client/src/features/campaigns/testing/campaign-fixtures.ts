// Factories for the campaign client's tests: a campaign, its indicators, a sheet and its
// entries, each with the fields the GraphQL fragments carry, overridable per test.
import type { SheetWorkflowFieldsFragment } from '../../../generated/graphql';
import type { CampaignData, EntryData, IndicatorData, SheetData } from '../utils/campaign-model';

type Evidence = EntryData['evidence'][number];

export function indicatorFixture(
  overrides: Partial<IndicatorData> & Pick<IndicatorData, 'id' | 'code'>,
): IndicatorData {
  return {
    parentId: null,
    title: `Tiêu chí ${overrides.code}`,
    kind: 'MANUAL',
    maxPoints: 10,
    step: null,
    target: null,
    perItemPoints: null,
    evidenceRequired: false,
    position: 0,
    depth: 0,
    computedSource: null,
    number: overrides.code.split('.').pop() ?? overrides.code,
    criteriaSetId: 'cs1',
    thresholds: null,
    comparison: null,
    populationKind: null,
    method: '',
    evidenceText: '',
    ...overrides,
  };
}

export function campaignFixture(overrides: Partial<CampaignData> = {}): CampaignData {
  const campaign: Omit<CampaignData, 'criteriaSets'> & Partial<Pick<CampaignData, 'criteriaSets'>> = {
    id: 'c1',
    title: 'Thi đua tuyên truyền',
    description: '',
    status: 'LAUNCHED',
    totalPoints: 15,
    boardEnabled: false,
    isDemo: false,
    countedBeforeRosters: false,
    launchedAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
    tieRule: { kind: 'SHARED', indicatorIds: [] },
    tieRuleText: '',
    indicatorIssues: [],
    periods: [
      {
        id: 'p1',
        name: 'Sơ kết 6 tháng',
        kind: 'INTERIM',
        position: 0,
        startsOn: '2026-01-01',
        endsOn: '2026-06-30',
        submissionDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        publishedAt: null,
        replyDays: 3,
        lateRule: { kind: 'NONE', pointsPerDay: null, maxPoints: null },
      },
    ],
    blocks: [],
    indicators: [
      indicatorFixture({ id: 'g1', code: '1', kind: 'GROUP', maxPoints: 15, title: 'Tuyên truyền miệng' }),
      indicatorFixture({
        id: 'i11',
        code: '1.1',
        parentId: 'g1',
        kind: 'MANUAL',
        maxPoints: 10,
        step: 0.5,
        evidenceRequired: true,
        position: 0,
        depth: 1,
        title: 'Tổ chức hội nghị',
      }),
      indicatorFixture({
        id: 'i12',
        code: '1.2',
        parentId: 'g1',
        kind: 'YES_NO',
        maxPoints: 5,
        position: 1,
        depth: 1,
        title: 'Treo khẩu hiệu',
      }),
    ],
    titles: [],
    rankOrganizer: false,
    organizerUnit: null,
    ...overrides,
  };
  return {
    criteriaSets: [
      {
        id: 'cs1',
        name: 'Bộ tiêu chí chung',
        position: 0,
        blockIds: campaign.blocks.map((b) => b.id),
        indicatorIssues: campaign.indicatorIssues,
        indicators: campaign.indicators,
      },
    ],
    ...campaign,
  };
}

export function evidenceFixture(overrides: Partial<Evidence> = {}): Evidence {
  return {
    id: 'ev1',
    kind: 'LINK',
    url: 'https://example.org/bien-ban',
    fileName: null,
    mimeType: null,
    size: null,
    downloadUrl: null,
    createdAt: '2026-02-01T00:00:00.000Z',
    ...overrides,
  };
}

export function entryFixture(
  overrides: Partial<EntryData> & Pick<EntryData, 'id' | 'indicatorId' | 'indicatorCode'>,
): EntryData {
  return {
    value: null,
    selfScore: null,
    reviewedScore: null,
    correctedScore: null,
    finalScore: 0,
    note: null,
    reviewReason: null,
    reviewedValue: null,
    unitTarget: null,
    blockBest: null,
    population: null,
    explanation: null,
    reviewedExplanation: null,
    computed: null,
    evidence: [],
    corrections: [],
    ...overrides,
  };
}

export function sheetFixture(overrides: Partial<SheetData> = {}): SheetData {
  return {
    id: 's1',
    campaignId: 'c1',
    periodId: 'p1',
    status: 'DRAFT',
    submittedAt: null,
    approvedAt: null,
    publishedAt: null,
    returnReason: null,
    explanation: null,
    ...sheetWorkflowFixture({ officerStatus: OFFICER_STATUS_OF[overrides.status ?? 'DRAFT'] }),
    selfTotal: 0,
    finalTotal: 0,
    unit: { id: 'u1', code: 'TDP-01', name: 'Tổ dân phố 1' },
    entries: [
      entryFixture({ id: 'e11', indicatorId: 'i11', indicatorCode: '1.1' }),
      entryFixture({ id: 'e12', indicatorId: 'i12', indicatorCode: '1.2' }),
    ],
    ...overrides,
  };
}

/** The status a unit reads for a sheet in time, unmarked. */
const OFFICER_STATUS_OF: Record<SheetData['status'], SheetWorkflowFieldsFragment['officerStatus']> = {
  DRAFT: 'DRAFT_OPEN',
  SUBMITTED: 'IN_REVIEW',
  FIRST_REVIEWED: 'FIRST_REVIEWED',
  RETURNED: 'RETURNED_NEEDS_FIX',
  APPROVED: 'APPROVED',
  PUBLISHED: 'PUBLISHED',
};

/** The deadline, mark and review-round fields of a sheet: an open draft due in a week by default. */
export function sheetWorkflowFixture(
  overrides: Partial<SheetWorkflowFieldsFragment> = {},
): SheetWorkflowFieldsFragment {
  const deadline = new Date(Date.now() + 7 * 86_400_000).toISOString();
  return {
    officerStatus: 'DRAFT_OPEN',
    blockId: 'b1',
    leaderUnitId: null,
    firstReviewedAt: null,
    effectiveDeadline: deadline,
    deadlineOverride: null,
    replyDueAt: null,
    editableUntil: deadline,
    isOverdue: false,
    lateDays: 0,
    enteredOnBehalf: false,
    mark: null,
    markReason: null,
    markedAt: null,
    ...overrides,
  };
}
