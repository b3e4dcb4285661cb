import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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
import { DataSource, In, type EntityManager } from 'typeorm';
import { loadDefinition, toIndicatorDef, type CampaignDefinition } from '../setup/campaign-definition.js';
import { CampaignsError } from '../campaigns.errors.js';
import { ScoreEntry } from '../entities/score-entry.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import { entryScore, VIEW_STATUSES } from './score-views.js';
import type { CampaignRanking, MissedCondition, RankingRow } from './models/ranking.model.js';

/** Rankings per block with totals, titles and gaps, computed from the stored scores. */
@Injectable()
export class RankingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ranking(
    campaignId: string,
    periodId: string,
    view: RankingView,
    manager?: EntityManager,
  ): Promise<CampaignRanking> {
    const m = manager ?? this.dataSource.manager;
    const d = await loadDefinition(m, campaignId);
    if (!d.periods.some((p) => p.id === periodId))
      throw new CampaignsError('PERIOD_NOT_FOUND', 'No such period in this campaign');
    return this.rankingOf(m, d, periodId, view);
  }

  private async rankingOf(
    m: EntityManager,
    d: CampaignDefinition,
    periodId: string,
    view: RankingView,
  ): Promise<CampaignRanking> {
    const sheets = await m.find(ScoreSheet, { where: { periodId, status: In([...VIEW_STATUSES[view]]) } });
    const entries = sheets.length ? await m.find(ScoreEntry, { where: { sheetId: In(sheets.map((s) => s.id)) } }) : [];
    const entriesBySheet = new Map<string, ScoreEntry[]>();
    for (const e of entries) entriesBySheet.set(e.sheetId, [...(entriesBySheet.get(e.sheetId) ?? []), e]);
    const sheetByUnit = new Map(sheets.map((s) => [s.unitId, s]));
    const defs = d.indicators.map(toIndicatorDef);
    const indicatorById = new Map(d.indicators.map((i) => [i.id, i]));
    const groups = topLevelGroups(defs);
    const titleById = new Map(d.titles.map((t) => [t.id, t]));
    const codeOf = (id: string) => indicatorById.get(id)?.code ?? id;

    const blocks = d.blocks.map(({ block, units }) => {
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

  /**
   * The public board of a campaign, or null when its board is not enabled. It
   * shows the admin-chosen source (reviewed or published) of the latest period
   * that has visible sheets (the first period when none has).
   */
  async boardSnapshot(campaignId: string): Promise<CampaignBoardSnapshot | null> {
    const m = this.dataSource.manager;
    let d: CampaignDefinition;
    try {
      d = await loadDefinition(m, campaignId);
    } catch (error) {
      if (error instanceof CampaignsError) return null;
      throw error;
    }
    if (!d.campaign.boardEnabled || d.campaign.status === 'DRAFT') return null;
    const view: RankingView = d.campaign.boardSource;
    const visible: { period_id: string }[] = await m.query(
      'SELECT DISTINCT period_id FROM score_sheet WHERE campaign_id = $1 AND status = ANY($2::varchar[])',
      [campaignId, VIEW_STATUSES[view]],
    );
    const withData = new Set(visible.map((v) => v.period_id));
    const period = [...d.periods].reverse().find((p) => withData.has(p.id)) ?? d.periods[0] ?? null;
    const ranking = period ? await this.rankingOf(m, d, period.id, view) : null;
    return {
      campaignId,
      campaignTitle: d.campaign.title,
      periodId: period?.id ?? null,
      periodName: period?.name ?? null,
      source: d.campaign.boardSource,
      tieRule: d.campaign.tieRule,
      tieRuleText: ranking?.tieRuleText ?? describeTieRule(d.campaign.tieRule),
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
      at: new Date().toISOString(),
    };
  }
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
