import { indicator, sampleTree } from './fixtures.js';
import { orderIndicatorTree, validateIndicatorTree } from './indicator-tree.js';

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
