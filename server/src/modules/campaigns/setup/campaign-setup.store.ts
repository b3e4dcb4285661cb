import type { EntityManager } from 'typeorm';
import type { CampaignDefinition } from './campaign-definition.js';

/**
 * Setup SQL that the service would otherwise spell inline. Functions take the
 * caller's transaction manager; they write and return, the caller decides.
 */

/** One INSERT … SELECT for the sheets and one for the entries. */
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
     SELECT s.id, i.id FROM score_sheet s JOIN indicator i ON i.campaign_id = s.campaign_id
     WHERE s.campaign_id = $1 AND i.kind <> 'GROUP'
     ON CONFLICT (sheet_id, indicator_id) DO NOTHING`,
    [d.campaign.id],
  );
}
