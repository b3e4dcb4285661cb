import 'reflect-metadata';
import type { LateRule } from '@thidua/shared';
import { Unit } from '../../units/entities/unit.entity.js';
import { CampaignBlock } from '../entities/campaign-block.entity.js';
import { CampaignPeriod } from '../entities/campaign-period.entity.js';
import { CampaignTitle } from '../entities/campaign-title.entity.js';
import { Campaign } from '../entities/campaign.entity.js';
import { CriteriaSet } from '../entities/criteria-set.entity.js';
import { Indicator } from '../entities/indicator.entity.js';
import { ScoreEntry } from '../entities/score-entry.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import type { CampaignDefinition } from '../setup/campaign-definition.js';
import { toBoardSnapshot } from './board-snapshot.js';
import { lateDeduction, rankCampaign, tieRuleForSet, unrankedReason } from './campaign-ranking.js';

// ---- factories ----

const unit = (code: string) => Object.assign(new Unit(), { id: `u-${code}`, code, name: `Trường ${code}` });
const indicator = (
  id: string,
  kind: Indicator['kind'],
  maxPoints: number,
  parentId: string | null = null,
  criteriaSetId = 'set-1',
  code = id,
) =>
  Object.assign(new Indicator(), {
    id,
    code,
    title: id,
    kind,
    maxPoints,
    parentId,
    campaignId: 'c1',
    criteriaSetId,
    target: null,
    thresholds: null,
  });
const title = (id: string, name: string, minTotal: number, rankOrder: number, extra: Partial<CampaignTitle> = {}) =>
  Object.assign(new CampaignTitle(), {
    id,
    name,
    minTotal,
    rankOrder,
    groupFloorPercent: null,
    quotaPercent: null,
    quotaBase: 'LOWER_TITLE',
    quotaRounding: 'FLOOR',
    quotaMinimum: 1,
    ...extra,
  });
const period = (lateRule: LateRule = { kind: 'NONE' }, extra: Partial<CampaignPeriod> = {}) =>
  Object.assign(new CampaignPeriod(), {
    id: 'p1',
    name: 'Quý I',
    lateRule,
    quotaBases: null,
    quotaFrozenAt: null,
    publishedAt: null,
    ...extra,
  });
const criteriaSet = (id: string, name: string) => Object.assign(new CriteriaSet(), { id, name, campaignId: 'c1' });

/**
 * Two blocks with their own sets. Schools (set-1): group 1 (100) = manual 1.1 (60) + yes/no 1.2 (40).
 * TDPs (set-2): group I (50) = manual I.1 (50), group II (50) = manual II.1 (50). Titles at 90 and 70.
 */
function definition(): CampaignDefinition {
  return {
    campaign: Object.assign(new Campaign(), {
      id: 'c1',
      title: 'Thi đua 2026',
      status: 'LAUNCHED',
      totalPoints: 100,
      tieRule: { kind: 'SHARED' },
      organizerUnitId: null,
      rankOrganizer: false,
    }),
    periods: [period()],
    criteriaSets: [criteriaSet('set-1', 'Bộ tiêu chí trường học'), criteriaSet('set-2', 'Bộ tiêu chí tổ dân phố')],
    blocks: [
      {
        block: Object.assign(new CampaignBlock(), { id: 'b1', name: 'Khối THCS', criteriaSetId: 'set-1' }),
        units: [unit('A'), unit('B'), unit('C')],
        leader: null,
      },
      {
        block: Object.assign(new CampaignBlock(), { id: 'b2', name: 'Khối TDP', criteriaSetId: 'set-2' }),
        units: [unit('T1'), unit('T2')],
        leader: null,
      },
    ],
    indicators: [
      indicator('1', 'GROUP', 100),
      indicator('1.1', 'MANUAL', 60, '1'),
      indicator('1.2', 'YES_NO', 40, '1'),
      indicator('I', 'GROUP', 50, null, 'set-2'),
      indicator('I.1', 'MANUAL', 50, 'I', 'set-2'),
      indicator('II', 'GROUP', 50, null, 'set-2'),
      indicator('II.1', 'MANUAL', 50, 'II', 'set-2'),
    ],
    depthOf: new Map(),
    titles: [title('t1', 'Xuất sắc', 90, 1), title('t2', 'Tốt', 70, 2)],
  };
}

