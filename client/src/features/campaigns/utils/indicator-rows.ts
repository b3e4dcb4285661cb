import {
  countsTowardMax,
  indicatorCode,
  indicatorFieldsOf,
  type IndicatorDef,
  type IndicatorKind,
  orderIndicatorTree,
  round2,
  thresholdsFromFile,
  thresholdsToFile,
} from '@thidua/shared';
import type { Comparison, ComputedMetric, ComputedSourceKind, IndicatorInput } from '../../../generated/graphql';
import { type CampaignData, parseNumber } from './campaign-model';

type SetupIndicator = CampaignData['criteriaSets'][number]['indicators'][number];

/** One indicator as the tree editor holds it: numbers as typed, so a half-typed "7," survives. */
export interface IndicatorRow {
  key: string;
  parentKey: string | null;
  /** STT local to the parent ("1" again under each standard, "4.1", "a"). */
  code: string;
  title: string;
  kind: IndicatorKind;
  maxPoints: string;
  step: string;
  target: string;
  perItemPoints: string;
  evidenceRequired: boolean;
  sourceKind: ComputedSourceKind;
  sourceId: string;
  metric: ComputedMetric;
  /**
   * PARTICIPATION_RATE, RATE, WARD_RATE: the population kind it divides by; '' = each unit's main kind.
   * ACTIVITY_ATTENDANCE_RATE (required), ACTIVITY_ATTENDEES (optional): the kind of the named attendees.
   */
  populationKind: string;
  /** ACTIVITY: one form of the plan ('' = every form), some of its kinds (none = every kind). */
  activityForm: string;
  activityKinds: string[];
  /** ACTIVITY: a unit's figure includes its sub-units' activities. */
  includeSubUnits: boolean;
  /** ACTIVITY count, quantity, attendees: the figure that earns the full points, as typed. */
  sourceTarget: string;
  /** THRESHOLD / RATE: "85" or "85:4; 70:2", as the file writes it. */
  thresholds: string;
  comparison: Comparison;
  method: string;
  evidenceText: string;
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
const num = (s: string) => parseNumber(s) ?? Number.NaN;
let keySeq = 0;
const newKey = () => `new-${Date.now().toString(36)}-${(keySeq += 1)}`;

/** The rows of one criteria set's tree (the first set when none is named). */
export function rowsOf(campaign: CampaignData, criteriaSetId?: string | null): IndicatorRow[] {
  const set = campaign.criteriaSets.find((s) => s.id === criteriaSetId) ?? campaign.criteriaSets[0];
  return (set?.indicators ?? []).map((i: SetupIndicator) => ({
    key: i.id,
    parentKey: i.parentId,
    code: i.number,
    title: i.title,
    kind: i.kind,
    maxPoints: text(i.maxPoints),
    step: text(i.step ?? (i.kind === 'MANUAL' ? 1 : null)),
    target: text(i.target),
    perItemPoints: text(i.perItemPoints),
    evidenceRequired: i.evidenceRequired,
    sourceKind: i.computedSource?.kind ?? 'LIVE_GAME',
    sourceId: i.computedSource?.id ?? '',
    metric: i.computedSource?.metric ?? 'PARTICIPATION_RATE',
    populationKind: i.computedSource?.populationKind ?? i.populationKind ?? '',
    activityForm: i.computedSource?.form ?? '',
    activityKinds: [...(i.computedSource?.kinds ?? [])],
    includeSubUnits: i.computedSource?.includeSubUnits ?? false,
    sourceTarget: text(i.computedSource?.target),
    thresholds: i.thresholds ? thresholdsToFile(i.thresholds, i.maxPoints) : '',
    comparison: i.comparison ?? 'AT_LEAST',
    method: i.method,
    evidenceText: i.evidenceText,
  }));
}

/** The numbers and kind-specific fields of a row, as the server takes them. */
function scoring(r: IndicatorRow) {
  const uses = indicatorFieldsOf(r.kind);
  const maxPoints = num(r.maxPoints);
  return {
    maxPoints,
    step: uses.step ? (parseNumber(r.step) ?? 1) : null,
    target: uses.target ? parseNumber(r.target) : null,
    perItemPoints: uses.perItemPoints ? parseNumber(r.perItemPoints) : null,
    thresholds: uses.thresholds ? (thresholdsFromFile(r.thresholds, maxPoints) ?? null) : null,
    comparison: uses.comparison ? r.comparison : null,
    populationKind: uses.populationKind ? r.populationKind || null : null,
    computedSource: r.kind === 'COMPUTED' ? computedSourceOf(r) : null,
  };
}

/** The binding of a COMPUTED row; an ACTIVITY binding carries its filters and target. */
function computedSourceOf(r: IndicatorRow) {
  const base = { kind: r.sourceKind, id: r.sourceId.trim() || null, metric: r.metric };
  if (r.sourceKind !== 'ACTIVITY')
    return { ...base, populationKind: r.metric === 'PARTICIPATION_RATE' && r.populationKind ? r.populationKind : null };
  const byPerson = r.metric === 'ACTIVITY_ATTENDANCE_RATE' || r.metric === 'ACTIVITY_ATTENDEES';
  return {
    ...base,
    populationKind: byPerson && r.populationKind ? r.populationKind : null,
    form: r.activityForm || null,
    kinds: r.activityForm && r.activityKinds.length > 0 ? [...r.activityKinds] : null,
    includeSubUnits: r.includeSubUnits,
    target: r.metric === 'ACTIVITY_ATTENDANCE_RATE' ? null : (parseNumber(r.sourceTarget) ?? null),
  };
}

/** Whether the thresholds box reads as steps ("85" or "85:4; 70:2"); empty counts as readable. */
export const thresholdsReadable = (r: IndicatorRow) =>
  !indicatorFieldsOf(r.kind).thresholds || thresholdsFromFile(r.thresholds, num(r.maxPoints)) !== undefined;

/** The rows as the shared validation and ordering see them (position: the array order). */
export function toDefs(rows: readonly IndicatorRow[]): IndicatorDef[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const codes = new Map<string, string>();
  // The full code joins the parents' numbers ("1" under "II" is "II.1"), as the server stores it.
  const codeOf = (r: IndicatorRow, seen = new Set<string>()): string => {
    const known = codes.get(r.key);
    if (known !== undefined) return known;
    const parent = r.parentKey ? byKey.get(r.parentKey) : undefined;
    if (!parent || seen.has(r.key)) return r.code.trim();
    seen.add(r.key);
    const code = indicatorCode({ code: codeOf(parent, seen), number: parent.code.trim() }, r.code);
    codes.set(r.key, code);
    return code;
  };
  return rows.map((r, position) => ({
    id: r.key,
    parentId: r.parentKey,
    code: codeOf(r),
    number: r.code.trim(),
    title: r.title,
    method: r.method,
    evidenceText: r.evidenceText,
    kind: r.kind,
    evidenceRequired: r.evidenceRequired,
    position,
    ...scoring(r),
  }));
}

/** The save input, depth-first so that positions match what the admin sees. */
export function toInput(rows: readonly IndicatorRow[]): IndicatorInput[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return orderIndicatorTree(toDefs(rows)).map(({ indicator }) => {
    const r = byKey.get(indicator.id)!;
    return {
      key: r.key,
      parentKey: r.parentKey,
      code: r.code.trim(),
      title: r.title.trim() || r.code.trim(),
      kind: r.kind,
      evidenceRequired: r.kind === 'GROUP' ? false : r.evidenceRequired,
      method: r.method.trim(),
      evidenceText: r.evidenceText.trim(),
      ...scoring(r),
    };
  });
}

/** A new row under `parentKey`, numbered after its siblings ("2.3"). */
export function addRow(rows: readonly IndicatorRow[], parentKey: string | null, kind: IndicatorKind): IndicatorRow[] {
  const siblings = rows.filter((r) => r.parentKey === parentKey);
  const code = String(siblings.length + 1);
  const row: IndicatorRow = {
    key: newKey(),
    parentKey,
    code,
    title: '',
    kind,
    maxPoints: kind === 'GROUP' ? '20' : '5',
    step: '1',
    target: '',
    perItemPoints: '',
    evidenceRequired: false,
    sourceKind: 'LIVE_GAME',
    sourceId: '',
    metric: 'PARTICIPATION_RATE',
    populationKind: '',
    activityForm: '',
    activityKinds: [],
    includeSubUnits: false,
    sourceTarget: '',
    thresholds: '',
    comparison: 'AT_LEAST',
    method: '',
    evidenceText: '',
  };
  return [...rows, row];
}

/** Removes a row and everything under it. */
export function removeRow(rows: readonly IndicatorRow[], key: string): IndicatorRow[] {
  const gone = new Set([key]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of rows)
      if (r.parentKey && gone.has(r.parentKey) && !gone.has(r.key)) {
        gone.add(r.key);
        grew = true;
      }
  }
  return rows.filter((r) => !gone.has(r.key));
}

