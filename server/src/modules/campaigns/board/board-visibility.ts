import type { Campaign } from '../entities/campaign.entity.js';

/**
 * Whether a campaign's public board (the board socket, its share tags) exists for anyone:
 * its board is switched on and the campaign is launched. Otherwise callers answer exactly
 * as for an unknown id (BOARD_NOT_FOUND, the app's own share tags), so a draft's title and
 * existence do not leak.
 */
export function campaignBoardPublic(campaign: Pick<Campaign, 'boardEnabled' | 'status'>): boolean {
  return campaign.boardEnabled && campaign.status !== 'DRAFT';
}
