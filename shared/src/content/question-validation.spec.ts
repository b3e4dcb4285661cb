import type { AnswerKey } from './answer-key.js';
import { isPositionalOption, validateQuestion, type QuestionDraft } from './question-validation.js';

const options = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `o${i}`, text: `Phương án ${i + 1}` }));

function draft(overrides: Partial<QuestionDraft> = {}): QuestionDraft {
  return {
    type: 'SINGLE_CHOICE',
    prompt: 'Nghị quyết được ban hành tại hội nghị nào?',
    options: options(4),
    answerKey: { type: 'SINGLE_CHOICE', correctOptionIds: ['o1'] },
    explanation: 'Xem mục II.1.',
    sectionId: 'section-1',
    difficulty: 'EASY',
    tags: ['xây dựng Đảng'],
    timeLimitSeconds: 20,
    ...overrides,
  };
}
const reasons = (d: QuestionDraft) => validateQuestion(d).map((p) => p.reason);
const choice = (type: 'SINGLE_CHOICE' | 'TRUE_FALSE' | 'MULTIPLE_SELECT' | 'ORDERING', ids: string[]): AnswerKey => ({
  type,
  correctOptionIds: ids,
});

describe('validateQuestion', () => {
  it('accepts a well-formed question of every type', () => {
    expect(reasons(draft())).toEqual([]);
    expect(
      reasons(draft({ type: 'TRUE_FALSE', options: options(2), answerKey: choice('TRUE_FALSE', ['o0']) })),
    ).toEqual([]);
    expect(reasons(draft({ type: 'MULTIPLE_SELECT', answerKey: choice('MULTIPLE_SELECT', ['o0', 'o2']) }))).toEqual([]);
    expect(reasons(draft({ type: 'ORDERING', answerKey: choice('ORDERING', ['o2', 'o0', 'o3', 'o1']) }))).toEqual([]);
    expect(
      reasons(
        draft({ type: 'NUMERIC', options: [], answerKey: { type: 'NUMERIC', numeric: { answer: 5, tolerance: 0 } } }),
      ),
    ).toEqual([]);
  });

  it('requires a section and a correct answer, but no explanation', () => {
    expect(reasons(draft({ explanation: ' ', sectionId: null, answerKey: choice('SINGLE_CHOICE', []) }))).toEqual([
      'MISSING_SECTION',
      'MISSING_ANSWER',
    ]);
  });

  it('checks option counts per type', () => {
    expect(reasons(draft({ options: options(1), answerKey: choice('SINGLE_CHOICE', ['o0']) }))).toContain(
      'OPTION_COUNT',
    );
    expect(reasons(draft({ options: options(7) }))).toContain('OPTION_COUNT');
    expect(reasons(draft({ type: 'TRUE_FALSE', answerKey: choice('TRUE_FALSE', ['o0']) }))).toContain('OPTION_COUNT');
    expect(
      reasons(draft({ type: 'ORDERING', options: options(2), answerKey: choice('ORDERING', ['o1', 'o0']) })),
    ).toContain('OPTION_COUNT');
  });

  it('allows exactly one correct option for single choice, and 2..n−1 for multiple select', () => {
    expect(reasons(draft({ answerKey: choice('SINGLE_CHOICE', ['o0', 'o1']) }))).toEqual(['ONE_CORRECT_ONLY']);
    expect(reasons(draft({ type: 'MULTIPLE_SELECT', answerKey: choice('MULTIPLE_SELECT', ['o0']) }))).toEqual([
      'TOO_FEW_CORRECT',
    ]);
    expect(
      reasons(draft({ type: 'MULTIPLE_SELECT', answerKey: choice('MULTIPLE_SELECT', ['o0', 'o1', 'o2', 'o3']) })),
    ).toEqual(['ALL_CORRECT']);
    expect(reasons(draft({ answerKey: choice('SINGLE_CHOICE', ['nope']) }))).toEqual(['INVALID_ANSWER']);
  });

  it('needs a full order for ordering and a non-negative tolerance for numbers', () => {
    expect(reasons(draft({ type: 'ORDERING', answerKey: choice('ORDERING', ['o0', 'o1']) }))).toEqual([
      'INCOMPLETE_ORDER',
    ]);
    expect(
      reasons(
        draft({ type: 'NUMERIC', options: [], answerKey: { type: 'NUMERIC', numeric: { answer: 5, tolerance: -1 } } }),
      ),
    ).toEqual(['INVALID_TOLERANCE']);
  });

  it('refuses duplicate options, bad time limits and a mismatched answer', () => {
    const same = [
      { id: 'a', text: 'Có' },
      { id: 'b', text: 'có' },
    ];
    expect(reasons(draft({ options: same, answerKey: choice('SINGLE_CHOICE', ['a']) }))).toEqual(['DUPLICATE_OPTION']);
    expect(reasons(draft({ timeLimitSeconds: 2 }))).toEqual(['INVALID_TIME_LIMIT']);
    expect(reasons(draft({ type: 'ORDERING' }))).toEqual(['ANSWER_TYPE_MISMATCH']);
  });

  it('tells "all/none of the above" options, without diacritics or case', () => {
    for (const text of [
      'Cả 3 đáp án trên',
      'CẢ BA ĐÁP ÁN TRÊN',
      'Tất cả các đáp án trên',
      'Tất cả các phương án trên đều đúng',
      'Không có đáp án nào',
      'khong co dap an nao dung',
      'Cả A, B và C đều đúng',
    ])
      expect([text, isPositionalOption(text)]).toEqual([text, true]);
    for (const text of ['Cả nước', 'Đáp án trên giấy', 'Không có ai', 'Tất cả đảng viên'])
      expect([text, isPositionalOption(text)]).toEqual([text, false]);
  });
});
