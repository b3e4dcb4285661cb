import type { CampaignData, SheetData } from './campaign-model';

/**
 * The indicators a sheet is scored by: those of its block's criteria set (schools,
 * TDPs and departments each have their own); every indicator when the block is unknown.
 */
export function indicatorsOfSheet(
  campaign: Pick<CampaignData, 'blocks' | 'indicators'>,
  sheet: Pick<SheetData, 'blockId'>,
): CampaignData['indicators'] {
  const setId = campaign.blocks.find((b) => b.id === sheet.blockId)?.criteriaSetId;
  return setId ? campaign.indicators.filter((i) => i.criteriaSetId === setId) : campaign.indicators;
}
