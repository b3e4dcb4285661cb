/** Vocabulary of the content bank (issue: resolution content and a reviewed question bank). */

export const QuestionType = {
  SINGLE_CHOICE: 'SINGLE_CHOICE',
  /** Several correct options; partial credit per correct option, penalty per wrong one, floor 0. */
  MULTIPLE_SELECT: 'MULTIPLE_SELECT',
  TRUE_FALSE: 'TRUE_FALSE',
  /** Put the options in the right order. */
  ORDERING: 'ORDERING',
  /** A number, accepted within a tolerance. */
  NUMERIC: 'NUMERIC',
} as const;
export type QuestionType = (typeof QuestionType)[keyof typeof QuestionType];
export const QUESTION_TYPES: readonly QuestionType[] = Object.values(QuestionType);

export const Difficulty = { EASY: 'EASY', MEDIUM: 'MEDIUM', HARD: 'HARD' } as const;
export type Difficulty = (typeof Difficulty)[keyof typeof Difficulty];
export const DIFFICULTIES: readonly Difficulty[] = Object.values(Difficulty);

export const QuestionStatus = {
  DRAFT: 'DRAFT',
  IN_REVIEW: 'IN_REVIEW',
  PUBLISHED: 'PUBLISHED',
  ARCHIVED: 'ARCHIVED',
} as const;
export type QuestionStatus = (typeof QuestionStatus)[keyof typeof QuestionStatus];

/** What a section of a resolution (or of the ward's plan for it) is. */
export const SectionKind = {
  /** Nhóm nội dung. */
  CONTENT_GROUP: 'CONTENT_GROUP',
  /** Điểm cốt lõi. */
  CORE_POINT: 'CORE_POINT',
  /** Điểm mới. */
  NEW_POINT: 'NEW_POINT',
  /** Hình thức tuyên truyền. */
  PROPAGATION_FORM: 'PROPAGATION_FORM',
  /** Trách nhiệm tổ chức thực hiện. */
  RESPONSIBILITY: 'RESPONSIBILITY',
  /** Mục đích, yêu cầu and other parts. */
  OTHER: 'OTHER',
} as const;
export type SectionKind = (typeof SectionKind)[keyof typeof SectionKind];
export const SECTION_KINDS: readonly SectionKind[] = Object.values(SectionKind);