const sheet = (code: string, extra: Partial<ScoreSheet> = {}) =>
  Object.assign(new ScoreSheet(), {
    id: `s-${code}`,
    unitId: `u-${code}`,
    periodId: 'p1',
    status: 'APPROVED',
    lateDays: 0,
    mark: null,
    markReason: null,
    ...extra,
  });
const entry = (code: string, indicatorId: string, selfScore: number, reviewedScore: number | null = null) =>
  Object.assign(new ScoreEntry(), {
    id: `e-${code}-${indicatorId}`,
    sheetId: `s-${code}`,
    indicatorId,
    value: selfScore,
    selfScore,
    reviewedScore,
    reviewedValue: null as number | null,
    correctedScore: null as number | null,
  });

const sheets = [sheet('A'), sheet('B'), sheet('C')];
const entries = [
  entry('A', '1.1', 60),
  entry('A', '1.2', 40),
  entry('B', '1.1', 55, 50),
  entry('B', '1.2', 40),
  entry('C', '1.1', 30),
  entry('C', '1.2', 0),
];
const tdpSheets = [sheet('T1'), sheet('T2')];
const tdpEntries = [entry('T1', 'I.1', 40), entry('T1', 'II.1', 20), entry('T2', 'I.1', 45), entry('T2', 'II.1', 45)];

