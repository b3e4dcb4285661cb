import {
  DIFFICULTY_FILE_LABELS,
  DIFFICULTY_FILE_VALUES,
  foldForSearch,
  NO_FILE_VALUES,
  normalizeText,
  QUESTION_FILE_COLUMNS,
  QUESTION_OPTION_LETTERS,
  QUESTION_TYPE_FILE_LABELS,
  QUESTION_TYPE_FILE_VALUES,
  resolveFileColumns,
  YES_FILE_VALUES,
  type Difficulty,
  type QuestionField,
  type QuestionFileColumnKey,
} from '@thidua/shared';
import type { ImportRowError } from '../../common/import/import-row-error.js';
import type { TabularFile } from '../../common/import/tabular-file.js';
import { addTableSheet, createWorkbook, workbookBuffer } from '../../common/xlsx/xlsx-workbook.js';
import { buildVersion, type QuestionContent } from './question-content.js';

/**
 * The question import/export file (docs/question-import.md): one question per row,
 * Vietnamese headers; the columns and accepted values are shared with the client
 * (@thidua/shared QUESTION_FILE_COLUMNS). Pure: the service supplies what is in the database.
 */
type Column = QuestionFileColumnKey;

const COLUMNS: Column[] = QUESTION_FILE_COLUMNS.map((c) => c.key);
const HEADER_OF = new Map(QUESTION_FILE_COLUMNS.map((c) => [c.key, c.header]));
const headerOf = (column: Column): string => HEADER_OF.get(column)!;
const REQUIRED: Column[] = QUESTION_FILE_COLUMNS.filter((c) => c.required).map((c) => c.key);
export const FILE_HEADERS: string[] = QUESTION_FILE_COLUMNS.map((c) => c.header);
export const MAX_IMPORT_ROWS = 2000;
export const DEFAULT_TIME_LIMIT_SECONDS = 20;

const TRUE_FALSE_DEFAULT = ['Đúng', 'Sai'];

/** Which column a validation problem is reported in. */
const COLUMN_OF_FIELD: Record<QuestionField, Column> = {
  type: 'type',
  prompt: 'prompt',
  options: 'A',
  answer: 'answer',
  explanation: 'explanation',
  section: 'section',
  difficulty: 'difficulty',
  tags: 'tags',
  timeLimit: 'timeLimit',
  image: 'image',
  imageAlt: 'imageAlt',
};

/** What the importer is told for an image cell until the service has read the file it names. */
const PENDING_IMAGE = { hash: '', width: 0, height: 0, widths: [] };

export interface ImportedQuestion {
  line: number;
  /** "Mã câu hỏi", upper-cased; null when the row has none (a key is generated). */
  key: string | null;
  content: QuestionContent;
  /**
   * The "Hình ảnh" cell: a file name (inside the uploaded ZIP) with its alt text, null when
   * the cell is empty (no image), undefined when the file has no such column (an updated
   * question keeps the image it has). `content.image` stays unset until the service reads it.
   */
  imageFile?: { name: string; alt: string } | null;
}

/**
 * The section an empty "Mục" stands for (the resolution as a whole) before the service has
 * created it: a file from above names no section, and checking it must not write anything.
 */
export const WHOLE_RESOLUTION_PENDING = 'whole-resolution';

export interface QuestionFileContext {
  /**
   * Section keys of the chosen resolution (as written, e.g. "II.1") → section id; the key ""
   * is the resolution as a whole (WHOLE_RESOLUTION_PENDING until it exists).
   */
  sectionIdByKey: ReadonlyMap<string, string>;
  /** Folded prompt of every question in the bank (current version) → its key. */
  keyByFoldedPrompt: ReadonlyMap<string, string>;
}

/**
 * Checks every row of a question file; returns every problem found with its line and
 * column (never stops at the first) or, when there is none, the questions.
 */