/** Moves a row one place among its siblings (positions follow the array order: the two swap). */
export function moveRow(rows: readonly IndicatorRow[], key: string, delta: -1 | 1): IndicatorRow[] {
  const row = rows.find((r) => r.key === key);
  if (!row) return [...rows];
  const siblings = orderIndicatorTree(toDefs(rows))
    .map((n) => n.indicator.id)
    .filter((k) => rows.find((r) => r.key === k)?.parentKey === row.parentKey);
  const other = siblings[siblings.indexOf(key) + delta];
  if (!other) return [...rows];
  const a = rows.findIndex((r) => r.key === key);
  const b = rows.findIndex((r) => r.key === other);
  const next = [...rows];
  [next[a], next[b]] = [next[b], next[a]];
  return next;
}

/** What the indicators directly under each group add up to (bonus and penalty do not count). */
export function groupSums(defs: readonly IndicatorDef[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const d of defs) {
    if (d.parentId && countsTowardMax(d.kind) && Number.isFinite(d.maxPoints))
      sums.set(d.parentId, round2((sums.get(d.parentId) ?? 0) + d.maxPoints));
  }
  return sums;
}

/** What the top-level groups and indicators add up to, against the campaign's total. */
export function topSum(defs: readonly IndicatorDef[]): number {
  return round2(
    defs
      .filter((d) => d.parentId === null && countsTowardMax(d.kind) && Number.isFinite(d.maxPoints))
      .reduce((s, d) => s + d.maxPoints, 0),
  );
}
