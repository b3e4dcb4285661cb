import { describe, expect, it } from 'vitest';
import i18n from '../../../lib/i18n';
import { checkMark, figureText, groupByForm, type CheckRow, type ProposalRow } from './proposal-view';

const t = i18n;

const check = (over: Partial<CheckRow>): CheckRow => ({
  conditionId: 'c1',
  kind: 'MIN_TOTAL',
  label: 'Đạt từ 90 điểm',
  met: true,
  actual: 95.5,
  required: 90,
  holders: null,
  members: null,
  evidence: null,
  evidenceRequired: false,
  ...over,
});

describe('figureText', () => {
  it('words each kind of figure in Vietnamese', () => {
    expect(figureText(t.t, check({}), 'vi')).toBe('95,5 / 90 điểm');
    expect(
      figureText(t.t, check({ kind: 'MEMBER_SHARE', actual: 66.67, required: 50, holders: 2, members: 3 }), 'vi'),
    ).toBe('2/3 người (66,67%) / 50%');
    expect(figureText(t.t, check({ kind: 'MEMBER_SHARE', actual: null, holders: 0, members: 0 }), 'vi')).toBe(
      'đơn vị chưa có thành viên thuộc diện tính tỷ lệ',
    );
    expect(figureText(t.t, check({ kind: 'MAX_RANK', actual: null, required: 3 }), 'vi')).toBe('chưa có số liệu');
    expect(figureText(t.t, check({ kind: 'CONFIRMED', actual: null }), 'vi')).toBe('');
  });
});

describe('checkMark', () => {
  it('marks met, unmet and undecided', () => {
    expect([true, false, null].map(checkMark)).toEqual(['✓', '✗', '?']);
  });
});

describe('groupByForm', () => {
  it('keeps the server’s order of forms and proposals', () => {
    const p = (id: string, formId: string) => ({ id, form: { id: formId } }) as ProposalRow;
    const groups = groupByForm([p('1', 'a'), p('2', 'b'), p('3', 'a')]);
    expect(groups.map((g) => [g.form.id, g.proposals.map((x) => x.id)])).toEqual([
      ['a', ['1', '3']],
      ['b', ['2']],
    ]);
  });
});
