import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayInit,
} from '@nestjs/websockets';
import {
  CAMPAIGN_BOARD_NAMESPACE,
  campaignBoardSubscribeSchema,
  type CampaignBoardAck,
  type CampaignBoardClientEvents,
  type CampaignBoardServerEvents,
} from '@thidua/shared';
import type { Socket } from 'socket.io';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.js';
import { boardRoom, CampaignBoardBroadcaster, type CampaignBoardNamespace } from './campaign-board.broadcaster.js';
import { RankingService } from './ranking.service.js';

/**
 * The campaign board feed for big screens (namespace /campaign-board).
 *
 * Access: PUBLIC and READ-ONLY on purpose. A screen at an event runs unattended
 * without a signed-in user, so there is no authentication on connect. What it can
 * receive is limited to what the admin chose to show: only campaigns whose board
 * is enabled (`boardEnabled`), and only their reviewed (approved + published) or
 * published sheets (`boardSource`) — never drafts, self-scores, notes or evidence.
 * Clients can only `subscribe`; a malformed payload is answered with an error in
 * the ack, never a crash.
 */
@WebSocketGateway({ namespace: CAMPAIGN_BOARD_NAMESPACE })
export class CampaignBoardGateway implements OnGatewayInit {
  private readonly logger = new Logger(CampaignBoardGateway.name);
  /** Subscriptions per connection: each reads the board from PostgreSQL, so a flood is refused. */
  private readonly subscribeLimiter = new RateLimiter(5, 1000);

  @WebSocketServer()
  namespace: CampaignBoardNamespace;

  constructor(
    private readonly broadcaster: CampaignBoardBroadcaster,
    private readonly ranking: RankingService,
  ) {}

  afterInit(namespace: CampaignBoardNamespace): void {
    this.broadcaster.attach(namespace);
  }

  /** `subscribe({ campaignId })` → ack with the current board, then `board` events after every change. */
  @SubscribeMessage('subscribe')
  async subscribe(
    @ConnectedSocket() socket: Socket<CampaignBoardClientEvents, CampaignBoardServerEvents>,
    @MessageBody() payload: unknown,
  ): Promise<CampaignBoardAck> {
    if (!this.subscribeLimiter.take(socket.id))
      return { ok: false, reason: 'RATE_LIMITED', message: 'Too many messages; slow down' };
    const parsed = campaignBoardSubscribeSchema.safeParse(payload);
    if (!parsed.success) {
      return { ok: false, reason: 'INVALID_PAYLOAD', message: 'Send { campaignId } with the id of a campaign' };
    }
    try {
      const board = await this.ranking.boardSnapshot(parsed.data.campaignId);
      if (!board) return { ok: false, reason: 'BOARD_NOT_FOUND', message: 'This campaign has no public board' };
      await socket.join(boardRoom(parsed.data.campaignId));
      return { ok: true, board };
    } catch (error) {
      this.logger.error(`Board subscribe failed: ${String(error)}`);
      return { ok: false, reason: 'BOARD_NOT_FOUND', message: 'The board is not available right now' };
    }
  }
}
