import {
  awardTitles,
  computeTotals,
  describeTieRule,
  gapToOvertake,
  rankCampaignUnits,
  round2,
  topLevelGroups,
  type IndicatorDef,
  type LateRule,
  type RankingView,
  type TieRule,
} from '@thidua/shared';
import type { Unit } from '../../units/entities/unit.entity.js';
import type { CampaignPeriod } from '../entities/campaign-period.entity.js';
import type { ScoreEntry } from '../entities/score-entry.entity.js';
import type { ScoreSheet } from '../entities/score-sheet.entity.js';
import { indicatorsOf, toIndicatorDef, type CampaignDefinition } from '../setup/campaign-definition.js';
import type { BlockRanking, CampaignRanking, GroupSubtotal, RankingRow, UnrankedRow } from './models/ranking.model.js';
import { toMissedCondition } from './ranking-messages.js';
import { blockQuotas, quotaOptionsOf } from './ranking-quotas.js';
import { relativeScores, type UnitTargets } from './relative-scores.js';
import { entryScore } from './score-views.js';
import { UNRANKED_VI, type UnrankedReason } from './sheet-labels.js';

/** Points a late sheet loses under the period's rule: min(cap, days × per day), 0 unless POINTS_PER_DAY. */
export function lateDeduction(rule: LateRule | null | undefined, lateDays: number): number {
  if (!rule || rule.kind !== 'POINTS_PER_DAY' || lateDays <= 0) return 0;
  const points = lateDays * (rule.pointsPerDay ?? 0);
  return round2(Math.max(0, Math.min(rule.maxPoints ?? Infinity, points)));
}

/**
 * Why a unit with a sheet is listed but not ranked, or null when it is ranked. A
 * mark comes first, then the organiser (unless the campaign ranks it), then a late
 * sheet under NOT_RANKED.
 */
export function unrankedReason(
  d: Pick<CampaignDefinition, 'campaign'>,
  period: Pick<CampaignPeriod, 'lateRule'>,
  sheet: Pick<ScoreSheet, 'unitId' | 'mark' | 'lateDays'>,
): UnrankedReason | null {
  if (sheet.mark) return sheet.mark;
  if (d.campaign.organizerUnitId === sheet.unitId && !d.campaign.rankOrganizer) return 'ORGANIZER';
  if (period.lateRule?.kind === 'NOT_RANKED' && sheet.lateDays > 0) return 'LATE';
  return null;
}

/**
 * The campaign's tie rule for one block: its tie-break indicators are named by code
 * and a block scored by another criteria set compares its own indicators of those codes.
 */
export function tieRuleForSet(rule: TieRule, all: readonly IndicatorDef[], defs: readonly IndicatorDef[]): TieRule {
  if (rule.kind !== 'TIEBREAK_INDICATORS') return { kind: rule.kind };
  const codes = (rule.indicatorIds ?? []).map((id) => all.find((i) => i.id === id)?.code ?? id);
  const ids = codes.flatMap((code) => defs.filter((i) => i.code === code).map((i) => i.id));
  return { kind: rule.kind, indicatorIds: ids };
}

interface ScoredRow {
  unit: Unit;
  sheet: ScoreSheet;
  scores: Record<string, number>;
  pointsTotal: number;
  lateDeduction: number;
  total: number;
  groupSubtotals: Record<string, number>;
  reason: UnrankedReason | null;
}

const unitRef = (u: Unit) => ({ id: u.id, code: u.code, name: u.name });

/**
 * A period's ranking per block (xếp hạng), one board and one sơ kết across blocks:
 * - each block is scored by its own criteria set; its groups, tie-break and title
 *   floors are that set's (RELATIVE_TO_BEST indicators are scored over the block here);
 * - the period's late rule takes points off (POINTS_PER_DAY) or lists late sheets unranked;
 * - marked sheets, the organiser and late sheets under NOT_RANKED are not ranked and take
 *   no title: they come in the block's `unranked` list, after its ranked `rows`, with why;
 * - titles are earned by thresholds, floors and quotas (bases frozen on the period, or live).
 * Pure: the service loads the definition and the sheets a view shows.
 */
