import { DEFAULT_POPULATION_KINDS } from '../people/population-kinds.js';
import {
  INDICATOR_TREE_COLUMNS,
  INDICATOR_TREE_TEMPLATE_ROWS,
  indicatorKindFromFile,
  numberFromFile,
  thresholdsFromFile,
  type IndicatorTreeColumnKey,
} from './indicator-tree-columns.js';
import {
  indicatorFileDefs,
  indicatorTreeFileRows,
  parseIndicatorNumber,
  readIndicatorTreeFile,
  type IndicatorFileRow,
} from './indicator-tree-file.js';

const kinds = DEFAULT_POPULATION_KINDS;
const KEYS = INDICATOR_TREE_COLUMNS.map((c) => c.key);

/** Rows from [STT, title, points, kind?, target?, perItem?] (line = index + 2, under the header). */
function rows(...cells: (readonly string[])[]): IndicatorFileRow[] {
  return cells.map((values, index) => ({
    line: index + 2,
    cells: Object.fromEntries(
      (['number', 'title', 'maxPoints', 'kind', 'target', 'perItemPoints'] as IndicatorTreeColumnKey[]).map((k, i) => [
        k,
        values[i] ?? '',
      ]),
    ),
  }));
}

const codes = (outcome: ReturnType<typeof readIndicatorTreeFile>) =>
  indicatorFileDefs(outcome.indicators).map((d) => `${d.code}<${d.parentId ?? '-'}`);

describe('parseIndicatorNumber', () => {
  it('reads Roman numerals, integers, dotted numbers and letters', () => {
    expect(parseIndicatorNumber('II')).toEqual({ level: 'roman', number: 'II' });
    expect(parseIndicatorNumber('IV.')).toEqual({ level: 'roman', number: 'IV' });
    expect(parseIndicatorNumber('3')).toEqual({ level: 'integer', number: '3' });
    expect(parseIndicatorNumber('03.')).toEqual({ level: 'integer', number: '3' });
    expect(parseIndicatorNumber('4.1')).toEqual({ level: 'dotted', number: '4.1', parentNumber: '4' });
    expect(parseIndicatorNumber('4.1.2')).toEqual({ level: 'dotted', number: '4.1.2', parentNumber: '4.1' });
    expect(parseIndicatorNumber('a)')).toEqual({ level: 'letter', number: 'a' });
    expect(parseIndicatorNumber('(b)')).toEqual({ level: 'letter', number: 'b' });
    expect(parseIndicatorNumber('đ.')).toEqual({ level: 'letter', number: 'đ' });
  });

  it('refuses what follows none of the patterns', () => {
    for (const bad of ['', 'IIII', '1a', 'A', 'ab', '-', '1..2']) expect(parseIndicatorNumber(bad)).toBeNull();
  });
});

