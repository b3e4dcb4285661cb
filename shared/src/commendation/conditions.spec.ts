import type { FormCondition } from './commendation-types.js';
import { conditionsMet, evaluateConditions } from './conditions.js';

const minTotal: FormCondition = { id: 'c1', kind: 'MIN_TOTAL', label: 'Đạt từ 90 điểm', value: 90 };
const floor: FormCondition = { id: 'c2', kind: 'GROUP_FLOOR', label: 'Mỗi tiêu chuẩn đạt 70%', value: 70 };
const rank: FormCondition = { id: 'c3', kind: 'MAX_RANK', label: 'Xếp thứ 1 đến 3', value: 3 };
const share: FormCondition = {
  id: 'c4',
  kind: 'MEMBER_SHARE',
  label: 'Trên 50% cá nhân đạt Lao động tiên tiến',
  value: 50,
  formCode: 'LDTT',
  populationKind: 'CIVIL_SERVANTS',
  strict: true,
};
const confirmed: FormCondition = {
  id: 'c5',
  kind: 'CONFIRMED',
  label: 'Không có cá nhân bị kỷ luật',
  evidenceRequired: true,
};
const all = [minTotal, floor, rank, share, confirmed];

describe('evaluateConditions', () => {
  it('meets every condition with the figures and a confirmation', () => {
    const checks = evaluateConditions(all, {
      total: 96.5,
      rank: 1,
      groups: [
        { code: 'A', subtotal: 40, maxPoints: 50 },
        { code: 'B', subtotal: 45, maxPoints: 50 },
      ],
      memberShares: { LDTT: { holders: 6, members: 10 } },
      confirmations: { c5: { confirmed: true, evidence: 'Biên bản số 3', by: null, at: '2026-12-01T00:00:00Z' } },
    });
    expect(checks.map((c) => c.met)).toEqual([true, true, true, true, true]);
    expect(checks[0]).toMatchObject({ conditionId: 'c1', actual: 96.5, required: 90 });
    expect(checks[1]).toMatchObject({ actual: 80, required: 70 });
    expect(checks[3]).toMatchObject({ actual: 60, holders: 6, members: 10 });
    expect(checks[4]).toMatchObject({ evidence: 'Biên bản số 3' });
    expect(conditionsMet(checks)).toBe(true);
  });

  it('fails below the figures: the lowest group decides the floor', () => {
    const checks = evaluateConditions([minTotal, floor, rank], {
      total: 89.99,
      rank: 4,
      groups: [
        { code: 'A', subtotal: 34, maxPoints: 50 },
        { code: 'B', subtotal: 50, maxPoints: 50 },
      ],
    });
    expect(checks.map((c) => c.met)).toEqual([false, false, false]);
    expect(checks[1].actual).toBe(68);
    expect(conditionsMet(checks)).toBe(false);
  });

  it('meets a threshold exactly reached', () => {
    const checks = evaluateConditions([minTotal, rank], { total: 90, rank: 3 });
    expect(checks.map((c) => c.met)).toEqual([true, true]);
  });

  it('leaves a missing figure undecided', () => {
    const checks = evaluateConditions(all, {});
    expect(checks.map((c) => c.met)).toEqual([null, null, null, null, null]);
    expect(conditionsMet(checks)).toBe(false);
  });

  it('counts a member share strictly above, or at least, the percentage', () => {
    const half = { memberShares: { LDTT: { holders: 5, members: 10 } } };
    expect(evaluateConditions([share], half)[0].met).toBe(false);
    expect(evaluateConditions([{ ...share, strict: false }], half)[0].met).toBe(true);
  });

  it('refuses a member share without members', () => {
    const [check] = evaluateConditions([share], { memberShares: { LDTT: { holders: 0, members: 0 } } });
    expect(check).toMatchObject({ met: false, actual: null, holders: 0, members: 0 });
  });

  it('takes a confirmation as given, refused ones included', () => {
    const [check] = evaluateConditions([confirmed], {
      confirmations: { c5: { confirmed: false, evidence: 'Có 1 trường hợp', by: 'u1', at: '2026-12-01T00:00:00Z' } },
    });
    expect(check).toMatchObject({ met: false, evidence: 'Có 1 trường hợp' });
  });

  it('is met with no conditions at all', () => {
    expect(conditionsMet(evaluateConditions([], {}))).toBe(true);
  });
});
