import { countsTowardMax, type IndicatorDef, type IndicatorKind, orderIndicatorTree, round2 } from '@thidua/shared';
import type { ComputedMetric, ComputedSourceKind, IndicatorInput } from '../../../generated/graphql';
import { type CampaignData, parseNumber } from './campaign-model';

/** One indicator as the tree editor holds it: numbers as typed, so a half-typed "7," survives. */
export interface IndicatorRow {
  key: string;
  parentKey: string | null;
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
  /** PARTICIPATION_RATE: the population kind it divides by; '' = each unit's main kind. */
  populationKind: string;
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
const num = (s: string) => parseNumber(s) ?? Number.NaN;
let keySeq = 0;
const newKey = () => `new-${Date.now().toString(36)}-${(keySeq += 1)}`;

export function rowsOf(campaign: CampaignData): IndicatorRow[] {
  return campaign.indicators.map((i) => ({
    key: i.id,
    parentKey: i.parentId,
    code: i.code,
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
    populationKind: i.computedSource?.populationKind ?? '',
  }));
}

/** The numbers and kind-specific fields of a row, as the server takes them. */
function scoring(r: IndicatorRow) {
  return {
    maxPoints: num(r.maxPoints),
    step: r.kind === 'MANUAL' ? (parseNumber(r.step) ?? 1) : null,
    target: r.kind === 'TARGET' ? parseNumber(r.target) : null,
    perItemPoints: r.kind === 'COUNT' ? parseNumber(r.perItemPoints) : null,
    computedSource:
      r.kind === 'COMPUTED'
        ? {
            kind: r.sourceKind,
            id: r.sourceId.trim() || null,
            metric: r.metric,
            populationKind: r.metric === 'PARTICIPATION_RATE' && r.populationKind ? r.populationKind : null,
          }
        : null,
  };
}

/** The rows as the shared validation and ordering see them (position: the array order). */
export function toDefs(rows: readonly IndicatorRow[]): IndicatorDef[] {
  return rows.map((r, position) => ({
    id: r.key,
    parentId: r.parentKey,
    code: r.code.trim(),
    title: r.title,
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
      ...scoring(r),
    };
  });
}

/** A new row under `parentKey`, numbered after its siblings ("2.3"). */
export function addRow(rows: readonly IndicatorRow[], parentKey: string | null, kind: IndicatorKind): IndicatorRow[] {
  const siblings = rows.filter((r) => r.parentKey === parentKey);
  const parent = parentKey ? rows.find((r) => r.key === parentKey) : null;
  const code = parent ? `${parent.code}.${siblings.length + 1}` : String(siblings.length + 1);
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