export function rankCampaign(
  d: CampaignDefinition,
  period: CampaignPeriod,
  view: RankingView,
  sheets: readonly ScoreSheet[],
  entries: readonly ScoreEntry[],
  targets: UnitTargets = new Map(),
): CampaignRanking {
  const entriesBySheet = new Map<string, ScoreEntry[]>();
  for (const e of entries) entriesBySheet.set(e.sheetId, [...(entriesBySheet.get(e.sheetId) ?? []), e]);
  const sheetByUnit = new Map(sheets.map((s) => [s.unitId, s]));
  const allDefs = d.indicators.map(toIndicatorDef);
  const codeOf = (id: string) => allDefs.find((i) => i.id === id)?.code ?? id;

  const blocks = d.blocks.map(({ block, units }): BlockRanking => {
    const set = d.criteriaSets.find((s) => s.id === block.criteriaSetId);
    const defs = indicatorsOf(d, block.criteriaSetId).map(toIndicatorDef);
    const groups = topLevelGroups(defs);
    const tieRule = tieRuleForSet(d.campaign.tieRule, allDefs, defs);
    const listed = units
      .filter((u) => sheetByUnit.has(u.id))
      .map((unit) => ({ unit, sheet: sheetByUnit.get(unit.id)! }));
    const reasonOf = new Map(listed.map(({ sheet }) => [sheet.id, unrankedReason(d, period, sheet)]));
    // RELATIVE_TO_BEST: the block's best among the units that compete (not marked, not the organiser).
    const relative = relativeScores(
      defs,
      listed.filter(({ sheet }) => !sheet.mark),
      new Set(listed.filter(({ sheet }) => reasonOf.get(sheet.id) === null).map(({ sheet }) => sheet.id)),
      entriesBySheet,
      view,
      targets,
    );
    const scored: ScoredRow[] = listed.map(({ unit, sheet }) => {
      const scores: Record<string, number> = {};
      for (const e of entriesBySheet.get(sheet.id) ?? []) {
        const computed = relative.get(sheet.id)?.get(e.indicatorId);
        // A published correction still overrides the block's computation.
        scores[e.indicatorId] =
          computed !== undefined && !(view !== 'PROVISIONAL' && e.correctedScore !== null)
            ? computed
            : entryScore(e, view);
      }
      const totals = computeTotals(defs, (id) => scores[id] ?? null);
      const deduction = lateDeduction(period.lateRule, sheet.lateDays);
      return {
        unit,
        sheet,
        scores,
        pointsTotal: totals.total,
        lateDeduction: deduction,
        total: round2(totals.total - deduction),
        groupSubtotals: totals.groupSubtotals,
        reason: reasonOf.get(sheet.id) ?? null,
      };
    });
    const competing = scored.filter((r) => r.reason === null);
    const ranked = rankCampaignUnits(
      competing.map((r) => ({ unitId: r.unit.id, name: r.unit.name, total: r.total, scores: r.scores })),
      tieRule,
    );
    const rowByUnit = new Map(competing.map((r) => [r.unit.id, r]));
    const candidates = ranked.map((r) => ({
      unitId: r.unitId,
      rank: r.rank,
      total: r.total,
      groupSubtotals: rowByUnit.get(r.unitId)!.groupSubtotals,
    }));
    // Quotas are shares of every member unit of the block / the ward, not only the ranked ones.
    const quotaOptions = quotaOptionsOf(d, period, block.id);
    const titles = awardTitles(candidates, d.titles, groups, quotaOptions);
    const groupsOf = (r: ScoredRow | null): GroupSubtotal[] =>
      groups.map((g) => ({
        indicatorId: g.id,
        code: g.code,
        title: g.title,
        subtotal: r ? (r.groupSubtotals[g.id] ?? 0) : 0,
        maxPoints: g.maxPoints,
      }));
    const rows: RankingRow[] = ranked.map((r, index) => {
      const row = rowByUnit.get(r.unitId)!;
      const result = titles.get(r.unitId)!;
      const earned = result.titleId ? d.titles.find((t) => t.id === result.titleId)! : null;
      const above = ranked
        .slice(0, index)
        .reverse()
        .find((o) => o.rank < r.rank);
      const aboveRow = above ? rowByUnit.get(above.unitId)! : null;
      const gap = aboveRow
        ? gapToOvertake(defs, { total: row.total, scores: row.scores }, { total: aboveRow.total })
        : null;
      return {
        rank: r.rank,
        tied: r.tied,
        decidedByIndicatorCode: r.decidedByIndicatorId ? codeOf(r.decidedByIndicatorId) : null,
        unit: unitRef(row.unit),
        sheetId: row.sheet.id,
        sheetStatus: row.sheet.status,
        total: row.total,
        pointsTotal: row.pointsTotal,
        lateDays: row.sheet.lateDays,
        lateDeduction: row.lateDeduction,
        groups: groupsOf(row),
        scores: row.scores,
        title: earned ? { id: earned.id, name: earned.name } : null,
        missedTitles: result.missed.map((missed) => ({
          titleId: missed.titleId,
          titleName: d.titles.find((t) => t.id === missed.titleId)?.name ?? '',
          conditions: missed.conditions.map((c) =>
            toMissedCondition(
              c,
              d.titles.find((t) => t.id === missed.titleId),
              d.titles,
            ),
          ),
        })),
        gapToAbove:
          gap && aboveRow
            ? {
                aboveUnit: unitRef(aboveRow.unit),
                points: gap.points,
                reachable: gap.reachable,
                headroom: gap.headroom,
              }
            : null,
      };
    });
    const unranked: UnrankedRow[] = scored
      .filter((r) => r.reason !== null)
      .map((r) => {
        const marked = r.sheet.mark !== null;
        return {
          unit: unitRef(r.unit),
          sheetId: r.sheet.id,
          sheetStatus: r.sheet.status,
          reason: r.reason!,
          label: UNRANKED_VI[r.reason!],
          mark: r.sheet.mark,
          markReason: r.sheet.markReason,
          total: marked ? null : r.total,
          pointsTotal: marked ? null : r.pointsTotal,
          lateDays: r.sheet.lateDays,
          lateDeduction: marked ? 0 : r.lateDeduction,
          groups: groupsOf(marked ? null : r),
          scores: marked ? {} : r.scores,
        };
      });
    return {
      blockId: block.id,
      name: block.name,
      criteriaSetId: block.criteriaSetId,
      criteriaSetName: set?.name ?? '',
      groups: groupsOf(null),
      tieRuleText: describeTieRule(tieRule, codeOf),
      rows,
      unranked,
      quotas: blockQuotas(d, candidates, groups, quotaOptions),
    };
  });
  return {
    campaignId: d.campaign.id,
    periodId: period.id,
    view,
    tieRule: { kind: d.campaign.tieRule.kind, indicatorIds: d.campaign.tieRule.indicatorIds ?? [] },
    tieRuleText: describeTieRule(d.campaign.tieRule, codeOf),
    lateRule: {
      kind: period.lateRule?.kind ?? 'NONE',
      pointsPerDay: period.lateRule?.pointsPerDay ?? null,
      maxPoints: period.lateRule?.maxPoints ?? null,
    },
    quotaFrozenAt: period.quotaFrozenAt,
    blocks,
  };
}
