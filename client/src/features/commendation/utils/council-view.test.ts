import { describe, expect, it } from 'vitest';
import { documentDateParts, formatDay, quorumLine, recipientLine, votePreview } from './council-view';

describe('quorumLine', () => {
  it('counts 6 of 9 as the fewest for 2/3', () => {
    expect(quorumLine(7, 9, { numerator: 2, denominator: 3 })).toEqual({
      present: 7,
      members: 9,
      required: 6,
      met: true,
    });
    expect(quorumLine(5, 9, { numerator: 2, denominator: 3 }).met).toBe(false);
  });
});

describe('votePreview', () => {
  it('passes 7 of 10 at 70 % and refuses more ballots than present', () => {
    expect(votePreview({ present: 10, approve: 7, against: 3, abstain: 0 }, 12, 70)).toMatchObject({
      percent: 70,
      passes: true,
      problems: [],
    });
    const over = votePreview({ present: 5, approve: 4, against: 2, abstain: 0 }, 9, 70);
    expect(over.problems).toEqual([{ kind: 'MORE_THAN_PRESENT', cast: 6, present: 5 }]);
  });
});

describe('dates', () => {
  it('writes dd/mm/yyyy and the document parts', () => {
    expect(formatDay('2026-12-15')).toBe('15/12/2026');
    expect(documentDateParts('2026-03-05')).toEqual({ day: '05', month: '03', year: '2026' });
  });
});

describe('recipientLine', () => {
  it('leaves out the unit the detail already names', () => {
    expect(recipientLine('Giáo viên Tổ khối 1, Trường Tiểu học Hải An', 'Trường Tiểu học Hải An')).toBe(
      'Giáo viên Tổ khối 1, Trường Tiểu học Hải An',
    );
    expect(recipientLine('Tổ trưởng', 'Tổ dân phố số 2')).toBe('Tổ trưởng — Tổ dân phố số 2');
    // A unit's own certificate: its name is already the recipient's, no second line.
    expect(recipientLine('Tổ dân phố số 1', 'Tổ dân phố số 1', 'Tổ dân phố số 1')).toBe('');
    expect(recipientLine('', 'Tổ dân phố số 1', 'Tổ dân phố số 1')).toBe('');
  });
});
