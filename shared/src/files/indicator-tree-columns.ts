import {
  COMPUTED_METRICS_BY_SOURCE,
  type Comparison,
  type ComputedMetric,
  type ComputedSource,
  type ComputedSourceKind,
  type IndicatorKind,
} from '../campaign/campaign-enums.js';
import { foldForSearch } from '../text/vietnamese.js';
import type { FileColumn } from './file-columns.js';

/**
 * The indicator tree file (bảng tiêu chí chấm điểm) in the layout wards write their
 * appendices in: STT | Nội dung tiêu chí | Điểm chuẩn | Cách tính | Minh chứng yêu cầu,
 * then the columns that say how a row scores. Read by the server's importer, written by
 * its export and template, explained by the client. Headers and values are Vietnamese
 * whatever the UI language.
 */
export type IndicatorTreeColumnKey =
  | 'number'
  | 'title'
  | 'maxPoints'
  | 'method'
  | 'evidenceText'
  | 'kind'
  | 'target'
  | 'perItemPoints'
  | 'step'
  | 'populationKind'
  | 'comparison'
  | 'evidenceRequired'
  | 'source';

export const INDICATOR_TREE_COLUMNS: readonly FileColumn<IndicatorTreeColumnKey>[] = [
  { key: 'number', header: 'STT', aliases: ['TT', 'Số TT', 'Số thứ tự', 'number'], required: true, type: 'code' },
  {
    key: 'title',
    header: 'Nội dung tiêu chí',
    aliases: ['Nội dung', 'Tiêu chí', 'Nội dung chấm điểm', 'Nội dung tiêu chuẩn, tiêu chí', 'title'],
    required: true,
    type: 'text',
  },
  {
    key: 'maxPoints',
    header: 'Điểm chuẩn',
    aliases: ['Điểm tối đa', 'Thang điểm', 'Điểm', 'max_points'],
    required: true,
    type: 'number',
  },
  {
    key: 'method',
    header: 'Cách tính',
    aliases: ['Cách tính điểm', 'Cách chấm', 'method'],
    required: false,
    type: 'text',
  },
  {
    key: 'evidenceText',
    header: 'Minh chứng yêu cầu',
    aliases: ['Minh chứng', 'Tài liệu kiểm chứng', 'evidence'],
    required: false,
    type: 'text',
  },
  { key: 'kind', header: 'Loại tiêu chí', aliases: ['Loại', 'kind'], required: false, type: 'choice' },
  {
    key: 'target',
    header: 'Chỉ tiêu / ngưỡng',
    aliases: ['Chỉ tiêu', 'Ngưỡng', 'Chỉ tiêu/ngưỡng', 'target'],
    required: false,
    type: 'text',
  },
  {
    key: 'perItemPoints',
    header: 'Điểm mỗi lần',
    aliases: ['Điểm mỗi mục', 'Điểm mỗi trường hợp', 'per_item_points'],
    required: false,
    type: 'number',
  },
  { key: 'step', header: 'Bước điểm', aliases: ['step'], required: false, type: 'number' },
  {
    key: 'populationKind',
    header: 'Đối tượng',
    aliases: ['Loại đối tượng', 'population_kind'],
    required: false,
    type: 'choice',
  },
  { key: 'comparison', header: 'So sánh', aliases: ['comparison'], required: false, type: 'choice' },
  {
    key: 'evidenceRequired',
    header: 'Bắt buộc minh chứng',
    aliases: ['Cần minh chứng', 'evidence_required'],
    required: false,
    type: 'yes-no',
  },
  { key: 'source', header: 'Nguồn tự động', aliases: ['Nguồn', 'source'], required: false, type: 'text' },
];

/** The word the file writes in "Loại tiêu chí" for each kind. */
export const INDICATOR_KIND_FILE_LABELS: Record<IndicatorKind, string> = {
  GROUP: 'Nhóm',
  MANUAL: 'Chấm điểm',
  YES_NO: 'Có/Không',
  TARGET: 'Chỉ tiêu',
  COUNT: 'Đếm',
  THRESHOLD: 'Ngưỡng',
  RELATIVE_TO_BEST: 'So với đơn vị dẫn đầu',
  RATE: 'Tỷ lệ',
  WARD_RATE: 'So với tỷ lệ của phường',
  BONUS: 'Điểm thưởng',
  PENALTY: 'Điểm trừ',
  COMPUTED: 'Tự động',
};

const fold = (value: string) =>
  foldForSearch(value)
    .replace(/[\s\-–_/]+/gu, ' ')
    .trim();

/** Other words files use, folded. */
const KIND_ALIASES: Readonly<Record<string, IndicatorKind>> = {
  'tieu chuan': 'GROUP',
  'nhom tieu chi': 'GROUP',
  'cham diem': 'MANUAL',
  'tu cham': 'MANUAL',
  'co khong': 'YES_NO',
  'dat khong dat': 'YES_NO',
  dem: 'COUNT',
  'so lan': 'COUNT',
  'ti le': 'RATE',
  'ty le': 'RATE',
  'so voi don vi dan dau': 'RELATIVE_TO_BEST',
  'so voi don vi cao nhat': 'RELATIVE_TO_BEST',
  'so voi ti le cua phuong': 'WARD_RATE',
  'so voi ty le cua phuong': 'WARD_RATE',
  'diem cong': 'BONUS',
  'diem thuong': 'BONUS',
  'diem tru': 'PENALTY',
  'tu dong': 'COMPUTED',
};

