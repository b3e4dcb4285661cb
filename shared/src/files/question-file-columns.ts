import type { Difficulty, QuestionType } from '../content/question-kinds.js';
import type { FileColumn } from './file-columns.js';

/**
 * The question import/export file (docs/question-import.md): one question per row,
 * read by the server's importer, written by its export and template, explained by the
 * client. Headers and values are Vietnamese whatever the UI language.
 */
export const QUESTION_OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type QuestionOptionLetter = (typeof QUESTION_OPTION_LETTERS)[number];

export type QuestionFileColumnKey =
  | 'key'
  | 'section'
  | 'type'
  | 'prompt'
  | QuestionOptionLetter
  | 'answer'
  | 'tolerance'
  | 'unit'
  | 'explanation'
  | 'difficulty'
  | 'tags'
  | 'timeLimit'
  | 'doublePoints'
  | 'keepOrder'
  | 'image'
  | 'imageAlt';

const option = (letter: QuestionOptionLetter): FileColumn<QuestionFileColumnKey> => ({
  key: letter,
  header: `Phương án ${letter}`,
  aliases: [`option_${letter.toLowerCase()}`],
  required: false,
  type: 'text',
});

/** In file order. */
export const QUESTION_FILE_COLUMNS: readonly FileColumn<QuestionFileColumnKey>[] = [
  { key: 'key', header: 'Mã câu hỏi', aliases: ['key'], required: false, type: 'code' },
  // Optional, as in contest sets from above: no section = the resolution as a whole; no type = single choice.
  { key: 'section', header: 'Mục', aliases: ['section'], required: false, type: 'code' },
  { key: 'type', header: 'Loại', aliases: ['type'], required: false, type: 'choice' },
  { key: 'prompt', header: 'Câu hỏi', aliases: ['prompt', 'question'], required: true, type: 'text' },
  ...QUESTION_OPTION_LETTERS.map(option),
  { key: 'answer', header: 'Đáp án', aliases: ['answer'], required: true, type: 'text' },
  { key: 'tolerance', header: 'Sai số', aliases: ['tolerance'], required: false, type: 'number' },
  { key: 'unit', header: 'Đơn vị', aliases: ['unit'], required: false, type: 'text' },
  { key: 'explanation', header: 'Giải thích', aliases: ['explanation'], required: false, type: 'text' },
  { key: 'difficulty', header: 'Độ khó', aliases: ['difficulty'], required: false, type: 'choice' },
  { key: 'tags', header: 'Chủ đề', aliases: ['tags'], required: false, type: 'list' },
  {
    key: 'timeLimit',
    header: 'Thời gian (giây)',
    aliases: ['time_limit_seconds', 'time_limit'],
    required: false,
    type: 'integer',
  },
  { key: 'doublePoints', header: 'Điểm gấp đôi', aliases: ['double_points'], required: false, type: 'yes-no' },
  // Empty: kept when an option is "all/none of the above" (isPositionalOption), else shuffled.
  {
    key: 'keepOrder',
    header: 'Giữ thứ tự phương án',
    aliases: ['keep_order', 'giu thu tu'],
    required: false,
    type: 'yes-no',
  },
  // A file name inside the ZIP that carries the sheet (URLs are refused: the server fetches nothing).
  { key: 'image', header: 'Hình ảnh', aliases: ['image'], required: false, type: 'text' },
  { key: 'imageAlt', header: 'Mô tả hình ảnh', aliases: ['image_alt', 'alt'], required: false, type: 'text' },
];

export function isQuestionOptionColumn(key: QuestionFileColumnKey): key is QuestionOptionLetter {
  return (QUESTION_OPTION_LETTERS as readonly string[]).includes(key);
}

export type QuestionFileOverviewKey = Exclude<QuestionFileColumnKey, QuestionOptionLetter> | 'options';

export interface QuestionFileOverviewEntry {
  key: QuestionFileOverviewKey;
  header: string;
  required: boolean;
}

/** The columns as the template help lists them: the six option columns as one entry. */
export const QUESTION_FILE_OVERVIEW: readonly QuestionFileOverviewEntry[] =
  QUESTION_FILE_COLUMNS.flatMap<QuestionFileOverviewEntry>(({ key, header, required }) => {
    if (!isQuestionOptionColumn(key)) return [{ key, header, required }];
    if (key !== QUESTION_OPTION_LETTERS[0]) return [];
    const last = QUESTION_OPTION_LETTERS[QUESTION_OPTION_LETTERS.length - 1];
    return [{ key: 'options', header: `Phương án ${key} … ${last}`, required: false }];
  });

/** The value the export and template write in "Loại" for each type. */
export const QUESTION_TYPE_FILE_LABELS: Record<QuestionType, string> = {
  SINGLE_CHOICE: 'Một lựa chọn',
  MULTIPLE_SELECT: 'Nhiều lựa chọn',
  TRUE_FALSE: 'Đúng-Sai',
  ORDERING: 'Sắp xếp',
  NUMERIC: 'Số',
};

/** Values accepted in "Loại", folded. */
export const QUESTION_TYPE_FILE_VALUES: Readonly<Record<string, QuestionType>> = {
  'mot lua chon': 'SINGLE_CHOICE',
  'nhieu lua chon': 'MULTIPLE_SELECT',
  'dung-sai': 'TRUE_FALSE',
  'dung sai': 'TRUE_FALSE',
  'dung/sai': 'TRUE_FALSE',
  'sap xep': 'ORDERING',
  so: 'NUMERIC',
  single_choice: 'SINGLE_CHOICE',
  multiple_select: 'MULTIPLE_SELECT',
  true_false: 'TRUE_FALSE',
  ordering: 'ORDERING',
  numeric: 'NUMERIC',
};

/** The value the export and template write in "Độ khó" for each difficulty. */
export const DIFFICULTY_FILE_LABELS: Record<Difficulty, string> = { EASY: 'Dễ', MEDIUM: 'Trung bình', HARD: 'Khó' };

/** Values accepted in "Độ khó", folded. */
export const DIFFICULTY_FILE_VALUES: Readonly<Record<string, Difficulty>> = {
  de: 'EASY',
  'trung binh': 'MEDIUM',
  kho: 'HARD',
  easy: 'EASY',
  medium: 'MEDIUM',
  hard: 'HARD',
};

/** Folded values of "Điểm gấp đôi" read as yes and as no (empty is no). */
export const YES_FILE_VALUES: ReadonlySet<string> = new Set(['co', 'x', 'yes', 'true', '1']);
export const NO_FILE_VALUES: ReadonlySet<string> = new Set(['', 'khong', 'no', 'false', '0']);
