import type { EntityManager } from 'typeorm';
import { Indicator } from '../entities/indicator.entity.js';
import type { CampaignDefinition } from './campaign-definition.js';
import type { IndicatorRow } from './campaign-setup-rules.js';

/**
 * Setup SQL that the service would otherwise spell inline. Functions take the
 * caller's transaction manager; they write and return, the caller decides.
 */

/** One INSERT … SELECT for the sheets and one for the entries (the indicators of each unit's block's set). */
export async function createSheets(manager: EntityManager, d: CampaignDefinition): Promise<void> {
  const unitIds = d.blocks.flatMap((b) => b.units.map((u) => u.id));
  await manager.query(
    `INSERT INTO score_sheet (campaign_id, period_id, unit_id, status)
     SELECT $1, p.id, u.id, 'DRAFT' FROM campaign_period p CROSS JOIN unnest($2::uuid[]) AS u(id)
     WHERE p.campaign_id = $1
     ON CONFLICT (period_id, unit_id) DO NOTHING`,
    [d.campaign.id, unitIds],
  );
  await manager.query(
    `INSERT INTO score_entry (sheet_id, indicator_id)
     SELECT s.id, i.id FROM score_sheet s
     JOIN campaign_block_unit bu ON bu.campaign_id = s.campaign_id AND bu.unit_id = s.unit_id
     JOIN campaign_block b ON b.id = bu.block_id
     JOIN indicator i ON i.criteria_set_id = b.criteria_set_id
     WHERE s.campaign_id = $1 AND i.kind <> 'GROUP'
     ON CONFLICT (sheet_id, indicator_id) DO NOTHING`,
    [d.campaign.id],
  );
}

/** Holds the campaign row for the rest of the transaction (launch and binding race otherwise). */
export async function lockCampaign(manager: EntityManager, id: string): Promise<void> {
  await manager.query('SELECT id FROM campaign WHERE id = $1 FOR UPDATE', [id]);
}

/** Replaces a criteria set's indicators: parents before children, one insert per depth keeps the self-reference valid. */
export async function replaceIndicatorTree(
  manager: EntityManager,
  criteriaSetId: string,
  rows: readonly IndicatorRow[],
): Promise<void> {
  await manager.delete(Indicator, { criteriaSetId });
  const remaining = [...rows];
  const inserted = new Set<string>();
  while (remaining.length > 0) {
    const ready = remaining.filter((r) => r.parentId === null || inserted.has(r.parentId));
    await manager.insert(Indicator, ready);
    for (const r of ready) {
      inserted.add(r.id);
      remaining.splice(remaining.indexOf(r), 1);
    }
  }
}
