import {
  awardTitles,
  computeTotals,
  describeTieRule,
  gapToOvertake,
  rankCampaignUnits,
  topLevelGroups,
  type CampaignBoardSnapshot,
  type MissedCondition as MissedConditionData,
  type RankingView,
} from '@thidua/shared';
import type { CampaignPeriod } from '../entities/campaign-period.entity.js';
import type { ScoreEntry } from '../entities/score-entry.entity.js';
import type { ScoreSheet } from '../entities/score-sheet.entity.js';
import { indicatorsOf, toIndicatorDef, type CampaignDefinition } from '../setup/campaign-definition.js';
import type { CampaignRanking, MissedCondition, RankingRow } from './models/ranking.model.js';
import { entryScore } from './score-views.js';

/**
 * A period's ranking per block (xếp hạng): totals, rank with the tie rule, titles
 * earned or the conditions missed, and the gap to the unit above. Pure: the
 * service loads the definition and the sheets a view shows.
 */
export function rankCampaign(
  d: CampaignDefinition,
  periodId: string,
  view: RankingView,
  sheets: readonly ScoreSheet[],
  entries: readonly ScoreEntry[],
): CampaignRanking {
  const entriesBySheet = new Map<string, ScoreEntry[]>();
  for (const e of entries) entriesBySheet.set(e.sheetId, [...(entriesBySheet.get(e.sheetId) ?? []), e]);
  const sheetByUnit = new Map(sheets.map((s) => [s.unitId, s]));
  const indicatorById = new Map(d.indicators.map((i) => [i.id, i]));
  const titleById = new Map(d.titles.map((t) => [t.id, t]));
  const codeOf = (id: string) => indicatorById.get(id)?.code ?? id;

  const blocks = d.blocks.map(({ block, units }) => {
    // Each block scores by its own criteria set.
    const defs = indicatorsOf(d, block.criteriaSetId).map(toIndicatorDef);
    const groups = topLevelGroups(defs);
    const rows = units
      .filter((u) => sheetByUnit.has(u.id))
      .map((unit) => {
        const sheet = sheetByUnit.get(unit.id)!;
        const scores: Record<string, number> = {};
        for (const e of entriesBySheet.get(sheet.id) ?? []) scores[e.indicatorId] = entryScore(e, view);
        const totals = computeTotals(defs, (id) => scores[id] ?? null);
        return { unit, sheet, scores, totals };
      });
    const ranked = rankCampaignUnits(
      rows.map((r) => ({ unitId: r.unit.id, name: r.unit.name, total: r.totals.total, scores: r.scores })),
      d.campaign.tieRule,
    );
    const rowByUnit = new Map(rows.map((r) => [r.unit.id, r]));
    const titles = awardTitles(
      ranked.map((r) => ({
        unitId: r.unitId,
        rank: r.rank,
        total: r.total,
        groupSubtotals: rowByUnit.get(r.unitId)!.totals.groupSubtotals,
      })),
      d.titles.map((t) => ({ ...t })),
      groups,
    );
    const out: RankingRow[] = ranked.map((r, index) => {
      const row = rowByUnit.get(r.unitId)!;
      const result = titles.get(r.unitId)!;
      const earned = result.titleId ? titleById.get(result.titleId)! : null;
      const above = ranked
        .slice(0, index)
        .reverse()
        .find((o) => o.rank < r.rank);
      const aboveRow = above ? rowByUnit.get(above.unitId)! : null;
      const gap = aboveRow
        ? gapToOvertake(defs, { total: row.totals.total, scores: row.scores }, { total: aboveRow.totals.total })
        : null;
      return {
        rank: r.rank,
        tied: r.tied,
        decidedByIndicatorCode: r.decidedByIndicatorId ? codeOf(r.decidedByIndicatorId) : null,
        unit: { id: row.unit.id, code: row.unit.code, name: row.unit.name },
        sheetId: row.sheet.id,
        sheetStatus: row.sheet.status,
        total: row.totals.total,
        groups: groups.map((g) => ({
          indicatorId: g.id,
          code: g.code,
          title: g.title,
          subtotal: row.totals.groupSubtotals[g.id] ?? 0,
          maxPoints: g.maxPoints,
        })),
        title: earned ? { id: earned.id, name: earned.name } : null,
        missedTitles: result.missed.map((missed) => ({
          titleId: missed.titleId,
          titleName: titleById.get(missed.titleId)?.name ?? '',
          conditions: missed.conditions.map(toMissedCondition),
        })),
        gapToAbove:
          gap && aboveRow
            ? {
                aboveUnit: { id: aboveRow.unit.id, code: aboveRow.unit.code, name: aboveRow.unit.name },
                points: gap.points,
                reachable: gap.reachable,
                headroom: gap.headroom,
              }
            : null,
      };
    });
    return { blockId: block.id, name: block.name, rows: out };
  });
  return {
    campaignId: d.campaign.id,
    periodId,
    view,
    tieRule: { kind: d.campaign.tieRule.kind, indicatorIds: d.campaign.tieRule.indicatorIds ?? [] },
    tieRuleText: describeTieRule(d.campaign.tieRule, codeOf),
    blocks,
  };
}

/** The public board's snapshot of a ranking (or of no period yet). */
export function toBoardSnapshot(
  d: CampaignDefinition,
  period: CampaignPeriod | null,
  ranking: CampaignRanking | null,
  at: Date,
): CampaignBoardSnapshot {
  const campaignId = d.campaign.id;
  return {
    campaignId,
    campaignTitle: d.campaign.title,
    periodId: period?.id ?? null,
    periodName: period?.name ?? null,
    source: d.campaign.boardSource,
    tieRule: d.campaign.tieRule,
    tieRuleText: ranking?.tieRuleText ?? describeTieRule(d.campaign.tieRule),
    countedBeforeRosters:
      d.campaign.participationBasis === 'BEFORE_ROSTERS' && d.indicators.some((i) => i.kind === 'COMPUTED'),
    blocks: (ranking?.blocks ?? []).map((b) => ({
      blockId: b.blockId,
      name: b.name,
      rows: b.rows.map((r) => ({
        rank: r.rank,
        unitId: r.unit.id,
        unitCode: r.unit.code,
        unitName: r.unit.name,
        total: r.total,
        titleName: r.title?.name ?? null,
      })),
    })),
    at: at.toISOString(),
  };
}

function toMissedCondition(c: MissedConditionData): MissedCondition {
  switch (c.kind) {
    case 'MIN_TOTAL':
      return {
        kind: c.kind,
        required: c.required,
        actual: c.actual,
        groupCode: null,
        quota: null,
        message: `Tổng điểm ${c.actual}, cần tối thiểu ${c.required}`,
      };
    case 'GROUP_FLOOR':
      return {
        kind: c.kind,
        required: c.required,
        actual: c.actual,
        groupCode: c.groupCode,
        quota: null,
        message: `Nhóm tiêu chí ${c.groupCode} đạt ${c.actual} điểm, cần tối thiểu ${c.required}`,
      };
    case 'QUOTA':
      return {
        kind: c.kind,
        required: null,
        actual: null,
        groupCode: null,
        quota: c.quota,
        message: `Vượt hạn mức: chỉ ${c.quota} đơn vị của khối được xét (${c.eligible} đơn vị đủ điều kiện)`,
      };
  }
}
