import type { Comparison, IndicatorKind, ThresholdStep } from '../campaign/campaign-enums.js';
import {
  indicatorCode,
  orderIndicatorTree,
  validateIndicatorTree,
  type IndicatorDef,
  type TreeIssue,
} from '../campaign/indicator-tree.js';
import { activityBindingProblem } from '../activities/activity-figures.js';
import { foldForSearch } from '../text/vietnamese.js';
import { rosterKindFromFile, type RosterFileKind } from './person-roster-columns.js';
import {
  COMPARISON_FILE_LABELS,
  computedSourceFromFile,
  computedSourceToFile,
  type FileComputedSource,
  comparisonFromFile,
  INDICATOR_KIND_FILE_LABELS,
  INDICATOR_TREE_COLUMNS,
  indicatorKindFromFile,
  numberFromFile,
  numberToFile,
  thresholdsFromFile,
  thresholdsToFile,
  yesNoFromFile,
  type IndicatorTreeColumnKey,
} from './indicator-tree-columns.js';

/**
 * Reading and writing the indicator tree file (see indicator-tree-columns.ts). The
 * hierarchy comes from STT alone, numbered locally as wards do: Roman numerals are the
 * standards at the top; 1, 2, 3 are criteria under the latest standard (at the top when
 * there is none); "4.1" is under the latest criterion numbered 4; a, b (or "a)") are
 * under the latest numbered criterion. Pure: the server reads the cells and saves.
 */

/** Which fields each kind uses (the others are not stored). */
export function indicatorFieldsOf(kind: IndicatorKind) {
  return {
    step: kind === 'MANUAL',
    target: kind === 'TARGET' || kind === 'RELATIVE_TO_BEST' || kind === 'WARD_RATE',
    thresholds: kind === 'THRESHOLD' || kind === 'RATE',
    perItemPoints: kind === 'COUNT' || kind === 'BONUS' || kind === 'PENALTY',
    comparison: kind === 'THRESHOLD' || kind === 'RATE' || kind === 'WARD_RATE',
    populationKind: kind === 'RATE' || kind === 'WARD_RATE',
    computedSource: kind === 'COMPUTED',
  };
}

export type IndicatorNumberShape =
  | { level: 'roman'; number: string }
  | { level: 'integer'; number: string }
  | { level: 'dotted'; number: string; parentNumber: string }
  | { level: 'letter'; number: string };

const ROMAN = /^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/u;

/** What an STT says about where its row sits; null when it follows none of the patterns. */
export function parseIndicatorNumber(text: string): IndicatorNumberShape | null {
  const value = text.trim().replace(/^\(/u, '').replace(/[.)]$/u, '').trim();
  if (ROMAN.test(value)) return { level: 'roman', number: value };
  if (/^\d{1,3}$/u.test(value)) return { level: 'integer', number: String(Number(value)) };
  if (/^\d{1,3}(\.\d{1,3})+$/u.test(value)) {
    return { level: 'dotted', number: value, parentNumber: value.slice(0, value.lastIndexOf('.')) };
  }
  if (/^[a-zđ]$/u.test(value)) return { level: 'letter', number: value };
  return null;
}

/** One indicator read from the file, in the shape of the tree input (code = the local number). */
export interface IndicatorFileIndicator {
  line: number;
  key: string;
  parentKey: string | null;
  code: string;
  title: string;
  kind: IndicatorKind;
  maxPoints: number;
  step: number | null;
  target: number | null;
  perItemPoints: number | null;
  thresholds: ThresholdStep[] | null;
  comparison: Comparison | null;
  populationKind: string | null;
  evidenceRequired: boolean;
  computedSource: (FileComputedSource & { id: null }) | null;
  method: string;
  evidenceText: string;
}

export interface IndicatorFileError {
  line: number;
  /** The column header as the file writes it; null for the whole row or file. */
  column: string | null;
  reason: string;
  message: string;
}

export interface IndicatorFileOutcome {
  indicators: IndicatorFileIndicator[];
  errors: IndicatorFileError[];
  /** Why the tree would not launch yet (totals, targets…), each with its row: saved anyway, like the editor. */
  issues: (TreeIssue & { line: number | null })[];
}

export interface IndicatorFileRow {
  line: number;
  cells: Partial<Record<IndicatorTreeColumnKey, string>>;
}

