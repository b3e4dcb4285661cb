import 'reflect-metadata';
import { Unit } from '../../units/entities/unit.entity.js';
import { CampaignBlock } from '../entities/campaign-block.entity.js';
import { CampaignPeriod } from '../entities/campaign-period.entity.js';
import { CampaignTitle } from '../entities/campaign-title.entity.js';
import { Campaign } from '../entities/campaign.entity.js';
import { Indicator } from '../entities/indicator.entity.js';
import { ScoreEntry } from '../entities/score-entry.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import type { CampaignDefinition } from '../setup/campaign-definition.js';
import { rankCampaign, toBoardSnapshot } from './campaign-ranking.js';

// ---- factories ----

const unit = (code: string) => Object.assign(new Unit(), { id: `u-${code}`, code, name: `Trường ${code}` });
const indicator = (id: string, kind: Indicator['kind'], maxPoints: number, parentId: string | null = null) =>
  Object.assign(new Indicator(), { id, code: id, title: id, kind, maxPoints, parentId, campaignId: 'c1' });
const title = (id: string, name: string, minTotal: number) =>
  Object.assign(new CampaignTitle(), { id, name, minTotal, groupFloorPercent: null, quotaPercent: null });
const period = Object.assign(new CampaignPeriod(), { id: 'p1', name: 'Quý I' });

/** One block of three schools; group 1 (100) = manual 1.1 (60) + yes/no 1.2 (40); titles at 90 and 70. */
function definition(): CampaignDefinition {
  const indicators = [
    indicator('1', 'GROUP', 100),
    indicator('1.1', 'MANUAL', 60, '1'),
    indicator('1.2', 'YES_NO', 40, '1'),
  ];
  return {
    campaign: Object.assign(new Campaign(), {
      id: 'c1',
      title: 'Thi đua 2026',
      status: 'LAUNCHED',
      totalPoints: 100,
      tieRule: { kind: 'SHARED' },
      boardSource: 'REVIEWED',
    }),
    periods: [period],
    blocks: [
      {
        block: Object.assign(new CampaignBlock(), { id: 'b1', name: 'Khối THCS' }),
        units: [unit('A'), unit('B'), unit('C')],
        leader: null,
      },
    ],
    indicators,
    depthOf: new Map(),
    titles: [title('t1', 'Xuất sắc', 90), title('t2', 'Tốt', 70)],
  };
}

const sheet = (code: string) =>
  Object.assign(new ScoreSheet(), { id: `s-${code}`, unitId: `u-${code}`, periodId: 'p1', status: 'APPROVED' });
const entry = (code: string, indicatorId: string, selfScore: number, reviewedScore: number | null = null) =>
  Object.assign(new ScoreEntry(), {
    id: `e-${code}-${indicatorId}`,
    sheetId: `s-${code}`,
    indicatorId,
    selfScore,
    reviewedScore,
    correctedScore: null,
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

describe('campaign ranking', () => {
  it('ranks a block by reviewed totals, awards titles and names the missed condition', () => {
    const ranking = rankCampaign(definition(), 'p1', 'REVIEWED', sheets, entries);
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
  });

  it('counts self-scores in the provisional view', () => {
    const ranking = rankCampaign(definition(), 'p1', 'PROVISIONAL', sheets, entries);
    expect(ranking.blocks[0].rows.map((r) => r.total)).toEqual([100, 95, 30]);
  });

  it('leaves out units without a sheet in the view', () => {
    const ranking = rankCampaign(definition(), 'p1', 'REVIEWED', [sheets[0]], entries.slice(0, 2));
    expect(ranking.blocks[0].rows.map((r) => r.unit.code)).toEqual(['A']);
  });

  it('shows the board a unit name, total and title per row, never the scores behind them', () => {
    const d = definition();
    const at = new Date('2026-03-01T08:00:00Z');
    const board = toBoardSnapshot(d, period, rankCampaign(d, 'p1', 'REVIEWED', sheets, entries), at);
    expect(board).toMatchObject({ campaignId: 'c1', periodName: 'Quý I', source: 'REVIEWED', at: at.toISOString() });
    expect(board.blocks[0].rows[0]).toEqual({
      rank: 1,
      unitId: 'u-A',
      unitCode: 'A',
      unitName: 'Trường A',
      total: 100,
      titleName: 'Xuất sắc',
    });
  });

  it('labels the board of a campaign created before rosters when it has computed indicators', () => {
    const d = definition();
    const at = new Date('2026-03-01T08:00:00Z');
    expect(toBoardSnapshot(d, period, null, at).countedBeforeRosters).toBe(false);
    d.campaign.participationBasis = 'BEFORE_ROSTERS';
    // Nothing computed: nothing was counted, nothing to label.
    expect(toBoardSnapshot(d, period, null, at).countedBeforeRosters).toBe(false);
    d.indicators.push(indicator('1.3', 'COMPUTED', 0, '1'));
    expect(toBoardSnapshot(d, period, null, at).countedBeforeRosters).toBe(true);
  });
});
