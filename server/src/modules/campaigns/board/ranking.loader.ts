import type { RankingView } from '@thidua/shared';
import type { EntityManager } from 'typeorm';
import type { CampaignPeriod } from '../entities/campaign-period.entity.js';
import type { CampaignDefinition } from '../setup/campaign-definition.js';
import { rankCampaign } from './campaign-ranking.js';
import type { CampaignRanking } from './models/ranking.model.js';
import { sheetsInView, unitTargetsOf } from './ranking.store.js';

/** The ranking of one period of a loaded campaign: its sheets in the view, read in the caller's manager, then ranked. */
export async function rankingOf(
  m: EntityManager,
  d: CampaignDefinition,
  period: CampaignPeriod,
  view: RankingView,
): Promise<CampaignRanking> {
  const { sheets, entries } = await sheetsInView(m, period, view);
  const relative = d.indicators.filter((i) => i.kind === 'RELATIVE_TO_BEST').map((i) => i.id);
  return rankCampaign(d, period, view, sheets, entries, await unitTargetsOf(m, relative));
}