/** The largest usual step that divides the maximum (2.5 → 0.5), for a manual row without "Bước điểm". */
function defaultStep(max: number): number {
  return [1, 0.5, 0.25, 0.1, 0.05, 0.01].find((s) => Math.abs(max / s - Math.round(max / s)) < 1e-6) ?? 0.01;
}

/**
 * The tree a file's rows describe, every problem named with its row and column. With
 * any error the tree is not to be saved (all or nothing); `issues` do not stop it.
 */
export function readIndicatorTreeFile(
  rows: readonly IndicatorFileRow[],
  options: {
    headerOf?: Partial<Record<IndicatorTreeColumnKey, string>>;
    kinds: readonly RosterFileKind[];
    /** The campaign's total: the top level must add up to it (an issue, not an error). */
    totalPoints?: number;
  },
): IndicatorFileOutcome {
  const header = (key: IndicatorTreeColumnKey) =>
    options.headerOf?.[key] ?? INDICATOR_TREE_COLUMNS.find((c) => c.key === key)!.header;
  const errors: IndicatorFileError[] = [];
  const fail = (line: number, key: IndicatorTreeColumnKey | null, reason: string, message: string) =>
    errors.push({ line, column: key ? header(key) : null, reason, message });
  const cell = (row: IndicatorFileRow, key: IndicatorTreeColumnKey) => (row.cells[key] ?? '').trim();

  // 1. Where each row sits, from its STT.
  interface Placed {
    row: IndicatorFileRow;
    key: string;
    number: string;
    parent: Placed | null;
    children: Placed[];
  }
  const placed: Placed[] = [];
  let standard: Placed | null = null;
  let scope = new Map<string, Placed>();
  let lastNumbered: Placed | null = null;
  const seen = new Set<string>();
  for (const row of rows) {
    const raw = cell(row, 'number');
    // The "Tổng cộng" line at the foot of a ward's table is not a criterion.
    if (!raw && /^(tong cong|tong diem|cong|tong)\b/u.test(foldForSearch(cell(row, 'title')))) continue;
    if (!raw) {
      fail(row.line, 'number', 'REQUIRED', 'STT is empty: every row needs its number (I, 1, 1.1, a)');
      continue;
    }
    const shape = parseIndicatorNumber(raw);
    if (!shape) {
      fail(row.line, 'number', 'INVALID_STT', `STT "${raw}" is not I, II…, 1, 2…, 4.1 or a, b`);
      continue;
    }
    let parent: Placed | null;
    if (shape.level === 'roman') parent = null;
    else if (shape.level === 'integer') parent = standard;
    else if (shape.level === 'dotted') parent = scope.get(shape.parentNumber) ?? null;
    else parent = lastNumbered;
    if (shape.level === 'dotted' && !parent) {
      fail(row.line, 'number', 'PARENT_NOT_FOUND', `STT ${raw}: no criterion ${shape.parentNumber} above it`);
      continue;
    }
    if (shape.level === 'letter' && !parent) {
      fail(row.line, 'number', 'PARENT_NOT_FOUND', `STT ${raw}: no numbered criterion above it`);
      continue;
    }
    const node: Placed = { row, key: `r${row.line}`, number: shape.number, parent, children: [] };
    const unique = `${parent?.key ?? ''}|${shape.number}`;
    if (seen.has(unique)) {
      const under = parent ? ` under ${parent.number}` : ' at the top';
      fail(row.line, 'number', 'DUPLICATE_NUMBER', `STT ${shape.number} is used twice${under}`);
    }
    seen.add(unique);
    parent?.children.push(node);
    placed.push(node);
    if (shape.level === 'roman') {
      standard = node;
      scope = new Map();
      lastNumbered = null;
    } else if (shape.level !== 'letter') {
      scope.set(shape.number, node);
      lastNumbered = node;
    }
  }

  // 2. What each row is and how it scores.
  const kindOf = new Map<Placed, IndicatorKind>();
  for (const node of placed) {
    const text = cell(node.row, 'kind');
    const kind = indicatorKindFromFile(text);
    if (kind === undefined) {
      const known = Object.values(INDICATOR_KIND_FILE_LABELS).join(', ');
      fail(node.row.line, 'kind', 'UNKNOWN_CRITERION_KIND', `"${text}" is not a kind of criterion (${known})`);
    }
    kindOf.set(node, kind ?? (node.children.length > 0 ? 'GROUP' : 'MANUAL'));
  }
  for (const node of placed) {
    if (node.parent && kindOf.get(node.parent) !== 'GROUP') {
      fail(
        node.row.line,
        'number',
        'PARENT_NOT_GROUP',
        `STT ${node.number} is under ${node.parent.number}, which is not a group (Loại tiêu chí: ${INDICATOR_KIND_FILE_LABELS[kindOf.get(node.parent)!]})`,
      );
    }
  }
  const maxOf = new Map<Placed, number>();
  const readMax = (node: Placed): number => {
    const known = maxOf.get(node);
    if (known !== undefined) return known;
    const text = cell(node.row, 'maxPoints');
    const value = numberFromFile(text);
    let max = value ?? 0;
    if (value === null && kindOf.get(node) === 'GROUP') {
      max = node.children
        .filter((c) => kindOf.get(c) !== 'BONUS' && kindOf.get(c) !== 'PENALTY')
        .reduce((s, c) => s + readMax(c), 0);
    } else if (value === null) {
      fail(node.row.line, 'maxPoints', 'REQUIRED', `STT ${node.number}: Điểm chuẩn is empty`);
    } else if (Number.isNaN(value) || value < 0) {
      fail(
        node.row.line,
        'maxPoints',
        'NOT_A_NUMBER',
        `STT ${node.number}: Điểm chuẩn "${text}" is not a number of points`,
      );
      max = 0;
    }
    maxOf.set(node, max);
    return max;
  };

  const indicators: IndicatorFileIndicator[] = placed.map((node) => {
    const { row } = node;
    const kind = kindOf.get(node)!;
    const uses = indicatorFieldsOf(kind);
    const maxPoints = readMax(node);
    const num = (key: 'step' | 'perItemPoints' | 'target'): number | null => {
      const text = cell(row, key);
      const value = numberFromFile(text);
      if (value !== null && (Number.isNaN(value) || value < 0)) {
        fail(row.line, key, 'NOT_A_NUMBER', `STT ${node.number}: "${text}" is not a number`);
        return null;
      }
      return value;
    };
    const title = cell(row, 'title');
    if (!title) fail(row.line, 'title', 'REQUIRED', `STT ${node.number}: Nội dung tiêu chí is empty`);
    let thresholds: ThresholdStep[] | null = null;
    if (uses.thresholds) {
      const read = thresholdsFromFile(cell(row, 'target'), maxPoints);
      if (read === undefined) {
        fail(
          row.line,
          'target',
          'INVALID_THRESHOLDS',
          `STT ${node.number}: write a threshold as "85" or steps as "85:4; 70:2"`,
        );
      } else thresholds = read;
    }
    let comparison: Comparison | null = null;
    if (uses.comparison) {
      const read = comparisonFromFile(cell(row, 'comparison'));
      if (read === undefined)
        fail(row.line, 'comparison', 'INVALID_COMPARISON', `STT ${node.number}: So sánh is ≥ or ≤`);
      else comparison = read;
    }
    let populationKind: string | null = null;
    const kindText = cell(row, 'populationKind');
    if (uses.populationKind && kindText) {
      populationKind = rosterKindFromFile(kindText, options.kinds);
      if (!populationKind) {
        const known = options.kinds.map((k) => k.code).join(', ');
        fail(
          row.line,
          'populationKind',
          'UNKNOWN_POPULATION_KIND',
          `"${kindText}" is not a population kind (${known})`,
        );
      }
    }
    const evidenceRequired = yesNoFromFile(cell(row, 'evidenceRequired'));
    if (evidenceRequired === undefined) {
      fail(row.line, 'evidenceRequired', 'INVALID_YES_NO', `STT ${node.number}: Bắt buộc minh chứng is Có or empty`);
    }
    let computedSource: IndicatorFileIndicator['computedSource'] = null;
    if (uses.computedSource) {
      const read = computedSourceFromFile(cell(row, 'source'));
      if (read === undefined) {
        fail(
          row.line,
          'source',
          'INVALID_SOURCE',
          `STT ${node.number}: write the source as "CONTEST PARTICIPATION_RATE" (or LIVE_GAME, AVERAGE_SCORE), or "ACTIVITY ACTIVITY_COUNT form=ORAL kinds=PARTY_CELL_MEETING target=4"`,
        );
      } else if (read?.kind === 'ACTIVITY') {
        // The plan is bound after the import (null: every plan); the rest is checked as the editor's save is.
        const problem = activityBindingProblem(
          read,
          options.kinds.map((k) => k.code),
        );
        if (problem) fail(row.line, 'source', 'INVALID_SOURCE', `STT ${node.number}: ${problem.message}`);
        else computedSource = { ...read, id: null };
      } else computedSource = read ? { ...read, id: null } : null;
    }
    const step = uses.step ? (num('step') ?? defaultStep(maxPoints)) : null;
    return {
      line: row.line,
      key: node.key,
      parentKey: node.parent?.key ?? null,
      code: node.number,
      title,
      kind,
      maxPoints,
      step,
      target: uses.target ? num('target') : null,
      perItemPoints: uses.perItemPoints ? num('perItemPoints') : null,
      thresholds,
      comparison,
      populationKind,
      evidenceRequired: evidenceRequired ?? false,
      computedSource,
      method: cell(row, 'method'),
      evidenceText: cell(row, 'evidenceText'),
    };
  });
  if (placed.length === 0 && errors.length === 0) fail(1, null, 'EMPTY_FILE', 'The file has no criteria rows');
  return { indicators, errors, issues: errors.length > 0 ? [] : treeIssues(indicators, options.totalPoints) };
}