export function validateQuestionFile(
  file: TabularFile,
  ctx: QuestionFileContext,
): { questions: ImportedQuestion[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const columns = resolveFileColumns(QUESTION_FILE_COLUMNS, file.headers);
  const missing = REQUIRED.filter((c) => !columns[c]);
  if (missing.length > 0) {
    return {
      questions: [],
      errors: missing.map((c) => ({
        line: 1,
        column: headerOf(c),
        reason: 'MISSING_COLUMN',
        message: `Thiếu cột "${headerOf(c)}"`,
      })),
    };
  }
  if (file.rows.length === 0)
    return {
      questions: [],
      errors: [{ line: 1, column: null, reason: 'NO_ROWS', message: 'Tệp không có dòng dữ liệu' }],
    };
  if (file.rows.length > MAX_IMPORT_ROWS) {
    return {
      questions: [],
      errors: [
        { line: 1, column: null, reason: 'TOO_MANY_ROWS', message: `Tối đa ${MAX_IMPORT_ROWS} câu hỏi mỗi tệp` },
      ],
    };
  }
  const sectionByFoldedKey = new Map([...ctx.sectionIdByKey].map(([k, id]) => [k.toLowerCase(), id]));

  const questions: ImportedQuestion[] = [];
  const lineOfKey = new Map<string, number>();
  const lineOfPrompt = new Map<string, number>();
  for (const row of file.rows) {
    const cell = (c: Column) => (columns[c] ? (row.cells[columns[c]] ?? '').trim() : '');
    const header = (c: Column) => columns[c] ?? headerOf(c);
    const before = errors.length;
    const fail = (c: Column, reason: string, message: string) =>
      errors.push({ line: row.line, column: header(c), reason, message });

    const key = cell('key').toUpperCase() || null;
    if (key !== null) {
      if (!/^[A-Z0-9][A-Z0-9._-]{0,39}$/.test(key))
        fail('key', 'INVALID_KEY', `Mã "${key}" không hợp lệ (1–40 chữ, số, . _ -)`);
      else if (lineOfKey.has(key)) fail('key', 'DUPLICATE_KEY', `Mã ${key} đã có ở dòng ${lineOfKey.get(key)}`);
      else lineOfKey.set(key, row.line);
    }

    // No type (column absent or cell empty): single choice, the only kind contest sets from above use.
    const typeText = cell('type');
    const type = typeText ? QUESTION_TYPE_FILE_VALUES[foldForSearch(typeText)] : 'SINGLE_CHOICE';
    if (!type) fail('type', 'UNKNOWN_TYPE', `Loại câu hỏi "${typeText}" không hợp lệ`);

    // No section: the question belongs to the resolution as a whole.
    const sectionKey = cell('section');
    const sectionId = sectionByFoldedKey.get(sectionKey.toLowerCase()) ?? null;
    if (!sectionId) fail('section', 'UNKNOWN_SECTION', `Nghị quyết không có mục "${sectionKey}"`);

    const difficultyText = cell('difficulty');
    const difficulty: Difficulty | undefined = difficultyText
      ? DIFFICULTY_FILE_VALUES[foldForSearch(difficultyText)]
      : 'MEDIUM';
    if (!difficulty)
      fail('difficulty', 'UNKNOWN_DIFFICULTY', `Độ khó "${difficultyText}" không hợp lệ (Dễ, Trung bình, Khó)`);

    const timeText = cell('timeLimit');
    const timeLimitSeconds = timeText ? Number(timeText) : DEFAULT_TIME_LIMIT_SECONDS;
    const doubleText = foldForSearch(cell('doublePoints'));
    if (!YES_FILE_VALUES.has(doubleText) && !NO_FILE_VALUES.has(doubleText))
      fail('doublePoints', 'INVALID_DOUBLE_POINTS', 'Điểm gấp đôi: "có" hoặc "không"');
    // Empty: decided by the options (kept when one is "Cả 3 đáp án trên" and the like).
    const keepText = foldForSearch(cell('keepOrder'));
    const keepOrder = keepText ? YES_FILE_VALUES.has(keepText) : undefined;
    if (keepText && !YES_FILE_VALUES.has(keepText) && !NO_FILE_VALUES.has(keepText))
      fail('keepOrder', 'INVALID_KEEP_ORDER', 'Giữ thứ tự phương án: "có" hoặc "không"');

    // Options: the filled letters must be A, B, C... without gaps.
    const optionCells = QUESTION_OPTION_LETTERS.map((l) => withoutLetter(cell(l), l));
    const lastFilled = optionCells.reduce((last, text, i) => (text ? i : last), -1);
    let options = optionCells.slice(0, lastFilled + 1);
    if (options.some((t) => !t)) fail('A', 'OPTION_GAP', 'Các phương án phải điền liên tục từ A');
    if (type === 'TRUE_FALSE' && options.length === 0) options = [...TRUE_FALSE_DEFAULT];
    if (type === 'NUMERIC' && options.length > 0)
      fail('A', 'OPTIONS_NOT_ALLOWED', 'Câu hỏi dạng Số không có phương án');

    const answerText = cell('answer');
    let correct: number[] = [];
    let numeric: QuestionContent['numeric'] = null;
    if (!answerText) fail('answer', 'MISSING_ANSWER', 'Thiếu đáp án');
    else if (type === 'NUMERIC') {
      const answer = parseNumber(answerText);
      const toleranceText = cell('tolerance');
      const tolerance = toleranceText ? parseNumber(toleranceText) : 0;
      if (answer === null) fail('answer', 'INVALID_NUMBER', `Đáp án "${answerText}" không phải là số`);
      if (tolerance === null || tolerance < 0) fail('tolerance', 'INVALID_TOLERANCE', 'Sai số là một số ≥ 0');
      numeric = { answer: answer ?? Number.NaN, tolerance: tolerance ?? 0, unit: normalizeText(cell('unit')) || null };
    } else if (type) {
      const parsed = parseAnswer(answerText, options);
      if (parsed === null)
        fail('answer', 'INVALID_ANSWER', `Đáp án "${answerText}" phải là chữ cái của phương án (vd. B hoặc A,C)`);
      else correct = parsed;
    }

    const content: QuestionContent = {
      type: type ?? 'SINGLE_CHOICE',
      prompt: cell('prompt'),
      options,
      correct,
      numeric,
      explanation: cell('explanation'),
      sectionId,
      difficulty: difficulty ?? 'MEDIUM',
      tags: cell('tags').split(/[;\n]/),
      timeLimitSeconds,
      doublePoints: YES_FILE_VALUES.has(doubleText),
      keepOrder,
    };
    let imageFile: ImportedQuestion['imageFile'];
    if (columns.image) {
      const name = cell('image');
      imageFile = name ? { name, alt: cell('imageAlt') } : null;
      // The server fetches nothing a file names (no SSRF): an image travels in the ZIP.
      if (/^[a-z][a-z0-9+.-]*:/i.test(name) && !/^[a-z]:[\\/]/i.test(name))
        fail('image', 'IMAGE_URL_REFUSED', `Hình ảnh "${name}": không nhận địa chỉ web, hãy đưa tệp ảnh vào tệp ZIP`);
    }
    if (type) {
      // The shared rules, with each problem in its column. Problems already reported
      // above (missing section, answer...) are not repeated.
      const reported = new Set(errors.slice(before).map((e) => e.column));
      const checked = imageFile ? { ...content, image: { ...PENDING_IMAGE, alt: imageFile.alt } } : content;
      for (const p of buildVersion(checked).problems) {
        const column = COLUMN_OF_FIELD[p.field];
        if (!reported.has(header(column))) fail(column, p.reason, p.message);
      }
    }

    const folded = foldForSearch(content.prompt);
    if (folded) {
      const bankKey = ctx.keyByFoldedPrompt.get(folded);
      if (lineOfPrompt.has(folded))
        fail('prompt', 'DUPLICATE_QUESTION', `Trùng câu hỏi ở dòng ${lineOfPrompt.get(folded)}`);
      else if (bankKey !== undefined && bankKey !== key) {
        fail('prompt', 'DUPLICATE_QUESTION', `Câu hỏi đã có trong ngân hàng (mã ${bankKey})`);
      }
      lineOfPrompt.set(folded, row.line);
    }
    if (errors.length === before) questions.push({ line: row.line, key, content, imageFile });
  }
  return errors.length > 0 ? { questions: [], errors } : { questions, errors };
}

/** "12", "12.5", "12,5" (Vietnamese decimal comma). */
function parseNumber(text: string): number | null {
  const normalized = text.includes('.') ? text.replace(/,/g, '') : text.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalized.trim())) return null;
  return Number(normalized);
}

