import { quotaBases, quotaLimit, type GroupMax, type QuotaOptions, type TitleCandidate } from '@thidua/shared';
import type { CampaignPeriod } from '../entities/campaign-period.entity.js';
import type { CampaignDefinition } from '../setup/campaign-definition.js';
import type { QuotaModel } from './models/ranking.model.js';

/**
 * What a block's quotas are shares of: every member unit of the block (ranked or
 * not), every member unit of the campaign, and the bases frozen on the period (chốt
 * cơ sở tính hạn mức) once they are — counted live from the ranking until then.
 */
export function quotaOptionsOf(
  d: Pick<CampaignDefinition, 'blocks'>,
  period: Pick<CampaignPeriod, 'quotaBases' | 'quotaFrozenAt'>,
  blockId: string,
): QuotaOptions {
  const block = d.blocks.find((b) => b.block.id === blockId);
  return {
    blockUnits: block?.units.length ?? 0,
    wardUnits: new Set(d.blocks.flatMap((b) => b.units.map((u) => u.id))).size,
    frozenBases: period.quotaFrozenAt ? (period.quotaBases?.[blockId] ?? null) : null,
  };
}

/** Each quota title of a block: its base (frozen or live), rounding, minimum and how many it admits. */
export function blockQuotas(
  d: Pick<CampaignDefinition, 'titles'>,
  candidates: readonly TitleCandidate[],
  groups: readonly GroupMax[],
  options: QuotaOptions,
): QuotaModel[] {
  const bases = quotaBases(candidates, d.titles, groups, options);
  return d.titles
    .filter((t) => t.quotaPercent !== null)
    .map((t) => {
      const base = bases[t.id] ?? 0;
      return {
        titleId: t.id,
        titleName: t.name,
        percent: t.quotaPercent!,
        baseKind: t.quotaBase,
        base,
        rounding: t.quotaRounding,
        minimum: t.quotaMinimum,
        limit: quotaLimit(t.quotaPercent!, base, t.quotaRounding, t.quotaMinimum),
        frozen: options.frozenBases?.[t.id] !== undefined,
      };
    });
}

/** The live bases of every block of a ranking, as the period stores them when they are frozen. */
export function basesToFreeze(blocks: readonly { blockId: string; quotas: readonly QuotaModel[] }[]) {
  return Object.fromEntries(
    blocks.map((b) => [b.blockId, Object.fromEntries(b.quotas.map((q) => [q.titleId, q.base]))]),
  ) as Record<string, Record<string, number>>;
}