describe('campaign ranking', () => {
  it('ranks a block by reviewed totals, awards titles and names the missed condition', () => {
    const ranking = rankCampaign(definition(), period(), 'REVIEWED', sheets, entries);
    const rows = ranking.blocks[0].rows;
    expect(rows.map((r) => [r.rank, r.unit.code, r.total, r.title?.name ?? null])).toEqual([
      [1, 'A', 100, 'Xuất sắc'],
      [2, 'B', 90, 'Xuất sắc'],
      [3, 'C', 30, null],
    ]);
    expect(rows[2].missedTitles.flatMap((m) => m.conditions.map((c) => c.message))).toContain(
      'Tổng điểm 30, cần tối thiểu 70',
    );
    expect(rows[1].gapToAbove?.aboveUnit.code).toBe('A');
    expect(rows[0].gapToAbove).toBeNull();
    expect(ranking.blocks[0].unranked).toEqual([]);
  });

  it('counts self-scores in the provisional view', () => {
    const ranking = rankCampaign(definition(), period(), 'PROVISIONAL', sheets, entries);
    expect(ranking.blocks[0].rows.map((r) => r.total)).toEqual([100, 95, 30]);
  });

  it('leaves out units without a sheet in the view', () => {
    const ranking = rankCampaign(definition(), period(), 'REVIEWED', [sheets[0]], entries.slice(0, 2));
    expect(ranking.blocks[0].rows.map((r) => r.unit.code)).toEqual(['A']);
  });

  it('scores each block by its own criteria set: its groups, floors and tie-break are that set’s', () => {
    const d = definition();
    d.titles = [title('t1', 'Xuất sắc', 60, 1, { groupFloorPercent: 50 })];
    const ranking = rankCampaign(d, period(), 'REVIEWED', [...sheets, ...tdpSheets], [...entries, ...tdpEntries]);
    const tdp = ranking.blocks[1];
    expect(tdp).toMatchObject({ criteriaSetId: 'set-2', criteriaSetName: 'Bộ tiêu chí tổ dân phố' });
    expect(tdp.groups.map((g) => [g.code, g.maxPoints])).toEqual([
      ['I', 50],
      ['II', 50],
    ]);
    expect(tdp.rows.map((r) => [r.unit.code, r.total, r.title?.name ?? null])).toEqual([
      ['T2', 90, 'Xuất sắc'],
      ['T1', 60, null],
    ]);
    // T1 reaches 60 but misses the floor of its own set's group II (25 of 50).
    expect(tdp.rows[1].missedTitles[0].conditions).toEqual([
      expect.objectContaining({ kind: 'GROUP_FLOOR', groupCode: 'II', required: 25, actual: 20 }),
    ]);
    expect(ranking.blocks[0].groups.map((g) => g.code)).toEqual(['1']);
  });

  it('breaks ties in a block by the indicators of its own set that carry the rule’s codes', () => {
    const d = definition();
    d.indicators.push(indicator('x-1.1', 'MANUAL', 50, 'I', 'set-3', 'I.1'));
    const defs = d.indicators.map((i) => ({ ...i }));
    const rule = tieRuleForSet({ kind: 'TIEBREAK_INDICATORS', indicatorIds: ['II.1'] }, defs, defs.slice(3, 7));
    expect(rule).toEqual({ kind: 'TIEBREAK_INDICATORS', indicatorIds: ['II.1'] });
    expect(tieRuleForSet({ kind: 'TIEBREAK_INDICATORS', indicatorIds: ['I.1'] }, defs, defs.slice(7))).toEqual({
      kind: 'TIEBREAK_INDICATORS',
      indicatorIds: ['x-1.1'],
    });
    d.campaign.tieRule = { kind: 'TIEBREAK_INDICATORS', indicatorIds: ['II.1'] };
    const tied = [entry('T1', 'I.1', 40), entry('T1', 'II.1', 10), entry('T2', 'I.1', 20), entry('T2', 'II.1', 30)];
    const tdp = rankCampaign(d, period(), 'REVIEWED', tdpSheets, tied).blocks[1];
    expect(tdp.rows.map((r) => [r.unit.code, r.rank, r.decidedByIndicatorCode])).toEqual([
      ['T2', 1, null],
      ['T1', 2, 'II.1'],
    ]);
    expect(tdp.tieRuleText).toContain('II.1');
  });

  it('lists marked sheets after the ranked rows with the mark and its reason, with no title or points', () => {
    const marked = [
      sheet('A'),
      sheet('B', { status: 'DRAFT', mark: 'NOT_SUBMITTED', markReason: 'Quá hạn, không nộp' }),
      sheet('C', { mark: 'NOT_CONSIDERED', markReason: 'Vi phạm quy chế' }),
    ];
    const block = rankCampaign(definition(), period(), 'REVIEWED', marked, entries).blocks[0];
    expect(block.rows.map((r) => [r.unit.code, r.rank])).toEqual([['A', 1]]);
    expect(block.unranked).toEqual([
      expect.objectContaining({
        unit: expect.objectContaining({ code: 'B' }),
        reason: 'NOT_SUBMITTED',
        label: 'Không nộp',
        mark: 'NOT_SUBMITTED',
        markReason: 'Quá hạn, không nộp',
        total: null,
      }),
      expect.objectContaining({ reason: 'NOT_CONSIDERED', label: 'Không xét', markReason: 'Vi phạm quy chế' }),
    ]);
  });

  it('lists the organiser unranked unless the campaign ranks it', () => {
    const d = definition();
    d.campaign.organizerUnitId = 'u-A';
    const block = rankCampaign(d, period(), 'REVIEWED', sheets, entries).blocks[0];
    expect(block.rows.map((r) => [r.unit.code, r.rank])).toEqual([
      ['B', 1],
      ['C', 2],
    ]);
    expect(block.unranked).toEqual([
      expect.objectContaining({ reason: 'ORGANIZER', label: 'Đơn vị tổ chức – không xếp hạng', total: 100 }),
    ]);
    d.campaign.rankOrganizer = true;
    expect(rankCampaign(d, period(), 'REVIEWED', sheets, entries).blocks[0].rows[0].unit.code).toBe('A');
  });

  it('takes late points off as its own column, capped, and ranks by what is left', () => {
    expect(lateDeduction({ kind: 'POINTS_PER_DAY', pointsPerDay: 2, maxPoints: 5 }, 4)).toBe(5);
    expect(lateDeduction({ kind: 'POINTS_PER_DAY', pointsPerDay: 2, maxPoints: null }, 4)).toBe(8);
    expect(lateDeduction({ kind: 'NONE' }, 4)).toBe(0);
    expect(lateDeduction({ kind: 'NOT_RANKED' }, 4)).toBe(0);
    const late = [sheet('A', { lateDays: 3 }), sheet('B'), sheet('C')];
    const rule: LateRule = { kind: 'POINTS_PER_DAY', pointsPerDay: 4, maxPoints: 20 };
    const rows = rankCampaign(definition(), period(rule), 'REVIEWED', late, entries).blocks[0].rows;
    expect(rows.map((r) => [r.unit.code, r.pointsTotal, r.lateDays, r.lateDeduction, r.total, r.title?.name])).toEqual([
      ['B', 90, 0, 0, 90, 'Xuất sắc'],
      ['A', 100, 3, 12, 88, 'Tốt'],
      ['C', 30, 0, 0, 30, undefined],
    ]);
  });

  it('lists late sheets unranked under NOT_RANKED and does nothing under NONE', () => {
    const late = [sheet('A', { lateDays: 1 }), sheet('B'), sheet('C')];
    const notRanked = rankCampaign(definition(), period({ kind: 'NOT_RANKED' }), 'REVIEWED', late, entries).blocks[0];
    expect(notRanked.rows.map((r) => r.unit.code)).toEqual(['B', 'C']);
    expect(notRanked.unranked).toEqual([
      expect.objectContaining({ reason: 'LATE', label: 'Nộp muộn – không xếp hạng', lateDays: 1, total: 100 }),
    ]);
    const none = rankCampaign(definition(), period(), 'REVIEWED', late, entries).blocks[0];
    expect(none.rows.map((r) => [r.unit.code, r.lateDays, r.total])).toEqual([
      ['A', 1, 100],
      ['B', 0, 90],
      ['C', 0, 30],
    ]);
  });

  it('puts a mark before the organiser and the late rule', () => {
    const d = definition();
    d.campaign.organizerUnitId = 'u-A';
    const p = period({ kind: 'NOT_RANKED' });
    expect(unrankedReason(d, p, sheet('A', { mark: 'NOT_CONSIDERED', lateDays: 2 }))).toBe('NOT_CONSIDERED');
    expect(unrankedReason(d, p, sheet('A', { lateDays: 2 }))).toBe('ORGANIZER');
    expect(unrankedReason(d, p, sheet('B', { lateDays: 2 }))).toBe('LATE');
    expect(unrankedReason(d, p, sheet('B'))).toBeNull();
  });

  it('shows the board a unit name, total, title and status words per row, and unranked rows by label only', () => {
    const d = definition();
    const at = new Date('2026-03-01T08:00:00Z');
    const marked = [...sheets.slice(0, 2), sheet('C', { mark: 'NOT_SUBMITTED', markReason: 'Không có ai nộp' })];
    const board = toBoardSnapshot(d, period(), rankCampaign(d, period(), 'PUBLISHED', marked, entries), at);
    expect(board).toMatchObject({ campaignId: 'c1', periodName: 'Quý I', at: at.toISOString() });
    expect(board.blocks[0].rows[0]).toEqual({
      rank: 1,
      unitId: 'u-A',
      unitCode: 'A',
      unitName: 'Trường A',
      total: 100,
      titleName: 'Xuất sắc',
      statusLabel: 'Đã thẩm định',
      lateDeduction: 0,
    });
    expect(board.blocks[0].unranked).toEqual([
      {
        unitId: 'u-C',
        unitCode: 'C',
        unitName: 'Trường C',
        reason: 'NOT_SUBMITTED',
        label: 'Không nộp',
        statusLabel: 'Đã thẩm định',
      },
    ]);
    expect(JSON.stringify(board)).not.toContain('Không có ai nộp');
    expect(board.blocks[1].criteriaSetName).toBe('Bộ tiêu chí tổ dân phố');
  });

  it('scores RELATIVE_TO_BEST over the block from the figures of the view; a correction still overrides', () => {
    const d = definition();
    // Group 1 becomes 300 = 1.1 (60) + 1.2 (40) + R (200, target 10): the cluster's rule.
    d.indicators[0].maxPoints = 300;
    d.indicators.splice(3, 0, Object.assign(indicator('R', 'RELATIVE_TO_BEST', 200, '1'), { target: 10 }));
    const figure = (code: string, value: number, reviewedValue: number | null = null) =>
      Object.assign(entry(code, 'R', 0), {
        value,
        selfScore: null as number | null,
        reviewedValue,
      });
    const rows = [figure('A', 20), figure('B', 10, 25), figure('C', 5)];
    const provisional = rankCampaign(d, period(), 'PROVISIONAL', sheets, [...entries, ...rows]).blocks[0].rows;
    // A is the best (20 → 200), B at target (100), C below (0.5 × 200 × 5 ÷ 10 = 50).
    expect(provisional.map((r) => [r.unit.code, r.scores.R, r.total])).toEqual([
      ['A', 200, 300],
      ['B', 100, 195],
      ['C', 50, 80],
    ]);
    // Reviewed: B's figure corrected to 25 makes B the best; A is scored between the target and the best.
    const reviewed = rankCampaign(d, period(), 'REVIEWED', sheets, [...entries, ...rows]).blocks[0].rows;
    expect(reviewed.map((r) => [r.unit.code, r.scores.R])).toEqual([
      ['B', 200],
      ['A', 166.67],
      ['C', 50],
    ]);
    rows[2].correctedScore = 120;
    const corrected = rankCampaign(d, period(), 'REVIEWED', sheets, [...entries, ...rows]).blocks[0].rows;
    expect(corrected.find((r) => r.unit.code === 'C')!.scores.R).toBe(120);
    // A unit's own target counts: C's target of 5 puts C at its target (half the maximum).
    const own = rankCampaign(
      d,
      period(),
      'PROVISIONAL',
      sheets,
      [...entries, ...rows],
      new Map([['R', new Map([['u-C', 5]])]]),
    );
    expect(own.blocks[0].rows.find((r) => r.unit.code === 'C')!.scores.R).toBe(100);
  });

  it('gives a 3-unit block its top title under a 20 % quota with a minimum of 1, and names base and rounding', () => {
    const d = definition();
    d.titles = [
      title('t1', 'Xuất sắc', 90, 1, { quotaPercent: 20, quotaBase: 'LOWER_TITLE', quotaRounding: 'FLOOR' }),
      title('t2', 'Tiên tiến', 30, 2),
    ];
    const block = rankCampaign(d, period(), 'REVIEWED', sheets, entries).blocks[0];
    // 20 % of the 3 "Tiên tiến" units is 0.6, rounded down 0, at least 1: A earns it, B (90) does not.
    expect(block.rows.map((r) => [r.unit.code, r.title?.name])).toEqual([
      ['A', 'Xuất sắc'],
      ['B', 'Tiên tiến'],
      ['C', 'Tiên tiến'],
    ]);
    expect(block.quotas).toEqual([
      expect.objectContaining({
        titleId: 't1',
        base: 3,
        baseKind: 'LOWER_TITLE',
        rounding: 'FLOOR',
        minimum: 1,
        limit: 1,
        frozen: false,
      }),
    ]);
    const quota = block.rows[1].missedTitles[0].conditions[0];
    expect(quota).toMatchObject({ kind: 'QUOTA', quota: 1, quotaBase: 3 });
    expect(quota.message).toBe(
      'Vượt số lượng tối đa: chỉ 1 đơn vị: 20 % của 3 đơn vị đạt danh hiệu “Tiên tiến”, làm tròn xuống, tối thiểu 1 — 2 đơn vị đủ điều kiện',
    );
  });

  it('counts block and ward quotas over every member unit, and uses frozen bases as they are', () => {
    const d = definition();
    d.titles = [title('t1', 'Xuất sắc', 90, 1, { quotaPercent: 50, quotaBase: 'BLOCK_UNITS', quotaMinimum: 0 })];
    // Only A has a sheet in the view, but the block has 3 member units: 50 % of 3 → 1.
    const one = rankCampaign(d, period(), 'REVIEWED', [sheets[0]], entries).blocks[0];
    expect(one.quotas[0]).toMatchObject({ base: 3, limit: 1 });
    d.titles[0].quotaBase = 'WARD_UNITS';
    expect(rankCampaign(d, period(), 'REVIEWED', sheets, entries).blocks[0].quotas[0]).toMatchObject({
      base: 5,
      limit: 2,
    });
    // Frozen at 1 unit: 50 % of 1 → 0, and no minimum: nobody earns it, whatever the live count.
    const frozen = period({ kind: 'NONE' }, { quotaFrozenAt: new Date(), quotaBases: { b1: { t1: 1 } } });
    const block = rankCampaign(d, frozen, 'REVIEWED', sheets, entries).blocks[0];
    expect(block.quotas[0]).toMatchObject({ base: 1, limit: 0, frozen: true });
    expect(block.rows[0].title).toBeNull();
    expect(block.rows[0].missedTitles[0].conditions[0].message).toContain('(cơ sở đã chốt)');
    // Bases stored but not frozen yet are not used.
    const stored = period({ kind: 'NONE' }, { quotaBases: { b1: { t1: 1 } } });
    expect(rankCampaign(d, stored, 'REVIEWED', sheets, entries).blocks[0].quotas[0]).toMatchObject({ base: 5 });
  });

  it('labels the board of a campaign created before rosters when it has computed indicators', () => {
    const d = definition();
    const at = new Date('2026-03-01T08:00:00Z');
    expect(toBoardSnapshot(d, period(), null, at).countedBeforeRosters).toBe(false);
    d.campaign.participationBasis = 'BEFORE_ROSTERS';
    // Nothing computed: nothing was counted, nothing to label.
    expect(toBoardSnapshot(d, period(), null, at).countedBeforeRosters).toBe(false);
    d.indicators.push(indicator('1.3', 'COMPUTED', 0, '1'));
    expect(toBoardSnapshot(d, period(), null, at).countedBeforeRosters).toBe(true);
  });
});
