import { describeTieRule, type CampaignBoardSnapshot } from '@thidua/shared';
import type { CampaignPeriod } from '../entities/campaign-period.entity.js';
import type { CampaignDefinition } from '../setup/campaign-definition.js';
import type { CampaignRanking } from './models/ranking.model.js';
import { SHEET_STATUS_VI } from './sheet-labels.js';

/**
 * The public board's snapshot of a ranking (or of no period yet): per block the
 * ranked rows, then the units listed but not ranked with their label. Names,
 * totals, titles and status words only — never scores, reasons or evidence.
 */
export function toBoardSnapshot(
  d: CampaignDefinition,
  period: CampaignPeriod | null,
  ranking: CampaignRanking | null,
  at: Date,
): CampaignBoardSnapshot {
  return {
    campaignId: d.campaign.id,
    campaignTitle: d.campaign.title,
    periodId: period?.id ?? null,
    periodName: period?.name ?? null,
    tieRule: d.campaign.tieRule,
    tieRuleText: ranking?.tieRuleText ?? describeTieRule(d.campaign.tieRule),
    countedBeforeRosters:
      d.campaign.participationBasis === 'BEFORE_ROSTERS' && d.indicators.some((i) => i.kind === 'COMPUTED'),
    blocks: (ranking?.blocks ?? []).map((b) => ({
      blockId: b.blockId,
      name: b.name,
      criteriaSetName: b.criteriaSetName,
      rows: b.rows.map((r) => ({
        rank: r.rank,
        unitId: r.unit.id,
        unitCode: r.unit.code,
        unitName: r.unit.name,
        total: r.total,
        titleName: r.title?.name ?? null,
        statusLabel: SHEET_STATUS_VI[r.sheetStatus],
        lateDeduction: r.lateDeduction,
      })),
      unranked: b.unranked.map((u) => ({
        unitId: u.unit.id,
        unitCode: u.unit.code,
        unitName: u.unit.name,
        reason: u.reason,
        label: u.label,
        statusLabel: SHEET_STATUS_VI[u.sheetStatus],
      })),
    })),
    at: at.toISOString(),
  };
}
