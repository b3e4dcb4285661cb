import { Injectable, Logger } from '@nestjs/common';
import type { CampaignBoardClientEvents, CampaignBoardServerEvents, CampaignBoardSnapshot } from '@thidua/shared';
import type { Namespace } from 'socket.io';
import { RankingService } from './ranking.service.js';

export type CampaignBoardNamespace = Namespace<CampaignBoardClientEvents, CampaignBoardServerEvents>;

export const boardRoom = (campaignId: string) => `campaign:${campaignId}`;

/**
 * The one place that talks to the board's socket.io namespace. Services call
 * `changed(campaignId)` after a committed change; the feed recomputes the board
 * and sends it to the campaign's room. Failures are logged, never thrown back
 * into the mutation that triggered them.
 */
@Injectable()
export class CampaignBoardBroadcaster {
  private readonly logger = new Logger(CampaignBoardBroadcaster.name);
  private namespace: CampaignBoardNamespace | null = null;

  constructor(private readonly ranking: RankingService) {}

  /** Called by the gateway once socket.io is up. */
  attach(namespace: CampaignBoardNamespace): void {
    this.namespace = namespace;
  }

  changed(campaignId: string): void {
    if (!this.namespace) return;
    const namespace = this.namespace;
    this.ranking
      .boardSnapshot(campaignId)
      .then((snapshot: CampaignBoardSnapshot | null) => {
        if (snapshot) namespace.to(boardRoom(campaignId)).emit('board', snapshot);
      })
      .catch((error: unknown) => this.logger.error(`Board update of ${campaignId} failed: ${String(error)}`));
  }
}