/** The tree's launch issues, by row (the total only when the campaign's is known). */
function treeIssues(
  indicators: readonly IndicatorFileIndicator[],
  totalPoints: number | undefined,
): IndicatorFileOutcome['issues'] {
  const defs = indicatorFileDefs(indicators);
  const lineOf = new Map(defs.map((d, i) => [d.code, indicators[i].line]));
  return validateIndicatorTree(defs, totalPoints ?? 0)
    .filter((issue) => totalPoints !== undefined || issue.reason !== 'TOTAL_MISMATCH')
    .map((issue) => ({ ...issue, line: issue.code ? (lineOf.get(issue.code) ?? null) : null }));
}

/** The rows as IndicatorDefs (ids = keys, full codes), e.g. to validate or score them. */
export function indicatorFileDefs(indicators: readonly IndicatorFileIndicator[]): IndicatorDef[] {
  const byKey = new Map(indicators.map((i) => [i.key, i]));
  const codes = new Map<string, string>();
  const codeOf = (i: IndicatorFileIndicator): string => {
    const known = codes.get(i.key);
    if (known) return known;
    const parent = i.parentKey ? byKey.get(i.parentKey) : undefined;
    const code = indicatorCode(parent ? { code: codeOf(parent), number: parent.code } : null, i.code);
    codes.set(i.key, code);
    return code;
  };
  return indicators.map((i, position) => ({
    ...i,
    id: i.key,
    parentId: i.parentKey,
    number: i.code,
    code: codeOf(i),
    position,
  }));
}