describe('readIndicatorTreeFile', () => {
  it('builds the hierarchy from STT: numbers restart within standards, dotted and lettered children', () => {
    const outcome = readIndicatorTreeFile(
      rows(
        ['I', 'Kinh tế', '30'],
        ['1', 'Hộ gia đình văn hóa', '10'],
        ['2', 'Mô hình', '20'],
        ['2.1', 'Mô hình hộ', '10'],
        ['2.2', 'Mô hình tổ', '10'],
        ['II', 'Văn hóa', '70'],
        ['1', 'Quy ước', '70'],
        ['a)', 'Ban hành', '35'],
        ['b', 'Thực hiện', '35'],
      ),
      { kinds, totalPoints: 100 },
    );
    expect(outcome.errors).toEqual([]);
    expect(outcome.issues).toEqual([]);
    expect(codes(outcome)).toEqual([
      'I<-',
      'I.1<r2',
      'I.2<r2',
      'I.2.1<r4',
      'I.2.2<r4',
      'II<-',
      'II.1<r7',
      'II.1.a<r8',
      'II.1.b<r8',
    ]);
    // An empty Loại: a group when the row has children, otherwise a manual 0..Điểm chuẩn criterion.
    expect(outcome.indicators.map((i) => i.kind)).toEqual([
      'GROUP',
      'MANUAL',
      'GROUP',
      'MANUAL',
      'MANUAL',
      'GROUP',
      'GROUP',
      'MANUAL',
      'MANUAL',
    ]);
  });

  it('puts integers at the top when there is no standard, and skips the total line', () => {
    const outcome = readIndicatorTreeFile(rows(['1', 'A', '60'], ['2', 'B', '40'], ['', 'Tổng cộng', '100']), {
      kinds,
      totalPoints: 100,
    });
    expect(outcome.errors).toEqual([]);
    expect(codes(outcome)).toEqual(['1<-', '2<-']);
  });

  it('reads each kind with its fields', () => {
    const outcome = readIndicatorTreeFile(
      [
        ...rows(
          ['I', 'Tiêu chuẩn', '', 'Nhóm'],
          ['1', 'Ngưỡng', '4', 'Ngưỡng', '85 %'],
          ['2', 'Ngưỡng bậc', '4', 'ngưỡng', '85:4; 70:2'],
          ['3', 'Dẫn đầu', '200', 'So với đơn vị dẫn đầu', '120'],
          ['4', 'Trừ', '10', 'Điểm trừ', '', '2'],
          ['5', 'Chấm', '2,5', ''],
        ),
        {
          line: 8,
          cells: {
            number: '6',
            title: 'Tỷ lệ hộ nghèo',
            maxPoints: '6',
            kind: 'So với tỷ lệ của phường',
            comparison: '≤',
            populationKind: 'Hộ gia đình',
          },
        },
      ],
      { kinds },
    );
    expect(outcome.errors).toEqual([]);
    const [group, threshold, steps, best, penalty, manual, ward] = outcome.indicators;
    // A group without points takes its children's (bonus and penalty aside).
    expect(group.maxPoints).toBe(216.5);
    expect(threshold.thresholds).toEqual([{ atLeast: 85, points: 4 }]);
    expect(steps.thresholds).toEqual([
      { atLeast: 85, points: 4 },
      { atLeast: 70, points: 2 },
    ]);
    expect(best).toMatchObject({ kind: 'RELATIVE_TO_BEST', target: 120 });
    expect(penalty).toMatchObject({ kind: 'PENALTY', perItemPoints: 2, maxPoints: 10 });
    expect(manual).toMatchObject({ kind: 'MANUAL', maxPoints: 2.5, step: 0.5 });
    expect(ward).toMatchObject({ kind: 'WARD_RATE', comparison: 'AT_MOST', populationKind: 'HOUSEHOLDS' });
  });

  it('names every bad row with its column, and gives no tree', () => {
    const outcome = readIndicatorTreeFile(
      rows(
        ['I', 'Tiêu chuẩn', '10'],
        ['1', 'Một', '5'],
        ['1', 'Một nữa', '5'],
        ['2', 'Loại lạ', '5', 'Xếp loại'],
        ['3', 'Điểm chữ', 'năm'],
        ['4', 'Có/Không', '5', 'Có/Không'],
        ['4.1', 'Con của tiêu chí không phải nhóm', '5'],
        ['5.1', 'Không có cha', '1'],
        ['x-1', 'STT lạ', '1'],
        ['', 'Không STT', '1'],
      ),
      { kinds },
    );
    expect(outcome.errors.map((e) => [e.line, e.column, e.reason])).toEqual([
      [4, 'STT', 'DUPLICATE_NUMBER'],
      [9, 'STT', 'PARENT_NOT_FOUND'],
      [10, 'STT', 'INVALID_STT'],
      [11, 'STT', 'REQUIRED'],
      [5, 'Loại tiêu chí', 'UNKNOWN_CRITERION_KIND'],
      [8, 'STT', 'PARENT_NOT_GROUP'],
      [6, 'Điểm chuẩn', 'NOT_A_NUMBER'],
    ]);
    expect(outcome.issues).toEqual([]);
  });

  it('reports totals that do not add up as issues with their rows, not errors', () => {
    const outcome = readIndicatorTreeFile(
      rows(['I', 'A', '30'], ['1', 'B', '20'], ['2', 'C', '20'], ['II', 'D', '60', 'Nhóm']),
      {
        kinds,
        totalPoints: 100,
      },
    );
    expect(outcome.errors).toEqual([]);
    expect(outcome.issues.map((i) => [i.reason, i.line])).toEqual([
      ['GROUP_EXCEEDED', 2],
      ['GROUP_EMPTY', 5],
      ['TOTAL_MISMATCH', null],
    ]);
  });

  it('reads its own writing back: the template and an exported tree round-trip', () => {
    const template: IndicatorFileRow[] = INDICATOR_TREE_TEMPLATE_ROWS.map((values, index) => ({
      line: index + 2,
      cells: Object.fromEntries(KEYS.map((k, i) => [k, values[i] ?? ''])),
    }));
    const first = readIndicatorTreeFile(template, { kinds, totalPoints: 100 });
    expect(first.errors).toEqual([]);
    expect(first.issues).toEqual([]);
    const written = indicatorTreeFileRows(indicatorFileDefs(first.indicators));
    expect(written.map((r) => r.depth)).toEqual([0, 1, 1, 1, 2, 2, 0, 1, 2, 2, 1, 1, 1]);
    const second = readIndicatorTreeFile(
      written.map((r, index) => ({ line: index + 2, cells: r.cells })),
      { kinds, totalPoints: 100 },
    );
    const strip = (o: typeof first) =>
      indicatorFileDefs(o.indicators).map(({ id: _id, parentId, ...rest }) => ({
        ...rest,
        parent: parentId === null,
      }));
    expect(strip(second)).toEqual(strip(first));
    expect(indicatorFileDefs(second.indicators).map((d) => d.code)).toEqual(
      indicatorFileDefs(first.indicators).map((d) => d.code),
    );
  });
});