/** The kind a "Loại tiêu chí" cell names (label, usual word or code), undefined when unknown; '' → null. */
export function indicatorKindFromFile(text: string): IndicatorKind | null | undefined {
  const folded = fold(text);
  if (!folded) return null;
  for (const [kind, label] of Object.entries(INDICATOR_KIND_FILE_LABELS) as [IndicatorKind, string][]) {
    if (fold(label) === folded || fold(kind) === folded) return kind;
  }
  return KIND_ALIASES[folded];
}

/** "So sánh": ≥ (at least, the default) or ≤ (at most). */
export const COMPARISON_FILE_LABELS: Record<Comparison, string> = { AT_LEAST: '≥', AT_MOST: '≤' };

export function comparisonFromFile(text: string): Comparison | null | undefined {
  const value = fold(text);
  if (!value) return null;
  if (['≥', '>=', '>', 'at least', 'toi thieu', 'tu', 'khong duoi'].includes(value)) return 'AT_LEAST';
  if (['≤', '<=', '<', 'at most', 'toi da', 'khong qua', 'khong vuot'].includes(value)) return 'AT_MOST';
  return undefined;
}

/** "Bắt buộc minh chứng": Có / x / 1 → true, empty / Không / 0 → false. */
export function yesNoFromFile(text: string): boolean | undefined {
  const value = fold(text);
  if (['', 'khong', 'no', '0', 'false'].includes(value)) return false;
  if (['co', 'x', 'yes', '1', 'true', 'bat buoc'].includes(value)) return true;
  return undefined;
}

/** A number as wards type it: "2,5" or "2.5", "85 %" or "85%"; null when empty, NaN when not a number. */
export function numberFromFile(text: string): number | null {
  let value = text.trim().replace(/%$/u, '').trim();
  if (!value) return null;
  if (/^-?\d+,\d+$/u.test(value)) value = value.replace(',', '.');
  return /^-?\d+(\.\d+)?$/u.test(value) ? Number(value) : Number.NaN;
}

/** A number written back the way numberFromFile reads it (no float noise). */
export const numberToFile = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : String(Math.round(value * 1e6) / 1e6);

/**
 * "Chỉ tiêu / ngưỡng" of a THRESHOLD or RATE row: "85" is one step (reaching 85 earns
 * the whole Điểm chuẩn), "85:4; 70:2" steps of points. Null when empty, undefined when
 * it cannot be read.
 */
