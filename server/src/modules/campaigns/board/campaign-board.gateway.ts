import { Logger } from '@nestjs/common';
import { type OnGatewayConnection, type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import {
  CAMPAIGN_BOARD_NAMESPACE,
  campaignBoardSubscribeSchema,
  type CampaignBoardAck,
  type CampaignBoardClientEvents,
  type CampaignBoardServerEvents,
} from '@thidua/shared';
import type { Socket } from 'socket.io';
import { refuse, refusals } from '../../../realtime/socket-ack.js';
import { SocketEvents } from '../../../realtime/socket-events.js';
import { SocketRateLimit } from '../../../realtime/socket-rate-limit.js';
import { boardRoom, CampaignBoardBroadcaster, type CampaignBoardNamespace } from './campaign-board.broadcaster.js';
import { RankingService } from './ranking.service.js';

type CampaignBoardSocket = Socket<CampaignBoardClientEvents, CampaignBoardServerEvents>;

/**
 * The campaign board feed for big screens (namespace /campaign-board), thin on the
 * realtime kit.
 *
 * Access: PUBLIC and READ-ONLY on purpose. A screen at an event runs unattended
 * without a signed-in user, so there is no authentication on connect. What it can
 * receive is limited to what the admin chose to show: only campaigns whose board
 * is enabled (`boardEnabled`), and only their published sheets, the view unit
 * officers may read — never reviewed-but-unpublished totals, drafts, self-scores,
 * notes or evidence.
 * Clients can only `subscribe`; a malformed payload is answered with an error in
 * the ack, never a crash.
 */
@WebSocketGateway({ namespace: CAMPAIGN_BOARD_NAMESPACE })
export class CampaignBoardGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(CampaignBoardGateway.name);
  /** Subscriptions per connection: each reads the board from PostgreSQL, so a flood is refused. */
  private readonly subscribeLimit = SocketRateLimit.perSocket(5, 1000);
  private readonly events = new SocketEvents<CampaignBoardClientEvents, Exclude<CampaignBoardAck, { ok: true }>>({
    logger: this.logger,
    acks: refusals({
      invalidPayloadMessage: 'Send { campaignId } with the id of a campaign',
      serverError: refuse('BOARD_NOT_FOUND', 'The board is not available right now'),
    }),
  });

  constructor(
    private readonly broadcaster: CampaignBoardBroadcaster,
    private readonly ranking: RankingService,
  ) {}

  afterInit(namespace: CampaignBoardNamespace): void {
    this.broadcaster.attach(namespace);
  }

  /** `subscribe({ campaignId })` → ack with the current board, then `board` events after every change. */
  handleConnection(socket: CampaignBoardSocket): void {
    this.events.on(socket, 'subscribe', {
      schema: campaignBoardSubscribeSchema,
      limits: [this.subscribeLimit],
      handle: async ({ campaignId }): Promise<CampaignBoardAck> => {
        const board = await this.ranking.boardSnapshot(campaignId);
        if (!board) return refuse('BOARD_NOT_FOUND', 'This campaign has no public board');
        await socket.join(boardRoom(campaignId));
        return { ok: true, board };
      },
    });
  }
}