/**
 * An option cell without the letter its column already gives: "A. Đại hội", "B) …", "c/ …"
 * (as sets from above write them) → "Đại hội". Only the column's own letter is taken off.
 */
export function withoutLetter(text: string, letter: string): string {
  const match = /^([a-f])\s*[.):/]\s*(\S[\s\S]*)$/i.exec(text);
  return match && match[1].toUpperCase() === letter ? match[2] : text;
}

/**
 * "B", "B.", "A,C", "C, A, B, D"; or an option's text, with or without its letter ("Đại hội",
 * "B. Đại hội"); for true/false also "Đúng"/"Sai". Null when unreadable.
 */
function parseAnswer(text: string, options: string[]): number[] | null {
  const foldedOptions = options.map((o) => foldForSearch(o));
  for (const candidate of [text, text.replace(/^[a-f]\s*[.):/]\s*/i, '')]) {
    const folded = foldForSearch(candidate);
    const byText = foldedOptions.indexOf(folded);
    if (byText >= 0 && !/^[a-f]$/.test(folded)) return [byText];
  }
  const parts = text
    .toUpperCase()
    .split(/[\s,;]+/)
    .map((p) => p.replace(/[.):/]$/, ''))
    .filter(Boolean);
  if (parts.length === 0) return null;
  const indexes = parts.map((p) => QUESTION_OPTION_LETTERS.indexOf(p as (typeof QUESTION_OPTION_LETTERS)[number]));
  return indexes.every((i) => i >= 0 && i < options.length) ? indexes : null;
}

