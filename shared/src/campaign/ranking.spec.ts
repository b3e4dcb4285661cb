import { describeTieRule, rankCampaignUnits, type RankInput } from './ranking.js';

const unit = (unitId: string, total: number, scores: Record<string, number> = {}): RankInput => ({
  unitId,
  name: `Tổ dân phố ${unitId}`,
  total,
  scores,
});
const ranks = (result: { unitId: string; rank: number }[]) => result.map((r) => `${r.unitId}:${r.rank}`);

describe('rankCampaignUnits', () => {
  const units = [unit('d', 80), unit('b', 90), unit('a', 95), unit('c', 90)];

  it('shares ranks and skips the next one by default (1-2-2-4)', () => {
    const result = rankCampaignUnits(units, { kind: 'SHARED' });
    expect(ranks(result)).toEqual(['a:1', 'b:2', 'c:2', 'd:4']);
    expect(result.map((r) => r.tied)).toEqual([false, true, true, false]);
  });

  it('shares ranks without skipping with the dense rule (1-2-2-3)', () => {
    expect(ranks(rankCampaignUnits(units, { kind: 'DENSE' }))).toEqual(['a:1', 'b:2', 'c:2', 'd:3']);
  });

  it('breaks ties by the listed indicators in turn and says which one decided', () => {
    const tied = [
      unit('a', 90, { i1: 10, i2: 5 }),
      unit('b', 90, { i1: 10, i2: 7 }),
      unit('c', 90, { i1: 12, i2: 0 }),
      unit('d', 90, { i1: 10, i2: 7 }),
    ];
    const result = rankCampaignUnits(tied, { kind: 'TIEBREAK_INDICATORS', indicatorIds: ['i1', 'i2'] });
    expect(ranks(result)).toEqual(['c:1', 'b:2', 'd:2', 'a:4']);
    expect(result.map((r) => r.decidedByIndicatorId)).toEqual([null, 'i1', null, 'i2']);
  });

  it('does not treat floating-point noise as a difference', () => {
    expect(ranks(rankCampaignUnits([unit('a', 0.1 + 0.2), unit('b', 0.3)], { kind: 'SHARED' }))).toEqual([
      'a:1',
      'b:1',
    ]);
  });

  it('describes the rule for the screen', () => {
    expect(describeTieRule({ kind: 'SHARED' })).toContain('1-2-2-4');
    expect(describeTieRule({ kind: 'TIEBREAK_INDICATORS', indicatorIds: ['x'] }, () => '2.1')).toContain('2.1');
  });
});
