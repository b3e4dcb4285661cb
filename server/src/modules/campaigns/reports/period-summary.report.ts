import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { computeTotals, type RankingView } from '@thidua/shared';
import { DataSource, In } from 'typeorm';
import { RankingService } from '../board/ranking.service.js';
import { CampaignsError } from '../campaigns.errors.js';
import { ScoreEntry } from '../entities/score-entry.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import { loadDefinition, toIndicatorDef } from '../setup/campaign-definition.js';
import { renderPeriodSummary, type CorrectionRow } from './period-summary.html.js';

/**
 * The printable summary of a period for the sơ kết / tổng kết meeting (rendered by
 * period-summary.html.ts): the rules (tie rule, titles), the sheet statuses, per
 * block the ranking (self total vs reviewed total, title earned or the condition
 * missed) and the corrections made after publication with their reasons. The
 * ranking is the published view once the period is published, the reviewed view
 * (approved sheets) before.
 */
@Injectable()
export class PeriodSummaryReport {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rankings: RankingService,
  ) {}

  async build(campaignId: string, periodId: string): Promise<{ fileName: string; html: string }> {
    const manager = this.dataSource.manager;
    const d = await loadDefinition(manager, campaignId);
    const period = d.periods.find((p) => p.id === periodId);
    if (!period) throw new CampaignsError('PERIOD_NOT_FOUND', 'No such period in this campaign');
    const view: RankingView = period.publishedAt ? 'PUBLISHED' : 'REVIEWED';
    const ranking = await this.rankings.ranking(campaignId, periodId, view, manager);
    const sheets = await manager.find(ScoreSheet, { where: { periodId } });
    const entries = sheets.length
      ? await manager.find(ScoreEntry, { where: { sheetId: In(sheets.map((s) => s.id)) } })
      : [];
    const defs = d.indicators.map(toIndicatorDef);
    const selfTotal = new Map(
      sheets.map((s) => {
        const own = new Map(entries.filter((e) => e.sheetId === s.id).map((e) => [e.indicatorId, e.selfScore]));
        return [s.unitId, computeTotals(defs, (id) => own.get(id) ?? null).total];
      }),
    );
    const corrections: CorrectionRow[] = await manager.query(
      `SELECT u.name AS unit_name, i.code AS indicator_code, i.title AS indicator_title, c.old_score, c.new_score,
              c.reason, us.display_name AS corrected_by, c.corrected_at
         FROM score_correction c JOIN score_sheet s ON s.id = c.sheet_id JOIN unit u ON u.id = s.unit_id
         JOIN score_entry e ON e.id = c.entry_id JOIN indicator i ON i.id = e.indicator_id
         LEFT JOIN app_user us ON us.id = c.corrected_by
        WHERE s.period_id = $1 ORDER BY c.corrected_at, u.name, i.code`,
      [periodId],
    );
    const html = renderPeriodSummary({ d, period, view, ranking, sheets, selfTotal, corrections, now: new Date() });
    return { fileName: `tong-hop-${period.name}.html`, html };
  }
}
