import { sampleTree } from './fixtures.js';
import { gapToOvertake } from './overtake.js';

describe('gapToOvertake', () => {
  it('gives the gap and the indicators with headroom, largest first; penalties are not headroom', () => {
    const scores = { m: 20, c: 28, y: 20, t: 15, b: 0, p: -3 };
    const gap = gapToOvertake(sampleTree(), { total: 80, scores }, { total: 86.5 });
    expect(gap.points).toBe(6.5);
    expect(gap.headroom.map((h) => [h.code, h.headroom, h.enoughAlone])).toEqual([
      ['1.1', 10, true],
      ['2.2', 5, false],
      ['B', 5, false],
      ['1.2', 2, false],
    ]);
    expect(gap.reachable).toBe(true);
  });

  it('says when even all remaining points are not enough', () => {
    const scores = { m: 30, c: 30, y: 20, t: 19, b: 5, p: 0 };
    const gap = gapToOvertake(sampleTree(), { total: 104, scores }, { total: 110 });
    expect(gap).toMatchObject({ points: 6, reachable: false });
  });
});