describe('cell readers', () => {
  it('reads kinds by label, word or code, numbers with a decimal comma, thresholds', () => {
    expect(indicatorKindFromFile('So với tỷ lệ của phường')).toBe('WARD_RATE');
    expect(indicatorKindFromFile('ty le')).toBe('RATE');
    expect(indicatorKindFromFile('PENALTY')).toBe('PENALTY');
    expect(indicatorKindFromFile('')).toBeNull();
    expect(indicatorKindFromFile('Xếp loại')).toBeUndefined();
    expect(numberFromFile('2,5')).toBe(2.5);
    expect(numberFromFile('85%')).toBe(85);
    expect(numberFromFile('năm')).toBeNaN();
    expect(thresholdsFromFile('85:4;70:2', 4)).toEqual([
      { atLeast: 85, points: 4 },
      { atLeast: 70, points: 2 },
    ]);
    expect(thresholdsFromFile('85:x', 4)).toBeUndefined();
  });
});

describe('ACTIVITY sources in the file', () => {
  const computedRows = (...sources: string[]): IndicatorFileRow[] => [
    { line: 2, cells: { number: 'I', title: 'Tuyên truyền', maxPoints: String(10 * sources.length), kind: 'Nhóm' } },
    ...sources.map((source, i) => ({
      line: i + 3,
      cells: { number: String(i + 1), title: `Chỉ tiêu ${i + 1}`, maxPoints: '10', kind: 'COMPUTED', source },
    })),
  ];

  it('reads the measure, the form, kinds, target, population and sub-units, and writes them back the same', () => {
    const outcome = readIndicatorTreeFile(
      computedRows(
        'ACTIVITY ACTIVITY_COUNT form=ORAL kinds=PARTY_CELL_MEETING,TDP_MEETING target=4',
        'activity activity_attendance_rate population=PARTY_MEMBERS subunits',
        'CONTEST PARTICIPATION_RATE',
      ),
      { kinds, totalPoints: 30 },
    );
    expect(outcome.errors).toEqual([]);
    expect(outcome.indicators.slice(1).map((i) => i.computedSource)).toEqual([
      {
        kind: 'ACTIVITY',
        id: null,
        metric: 'ACTIVITY_COUNT',
        form: 'ORAL',
        kinds: ['PARTY_CELL_MEETING', 'TDP_MEETING'],
        target: 4,
        includeSubUnits: false,
      },
      {
        kind: 'ACTIVITY',
        id: null,
        metric: 'ACTIVITY_ATTENDANCE_RATE',
        populationKind: 'PARTY_MEMBERS',
        includeSubUnits: true,
      },
      { kind: 'CONTEST', id: null, metric: 'PARTICIPATION_RATE' },
    ]);
    const written = indicatorTreeFileRows(indicatorFileDefs(outcome.indicators)).map((r) => r.cells.source);
    expect(written).toEqual([
      '',
      'ACTIVITY ACTIVITY_COUNT form=ORAL kinds=PARTY_CELL_MEETING,TDP_MEETING target=4',
      'ACTIVITY ACTIVITY_ATTENDANCE_RATE population=PARTY_MEMBERS subunits',
      'CONTEST PARTICIPATION_RATE',
    ]);
  });

  it('refuses a binding the editor would refuse, naming the row and the column', () => {
    const outcome = readIndicatorTreeFile(
      computedRows(
        'ACTIVITY ACTIVITY_COUNT form=ORAL',
        'ACTIVITY ACTIVITY_ATTENDANCE_RATE',
        'ACTIVITY ACTIVITY_COUNT form=ORAL kinds=BANNER target=2',
        'ACTIVITY SOMETHING target=2',
      ),
      { kinds, totalPoints: 40 },
    );
    expect(outcome.errors.map((e) => [e.line, e.column, e.reason])).toEqual([
      [3, 'Nguồn tự động', 'INVALID_SOURCE'],
      [4, 'Nguồn tự động', 'INVALID_SOURCE'],
      [5, 'Nguồn tự động', 'INVALID_SOURCE'],
      [6, 'Nguồn tự động', 'INVALID_SOURCE'],
    ]);
  });
});