/** Column widths of the XLSX export, in characters (18 for the others). */
const COLUMN_WIDTHS: Partial<Record<Column, number>> = {
  key: 14,
  section: 8,
  type: 16,
  prompt: 60,
  A: 28,
  B: 28,
  C: 28,
  D: 28,
  E: 28,
  F: 28,
};

/** One row of the export (and template), in FILE_HEADERS order. */
export interface QuestionFileRow {
  key: string;
  sectionKey: string;
  content: QuestionContent;
}

/** The file name the export gives a stored image (inside its ZIP); an import reads it back as that image. */
export function imageFileName(hash: string): string {
  return `${hash}.webp`;
}

export function toFileCells(row: QuestionFileRow): (string | number)[] {
  const c = row.content;
  const options = QUESTION_OPTION_LETTERS.map((_, i) => c.options[i] ?? '');
  const answer =
    c.type === 'NUMERIC' ? String(c.numeric?.answer ?? '') : c.correct.map((i) => QUESTION_OPTION_LETTERS[i]).join(',');
  const byColumn: Record<Column, string | number> = {
    key: row.key,
    section: row.sectionKey,
    type: QUESTION_TYPE_FILE_LABELS[c.type],
    prompt: c.prompt,
    A: options[0],
    B: options[1],
    C: options[2],
    D: options[3],
    E: options[4],
    F: options[5],
    answer,
    tolerance: c.type === 'NUMERIC' ? String(c.numeric?.tolerance ?? 0) : '',
    unit: c.type === 'NUMERIC' ? (c.numeric?.unit ?? '') : '',
    explanation: c.explanation,
    difficulty: DIFFICULTY_FILE_LABELS[c.difficulty],
    tags: c.tags.join('; '),
    timeLimit: c.timeLimitSeconds,
    doublePoints: c.doublePoints ? 'có' : 'không',
    keepOrder: c.keepOrder ? 'có' : 'không',
    image: c.image ? imageFileName(c.image.hash) : '',
    imageAlt: c.image?.alt ?? '',
  };
  return COLUMNS.map((col) => byColumn[col]);
}

/** An XLSX with one sheet "Câu hỏi" and a bold frozen header. */
export function writeQuestionsXlsx(rows: QuestionFileRow[]): Promise<Buffer> {
  const workbook = createWorkbook();
  const sheet = addTableSheet(
    workbook,
    'Câu hỏi',
    COLUMNS.map((key, i) => ({ header: FILE_HEADERS[i], key, width: COLUMN_WIDTHS[key] ?? 18 })),
  );
  for (const row of rows) sheet.addRow(toFileCells(row));
  return workbookBuffer(workbook);
}

/** CSV in UTF-8 with a BOM, comma-separated, every field quoted: what Excel opens correctly. */
export function writeQuestionsCsv(rows: QuestionFileRow[]): Buffer {
  const quote = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
  const lines = [FILE_HEADERS.map(quote).join(','), ...rows.map((r) => toFileCells(r).map(quote).join(','))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
