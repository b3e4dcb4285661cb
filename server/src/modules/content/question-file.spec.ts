import type { TabularFile } from '../../common/import/tabular-file.js';
import { buildVersion, contentOf, contentSignature } from './question-content.js';
import { FILE_HEADERS, toFileCells, validateQuestionFile } from './question-file.js';
import { QUESTION_TEMPLATE_ROWS } from './question-template.js';

const SECTIONS = new Map(['II', 'II.3', 'III', 'III.2', 'IV'].map((key) => [key, `id-${key}`]));

function fileOf(rows: (string | number)[][]): TabularFile {
  return {
    headers: FILE_HEADERS,
    rows: rows.map((cells, i) => ({
      line: i + 2,
      cells: Object.fromEntries(FILE_HEADERS.map((h, j) => [h, String(cells[j] ?? '')])),
    })),
  };
}

describe('question file', () => {
  it('reads back what it writes, for every question type', () => {
    const { questions, errors } = validateQuestionFile(fileOf(QUESTION_TEMPLATE_ROWS.map(toFileCells)), {
      sectionIdByKey: SECTIONS,
      keyByFoldedPrompt: new Map(),
    });
    expect(errors).toEqual([]);
    expect(questions.map((q) => q.key)).toEqual(QUESTION_TEMPLATE_ROWS.map((r) => r.key));
    questions.forEach((q, i) => {
      const expected = {
        ...QUESTION_TEMPLATE_ROWS[i].content,
        sectionId: `id-${QUESTION_TEMPLATE_ROWS[i].sectionKey}`,
      };
      expect(contentSignature(buildVersion(q.content).fields)).toBe(contentSignature(buildVersion(expected).fields));
    });
  });

  it('reports every bad row with its line and column', () => {
    const good = toFileCells(QUESTION_TEMPLATE_ROWS[0]);
    const bad = [...good];
    bad[0] = 'MAU-99';
    bad[1] = 'X.1'; // unknown section
    bad[2] = 'Tự luận'; // unknown type
    const { questions, errors } = validateQuestionFile(fileOf([good, bad, good]), {
      sectionIdByKey: SECTIONS,
      keyByFoldedPrompt: new Map(),
    });
    expect(questions).toEqual([]);
    expect(errors.map((e) => [e.line, e.column, e.reason])).toEqual([
      [3, 'Loại', 'UNKNOWN_TYPE'],
      [3, 'Mục', 'UNKNOWN_SECTION'],
      [3, 'Câu hỏi', 'DUPLICATE_QUESTION'],
      [4, 'Mã câu hỏi', 'DUPLICATE_KEY'],
      [4, 'Câu hỏi', 'DUPLICATE_QUESTION'],
    ]);
  });

  it('refuses a file without the required columns', () => {
    const { errors } = validateQuestionFile(
      { headers: ['Câu hỏi'], rows: [] },
      { sectionIdByKey: SECTIONS, keyByFoldedPrompt: new Map() },
    );
    expect(errors.map((e) => e.column)).toEqual(['Đáp án']);
  });

  it('reads a set from above: option letters taken off, the answer as a letter or as the text', () => {
    const headers = ['Câu hỏi', 'Phương án A', 'Phương án B', 'Phương án C', 'Đáp án', 'Giữ thứ tự phương án'];
    const rows = [
      ['Câu một?', 'A. Một', 'B) Hai', 'c/ Cả 2 đáp án trên', 'B.', ''],
      ['Câu hai?', 'A. Một', 'B. Hai', 'C. Ba', 'C. Ba', ''],
      ['Câu ba?', 'B. Một', 'A) Hai', 'C.Ba', 'Ba', 'có'],
      ['Câu bốn?', 'Một', 'Hai', 'Cả 2 đáp án trên', 'A', 'không'],
    ];
    const { questions, errors } = validateQuestionFile(
      {
        headers,
        rows: rows.map((cells, i) => ({
          line: i + 2,
          cells: Object.fromEntries(headers.map((h, j) => [h, cells[j]])),
        })),
      },
      { sectionIdByKey: new Map([['', 'id-whole']]), keyByFoldedPrompt: new Map() },
    );
    expect(errors).toEqual([]);
    expect(questions.map((q) => [q.content.options, q.content.correct, q.content.keepOrder])).toEqual([
      [['Một', 'Hai', 'Cả 2 đáp án trên'], [1], undefined],
      [['Một', 'Hai', 'Ba'], [2], undefined],
      // Only the column's own letter is taken off: "B. Một" in column A is the author's text.
      [['B. Một', 'A) Hai', 'Ba'], [2], true],
      [['Một', 'Hai', 'Cả 2 đáp án trên'], [0], false],
    ]);
    expect(questions.every((q) => q.content.type === 'SINGLE_CHOICE' && q.content.sectionId === 'id-whole')).toBe(true);
    expect(questions.map((q) => buildVersion(q.content).fields.keepOrder)).toEqual([true, false, true, false]);
  });
});

describe('buildVersion', () => {
  it('never stores ORDERING options in the correct order, and gives random ids', () => {
    const ordering = QUESTION_TEMPLATE_ROWS.find((r) => r.content.type === 'ORDERING')!.content;
    for (let i = 0; i < 20; i += 1) {
      const { fields, problems } = buildVersion({ ...ordering, sectionId: 's' });
      expect(problems).toEqual([]);
      if (fields.answerKey.type !== 'ORDERING') throw new Error('type');
      expect(fields.options.map((o) => o.id)).not.toEqual(fields.answerKey.correctOptionIds);
      expect(contentOf(fields).options).toEqual(ordering.options);
    }
  });

  it('stores NFC text and a folded search text', () => {
    const { fields } = buildVersion({
      ...QUESTION_TEMPLATE_ROWS[0].content,
      prompt: 'Nghi\u0323 quyê\u0301t  mới',
      sectionId: 's',
    });
    expect(fields.prompt).toBe('Nghị quyết mới');
    expect(fields.searchText).toContain('nghi quyet moi');
  });
});
