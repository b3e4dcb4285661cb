import { indicator, sampleTree } from './fixtures.js';
import { type IndicatorDef, orderIndicatorTree, validateIndicatorTree } from './indicator-tree.js';

describe('validateIndicatorTree', () => {
  it('accepts a tree whose groups total the campaign points (bonus and penalty outside)', () => {
    expect(validateIndicatorTree(sampleTree(), 100)).toEqual([]);
  });

  it('refuses a group whose indicators exceed its maximum, naming the group and the sums', () => {
    const tree = sampleTree().map((i) => (i.id === 'c' ? { ...i, maxPoints: 35 } : i));
    const issues = validateIndicatorTree(tree, 100);
    expect(issues).toEqual([
      {
        reason: 'GROUP_EXCEEDED',
        code: '1',
        message: 'Group 1: its indicators total 65 points, more than its maximum 60',
      },
    ]);
  });

  it('refuses a campaign whose top level does not add up to its total', () => {
    expect(validateIndicatorTree(sampleTree(), 1000)).toEqual([
      expect.objectContaining({ reason: 'TOTAL_MISMATCH', code: null }),
    ]);
  });

  it('reports every problem at once: empty group, missing target, per-item points, source, off step, bad parent', () => {
    const tree = [
      indicator({ id: 'g', code: '1', kind: 'GROUP', maxPoints: 50 }),
      indicator({ id: 'e', code: '2', kind: 'GROUP', maxPoints: 20 }),
      indicator({ id: 't', code: '1.1', kind: 'TARGET', maxPoints: 10, parentId: 'g' }),
      indicator({ id: 'c', code: '1.2', kind: 'COUNT', maxPoints: 10, parentId: 'g' }),
      indicator({ id: 'x', code: '1.3', kind: 'COMPUTED', maxPoints: 10, parentId: 'g' }),
      indicator({ id: 'm', code: '1.4', kind: 'MANUAL', maxPoints: 10, step: 3, parentId: 'g' }),
      indicator({ id: 'y', code: '1.4.1', kind: 'YES_NO', maxPoints: 10, parentId: 'm' }),
      indicator({ id: 'z', code: '3', kind: 'YES_NO', maxPoints: 30, parentId: 'nope' }),
    ];
    const reasons = validateIndicatorTree(tree, 70).map((i) => [i.reason, i.code]);
    expect(reasons).toEqual(
      expect.arrayContaining([
        ['GROUP_EMPTY', '2'],
        ['MISSING_TARGET', '1.1'],
        ['MISSING_PER_ITEM', '1.2'],
        ['MISSING_SOURCE', '1.3'],
        ['INVALID_STEP', '1.4'],
        ['PARENT_NOT_GROUP', '1.4.1'],
        ['UNKNOWN_PARENT', '3'],
      ]),
    );
  });

  it('refuses duplicate codes and an empty campaign', () => {
    const tree = sampleTree().map((i) => (i.id === 'c' ? { ...i, code: '1.1' } : i));
    expect(validateIndicatorTree(tree, 100).map((i) => i.reason)).toContain('DUPLICATE_CODE');
    expect(validateIndicatorTree([], 100)).toEqual([expect.objectContaining({ reason: 'NO_INDICATORS' })]);
  });
});

describe('validateIndicatorTree for the kinds of real tables', () => {
  const leaf = (over: Partial<IndicatorDef> & Pick<IndicatorDef, 'id' | 'kind'>) =>
    indicator({ maxPoints: 10, parentId: 'g', ...over });
  const tree = (...leaves: IndicatorDef[]) => [
    indicator({ id: 'g', code: 'I', kind: 'GROUP', maxPoints: 10 * leaves.length }),
    ...leaves.map((l, i) => ({ ...l, code: `I.${i + 1}` })),
  ];
  const reasons = (t: IndicatorDef[]) =>
    validateIndicatorTree(t, t[0].maxPoints).map((i) => [i.reason, i.code] as const);

  it('accepts well-formed thresholds, rates, ward rates, relative indicators and per-occurrence penalties', () => {
    const t = tree(
      leaf({ id: 'a', kind: 'THRESHOLD', thresholds: [{ atLeast: 85, points: 10 }] }),
      leaf({ id: 'b', kind: 'RATE', populationKind: 'HOUSEHOLDS' }),
      leaf({ id: 'c', kind: 'WARD_RATE', target: 0, comparison: 'AT_MOST' }),
      leaf({ id: 'd', kind: 'RELATIVE_TO_BEST', target: 12 }),
    );
    t.push(indicator({ id: 'p', code: 'P', kind: 'PENALTY', maxPoints: 10, perItemPoints: 2 }));
    expect(reasons(t)).toEqual([]);
  });

  it('names every malformed rule of the new kinds', () => {
    const t = tree(
      leaf({ id: 'a', kind: 'THRESHOLD' }),
      leaf({
        id: 'b',
        kind: 'THRESHOLD',
        thresholds: [
          { atLeast: Number.NaN, points: 5 },
          { atLeast: 50, points: 12 },
          { atLeast: 50, points: 4 },
        ],
      }),
      leaf({ id: 'c', kind: 'RATE', thresholds: [{ atLeast: 120, points: 5 }] }),
      leaf({ id: 'd', kind: 'WARD_RATE' }),
      leaf({ id: 'e', kind: 'RELATIVE_TO_BEST', target: 0 }),
      leaf({ id: 'f', kind: 'BONUS', perItemPoints: 0 }),
    );
    expect(reasons(t)).toEqual(
      expect.arrayContaining([
        ['MISSING_THRESHOLDS', 'I.1'],
        ['INVALID_THRESHOLD', 'I.2'],
        ['DUPLICATE_THRESHOLD', 'I.2'],
        ['MISSING_POPULATION_KIND', 'I.3'],
        ['INVALID_THRESHOLD', 'I.3'],
        ['MISSING_WARD_RATE', 'I.4'],
        ['MISSING_COMPARISON', 'I.4'],
        ['MISSING_TARGET', 'I.5'],
        ['INVALID_PER_ITEM', 'I.6'],
      ]),
    );
    expect(reasons(t).filter(([r, c]) => r === 'INVALID_THRESHOLD' && c === 'I.2')).toHaveLength(2);
  });

  it('names the number and the parent of a duplicate', () => {
    const t = [
      indicator({ id: 'g', code: 'II', kind: 'GROUP', maxPoints: 20 }),
      indicator({ id: 'a', code: 'II.1', number: '1', kind: 'YES_NO', maxPoints: 10, parentId: 'g' }),
      indicator({ id: 'b', code: 'II.1', number: '1', kind: 'YES_NO', maxPoints: 10, parentId: 'g' }),
    ];
    expect(validateIndicatorTree(t, 20)).toEqual([
      { reason: 'DUPLICATE_CODE', code: 'II.1', message: 'Number 1 is used twice under II (code II.1)' },
    ]);
  });
});

describe('orderIndicatorTree', () => {
  it('orders depth-first by position then code, with numeric codes in natural order', () => {
    const tree = [
      indicator({ id: 'g', code: '1', kind: 'GROUP', maxPoints: 10 }),
      indicator({ id: 'b', code: '1.10', kind: 'YES_NO', maxPoints: 5, parentId: 'g' }),
      indicator({ id: 'a', code: '1.2', kind: 'YES_NO', maxPoints: 5, parentId: 'g' }),
    ];
    expect(orderIndicatorTree(tree).map((n) => [n.indicator.code, n.depth])).toEqual([
      ['1', 0],
      ['1.2', 1],
      ['1.10', 1],
    ]);
  });
});
