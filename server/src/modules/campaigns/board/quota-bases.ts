import type { EntityManager } from 'typeorm';
import { CampaignsError } from '../campaigns.errors.js';
import { CampaignPeriod } from '../entities/campaign-period.entity.js';
import { loadDefinition } from '../setup/campaign-definition.js';
import { recordAudit } from '../sheets/audit-trail.js';
import { basesToFreeze } from './ranking-quotas.js';
import { rankingOf } from './ranking.loader.js';
import { storeQuotaBases } from './ranking.store.js';

export interface FreezeOptions {
  /**
   * Publishing freezes the bases when nobody did before: then an already frozen (or
   * published) period is left as it is instead of refused.
   */
  ifOpen?: boolean;
}

/**
 * Freezes a period's quota bases (chốt cơ sở tính hạn mức): per block and title, the
 * number of units the quota is a share of, counted from the REVIEWED ranking, stored
 * on the period and audited, in the caller's transaction. From then on the ranking
 * uses these bases, not a live count, so approving one more sheet cannot move them.
 * The council step (issue 13) and publishing call this same function.
 * Returns the frozen bases, or null when `ifOpen` found them frozen already.
 */
export async function freezeQuotaBases(
  manager: EntityManager,
  periodId: string,
  actorId: string | null,
  options: FreezeOptions = {},
): Promise<Record<string, Record<string, number>> | null> {
  const period = await manager.findOne(CampaignPeriod, {
    where: { id: periodId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!period) throw new CampaignsError('PERIOD_NOT_FOUND', 'No such period');
  if (period.quotaFrozenAt) {
    if (options.ifOpen) return null;
    throw new CampaignsError('QUOTA_FROZEN', 'The quota bases of this period are frozen already');
  }
  if (period.publishedAt && !options.ifOpen)
    throw new CampaignsError('PERIOD_PUBLISHED', 'This period is already published');
  const d = await loadDefinition(manager, period.campaignId);
  const ranking = await rankingOf(manager, d, period, 'REVIEWED');
  const bases = basesToFreeze(ranking.blocks);
  await storeQuotaBases(manager, period.id, bases, new Date());
  await recordAudit(manager, [
    {
      campaignId: period.campaignId,
      actorId,
      action: 'QUOTA_BASES_FROZEN',
      field: 'quotaBases',
      oldValue: null,
      newValue: bases,
    },
  ]);
  return bases;
}
