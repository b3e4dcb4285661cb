import type { RankingView } from '@thidua/shared';
import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { CampaignPeriod } from '../entities/campaign-period.entity.js';
import { IndicatorTarget } from '../entities/indicator.entity.js';
import { ScoreEntry } from '../entities/score-entry.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import { VIEW_STATUSES } from './score-views.js';

/** The SQL of rankings: what a view shows. Functions take the caller's manager and return. */

/**
 * A period's sheets that `view` shows, with their entries: the sheets of the view's
 * statuses, and the marked ones (listed unranked with their mark) — in the published
 * view only once the period is published.
 */
export async function sheetsInView(
  manager: EntityManager,
  period: Pick<CampaignPeriod, 'id' | 'publishedAt'>,
  view: RankingView,
): Promise<{ sheets: ScoreSheet[]; entries: ScoreEntry[] }> {
  const where = [{ periodId: period.id, status: In([...VIEW_STATUSES[view]]) }];
  const withMarks = view !== 'PUBLISHED' || period.publishedAt !== null;
  const sheets = await manager.find(ScoreSheet, {
    where: withMarks ? [...where, { periodId: period.id, mark: Not(IsNull()) }] : where,
  });
  const entries = sheets.length
    ? await manager.find(ScoreEntry, { where: { sheetId: In(sheets.map((s) => s.id)) } })
    : [];
  return { sheets, entries };
}

/** The campaign's periods that have a sheet `view` shows. */
export async function periodsWithSheetsInView(
  manager: EntityManager,
  campaignId: string,
  view: RankingView,
): Promise<Set<string>> {
  const visible: { period_id: string }[] = await manager.query(
    'SELECT DISTINCT period_id FROM score_sheet WHERE campaign_id = $1 AND status = ANY($2::varchar[])',
    [campaignId, VIEW_STATUSES[view]],
  );
  return new Set(visible.map((v) => v.period_id));
}

/** Stores the frozen quota bases on the period (the caller holds the lock and audits). */
export async function storeQuotaBases(
  manager: EntityManager,
  periodId: string,
  bases: Record<string, Record<string, number>>,
  at: Date,
): Promise<void> {
  await manager.update(CampaignPeriod, periodId, { quotaBases: bases, quotaFrozenAt: at });
}

/** The units' own targets of the given indicators, by indicator id then unit id. */
export async function unitTargetsOf(
  manager: EntityManager,
  indicatorIds: readonly string[],
): Promise<Map<string, Map<string, number>>> {
  const rows = indicatorIds.length
    ? await manager.find(IndicatorTarget, { where: { indicatorId: In([...indicatorIds]) } })
    : [];
  const out = new Map<string, Map<string, number>>();
  for (const r of rows)
    out.set(r.indicatorId, (out.get(r.indicatorId) ?? new Map<string, number>()).set(r.unitId, r.target));
  return out;
}
