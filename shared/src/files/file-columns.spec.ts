import { resolveFileColumns } from './file-columns.js';
import { QUESTION_FILE_COLUMNS, QUESTION_FILE_OVERVIEW } from './question-file-columns.js';
import {
  POPULATION_KIND_FILE_LABELS,
  POPULATION_KIND_FILE_VALUES,
  UNIT_KIND_FILE_LABELS,
  UNIT_KIND_FILE_VALUES,
  UNIT_ROSTER_COLUMNS,
} from './unit-roster-columns.js';
import { foldForSearch } from '../text/vietnamese.js';

describe('file columns', () => {
  it('finds each column under its header or an alias, however it is cased or accented', () => {
    const found = resolveFileColumns(UNIT_ROSTER_COLUMNS, ['MA DON VI', 'name', 'Loại đơn vị', 'population', 'x']);
    expect(found).toEqual({ code: 'MA DON VI', name: 'name', kind: 'Loại đơn vị', population: 'population' });
  });

  it('reads back every kind and population label the template writes', () => {
    for (const [kind, label] of Object.entries(UNIT_KIND_FILE_LABELS))
      expect(UNIT_KIND_FILE_VALUES[foldForSearch(label)]).toBe(kind);
    for (const [kind, label] of Object.entries(POPULATION_KIND_FILE_LABELS))
      expect(POPULATION_KIND_FILE_VALUES[foldForSearch(label)]).toBe(kind);
  });

  it('lists the question file with the six option columns as one entry', () => {
    expect(QUESTION_FILE_COLUMNS).toHaveLength(21);
    expect(QUESTION_FILE_OVERVIEW.map((c) => c.header).slice(3, 6)).toEqual(['Câu hỏi', 'Phương án A … F', 'Đáp án']);
  });
});
