import { gradeAnswer } from './grading.js';

describe('gradeAnswer', () => {
  it('grades single choice and true/false exactly', () => {
    const key = { type: 'SINGLE_CHOICE', correctOptionIds: ['k3'] } as const;
    expect(gradeAnswer(key, { optionIds: ['k3'] })).toBe(1);
    expect(gradeAnswer(key, { optionIds: ['a1'] })).toBe(0);
    expect(gradeAnswer(key, { optionIds: ['k3', 'a1'] })).toBe(0);
    expect(gradeAnswer(key, { optionIds: [] })).toBe(0);
    expect(gradeAnswer({ type: 'TRUE_FALSE', correctOptionIds: ['t'] }, { optionIds: ['t'] })).toBe(1);
    expect(gradeAnswer(key, null)).toBe(0);
  });

  it('gives multiple select partial credit: (correct − wrong) ÷ correct, floor 0', () => {
    const key = { type: 'MULTIPLE_SELECT', correctOptionIds: ['a', 'b', 'c'] } as const;
    expect(gradeAnswer(key, { optionIds: ['a', 'b', 'c'] })).toBe(1);
    expect(gradeAnswer(key, { optionIds: ['a', 'b'] })).toBeCloseTo(2 / 3);
    expect(gradeAnswer(key, { optionIds: ['a', 'b', 'c', 'd'] })).toBeCloseTo(2 / 3);
    expect(gradeAnswer(key, { optionIds: ['a', 'd'] })).toBe(0);
    expect(gradeAnswer(key, { optionIds: ['d', 'e'] })).toBe(0);
    // A duplicated id is malformed, not double credit.
    expect(gradeAnswer(key, { optionIds: ['a', 'a'] })).toBe(0);
  });

  it('grades ordering all-or-nothing', () => {
    const key = { type: 'ORDERING', correctOptionIds: ['x', 'y', 'z'] } as const;
    expect(gradeAnswer(key, { optionIds: ['x', 'y', 'z'] })).toBe(1);
    expect(gradeAnswer(key, { optionIds: ['x', 'z', 'y'] })).toBe(0);
    expect(gradeAnswer(key, { optionIds: ['x', 'y'] })).toBe(0);
  });

  it('accepts numbers within the tolerance', () => {
    const key = { type: 'NUMERIC', numeric: { answer: 14, tolerance: 0.5 } } as const;
    expect(gradeAnswer(key, { value: 14 })).toBe(1);
    expect(gradeAnswer(key, { value: 14.5 })).toBe(1);
    expect(gradeAnswer(key, { value: 13.4 })).toBe(0);
    expect(gradeAnswer(key, { value: Number.NaN })).toBe(0);
    expect(gradeAnswer({ type: 'NUMERIC', numeric: { answer: 0.3, tolerance: 0 } }, { value: 0.1 + 0.2 })).toBe(1);
  });
});
