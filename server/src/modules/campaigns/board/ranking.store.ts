import type { RankingView } from '@thidua/shared';
import { In, type EntityManager } from 'typeorm';
import { ScoreEntry } from '../entities/score-entry.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import { VIEW_STATUSES } from './score-views.js';

/** The SQL of rankings: what a view shows. Functions take the caller's manager and return. */

/** A period's sheets that `view` shows, with their entries. */
export async function sheetsInView(
  manager: EntityManager,
  periodId: string,
  view: RankingView,
): Promise<{ sheets: ScoreSheet[]; entries: ScoreEntry[] }> {
  const sheets = await manager.find(ScoreSheet, { where: { periodId, status: In([...VIEW_STATUSES[view]]) } });
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