export function thresholdsFromFile(
  text: string,
  maxPoints: number,
): { atLeast: number; points: number }[] | null | undefined {
  const parts = text
    .split(/[;\n]/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const steps: { atLeast: number; points: number }[] = [];
  for (const part of parts) {
    const [at, points, extra] = part.split(/\s*[:→]\s*|\s*=>\s*/u);
    if (extra !== undefined) return undefined;
    const atLeast = numberFromFile(at ?? '');
    const earned = points === undefined ? maxPoints : numberFromFile(points);
    if (atLeast === null || earned === null || Number.isNaN(atLeast) || Number.isNaN(earned)) return undefined;
    steps.push({ atLeast, points: earned });
  }
  return steps;
}

export function thresholdsToFile(steps: readonly { atLeast: number; points: number }[], maxPoints: number): string {
  if (steps.length === 1 && steps[0].points === maxPoints) return numberToFile(steps[0].atLeast);
  return steps.map((s) => `${numberToFile(s.atLeast)}:${numberToFile(s.points)}`).join('; ');
}

/** What a file's "Nguồn tự động" binds (the game, contest or plan itself is bound after the import). */
export type FileComputedSource = Omit<ComputedSource, 'id'>;

/**
 * "Nguồn tự động" of a COMPUTED row: the source kind and metric, e.g. "CONTEST PARTICIPATION_RATE";
 * an ACTIVITY binding then its filters as key=value words, e.g.
 * "ACTIVITY ACTIVITY_COUNT form=ORAL kinds=PARTY_CELL_MEETING,TDP_MEETING target=4 population=PARTY_MEMBERS subunits".
 */
export function computedSourceFromFile(text: string): FileComputedSource | null | undefined {
  const upper = text.trim().toUpperCase();
  if (upper === '') return null;
  if (/(^|[\s,;/])ACTIVITY([\s,;/]|$)/u.test(upper)) return activitySourceFromFile(upper);
  const words = upper.split(/[\s,;/]+/u).filter(Boolean);
  const kind = words.find((w): w is ComputedSourceKind => w === 'LIVE_GAME' || w === 'CONTEST');
  const metric = words.find((w): w is ComputedMetric => w === 'PARTICIPATION_RATE' || w === 'AVERAGE_SCORE');
  return kind && metric && words.length === 2 ? { kind, metric } : undefined;
}

const ACTIVITY_FILE_METRICS: readonly string[] = COMPUTED_METRICS_BY_SOURCE.ACTIVITY;

function activitySourceFromFile(upper: string): FileComputedSource | undefined {
  const words = upper.split(/[\s;]+/u).filter(Boolean);
  const source: FileComputedSource = { kind: 'ACTIVITY', metric: 'ACTIVITY_COUNT', includeSubUnits: false };
  let metric: string | null = null;
  for (const word of words) {
    const [key, value, extra] = word.split('=');
    if (value === undefined) {
      if (key === 'ACTIVITY') continue;
      if (key === 'SUBUNITS') source.includeSubUnits = true;
      else if (ACTIVITY_FILE_METRICS.includes(key) && metric === null) metric = key;
      else return undefined;
      continue;
    }
    if (extra !== undefined || value === '') return undefined;
    if (key === 'FORM') source.form = value;
    else if (key === 'KINDS') source.kinds = value.split(',').filter(Boolean);
    else if (key === 'POPULATION') source.populationKind = value;
    else if (key === 'TARGET') {
      const target = numberFromFile(value);
      if (target === null || Number.isNaN(target)) return undefined;
      source.target = target;
    } else return undefined;
  }
  if (metric === null) return undefined;
  return { ...source, metric: metric as ComputedMetric };
}

/** The "Nguồn tự động" cell of a binding, as computedSourceFromFile reads it. */
export function computedSourceToFile(source: FileComputedSource): string {
  if (source.kind !== 'ACTIVITY') return `${source.kind} ${source.metric}`;
  const words: string[] = [source.kind, source.metric];
  if (source.form) words.push(`form=${source.form}`);
  if (source.kinds && source.kinds.length > 0) words.push(`kinds=${source.kinds.join(',')}`);
  if (source.target !== null && source.target !== undefined) words.push(`target=${numberToFile(source.target)}`);
  if (source.populationKind) words.push(`population=${source.populationKind}`);
  if (source.includeSubUnits) words.push('subunits');
  return words.join(' ');
}

/** Example rows of the template, in the columns' order: standards, criteria numbered afresh in each, sub-criteria. */
export const INDICATOR_TREE_TEMPLATE_ROWS: readonly (readonly string[])[] = [
  ['I', 'Đời sống kinh tế ổn định và từng bước phát triển', '30', '', '', 'Nhóm', '', '', '', '', '', '', ''],
  [
    '1',
    'Có từ 85 % hộ gia đình đạt danh hiệu "Gia đình văn hóa"',
    '4',
    'Đạt từ 85 % trở lên: 4 điểm; dưới 85 %: 0 điểm',
    'Danh sách hộ gia đình văn hóa',
    'Ngưỡng',
    '85',
    '',
    '',
    '',
    '≥',
    'Có',
    '',
  ],
  [
    '2',
    'Tỷ lệ hộ nghèo không cao hơn tỷ lệ chung của phường',
    '6',
    '',
    'Số liệu rà soát hộ nghèo',
    'So với tỷ lệ của phường',
    '2,5',
    '',
    '',
    'HOUSEHOLDS',
    '≤',
    '',
    '',
  ],
  ['3', 'Phát triển kinh tế hộ', '20', '', '', 'Nhóm', '', '', '', '', '', '', ''],
  [
    '3.1',
    'Có mô hình kinh tế hộ hiệu quả',
    '10',
    'Mỗi mô hình 2 điểm, tối đa 10 điểm',
    '',
    'Đếm',
    '',
    '2',
    '',
    '',
    '',
    '',
    '',
  ],
  ['3.2', 'Tham gia lao động sản xuất', '10', '', '', 'Chấm điểm', '', '', '0,5', '', '', '', ''],
  ['II', 'Xây dựng tổ dân phố văn hóa', '70', '', '', 'Nhóm', '', '', '', '', '', '', ''],
  ['1', 'Thực hiện quy ước của tổ dân phố', '60', '', '', 'Nhóm', '', '', '', '', '', '', ''],
  ['a)', 'Ban hành quy ước', '30', '', 'Quy ước đã thông qua', 'Có/Không', '', '', '', '', '', 'Có', ''],
  ['b)', 'Tổ chức thực hiện quy ước', '30', '', '', '', '', '', '', '', '', '', ''],
  ['2', 'Tỷ lệ hộ tham gia sinh hoạt', '10', 'Thực tế ÷ chỉ tiêu × 10', '', 'Chỉ tiêu', '90', '', '', '', '', '', ''],
  [
    '3',
    'Gương người tốt việc tốt được khen',
    '5',
    'Mỗi trường hợp 1 điểm, tối đa 5',
    '',
    'Điểm thưởng',
    '',
    '1',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    '4',
    'Vi phạm trật tự đô thị',
    '10',
    'Mỗi vụ trừ 2 điểm, tối đa trừ 10',
    '',
    'Điểm trừ',
    '',
    '2',
    '',
    '',
    '',
    '',
    '',
  ],
];