/** The file's cells for a tree (any order: written depth-first), with each row's depth for the title's indent. */
export function indicatorTreeFileRows(
  indicators: readonly IndicatorDef[],
): { depth: number; cells: Record<IndicatorTreeColumnKey, string> }[] {
  return orderIndicatorTree(indicators).map(({ indicator: i, depth }) => {
    const uses = indicatorFieldsOf(i.kind);
    return {
      depth,
      cells: {
        number: i.number ?? i.code,
        title: i.title,
        maxPoints: numberToFile(i.maxPoints),
        method: i.method ?? '',
        evidenceText: i.evidenceText ?? '',
        kind: INDICATOR_KIND_FILE_LABELS[i.kind],
        target: uses.thresholds
          ? thresholdsToFile(i.thresholds ?? [], i.maxPoints)
          : uses.target
            ? numberToFile(i.target)
            : '',
        perItemPoints: uses.perItemPoints ? numberToFile(i.perItemPoints) : '',
        step: uses.step ? numberToFile(i.step ?? 1) : '',
        populationKind: uses.populationKind ? (i.populationKind ?? '') : '',
        comparison: uses.comparison && i.comparison ? COMPARISON_FILE_LABELS[i.comparison] : '',
        evidenceRequired: i.evidenceRequired ? 'Có' : '',
        source: uses.computedSource && i.computedSource ? computedSourceToFile(i.computedSource) : '',
      },
    };
  });
}
